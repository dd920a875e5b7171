import type {PriceTier} from '../../data/schema.ts';
import {add, cmp, fromNumber, max, min, mul, parseExact, sub, ZERO, type Exact} from './exact.ts';

export interface TierSlice {
  readonly quantity: Exact;
  readonly rate: Exact;
  readonly rateText: string;
}

/**
 * Splits a monthly quantity over tiered prices (`upTo` is cumulative) and returns the cost and
 * the slices. `alreadyUsed` is usage earlier in the same tier pool that this quantity comes after.
 */
export function applyTiers(quantity: Exact, tiers: readonly PriceTier[], alreadyUsed: Exact = ZERO): {usd: Exact; slices: TierSlice[]} {
  const slices: TierSlice[] = [];
  let usd = ZERO;
  let lower = ZERO;
  const start = alreadyUsed;
  const end = add(alreadyUsed, quantity);
  for (const tier of tiers) {
    const upper = tier.upTo === null ? null : fromNumber(tier.upTo);
    const from = max(lower, start);
    const to = upper === null ? end : min(upper, end);
    if (cmp(to, from) > 0) {
      const slice = sub(to, from);
      const rate = parseExact(tier.usd);
      slices.push({quantity: slice, rate, rateText: tier.usd});
      usd = add(usd, mul(slice, rate));
    }
    if (upper === null || cmp(upper, end) >= 0) break;
    lower = upper;
  }
  return {usd, slices};
}
