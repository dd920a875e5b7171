import type {PriceTier} from '../../data/schema.ts';
import {add, cmp, fromNumber, min, mul, parseExact, sub, ZERO, type Exact} from './exact.ts';

export interface TierSlice {
  readonly quantity: Exact;
  readonly rate: Exact;
  readonly rateText: string;
}

/**
 * Splits a monthly quantity over tiered prices (`upTo` is cumulative from 0) and returns the
 * cost and the slices, e.g. 7 B GB-s x86 → 6 B at tier 1 + 1 B at tier 2.
 */
export function applyTiers(quantity: Exact, tiers: readonly PriceTier[]): {usd: Exact; slices: TierSlice[]} {
  const slices: TierSlice[] = [];
  let usd = ZERO;
  let lower = ZERO;
  const end = quantity;
  for (const tier of tiers) {
    const upper = tier.upTo === null ? null : fromNumber(tier.upTo);
    const from = lower;
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
