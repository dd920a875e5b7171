/**
 * The shape of one AWS service's price sheet (src/data/prices/<service>.ts). Rates are decimal
 * strings exactly as AWS publishes them; tiers are cumulative monthly usage per account and
 * Region, like Lambda's (src/data/prices.ts).
 */
import type {PriceTier} from '../schema.ts';

/** "always-free" allowances apply to every account every month; "12-month" only to new accounts' first year. */
export type FreeTierKind = 'always-free' | '12-month';

export interface RatePrice {
  /** What one unit is: "request", "GB", "GB-month", "hour", "LCU-hour", "1 KB chunk"… */
  readonly unit: string;
  readonly tiers: readonly PriceTier[];
  readonly note?: string;
}

export interface FreeAllowance<D extends string> {
  /** Units per month, in the unit of the dimensions it covers. */
  readonly quantity: number;
  readonly kind: FreeTierKind;
  /** The dimensions it covers; one pool shared by all of them (e.g. CloudWatch's 5 GB of log data). */
  readonly dimensions: readonly D[];
  readonly note: string;
}

export interface ServicePriceSheet<D extends string> {
  /** Display name, e.g. "Amazon SQS". */
  readonly service: string;
  /** The AWS pricing page the rates were read from. */
  readonly source: string;
  /** YYYY-MM-DD the rates were last checked. */
  readonly asOf: string;
  /** Plainly: which Regions are known and which are not. */
  readonly regionsNote: string;
  /** Rates per Region code; a Region missing here has no known price (the pricer says so, never guesses). */
  readonly regions: Readonly<Record<string, Readonly<Partial<Record<D, RatePrice>>>>>;
  readonly free?: Readonly<Record<string, FreeAllowance<D>>>;
}

/** One rate for all usage (no tiers). */
export const flat = (unit: string, usd: string, note?: string): RatePrice => ({unit, tiers: [{upTo: null, usd}], ...(note ? {note} : {})});
