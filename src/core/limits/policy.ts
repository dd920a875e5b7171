/**
 * A team's own rules on top of AWS's limits (`lambda-lab check --policy policy.yml`, and the site's
 * checker): allowed runtimes and architectures, memory and timeout ceilings, required tags, reserved
 * concurrency, no event source on $LATEST. Findings use rule ids `policy.*` and cite the policy file.
 *
 *   runtimes: [nodejs24.x, python3.13]        # or {allowed: [...]}; "nodejs*" matches a family
 *   architectures: [arm64]
 *   memory: {min: 256, max: 3008}             # MB
 *   timeout: {max: 60}                        # seconds
 *   tags: [team, cost-center]                 # or {required: [...]}
 *   reservedConcurrency: required
 *   eventSources: {noLatest: true}
 *   severity: error                           # of every policy finding (default error)
 */
import {fail, ok, type Result} from '../result.ts';
import {finding, formatNumber, known} from './rules/finding.ts';
import type {Finding, FunctionConfig, Severity} from './types.ts';
import {isUnresolved} from './types.ts';

export interface Policy {
  readonly runtimes?: readonly string[];
  readonly architectures?: readonly string[];
  readonly memory?: {readonly min?: number; readonly max?: number};
  readonly timeout?: {readonly min?: number; readonly max?: number};
  readonly tags?: readonly string[];
  readonly reservedConcurrency?: boolean;
  readonly noLatest?: boolean;
  readonly severity: Severity;
  /** Cited as each finding's source: the policy file's name, or "the team policy". */
  readonly source: string;
}

const KEYS = new Set(['runtimes', 'architectures', 'memory', 'timeout', 'tags', 'reservedConcurrency', 'eventSources', 'severity', 'name', 'description', 'version']);

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function stringList(value: unknown, field: string): Result<string[] | undefined> {
  const list = record(value) ? (record(value)!['allowed'] ?? record(value)!['required']) : value;
  if (list === undefined) return ok(undefined);
  if (!Array.isArray(list) || list.some((item) => typeof item !== 'string' || item.trim() === '')) return fail(`${field} must be a list of names, e.g. ${field}: [${field === 'tags' ? 'team, cost-center' : field === 'architectures' ? 'arm64' : 'nodejs24.x, python3.13'}]`);
  return ok(list.map((item: string) => item.trim()));
}

function range(value: unknown, field: string, unit: string, limits: {min: number; max: number}): Result<{min?: number; max?: number} | undefined> {
  if (value === undefined) return ok(undefined);
  const entry = typeof value === 'number' ? {max: value} : record(value);
  if (!entry) return fail(`${field} must be {min: …, max: …} in ${unit}, e.g. ${field}: {max: ${field === 'memory' ? 3008 : 60}}`);
  const out: {min?: number; max?: number} = {};
  for (const bound of ['min', 'max'] as const) {
    const number = entry[bound];
    if (number === undefined) continue;
    if (typeof number !== 'number' || !Number.isFinite(number) || number < limits.min || number > limits.max) return fail(`${field}.${bound} must be a number of ${unit} from ${formatNumber(limits.min)} to ${formatNumber(limits.max)}, got ${JSON.stringify(number)}`);
    out[bound] = number;
  }
  return ok(out);
}

/** Reads a parsed policy document (YAML or JSON); errors name the key, the accepted values and an example. */
export function readPolicy(document: unknown, source = 'the team policy'): Result<Policy> {
  const root = record(document);
  if (!root) return fail('A policy file must be a mapping, e.g. "runtimes: [nodejs24.x]" (docs/tools/policy.md)');
  const unknown = Object.keys(root).filter((key) => !KEYS.has(key));
  if (unknown.length > 0) return fail(`unknown policy key ${unknown.map((key) => `"${key}"`).join(', ')}; the keys are ${[...KEYS].filter((k) => !['name', 'description', 'version'].includes(k)).join(', ')}`);
  const runtimes = stringList(root['runtimes'], 'runtimes');
  if (!runtimes.ok) return runtimes;
  const architectures = stringList(root['architectures'], 'architectures');
  if (!architectures.ok) return architectures;
  const tags = stringList(root['tags'], 'tags');
  if (!tags.ok) return tags;
  const memory = range(root['memory'], 'memory', 'MB', {min: 128, max: 10_240});
  if (!memory.ok) return memory;
  const timeout = range(root['timeout'], 'timeout', 'seconds', {min: 1, max: 5_400});
  if (!timeout.ok) return timeout;
  const reserved = root['reservedConcurrency'];
  if (reserved !== undefined && reserved !== 'required' && typeof reserved !== 'boolean') return fail('reservedConcurrency must be "required" (or true/false)');
  const events = record(root['eventSources']);
  if (root['eventSources'] !== undefined && (!events || (events['noLatest'] !== undefined && typeof events['noLatest'] !== 'boolean'))) return fail('eventSources must be {noLatest: true}');
  const severity = root['severity'] ?? 'error';
  if (severity !== 'error' && severity !== 'warning' && severity !== 'note') return fail(`severity must be error, warning or note, got ${JSON.stringify(severity)}`);
  return ok({
    ...(runtimes.value ? {runtimes: runtimes.value} : {}),
    ...(architectures.value ? {architectures: architectures.value} : {}),
    ...(memory.value ? {memory: memory.value} : {}),
    ...(timeout.value ? {timeout: timeout.value} : {}),
    ...(tags.value ? {tags: tags.value} : {}),
    ...(reserved === 'required' || reserved === true ? {reservedConcurrency: true} : {}),
    ...(events?.['noLatest'] === true ? {noLatest: true} : {}),
    severity,
    source,
  });
}

