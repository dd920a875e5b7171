import {fail, ok, type Result} from '../result.ts';
import {checkCount, checkDurationMs, checkSizeMB} from '../quantity/limits.ts';

/**
 * The typed-quantity reads the cpu and tune commands need. Same method names as the pricing
 * branch's QuantityParser (src/core/quantity), so it can stand in for it until that lands.
 */
export interface QuantityReader {
  memoryMB(text: string, field: string): Result<number>;
  durationMs(text: string, field: string): Result<number>;
  monthlyCount(text: string, field: string): Result<number>;
}

const NUMBER = String.raw`(\d+(?:\.\d+)?|\.\d+)`;
const MEMORY_UNITS: Record<string, number> = {'': 1, mb: 1, mib: 1, m: 1, gb: 1024, gib: 1024, g: 1024};
const DURATION_UNITS: Record<string, number> = {'': 1, ms: 1, s: 1000, sec: 1000, second: 1000, seconds: 1000, min: 60_000, minute: 60_000, minutes: 60_000};
const COUNT_SUFFIX: Record<string, number> = {'': 1, k: 1e3, m: 1e6, b: 1e9};
// A month is 730 hours, as AWS's pricing examples and calculator count it.
const PER_MONTH: Record<string, number> = {'': 1, month: 1, mo: 1, s: 730 * 3600, sec: 730 * 3600, second: 730 * 3600, min: 730 * 60, minute: 730 * 60, h: 730, hour: 730, day: 730 / 24, d: 730 / 24};

function read(text: string, units: Record<string, number>, field: string, example: string): Result<number> {
  const match = new RegExp(`^${NUMBER}\\s*([a-z]*)$`, 'i').exec(text.trim().replace(/_/g, '').replace(/,(?=\d{3}\b)/g, ''));
  const factor = match ? units[(match[2] ?? '').toLowerCase()] : undefined;
  if (!match || factor === undefined) return fail(`${field}: '${text}' is not a quantity like ${example}.`);
  return ok(Number(match[1]) * factor);
}

const then = (result: Result<number>, check: (value: number) => Result<number>): Result<number> => (result.ok ? check(result.value) : result);

/**
 * A small, dependency-free reader: `1769MB`, `1.5 GB` (binary), `800ms`, `2 s`, `3M`, `100/s`,
 * `250k/day`. What it reads is range-checked by the same functions as the mathjs parser's.
 */
export const simpleQuantities: QuantityReader = {
  memoryMB: (text, field) => then(read(text, MEMORY_UNITS, field, '1769MB or 1.5GB'), (mb) => checkSizeMB(mb, field, 'memory')),
  durationMs: (text, field) => then(read(text, DURATION_UNITS, field, '800ms or 1.2s'), (ms) => checkDurationMs(ms, field)),
  monthlyCount(text, field) {
    const [count = '', per = ''] = text.trim().split('/');
    const match = new RegExp(`^${NUMBER}\\s*([kmb]?)$`, 'i').exec(count.trim().replace(/_/g, '').replace(/,(?=\d{3}\b)/g, ''));
    const perMonth = PER_MONTH[per.trim().toLowerCase()];
    if (!match || perMonth === undefined) return fail(`${field}: '${text}' is not a count like 3M, 250k/day or 100/s.`);
    return checkCount(Math.round(Number(match[1]) * COUNT_SUFFIX[(match[2] ?? '').toLowerCase()]! * perMonth), field, 'per month');
  },
};
