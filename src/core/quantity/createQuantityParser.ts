import type {MathJsInstance} from 'mathjs';
import {getQuota} from '../../data/quotas.ts';
import {fail, ok, type Result} from '../result.ts';
import {HOURS_PER_MONTH, type QuantityParser} from './types.ts';

const MAX_INPUT_LENGTH = 120;
const MAX_COUNT = 1e15;
const QUOTAS_SOURCE = 'AWS Lambda quotas';
const fmt = (value: number) => value.toLocaleString('en-US', {maximumFractionDigits: 3});

/** "3,000,000" and "3_000_000" → "3000000" (a comma between digit groups is a separator). */
const stripSeparators = (text: string) => text.replace(/(\d)[,_](?=\d{3}(?!\d))/g, '$1');

/** Count words and suffixes → multiplications mathjs understands: "3M" → "(3*1e6)". */
function expandCountSuffixes(text: string): string {
  const number = String.raw`(\d+(?:\.\d*)?(?:e[+-]?\d+)?|\.\d+)`;
  return text
    .replace(new RegExp(`${number}\\s*(?:k|thousand)(?![a-z])`, 'gi'), '($1*1e3)')
    .replace(new RegExp(`${number}\\s*(?:m|mn|mm|million)(?![a-z])`, 'gi'), '($1*1e6)')
    .replace(new RegExp(`${number}\\s*(?:b|bn|billion)(?![a-z])`, 'gi'), '($1*1e9)');
}

/** Lambda's MB/GB are binary: map every size unit to mathjs's binary one before evaluating. */
function toBinarySizeUnits(text: string): string {
  const prefix: Record<string, string> = {k: 'Ki', m: 'Mi', g: 'Gi', t: 'Ti'};
  return text.replace(/(?<=[\d\s.)])(k|m|g|t)i?b(?![a-z])/gi, (_match, p: string) => `${prefix[p.toLowerCase()]}B`).replace(/(?<=[\d\s.)])bytes?(?![a-z])/gi, 'B');
}

/** Time words → mathjs unit names ("min" is the min() function in mathjs; "sec" is not a unit). */
function toTimeUnits(text: string): string {
  return text
    .replace(/(?<=[\d\s.)/])(?:msecs?|millis(?:econds?)?|milliseconds?)(?![a-z])/gi, 'ms')
    .replace(/(?<=[\d\s.)/])(?:s|secs?|seconds?)(?![a-z])/gi, 's')
    .replace(/(?<=[\d\s.)/])(?:m|mins?|minutes?)(?![a-z])/gi, 'minute')
    .replace(/(?<=[\d\s.)/])(?:h|hrs?|hours?)(?![a-z])/gi, 'hour')
    .replace(/(?<=[\d\s.)/])(?:d|days?)(?![a-z])/gi, 'day')
    .replace(/(?<=[\d\s.)/])(?:w|wks?|weeks?)(?![a-z])/gi, 'week')
    .replace(/(?<=[\d\s.)/])(?:mo|mos|months?)(?![a-z])/gi, 'month');
}

type Evaluated = {kind: 'number'; value: number} | {kind: 'unit'; value: {toNumber(unit: string): number}} | {kind: 'error'};

function evaluate(math: MathJsInstance, expression: string): Evaluated {
  try {
    const value: unknown = math.evaluate(expression);
    if (typeof value === 'number') return Number.isFinite(value) ? {kind: 'number', value} : {kind: 'error'};
    if (value && typeof value === 'object' && 'toNumber' in value && typeof (value as {toNumber: unknown}).toNumber === 'function') {
      return {kind: 'unit', value: value as {toNumber(unit: string): number}};
    }
    return {kind: 'error'};
  } catch {
    return {kind: 'error'};
  }
}

function convert(unit: {toNumber(unit: string): number}, target: string): number | null {
  try {
    const value = unit.toNumber(target);
    return Number.isFinite(value) ? value : null;
  } catch {
    return null;
  }
}

/** Removes float dust from unit conversions (0.1 s → 100.00000000000001 ms). */
function tidy(value: number): number {
  const whole = Math.round(value);
  if (Math.abs(value - whole) <= 1e-9 * Math.max(1, Math.abs(value))) return whole;
  return Number(value.toPrecision(15));
}

function precheck(text: string, field: string, example: string): Result<string> {
  const trimmed = text.trim();
  if (trimmed === '') return fail(`${field}: required; type ${example}`);
  if (trimmed.length > MAX_INPUT_LENGTH) return fail(`${field}: too long (${trimmed.length} characters, at most ${MAX_INPUT_LENGTH}); type ${example}`);
  return ok(stripSeparators(trimmed));
}

/**
 * Builds the parser over a mathjs instance from createLambdaMath (passed in, so this module never
 * pulls mathjs into a bundle by itself).
 */
