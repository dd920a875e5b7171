/**
 * Reads a usage file in infracost's format (`version: 0.1`, `resource_usage:` keyed by logical
 * ID) against a design. Errors are one sentence with the line and column; an unknown resource or
 * key names the nearest valid one.
 */
import {editDistance} from '../limits/parse/readField.ts';
import {at, readYaml} from '../limits/parse/readYaml.ts';
import {fail, ok, type Result} from '../result.ts';
import type {Design} from './readDesign.ts';
import {DATA_TRANSFER_ID, usageKeysFor} from './usageKeys.ts';
import {DATA_TRANSFER_USAGE_KEYS} from '../pricing/services/dataTransfer.ts';
import {asRecord} from '../asRecord.ts';

export interface UsageFile {
  /** Numeric usage per logical ID; nested keys are flattened with a dot (`standard.storage_gb`). */
  readonly resources: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly notes: readonly string[];
}

export const EMPTY_USAGE: UsageFile = {resources: {}, notes: []};

const nearest = (word: string, options: readonly string[]): string | undefined => {
  let best: string | undefined;
  let distance = Infinity;
  for (const option of options) {
    const d = editDistance(word.toLowerCase(), option.toLowerCase());
    if (d < distance) [best, distance] = [option, d];
  }
  return best !== undefined && distance <= Math.max(3, Math.floor(word.length / 2)) ? best : undefined;
};
const hint = (word: string, options: readonly string[]) => {
  const match = nearest(word, options);
  return match ? `; did you mean '${match}'?` : options.length ? ` (valid: ${options.join(', ')})` : '';
};

type Rec = Record<string, unknown>;

/**
 * @param options.alsoKnown logical IDs of another version of the template (`estimate diff`): usage
 *   for them is skipped here instead of being an error.
 */
export function readUsage(text: string, design: Design, options: {readonly alsoKnown?: readonly string[]} = {}): Result<UsageFile> {
  if (text.trim() === '') return ok(EMPTY_USAGE);
  const yaml = readYaml(text);
  if (!yaml.ok) return yaml;
  const root = asRecord(yaml.value.value);
  if (!root) return fail(at({line: 1, column: 1}, 'a usage file is a mapping with version: 0.1 and resource_usage:.'));
  const version = root['version'];
  if (version === undefined) return fail(at({line: 1, column: 1}, 'the usage file needs version: 0.1 (infracost’s usage-file format).'));
  if (String(version) !== '0.1') return fail(at(yaml.value.locate(root, 'version'), `version ${String(version)} is not supported; use version: 0.1.`));
  const notes: string[] = [];
  for (const key of Object.keys(root)) {
    if (key === 'version' || key === 'resource_usage') continue;
    if (key === 'resource_type_default_usage') notes.push('resource_type_default_usage is keyed by Terraform resource types and is not applied; give usage per logical ID under resource_usage.');
    else return fail(at(yaml.value.locate(root, key), `unknown top-level key '${key}'${hint(key, ['version', 'resource_usage', 'resource_type_default_usage'])}`));
  }
  const usage = root['resource_usage'];
  if (usage === undefined || usage === null) return ok({resources: {}, notes});
  const entries = asRecord(usage);
  if (!entries) return fail(at(yaml.value.locate(root, 'resource_usage'), 'resource_usage must be a mapping of logical IDs to usage.'));
  const byId = new Map(design.resources.map((resource) => [resource.id, resource]));
  const resources: Record<string, Record<string, number>> = {};
  for (const [id, value] of Object.entries(entries)) {
    const where = yaml.value.locate(entries, id);
    const resource = byId.get(id);
    if (!resource && options.alsoKnown?.includes(id)) continue;
    if (!resource && id !== DATA_TRANSFER_ID) {
      // infracost keys look like aws_lambda_function.name: suggest on the part after the dot too.
      const bare = id.includes('.') ? id.slice(id.indexOf('.') + 1) : id;
      return fail(at(where, `resource_usage.${id} is not a resource in the template${hint(bare, [...byId.keys(), DATA_TRANSFER_ID])}`));
    }
    const specs = resource ? usageKeysFor(resource, design) : DATA_TRANSFER_USAGE_KEYS;
    if (!specs) {
      notes.push(`resource_usage.${id} is ignored: ${resource?.type} is ${resource?.status === 'free' ? `free (${resource.reason})` : `not priced (${resource?.reason})`}.`);
      continue;
    }
    const record = value === null ? {} : asRecord(value);
    if (!record) return fail(at(where, `resource_usage.${id} must be a mapping of usage keys (${specs.map((spec) => spec.key).join(', ')}).`));
    const flat: Record<string, number> = {};
    const walk = (container: Rec, prefix: string): string | undefined => {
      for (const [key, item] of Object.entries(container)) {
        const full = `${prefix}${key}`;
        const location = yaml.value.locate(container, key);
        const nested = asRecord(item);
        if (nested && specs.some((spec) => spec.key.startsWith(`${full}.`))) {
          const error = walk(nested, `${full}.`);
          if (error) return error;
          continue;
        }
        const spec = specs.find((entry) => entry.key === full);
        if (!spec) return at(location, `unknown usage key '${full}' for ${id} (${resource?.type ?? 'data transfer'})${hint(full, specs.map((entry) => entry.key))}`);
        const number = typeof item === 'number' ? item : typeof item === 'string' && /^\s*\d+(\.\d+)?([eE][+-]?\d+)?\s*$/.test(item) ? Number(item) : NaN;
        if (!Number.isFinite(number) || number < 0) return at(location, `${id}.${full} must be a number ≥ 0 (${spec.description}), got ${JSON.stringify(item)}.`);
        if (spec.max !== undefined && number > spec.max) return at(location, `${id}.${full} is ${number}, above the maximum of ${spec.max.toLocaleString('en-US')} (${spec.description}).`);
        if (number > 1e15) return at(location, `${id}.${full} is ${number}: more than 10^15 a month is not a real workload.`);
        flat[full] = number;
      }
      return undefined;
    };
    const error = walk(record, '');
    if (error) return fail(error);
    resources[id] = flat;
  }
  return ok({resources, notes});
}
