import {BILLING_RULES} from '../../data/billingRules.ts';
import {add, ceil, div, fromNumber, int, max, mul, sub, ZERO, type Exact} from './exact.ts';

/**
 * Extra requests billed for one asynchronous event of `sizeKB`: the first 256 KB are covered by
 * the invocation's own request, then 1 more request per started 64 KB chunk (up to 1 MB).
 * 300 KB → 1 extra; 1024 KB → (1024 − 256) / 64 = 12 extra, 13 requests in all.
 */
export function countExtraAsyncRequests(sizeKB: number): Exact {
  const over = max(ZERO, sub(fromNumber(sizeKB), int(BILLING_RULES.asyncIncludedKB.value)));
  return ceil(div(over, int(BILLING_RULES.asyncChunkKB.value)));
}

/** All requests billed in a month: the invocations plus the extra ones for large async events. */
export function countBilledRequests(requestsPerMonth: number, largeAsync?: {readonly perMonth: number; readonly averageSizeKB: number}): Exact {
  const base = fromNumber(requestsPerMonth);
  if (!largeAsync) return base;
  return add(base, mul(fromNumber(largeAsync.perMonth), countExtraAsyncRequests(largeAsync.averageSizeKB)));
}
