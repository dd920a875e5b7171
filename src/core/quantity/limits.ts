import {getQuota} from '../../data/quotas.ts';
import {fail, ok, type Result} from '../result.ts';

/**
 * The accepted ranges of typed quantities, in one place: the mathjs parser (createQuantityParser)
 * and the small instant reader (src/core/cpu/readQuantities) both end here, so a value is accepted
 * or refused, with the same sentence, whichever of them read it.
 */
export const MAX_COUNT = 1e15;
const QUOTAS_SOURCE = 'AWS Lambda quotas';
export const fmt = (value: number) => value.toLocaleString('en-US', {maximumFractionDigits: 3});

/** Memory or ephemeral storage in MB: whole MB within the quota's range. */
export function checkSizeMB(mb: number, field: string, quotaId: 'memory' | 'ephemeralStorage'): Result<number> {
  const quota = getQuota(quotaId);
  const minimum = quota.min ?? 0;
  const range = `${fmt(minimum)}–${fmt(quota.value)} MB, ${QUOTAS_SOURCE}`;
  if (mb < minimum) return fail(`${field}: ${fmt(mb)} MB is below the minimum of ${fmt(minimum)} MB (${range})`);
  if (mb > quota.value) return fail(`${field}: ${fmt(mb)} MB is above the maximum of ${fmt(quota.value)} MB (${range})`);
  if (!Number.isInteger(mb)) return fail(`${field}: ${fmt(mb)} MB is not a whole number of MB; Lambda sets it in 1 MB steps (${range})`);
  return ok(mb);
}

/** A duration in ms: 0 up to the 15-minute timeout. */
export function checkDurationMs(ms: number, field: string): Result<number> {
  const timeout = getQuota('timeout');
  const maximum = timeout.value * 1000;
  const range = `0–${fmt(maximum)} ms, the ${timeout.value} s timeout, ${QUOTAS_SOURCE}`;
  if (ms < 0) return fail(`${field}: ${fmt(ms)} ms is below the minimum of 0 ms (${range})`);
  if (ms > maximum) return fail(`${field}: ${fmt(ms)} ms is above the maximum of ${fmt(maximum)} ms (${range})`);
  return ok(ms);
}

/** A count: 0 up to Lambda Lab's limit (far beyond any account; keeps the exact pricing maths sane). */
export function checkCount(value: number, field: string, unit: string): Result<number> {
  const shown = unit ? `${fmt(value)} ${unit}` : fmt(value);
  if (value < 0) return fail(`${field}: ${shown} is below the minimum of 0 (a count cannot be negative)`);
  if (value > MAX_COUNT) return fail(`${field}: ${shown} is above Lambda Lab's limit of ${fmt(MAX_COUNT)}`);
  return ok(value);
}
