/**
 * Turns a scenario read from YAML/JSON or built by the widget (plain objects, possibly wrong)
 * into a checked `Scenario`, or one clear sentence naming the field, the accepted range and its source.
 */
import {REGION_PRICES} from '../../../data/prices.ts';
import {getQuota} from '../../../data/quotas.ts';
import {getScalingRule} from '../../../data/scaling.ts';
import {fail, ok, type Result} from '../../result.ts';
import {fieldPath, formatNumber, type FieldLabel} from '../fieldLabel.ts';
import {parseClock} from './formatClock.ts';
import type {InvocationType, Scenario, SimFunction, TrafficShape} from './types.ts';
import {quoteInput} from '../../quoteInput.ts';

const MEMORY = getQuota('memory');
const TIMEOUT = getQuota('timeout');
const ACCOUNT_DEFAULT = getScalingRule('accountConcurrency').value ?? 1_000;
const UNRESERVED_MINIMUM = getScalingRule('unreservedMinimum').value ?? 100;
const MAX_EVENT_AGE = getScalingRule('asyncMaxEventAge').value ?? 21_600;
const INIT_LIMIT_SECONDS = getScalingRule('initTimeLimit').value ?? 10;
/** Two days at 1-second steps keeps a run well inside the browser's budget. */
export const MAX_SIMULATED_SECONDS = 172_800;
export const MAX_FUNCTIONS = 10;
const MAX_RPS = 1_000_000;

type Fields = Record<string, unknown>;

/** A problem with one field: its path and what is wrong, joined as "<field>: <detail>". */
class ScenarioError extends Error {
  constructor(readonly field: string, readonly detail: string) {
    super(`${field}: ${detail}`);
  }
}

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const format = formatNumber;

function numberField(fields: Fields, key: string, path: string, range: {min: number; max: number; integer?: boolean; why?: string}, fallback?: number): number {
  const raw = fields[key];
  if (raw === undefined || raw === null) {
    if (fallback !== undefined) return fallback;
    throw new ScenarioError(`${path}${key}`, `is required (a number from ${format(range.min)} to ${format(range.max)})`);
  }
  if (typeof raw === 'string' && raw.trim() === '') {
    throw new ScenarioError(`${path}${key}`, `enter a number from ${format(range.min)} to ${format(range.max)}`);
  }
  const value = typeof raw === 'string' ? Number(raw.replaceAll(',', '').replaceAll('_', '')) : raw;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ScenarioError(`${path}${key}`, `${quoteInput(raw)} is not a number (expected ${format(range.min)} to ${format(range.max)})`);
  }
  if (range.integer && !Number.isInteger(value)) {
    throw new ScenarioError(`${path}${key}`, `${format(value)} must be a whole number (${format(range.min)} to ${format(range.max)})`);
  }
  if (value < range.min || value > range.max) {
    throw new ScenarioError(`${path}${key}`, `${format(value)} is outside ${format(range.min)}–${format(range.max)}${range.why ? ` (${range.why})` : ''}`);
  }
  return value;
}

function optionalNumber(fields: Fields, key: string, path: string, range: {min: number; max: number; integer?: boolean; why?: string}): number | undefined {
  return fields[key] === undefined || fields[key] === null ? undefined : numberField(fields, key, path, range);
}

function stringField(fields: Fields, key: string, path: string, fallback: string): string {
  const raw = fields[key];
  if (raw === undefined || raw === null) return fallback;
  if (typeof raw !== 'string' && typeof raw !== 'number') throw new ScenarioError(`${path}${key}`, `must be text`);
  return String(raw);
}

function oneOf<T extends string>(fields: Fields, key: string, path: string, options: readonly T[], fallback: T): T {
  const raw = fields[key] ?? fallback;
  if (typeof raw !== 'string' || !(options as readonly string[]).includes(raw)) {
    throw new ScenarioError(`${path}${key}`, `${quoteInput(raw)} is not one of ${options.join(', ')}`);
  }
  return raw as T;
}

const RPS = {min: 0, max: MAX_RPS};

