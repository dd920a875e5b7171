/**
 * What reading one Secrets Manager secret costs a Lambda function in a month, fetched on every
 * invocation or cached per execution environment (as the Parameters and Secrets Lambda Extension
 * does). Priced by the same Secrets Manager pricer as the design estimator.
 */
import {priceSecrets} from './services/secrets.ts';
import type {MeteredBill} from './services/types.ts';
import {HOURS_PER_MONTH} from '../quantity/types.ts';

/** AWS prices a month as 730 hours. */
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;

export interface SecretReadPattern {
  readonly invocationsPerMonth: number;
  /** Execution environments kept busy all month (each keeps its own cache). */
  readonly environments: number;
  /** How long a cached value is used before it is fetched again; 0 means no cache. */
  readonly cacheTtlSeconds: number;
}

/**
 * GetSecretValue calls in a month: one per invocation without a cache; with one, at most one per
 * environment per TTL (a busy environment refetches as soon as its copy expires), and never more
 * than there are invocations.
 */
export function secretCallsPerMonth({invocationsPerMonth, environments, cacheTtlSeconds}: SecretReadPattern): number {
  if (![invocationsPerMonth, environments, cacheTtlSeconds].every((n) => Number.isInteger(n) && n >= 0)) {
    throw new RangeError('invocations, environments and cache TTL must be whole numbers ≥ 0');
  }
  if (cacheTtlSeconds === 0) return invocationsPerMonth;
  return Math.min(invocationsPerMonth, environments * Math.ceil(SECONDS_PER_MONTH / cacheTtlSeconds));
}

/** One secret for the month plus its API calls, us-east-1 list prices, no free trial. */
export function priceSecretReads(pattern: SecretReadPattern): {calls: number; bill: MeteredBill} {
  const calls = secretCallsPerMonth(pattern);
  return {calls, bill: priceSecrets('secret', {resource: 'secret', region: 'us-east-1', usage: {monthly_requests: calls}})};
}
