import {ARCHITECTURES} from '../../../data/schema.ts';
import {findRuntime, latestRuntime, type RuntimeInfo} from '../../../data/runtimes.ts';
import {SOURCES} from '../../../data/sources.ts';
import type {CheckOptions, Finding, FunctionConfig} from '../types.ts';
import {finding, known} from './finding.ts';

/** How far ahead a coming deprecation is worth a note. */
const NOTICE_DAYS = 180;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The advice names the newest runtime of the language, from the same data as the runtimes page. */
function upgrade(runtime: RuntimeInfo): string {
  const target = latestRuntime(runtime.family)?.id ?? runtime.upgradeTo;
  return target && target !== runtime.id ? `Move to ${target} and test the function on it.` : 'Move to the newest runtime of the language and test the function on it.';
}

/**
 * Runtime: required for .zip functions, must be a Lambda identifier, and is checked against the
 * deprecation schedule on `options.today`. Architecture must be x86_64 or arm64.
 */
export function checkRuntime(fn: FunctionConfig, options: CheckOptions): Finding[] {
  const findings: Finding[] = [];
  const architecture = known(fn.architecture);
  if (architecture !== undefined && !(ARCHITECTURES as readonly string[]).includes(architecture)) {
    findings.push(finding('architecture.value', 'error', `Architecture "${architecture}" is not one Lambda offers (x86_64 or arm64).`, 'Set x86_64 or arm64.', SOURCES.createFunctionApi, 'architecture'));
  }
  if (fn.packageType === 'Image') return findings;
  // update-function-configuration without --runtime keeps the function's runtime.
  if (fn.runtime === undefined && fn.partial) return findings;
  if (fn.runtime === undefined) {
    findings.push(finding('runtime.missing', 'error', 'No runtime is set; a .zip function needs one.', `Set Runtime (for example ${latestRuntime('nodejs')?.id ?? 'nodejs22.x'} or ${latestRuntime('python')?.id ?? 'python3.13'}), or Globals/provider defaults.`, SOURCES.runtimes, 'runtime'));
    return findings;
  }
  // cfn-lint W2533: CreateFunction needs Handler for a .zip package (CreateFunction's Handler field).
  if (fn.handler === undefined && !fn.partial) {
    findings.push(finding('handler.missing', 'error', 'No handler is set; a .zip function needs one (for example index.handler), so creating it fails.', 'Set Handler (or a Globals/provider default).', 'https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html', 'handler'));
  }
  const id = known(fn.runtime);
  if (id === undefined) return findings;
  const runtime = findRuntime(id);
  if (!runtime) {
    findings.push(finding('runtime.unknown', 'error', `"${id}" is not a Lambda runtime identifier; the deployment will be rejected.`, 'Use an identifier from the Lambda runtimes table, e.g. nodejs22.x, python3.13, java21, dotnet8, provided.al2023.', SOURCES.runtimes, 'runtime'));
    return findings;
  }
  const today = options.today;
  if (runtime.blockUpdate !== undefined && today >= runtime.blockUpdate) {
    findings.push(finding('runtime.deprecated', 'error', `${runtime.name} (${id}) was deprecated on ${runtime.deprecation}; since ${runtime.blockUpdate} Lambda blocks creating and updating functions that use it.`, upgrade(runtime), runtime.source, 'runtime'));
  } else if (runtime.blockCreate !== undefined && today >= runtime.blockCreate) {
    findings.push(finding('runtime.deprecated', 'error', `${runtime.name} (${id}) was deprecated on ${runtime.deprecation}; since ${runtime.blockCreate} Lambda blocks creating functions with it${runtime.blockUpdate ? `, and updates are blocked from ${runtime.blockUpdate}` : ''}.`, upgrade(runtime), runtime.source, 'runtime'));
  } else if (runtime.deprecation !== undefined && today >= runtime.deprecation) {
    findings.push(finding('runtime.deprecated', 'warning', `${runtime.name} (${id}) has been deprecated since ${runtime.deprecation}: no more security patches or support${runtime.blockCreate ? `, and creating functions with it is blocked from ${runtime.blockCreate}` : ', and Lambda will block creating and then updating functions with it'}.`, upgrade(runtime), runtime.source, 'runtime'));
  } else if (runtime.deprecation !== undefined && daysBetween(today, runtime.deprecation) < NOTICE_DAYS) {
    findings.push(finding('runtime.deprecationSoon', 'note', `${runtime.name} (${id}) will be deprecated on ${runtime.deprecation}, in ${daysBetween(today, runtime.deprecation)} days.`, upgrade(runtime), runtime.source, 'runtime'));
  }
  return findings;
}