function parseTraffic(raw: unknown, path: string, durationSeconds: number): TrafficShape {
  if (!isObject(raw)) throw new ScenarioError(`${path}traffic`, 'is required, e.g. {shape: steady, rps: 100}');
  const p = `${path}traffic.`;
  const shape = oneOf(raw, 'shape', p, ['steady', 'ramp', 'spike', 'daily', 'series'] as const, 'steady');
  const seconds = {min: 0, max: MAX_SIMULATED_SECONDS, integer: true};
  switch (shape) {
    case 'steady':
      return {shape, rps: numberField(raw, 'rps', p, RPS)};
    case 'ramp':
      return {shape, fromRps: numberField(raw, 'fromRps', p, RPS, 0), toRps: numberField(raw, 'toRps', p, RPS), startSecond: numberField(raw, 'startSecond', p, seconds, 0), durationSeconds: numberField(raw, 'durationSeconds', p, seconds, durationSeconds)};
    case 'spike':
      return {shape, baseRps: numberField(raw, 'baseRps', p, RPS, 0), peakRps: numberField(raw, 'peakRps', p, RPS), atSecond: numberField(raw, 'atSecond', p, seconds, 0), durationSeconds: numberField(raw, 'durationSeconds', p, {min: 1, max: MAX_SIMULATED_SECONDS, integer: true})};
    case 'daily': {
      const minRps = numberField(raw, 'minRps', p, RPS, 0);
      const maxRps = numberField(raw, 'maxRps', p, RPS);
      if (maxRps < minRps) throw new ScenarioError(`${p}maxRps`, `${format(maxRps)} is below the lowest rate (${format(minRps)})`);
      return {shape, minRps, maxRps, peakHour: numberField(raw, 'peakHour', p, {min: 0, max: 24}, 12)};
    }
    case 'series': {
      const values = typeof raw.rps === 'string' ? parseRateSeriesOrThrow(raw.rps, `${p}rps`) : raw.rps;
      if (!Array.isArray(values) || values.length === 0) throw new ScenarioError(`${p}rps`, 'must be a list of requests per second, e.g. [10, 50, 200]');
      if (values.length > MAX_SIMULATED_SECONDS) throw new ScenarioError(`${p}rps`, `${format(values.length)} values is more than the ${format(MAX_SIMULATED_SECONDS)} allowed`);
      const rps = values.map((value, index) => numberField({[`rps[${index}]`]: value}, `rps[${index}]`, p, RPS));
      return {shape, rps, stepSeconds: numberField(raw, 'stepSeconds', p, {min: 1, max: 86_400, integer: true}, 1)};
    }
  }
}

function parseRateSeriesOrThrow(text: string, path: string): number[] {
  const result = parseRateSeries(text);
  if (!result.ok) throw new ScenarioError(path, result.error);
  return result.value;
}

/**
 * Parses a pasted series of requests per second: numbers separated by commas, spaces or new lines
 * (thousands separators like "1_000" are accepted; "1,000" is read as two values).
 */
export function parseRateSeries(text: string): Result<number[]> {
  const parts = text.split(/[\s,;]+/).filter((part) => part !== '');
  if (parts.length === 0) return fail('paste at least one number of requests per second');
  const values: number[] = [];
  for (const [index, part] of parts.entries()) {
    const value = Number(part.replaceAll('_', ''));
    if (!Number.isFinite(value) || value < 0 || value > MAX_RPS) {
      return fail(`value ${index + 1} ("${part}") is not a rate from 0 to ${format(MAX_RPS)} requests per second`);
    }
    values.push(value);
  }
  if (values.length > MAX_SIMULATED_SECONDS) return fail(`${format(values.length)} values is more than the ${format(MAX_SIMULATED_SECONDS)} allowed`);
  return ok(values);
}

function parseFunction(raw: unknown, index: number, durationSeconds: number): SimFunction {
  const path = `functions[${index}].`;
  if (!isObject(raw)) throw new ScenarioError(`functions[${index}]`, 'must be an object with at least name and traffic');
  const name = stringField(raw, 'name', path, `function-${index + 1}`).trim();
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(name)) throw new ScenarioError(`${path}name`, `"${name}" must be 1–64 letters, digits, hyphens or underscores (Lambda function names)`);
  const invocation = oneOf<InvocationType>(raw, 'invocation', path, ['sync', 'async', 'queue'], 'sync');
  const reservedConcurrency = optionalNumber(raw, 'reservedConcurrency', path, {min: 0, max: 1_000_000, integer: true});
  const provisionedConcurrency = numberField(raw, 'provisionedConcurrency', path, {min: 0, max: 1_000_000, integer: true}, 0);
  if (reservedConcurrency !== undefined && provisionedConcurrency > reservedConcurrency) {
    throw new ScenarioError(`${path}provisionedConcurrency`, `${format(provisionedConcurrency)} is more than the function's reserved concurrency of ${format(reservedConcurrency)} (provisioned concurrency counts against it)`);
  }
  return {
    name,
    invocation,
    traffic: parseTraffic(raw.traffic, path, durationSeconds),
    memoryMB: numberField(raw, 'memoryMB', path, {min: MEMORY.min ?? 128, max: MEMORY.value, integer: true, why: 'Lambda memory quota'}, 512),
    architecture: oneOf(raw, 'architecture', path, ['x86_64', 'arm64'] as const, 'x86_64'),
    durationMs: numberField(raw, 'durationMs', path, {min: 1, max: TIMEOUT.value * 1_000, why: 'the 15-minute timeout'}),
    durationSpread: numberField(raw, 'durationSpread', path, {min: 0, max: 0.9}, 0),
    initMs: numberField(raw, 'initMs', path, {min: 0, max: INIT_LIMIT_SECONDS * 1_000, why: 'the 10-second Init limit'}, 0),
    reservedConcurrency,
    provisionedConcurrency,
    maxEventAgeSeconds: numberField(raw, 'maxEventAgeSeconds', path, {min: 60, max: MAX_EVENT_AGE, integer: true, why: 'MaximumEventAgeInSeconds'}, MAX_EVENT_AGE),
    batchSize: numberField(raw, 'batchSize', path, {min: 1, max: 10_000, integer: true, why: 'SQS batch size'}, 10),
    maximumConcurrency: optionalNumber(raw, 'maximumConcurrency', path, {min: 2, max: 1_000, integer: true, why: 'SQS ScalingConfig.MaximumConcurrency'}),
  };
}

