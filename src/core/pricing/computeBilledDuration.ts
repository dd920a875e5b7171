import {ceil, div, fromNumber, int, mul, type Exact} from './exact.ts';

/**
 * The billed duration of one invocation: the duration rounded UP to the billing granularity
 * (1 ms since December 2020; 100 ms before). 120.2 ms → 121 ms (or 200 ms in 100 ms mode).
 * With an average duration this is an approximation: AWS rounds each invocation, so a mix of
 * durations bills slightly more than its rounded average.
 */
export function computeBilledDuration(durationMs: number, granularityMs: number): Exact {
  const step = int(granularityMs);
  return mul(ceil(div(fromNumber(durationMs), step)), step);
}
