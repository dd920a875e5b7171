/**
 * Shared types for the per-service pricers (one AWS service = one data file in src/data/prices
 * + one pricer here). A pricer turns one resource's monthly usage into *meters* (quantities in
 * AWS's own metering units, e.g. 512 KB request increments); `priceMeters` then pools the meters
 * of the whole account, spends each free allowance once, applies the tiers and rounds each line
 * to the cent, as the Lambda bill does (priceBill.ts).
 */
import type {FreeTierKind, ServicePriceSheet} from '../../../data/prices/types.ts';
import type {Exact} from '../exact.ts';

/**
 * Which free allowances to apply. Default 'always-free': the allowances every account gets every
 * month. 'with-12-month' adds new accounts' first-year offers; 'none' prices every unit.
 */
export type FreeTierMode = 'always-free' | 'with-12-month' | 'none';

export interface ServiceOptions {
  readonly freeTier?: FreeTierMode;
}

/** A quantity one resource consumes on one billing dimension this month. */
export interface Meter {
  /** Key of the service model (e.g. "sqs"). */
  readonly service: string;
  readonly dimension: string;
  readonly region: string;
  /** Logical ID (or name) of the resource that consumes it. */
  readonly resource: string;
  readonly quantity: Exact;
  /** How the quantity was metered, with its numbers ("2,000,000 messages × 2 chunks of 64 KB"). */
  readonly how: string;
}

/** A line that cannot be priced until the user gives a usage value. */
export interface NeededInput {
  readonly resource: string;
  readonly service: string;
  /** What would be priced ("HTTP API requests"). */
  readonly label: string;
  /** The usage key(s) that would price it. */
  readonly keys: readonly string[];
}

export interface ResourceMeters {
  readonly meters: readonly Meter[];
  readonly needs: readonly NeededInput[];
  readonly notes: readonly string[];
}

/** One usage key a resource type reads (infracost's name where it has one). */
export interface UsageKeySpec {
  readonly key: string;
  readonly description: string;
  /** Largest accepted value; values must be ≥ 0. */
  readonly max?: number;
  readonly integer?: boolean;
}

export interface DimensionSpec {
  readonly label: string;
  readonly unit: string;
  /** Show the rate per this many units ("$1.00 per 1M"); default 1. */
  readonly ratePer?: number;
}

export interface ServiceModel<D extends string = string> {
  readonly key: string;
  readonly sheet: ServicePriceSheet<D>;
  readonly dimensions: Readonly<Record<D, DimensionSpec>>;
}

/** Input every resource pricer takes. */
export interface MeterInput<C = unknown> {
  readonly resource: string;
  readonly region: string;
  /** Monthly usage by key; a missing key is never read as 0. */
  readonly usage: Readonly<Record<string, number | undefined>>;
  /** Settings that come from the template (FIFO, cache size, subnet count…). */
  readonly config?: C;
}

export interface ServiceLine {
  readonly serviceKey: string;
  /** Display name ("Amazon SQS"). */
  readonly service: string;
  readonly dimension: string;
  readonly label: string;
  readonly region: string;
  readonly unit: string;
  /** Billable quantity after the free allowance. */
  readonly quantity: number;
  readonly grossQuantity: number;
  readonly freeQuantity: number;
  /** The arithmetic with its numbers. */
  readonly formula: string;
  /** Rounded to the cent (each line, as AWS's examples round). */
  readonly usd: number;
  readonly usdUnrounded: number;
  readonly exact: {readonly quantity: string; readonly usdUnrounded: string};
  /** Each resource's gross quantity and pro-rata share of the unrounded cost. */
  readonly resources: readonly {readonly resource: string; readonly quantity: number; readonly usdUnrounded: number}[];
  readonly source: string;
  readonly asOf: string;
  readonly freeTier?: {readonly kind: FreeTierKind; readonly note: string};
}

export interface UnpricedLine {
  readonly service: string;
  readonly resource: string;
  readonly label: string;
  /** Why: the usage key it needs, or the Region without a known price. */
  readonly reason: string;
  readonly keys?: readonly string[];
}

export interface MeteredBill {
  readonly lines: readonly ServiceLine[];
  readonly unpriced: readonly UnpricedLine[];
  /** Sum of the cent-rounded lines. */
  readonly total: number;
  readonly totalUnrounded: number;
  readonly notes: readonly string[];
}