/** Checks a scenario object (from YAML, JSON or a widget). Unknown fields are reported, not ignored. */
export function parseScenario(input: unknown, label: FieldLabel = fieldPath): Result<Scenario> {
  try {
    if (!isObject(input)) throw new ScenarioError('scenario', 'must be an object with durationSeconds and functions');
    const allowed = new Set(['name', 'description', 'region', 'scalingModel', 'durationSeconds', 'accountConcurrency', 'seed', 'startClock', 'functions']);
    const unknown = Object.keys(input).find((key) => !allowed.has(key));
    if (unknown) throw new ScenarioError('scenario', `unknown field "${unknown}" (allowed: ${[...allowed].join(', ')})`);
    const durationSeconds = numberField(input, 'durationSeconds', '', {min: 1, max: MAX_SIMULATED_SECONDS, integer: true, why: 'up to 2 days at 1-second steps'}, 600);
    const accountConcurrency = numberField(input, 'accountConcurrency', '', {min: 10, max: 1_000_000, integer: true, why: `the Region's concurrency quota, ${format(ACCOUNT_DEFAULT)} by default`}, ACCOUNT_DEFAULT);
    const startText = stringField(input, 'startClock', '', '00:00:00');
    const startSecondOfDay = parseClock(startText);
    if (startSecondOfDay === undefined) throw new ScenarioError('startClock', `"${startText}" is not a time like 12:00 or 12:00:00`);
    const rawFunctions = input.functions;
    if (!Array.isArray(rawFunctions) || rawFunctions.length === 0) throw new ScenarioError('functions', 'must list at least one function');
    if (rawFunctions.length > MAX_FUNCTIONS) throw new ScenarioError('functions', `${rawFunctions.length} functions is more than the ${MAX_FUNCTIONS} the simulator runs at once`);
    const functions = rawFunctions.map((raw, index) => {
      if (isObject(raw)) {
        const allowedFn = new Set(['name', 'invocation', 'traffic', 'memoryMB', 'architecture', 'durationMs', 'durationSpread', 'initMs', 'reservedConcurrency', 'provisionedConcurrency', 'maxEventAgeSeconds', 'batchSize', 'maximumConcurrency']);
        const unknownFn = Object.keys(raw).find((key) => !allowedFn.has(key));
        if (unknownFn) throw new ScenarioError(`functions[${index}]`, `unknown field "${unknownFn}" (allowed: ${[...allowedFn].join(', ')})`);
      }
      return parseFunction(raw, index, durationSeconds);
    });
    const names = new Set<string>();
    for (const fn of functions) {
      if (names.has(fn.name)) throw new ScenarioError('functions', `the name "${fn.name}" is used twice`);
      names.add(fn.name);
    }
    // Reserved and provisioned concurrency both come out of the unreserved pool, which keeps 100.
    const claimed = functions.reduce((sum, fn) => sum + (fn.reservedConcurrency ?? fn.provisionedConcurrency), 0);
    if (claimed > accountConcurrency - UNRESERVED_MINIMUM) {
      throw new ScenarioError('functions', `reserved plus provisioned concurrency (${format(claimed)}) is more than the account quota of ${format(accountConcurrency)} minus the ${UNRESERVED_MINIMUM} that must stay unreserved (${format(Math.max(0, accountConcurrency - UNRESERVED_MINIMUM))})`);
    }
    const region = stringField(input, 'region', '', 'us-east-1');
    if (!REGION_PRICES.some((entry) => entry.region === region)) {
      throw new ScenarioError('region', `"${region}" is not a Region Lambda Lab has prices for (one of: ${REGION_PRICES.map((entry) => entry.region).join(', ')})`);
    }
    return ok({
      name: stringField(input, 'name', '', 'Custom scenario'),
      description: stringField(input, 'description', '', ''),
      region,
      scalingModel: oneOf(input, 'scalingModel', '', ['current', 'before-2023-11'] as const, 'current'),
      durationSeconds,
      accountConcurrency,
      seed: numberField(input, 'seed', '', {min: 0, max: 4_294_967_295, integer: true}, 1),
      startSecondOfDay,
      functions,
    });
  } catch (error) {
    if (error instanceof ScenarioError) return fail(`${label(error.field)}: ${error.detail}`);
    throw error;
  }
}
