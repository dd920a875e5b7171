import {priceBill} from './priceBill.ts';
import type {FunctionEstimate, FunctionUsage, PricingOptions} from './types.ts';

/**
 * One function's monthly bill, as if it were the only function in the account: requests,
 * duration (tiers, INIT), storage, provisioned concurrency, SnapStart, streaming or Lambda@Edge,
 * with the free tier (unless switched off) and each line rounded to the cent.
 * @throws RangeError for usage that `validateUsage` rejects (validate user input first).
 */
export function priceFunction(usage: FunctionUsage, options: PricingOptions = {}): FunctionEstimate {
  const bill = priceBill([usage], options);
  return {
    total: bill.total,
    totalUnrounded: bill.totalUnrounded,
    lineItems: bill.lineItems,
    usage: {...bill.usage, billedDurationMs: bill.functions[0]?.billedDurationMs ?? 0},
    freeTierApplied: bill.freeTierApplied,
    notes: bill.notes,
  };
}
