/**
 * The rules Lambda bills by (free tier, granularity, minimums), as sourced data.
 * The pricing engine reads every constant from here, so a rule change is a change to this file.
 */
import type {Sourced} from './schema.ts';
import {SOURCES} from './sources.ts';

export interface BillingRule extends Sourced {
  readonly value: number;
}

const PRICING_PAGE_AS_OF = '2026-06-22';

export const BILLING_RULES = {
  /** Monthly, per account, shared by x86 and arm64 and (we assume) all Regions; not Lambda@Edge. */
  freeRequests: {value: 1_000_000, source: SOURCES.pricing, asOf: PRICING_PAGE_AS_OF, note: 'Always free (does not expire after 12 months). Usable by x86 and Graviton functions in aggregate.'},
  freeGbSeconds: {value: 400_000, source: SOURCES.pricing, asOf: PRICING_PAGE_AS_OF, note: 'Always free; x86 and Graviton in aggregate. Applied to on-demand duration only (see the provisioned-concurrency note).'},
  freeStreamingGB: {value: 100, source: SOURCES.pricing, asOf: PRICING_PAGE_AS_OF, note: '100 GiB of HTTP response streaming per month, beyond the first 6 MB of each response.'},
  /** Duration granularity today, in ms ("rounded up to the nearest 1 ms"). */
  granularityMs: {value: 1, source: SOURCES.oneMsBilling, asOf: '2020-12-01', note: '100 ms from 2014 until the December 2020 billing cycle.'},
  historicalGranularityMs: {value: 100, source: SOURCES.oneMsBilling, asOf: '2020-12-01', note: 'The rule before 1 ms billing; kept for teaching.'},
  edgeGranularityMs: {value: 1, source: SOURCES.edgeGranularity, asOf: '2021-04-01', note: 'Lambda@Edge was metered in 50 ms steps until 2021-03-31.'},
  /** Async events: 1 request covers the first 256 KB, then +1 per started 64 KB chunk, up to 1 MB. */
  asyncIncludedKB: {value: 256, source: SOURCES.pricing, asOf: '2025-10-24', note: '"1 request per each asynchronous Event for first 256 KB."'},
  asyncChunkKB: {value: 64, source: SOURCES.pricing, asOf: '2025-10-24', note: '"1 additional request for each 64 KB of chunk upto 1 MB."'},
  asyncMaxKB: {value: 1024, source: SOURCES.asyncPayload, asOf: '2025-10-24', note: 'Async payload limit raised from 256 KB to 1 MB on 2025-10-24.'},
  includedEphemeralMB: {value: 512, source: SOURCES.pricing, asOf: PRICING_PAGE_AS_OF, note: '512 MB of /tmp at no extra cost; only storage configured above it is billed.'},
  provisionedBlockSeconds: {value: 300, source: SOURCES.pricing, asOf: PRICING_PAGE_AS_OF, note: 'Provisioned concurrency is billed from enable to disable, rounded up to the nearest 5 minutes.'},
  snapStartMinimumCacheHours: {value: 3, source: SOURCES.pricing, asOf: PRICING_PAGE_AS_OF, note: 'Cache is charged while the version is active, for a minimum of 3 hours, per ms thereafter (Python and .NET only).'},
  streamingIncludedMB: {value: 6, source: SOURCES.pricing, asOf: PRICING_PAGE_AS_OF, note: 'The first 6 MB of each streamed response are not charged.'},
  initBillingSince: {value: Date.UTC(2025, 7, 1), source: SOURCES.initBillingBlog, asOf: '2025-08-01', note: 'INIT is billed for on-demand ZIP functions on managed runtimes from 2025-08-01; custom runtimes and container images were billed before.'},
  savingsPlanMaxPercent: {value: 17, source: SOURCES.savingsPlans, asOf: '2024-01-01', note: '"With Compute Savings Plans, you can save up to 17 percent on Lambda." Applies to duration, provisioned concurrency and its duration.'},
  /** A month for rate conversions (100/s → per month), as AWS's calculators use. */
  hoursPerMonth: {value: 730, source: SOURCES.pricing, asOf: PRICING_PAGE_AS_OF, note: 'AWS calculators use 730 hours a month (8,760 h ÷ 12).'},
} as const satisfies Record<string, BillingRule>;