export function createQuantityParser(math: MathJsInstance): QuantityParser {
  function sizeMB(text: string, field: string, quotaId: 'memory' | 'ephemeralStorage'): Result<number> {
    const quota = getQuota(quotaId);
    const minimum = quota.min ?? 0;
    const example = `a size like ${quotaId === 'memory' ? '512 MB or 1.5 GB' : '512 MB or 2 GB'} (1 GB = 1024 MB)`;
    const checked = precheck(text, field, example);
    if (!checked.ok) return checked;
    const result = evaluate(math, toBinarySizeUnits(checked.value));
    const value = result.kind === 'number' ? result.value : result.kind === 'unit' ? convert(result.value, 'MiB') : null;
    if (value === null) return fail(`${field}: could not read ${JSON.stringify(text.trim())}; type ${example}`);
    const mb = tidy(value);
    const range = `${fmt(minimum)}–${fmt(quota.value)} MB, ${QUOTAS_SOURCE}`;
    if (mb < minimum) return fail(`${field}: ${fmt(mb)} MB is below the minimum of ${fmt(minimum)} MB (${range})`);
    if (mb > quota.value) return fail(`${field}: ${fmt(mb)} MB is above the maximum of ${fmt(quota.value)} MB (${range})`);
    if (!Number.isInteger(mb)) return fail(`${field}: ${fmt(mb)} MB is not a whole number of MB; Lambda sets it in 1 MB steps (${range})`);
    return ok(mb);
  }

  function plainCount(text: string, field: string, example: string): Result<number> {
    const result = evaluate(math, expandCountSuffixes(text));
    if (result.kind !== 'number') return fail(`${field}: could not read ${JSON.stringify(text.trim())}; type ${example}`);
    return ok(result.value);
  }

  function checkCount(value: number, field: string, unit: string): Result<number> {
    const shown = unit ? `${fmt(value)} ${unit}` : fmt(value);
    if (value < 0) return fail(`${field}: ${shown} is below the minimum of 0 (a count cannot be negative)`);
    if (value > MAX_COUNT) return fail(`${field}: ${shown} is above Lambda Lab's limit of ${fmt(MAX_COUNT)}`);
    return ok(value);
  }

  return {
    memoryMB: (text, field) => sizeMB(text, field, 'memory'),
    dataSizeMB(text, field, range) {
      const example = 'a size like 512 KB or 7 MB (1 MB = 1024 KB)';
      const checked = precheck(text, field, example);
      if (!checked.ok) return checked;
      const result = evaluate(math, toBinarySizeUnits(checked.value));
      const value = result.kind === 'unit' ? convert(result.value, 'MiB') : null;
      if (value === null) return fail(`${field}: could not read ${JSON.stringify(text.trim())}; type ${example}`);
      const mb = tidy(value);
      const shown = (v: number) => (v < 1 ? `${fmt(v * 1024)} KB` : `${fmt(v)} MB`);
      if (mb < range.min) return fail(`${field}: ${shown(mb)} is below the minimum of ${shown(range.min)} (${shown(range.min)}–${shown(range.max)}, ${range.source})`);
      if (mb > range.max) return fail(`${field}: ${shown(mb)} is above the maximum of ${shown(range.max)} (${shown(range.min)}–${shown(range.max)}, ${range.source})`);
      return ok(mb);
    },
    storageMB: (text, field) => sizeMB(text, field, 'ephemeralStorage'),

    durationMs(text, field) {
      const timeout = getQuota('timeout');
      const maximum = timeout.value * 1000;
      const example = 'a duration like 120 ms or 2 s (a bare number is ms)';
      const checked = precheck(text, field, example);
      if (!checked.ok) return checked;
      const result = evaluate(math, toTimeUnits(checked.value));
      const value = result.kind === 'number' ? result.value : result.kind === 'unit' ? convert(result.value, 'ms') : null;
      if (value === null) return fail(`${field}: could not read ${JSON.stringify(text.trim())}; type ${example}`);
      const ms = tidy(value);
      const range = `0–${fmt(maximum)} ms, the ${timeout.value} s timeout, ${QUOTAS_SOURCE}`;
      if (ms < 0) return fail(`${field}: ${fmt(ms)} ms is below the minimum of 0 ms (${range})`);
      if (ms > maximum) return fail(`${field}: ${fmt(ms)} ms is above the maximum of ${fmt(maximum)} ms (${range})`);
      return ok(ms);
    },

    count(text, field) {
      const example = 'a count like 3M, 250k or 3e6';
      const checked = precheck(text, field, example);
      if (!checked.ok) return checked;
      const parsed = plainCount(checked.value, field, example);
      return parsed.ok ? checkCount(tidy(parsed.value), field, '') : parsed;
    },

    monthlyCount(text, field) {
      const example = `a count like 3M (per month), 100/s or 250k/day (a month is ${HOURS_PER_MONTH} h)`;
      const checked = precheck(text, field, example);
      if (!checked.ok) return checked;
      const [amount = '', period, ...rest] = checked.value.split(/\s*(?:\/|\bper\b|\ba\b)\s*/i);
      if (rest.length > 0 || amount.trim() === '') return fail(`${field}: could not read ${JSON.stringify(text.trim())}; type ${example}`);
      const parsed = plainCount(amount, field, example);
      if (!parsed.ok) return parsed;
      let perMonth = parsed.value;
      if (period !== undefined) {
        const unit = toTimeUnits(` ${period.trim()}`).trim();
        const rate = evaluate(math, `${parsed.value} req / (1 ${unit})`);
        const converted = rate.kind === 'unit' ? convert(rate.value, 'req/month') : null;
        if (converted === null) return fail(`${field}: could not read the period ${JSON.stringify(period.trim())}; use /s, /minute, /hour, /day, /week or /month (a month is ${HOURS_PER_MONTH} h)`);
        perMonth = converted;
      }
      // Whole requests: a rate like 250k/day gives 7,604,166.67 a month; round to the nearest request.
      return checkCount(Math.round(tidy(perMonth)), field, 'per month');
    },
  };
}