/** "nodejs*" matches nodejs24.x; anything else matches exactly. */
const matches = (pattern: string, value: string) => (pattern.endsWith('*') ? value.startsWith(pattern.slice(0, -1)) : pattern === value);

/** The policy's findings for one function. Settings that could not be resolved are not guessed. */
export function checkPolicy(fn: FunctionConfig, policy: Policy): Finding[] {
  const out: Finding[] = [];
  const add = (rule: string, message: string, fix: string, field?: string) => out.push(finding(`policy.${rule}`, policy.severity, message, fix, policy.source, field));
  const runtime = known(fn.runtime);
  if (policy.runtimes && runtime !== undefined && fn.packageType !== 'Image' && !policy.runtimes.some((p) => matches(p, runtime))) {
    add('runtime', `Runtime ${runtime} is not one the team policy allows (${policy.runtimes.join(', ')}).`, `Use one of ${policy.runtimes.join(', ')}.`, 'runtime');
  }
  const architecture = known(fn.architecture) ?? (fn.architecture === undefined ? 'x86_64' : undefined);
  if (policy.architectures && architecture !== undefined && !policy.architectures.includes(architecture)) {
    add('architecture', `Architecture ${architecture}${fn.architecture === undefined ? ' (the default)' : ''} is not one the team policy allows (${policy.architectures.join(', ')}).`, `Set Architectures to [${policy.architectures[0]}].`, 'architecture');
  }
  const memory = known(fn.memoryMB) ?? (fn.memoryMB === undefined ? 128 : undefined);
  if (memory !== undefined && policy.memory?.max !== undefined && memory > policy.memory.max) add('memory', `Memory ${formatNumber(memory)} MB is above the team policy's ceiling of ${formatNumber(policy.memory.max)} MB.`, `Lower MemorySize to ${formatNumber(policy.memory.max)} MB or less, or agree an exception.`, 'memoryMB');
  if (memory !== undefined && policy.memory?.min !== undefined && memory < policy.memory.min) add('memory', `Memory ${formatNumber(memory)} MB${fn.memoryMB === undefined ? ' (the default)' : ''} is below the team policy's floor of ${formatNumber(policy.memory.min)} MB.`, `Set MemorySize to at least ${formatNumber(policy.memory.min)} MB.`, 'memoryMB');
  const timeout = known(fn.timeoutSeconds) ?? (fn.timeoutSeconds === undefined ? 3 : undefined);
  if (timeout !== undefined && policy.timeout?.max !== undefined && timeout > policy.timeout.max) add('timeout', `Timeout ${formatNumber(timeout)} s is above the team policy's ceiling of ${formatNumber(policy.timeout.max)} s.`, `Lower Timeout to ${formatNumber(policy.timeout.max)} s or less.`, 'timeoutSeconds');
  if (timeout !== undefined && policy.timeout?.min !== undefined && timeout < policy.timeout.min) add('timeout', `Timeout ${formatNumber(timeout)} s is below the team policy's floor of ${formatNumber(policy.timeout.min)} s.`, `Raise Timeout to at least ${formatNumber(policy.timeout.min)} s.`, 'timeoutSeconds');
  if (policy.tags && fn.tags !== undefined && !isUnresolved(fn.tags)) {
    const have = fn.tags;
    const missing = policy.tags.filter((tag) => !have.includes(tag));
    if (missing.length > 0) add('tags', `The function lacks the tag${missing.length === 1 ? '' : 's'} the team policy requires: ${missing.join(', ')}.`, `Add Tags ${missing.map((tag) => `${tag}: …`).join(', ')} (SAM Globals or provider.tags apply them to every function).`, 'tags');
  }
  if (policy.reservedConcurrency && fn.reservedConcurrency === undefined && !fn.partial) {
    add('reservedConcurrency', 'The team policy requires reserved concurrency on every function; none is set, so this function can take the whole account\'s concurrency.', 'Set ReservedConcurrentExecutions (serverless.yml: reservedConcurrency).', 'reservedConcurrency');
  }
  if (policy.noLatest && fn.latestEventSources && fn.latestEventSources.length > 0) {
    add('latest', `Event sources (${[...new Set(fn.latestEventSources)].join(', ')}) invoke the unqualified function ($LATEST), which the team policy forbids: every deploy changes what they run at once.`, 'Point them at an alias (SAM: AutoPublishAlias; CloudFormation: FunctionName: !Ref MyAlias).', 'eventSources');
  }
  return out;
}
