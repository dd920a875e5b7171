// Lambda Web Functions are not Event Functions: none of the checker's rules (memory, handler,
// 15-minute timeout, one request per environment …) apply to them, and it has no rules of its own
// for them yet. Rather than stay silent, a template that declares them gets one note saying so.
import {SOURCES} from '../../../data/sources.ts';
import {WEB_FUNCTION_RESOURCE_TYPES, WEB_FUNCTIONS} from '../../../data/webFunctions.ts';
import {finding} from '../rules/finding.ts';
import type {Finding} from '../types.ts';
import {at, type YamlValue} from './readYaml.ts';
import {asRecord} from '../../asRecord.ts';

const TYPES = new Set(WEB_FUNCTION_RESOURCE_TYPES.map((t) => t.type));

const list = (ids: readonly string[]) => (ids.length === 1 ? ids[0]! : `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]!}`);

/** One note naming the template's Web Function resources, at the first one's line; none without them. */
export function webFunctionNotes(yaml: YamlValue): Finding[] {
  const resources = asRecord(asRecord(yaml.value)?.['Resources']);
  if (!resources) return [];
  const ids = Object.keys(resources).filter((id) => TYPES.has(String(asRecord(resources[id])?.['Type'])));
  if (ids.length === 0) return [];
  const {timeoutSeconds: timeout, concurrencyPerEnvironment: perEnvironment} = WEB_FUNCTIONS;
  const limits = `${WEB_FUNCTIONS.runtimes.value.join(', ')} only, ${WEB_FUNCTIONS.architecture.value} only, a ${timeout.value.min}–${timeout.value.max} s request timeout, ${perEnvironment.value.min}–${perEnvironment.value.max} requests per environment`;
  const message = `${list(ids)} ${ids.length === 1 ? 'is a Lambda Web Function resource' : 'are Lambda Web Function resources'}, not checked: Lambda Lab's rules are for Event Functions (AWS::Lambda::Function, AWS::Serverless::Function), and it has no Web Function rules yet. Their limits differ: ${limits}.`;
  return [finding('webFunction.notChecked', 'note', at(yaml.locate(resources, ids[0]), message), 'Nothing to change for Lambda Lab; check Web Function settings against the Lambda Web Functions docs.', SOURCES.webFunctions)];
}
