import type {MathJsInstance} from 'mathjs';
import {getQuota} from '../../data/quotas.ts';
import {fail, ok, type Result} from '../result.ts';
import {HOURS_PER_MONTH, type QuantityParser} from './types.ts';
import {checkCount, checkDurationMs, checkSizeMB, fmt} from './limits.ts';

const MAX_INPUT_LENGTH = 120;

/** "3,000,000" and "3_000_000" → "3000000" (a comma between digit groups is a separator). */
const stripSeparators = (text: string) => text.replace(/(\d)[,_](?=\d{3}(?!\d))/g, '$1');

const COUNT_SUFFIXES: Record<string, number> = {k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mm: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9};

type Token = {kind: 'number'; value: number} | {kind: 'word'; text: string} | {kind: 'op'; op: '+' | '-' | '*'};
const TOKEN = /\s*(?:((?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)|([a-z]+)|([+\-*]))/iy;

function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  const input = text.trim();
  while (TOKEN.lastIndex < input.length) {
    const match = TOKEN.exec(input);
    if (!match) return null;
    if (match[1] !== undefined) tokens.push({kind: 'number', value: Number(match[1])});
    else if (match[2] !== undefined) tokens.push({kind: 'word', text: match[2]});
    else tokens.push({kind: 'op', op: match[3] as '+' | '-' | '*'});
  }
  return tokens;
}

/**
 * Reads a sum of products such as "1 GiB + 512 MiB", "2 * 512 MiB", "-5 ms" or "3M": every term is
 * numbers multiplied together, with at most one word (a unit, or a count suffix for counts).
 * `termValue` turns a term's product and word into the target unit (null: not understood).
 * This small grammar replaces mathjs's expression parser, which would add ~21 KB gz.
 */
function readSum(text: string, termValue: (product: number, word: string | null) => number | null): number | null {
  const tokens = tokenize(text);
  if (!tokens || tokens.length === 0) return null;
  let total = 0;
  let sign = 1;
  let product = 1;
  let word: string | null = null;
  let seenNumber = false;
  let expectOperand = true;
  const finishTerm = (): boolean => {
    if (!seenNumber) return false;
    const value = termValue(product, word);
    if (value === null) return false;
    total += sign * value;
    return true;
  };
  for (const token of tokens) {
    if (token.kind === 'number') {
      if (!expectOperand) return null;
      product *= token.value;
      seenNumber = true;
      expectOperand = false;
    } else if (token.kind === 'word') {
      if (expectOperand || word !== null) return null;
      word = token.text;
    } else if (token.op === '*') {
      if (expectOperand) return null;
      expectOperand = true;
    } else if (expectOperand && !seenNumber) {
      if (token.op === '-') sign = -sign; // a leading sign
    } else {
      if (expectOperand || !finishTerm()) return null;
      sign = token.op === '-' ? -1 : 1;
      product = 1;
      word = null;
      seenNumber = false;
      expectOperand = true;
    }
  }
  if (expectOperand || !finishTerm()) return null;
  // 1e400 overflows to Infinity: keep it, so the range check names the limit ("above the maximum of …").
  return Number.isNaN(total) ? null : total;
}

/** "3M" → 3,000,000, "250k", "1.2 billion", "3e6", "3M + 500k"; null when it is not a count. */
function readCount(text: string): number | null {
  return readSum(text, (product, word) => {
    if (word === null) return product;
    const multiplier = COUNT_SUFFIXES[word.toLowerCase()];
    return multiplier === undefined ? null : product * multiplier;
  });
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

/** value in `unit` converted to `target` with mathjs's units, or null if they do not convert. */
function convert(math: MathJsInstance, value: number, unit: string, target: string): number | null {
  try {
    const converted = math.unit(value, unit).toNumber(target);
    return Number.isNaN(converted) ? null : converted;
  } catch {
    return null;
  }
}

/** A quantity in `target` units: a bare number is taken to be in `target` already when allowed. */
function readQuantity(math: MathJsInstance, text: string, target: string, bareAllowed: boolean): number | null {
  return readSum(text, (product, unit) => (unit === null ? (bareAllowed ? product : null) : convert(math, product, unit, target)));
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
    const example = `a size like ${quotaId === 'memory' ? '512 MB or 1.5 GB' : '512 MB or 2 GB'} (1 GB = 1024 MB)`;
    const checked = precheck(text, field, example);
    if (!checked.ok) return checked;
    const value = readQuantity(math, toBinarySizeUnits(checked.value), 'MiB', true);
    if (value === null) return fail(`${field}: could not read ${JSON.stringify(text.trim())}; type ${example}`);
    return checkSizeMB(tidy(value), field, quotaId);
  }

  function plainCount(text: string, field: string, example: string): Result<number> {
    const value = readCount(text);
    return value === null ? fail(`${field}: could not read ${JSON.stringify(text.trim())}; type ${example}`) : ok(value);
  }

  return {
    memoryMB: (text, field) => sizeMB(text, field, 'memory'),
    dataSizeMB(text, field, range) {
      const example = 'a size like 512 KB or 7 MB (1 MB = 1024 KB)';
      const checked = precheck(text, field, example);
      if (!checked.ok) return checked;
      const value = readQuantity(math, toBinarySizeUnits(checked.value), 'MiB', false);
      if (value === null) return fail(`${field}: could not read ${JSON.stringify(text.trim())}; type ${example}`);
      const mb = tidy(value);
      const shown = (v: number) => (v < 1 ? `${fmt(v * 1024)} KB` : `${fmt(v)} MB`);
      if (mb < range.min) return fail(`${field}: ${shown(mb)} is below the minimum of ${shown(range.min)} (${shown(range.min)}–${shown(range.max)}, ${range.source})`);
      if (mb > range.max) return fail(`${field}: ${shown(mb)} is above the maximum of ${shown(range.max)} (${shown(range.min)}–${shown(range.max)}, ${range.source})`);
      return ok(mb);
    },
    storageMB: (text, field) => sizeMB(text, field, 'ephemeralStorage'),

    durationMs(text, field) {
      const example = 'a duration like 120 ms or 2 s (a bare number is ms)';
      const checked = precheck(text, field, example);
      if (!checked.ok) return checked;
      const value = readQuantity(math, toTimeUnits(checked.value), 'ms', true);
      if (value === null) return fail(`${field}: could not read ${JSON.stringify(text.trim())}; type ${example}`);
      return checkDurationMs(tidy(value), field);
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
        const unit = toTimeUnits(` ${/^\d/.test(period.trim()) ? '' : '1 '}${period.trim()}`).trim();
        const hours = readQuantity(math, unit, 'hour', false);
        const converted = hours === null || hours <= 0 ? null : (parsed.value * HOURS_PER_MONTH) / hours;
        if (converted === null) return fail(`${field}: could not read the period ${JSON.stringify(period.trim())}; use /s, /minute, /hour, /day, /week or /month (a month is ${HOURS_PER_MONTH} h)`);
        perMonth = converted;
      }
      // Whole requests: a rate like 250k/day gives 7,604,166.67 a month; round to the nearest request.
      return checkCount(Math.round(tidy(perMonth)), field, 'per month');
    },
  };
}
