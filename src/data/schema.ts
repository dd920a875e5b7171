/**
 * Types for Lambda Lab's facts. Every fact carries the page it came from and the date that page
 * was read, so a reader can check it and a maintainer knows when it may have gone stale.
 * The schema test (test/unit/data/schema.test.ts) enforces this for every entry.
 */

/** Where a fact comes from. */
export interface Sourced {
  /** An https URL, normally an AWS page. */
  readonly source: string;
  /** The date the source was read or last changed, as YYYY-MM-DD. */
  readonly asOf: string;
  /** Anything a reader should know about the figure (history, caveats). */
  readonly note?: string;
}

export type Architecture = 'x86_64' | 'arm64';
export const ARCHITECTURES: readonly Architecture[] = ['x86_64', 'arm64'];

/**
 * A decimal amount in US dollars, written exactly as AWS publishes it ("0.0000166667").
 * Strings, not numbers, so no digit is lost before the engine does exact arithmetic.
 */
export type UsdDecimal = string;

/** The unit a price is charged per. */
export type PriceUnit = 'request' | 'GB-second' | 'GB' | 'GB-month' | 'operation';

/** One step of a tiered price: `usd` per unit until the cumulative usage reaches `upTo`. */
export interface PriceTier {
  /** Upper bound of this tier in units of cumulative monthly usage; null means no bound. */
  readonly upTo: number | null;
  readonly usd: UsdDecimal;
}

export interface Price extends Sourced {
  readonly unit: PriceUnit;
  /** At least one tier; the last one has `upTo: null`. */
  readonly tiers: readonly PriceTier[];
}

/** The billing dimensions Lambda Lab prices. */
export type PriceDimension =
  | 'requests'
  | 'duration'
  | 'ephemeralStorage'
  | 'provisionedConcurrency'
  | 'provisionedDuration'
  | 'snapStartCache'
  | 'snapStartRestore'
  | 'responseStreaming';

export type ArchitecturePrices = Readonly<Partial<Record<PriceDimension, Price>>> & {
  readonly requests: Price;
  readonly duration: Price;
};

export interface RegionPrices {
  /** AWS Region code, e.g. "us-east-1". */
  readonly region: string;
  /** Human name, e.g. "US East (N. Virginia)". */
  readonly name: string;
  readonly architectures: Readonly<Record<Architecture, ArchitecturePrices>>;
}

/** Units a quota can be expressed in. MB and GB are binary (1 GB = 1024 MB), as in Lambda. */
export type QuotaUnit =
  | 'MB'
  | 'GB'
  | 'KB'
  | 'bytes'
  | 'seconds'
  | 'count'
  | 'characters'
  | 'requests/second'
  | 'environments/10 seconds';

export type QuotaScope = 'function' | 'account-region' | 'invocation' | 'event-source-mapping' | 'edge';

export interface Quota extends Sourced {
  /** Stable identifier used by rules and the CLI, e.g. "memory.max". */
  readonly id: string;
  /** What a person calls it. */
  readonly name: string;
  readonly value: number;
  readonly unit: QuotaUnit;
  /** Lower bound where the quota is a range (memory 128–10,240 MB). */
  readonly min?: number;
  /** Default value where the setting has one (timeout 3 s). */
  readonly default?: number;
  /** Whether a Service Quotas request can raise it. */
  readonly adjustable: boolean;
  readonly scope: QuotaScope;
}
