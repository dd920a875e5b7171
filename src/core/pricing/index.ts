/**
 * Lambda Lab's pricing engine: exact, pure, sourced from src/data. See docs/pricing/bill-format.md.
 */
export {priceFunction} from './priceFunction.ts';
export {priceBill} from './priceBill.ts';
export {invocationCost} from './invocationCost.ts';
export {validateUsage, validateOptions} from './validateUsage.ts';
export {computeBilledDuration} from './computeBilledDuration.ts';
export {countExtraAsyncRequests} from './countBilledRequests.ts';
export type {
  BillEstimate,
  FreeTierUse,
  FunctionEstimate,
  FunctionShare,
  FunctionUsage,
  InitBillingRule,
  InvocationCost,
  InvocationCostInput,
  LineItem,
  LineItemId,
  PricingOptions,
  RuntimeFamily,
} from './types.ts';
export {RUNTIME_FAMILIES} from './types.ts';
export {readBill, readFunction, readOptions, type BillDocument, type ReadBill} from './readBill.ts';
