/**
 * Provisioned mode for event source mappings: dedicated event pollers, billed per Event Poller
 * Unit-hour (EPU-hour), per second with a 1-minute minimum. On-demand (default) pollers cost
 * nothing extra.
 */
import type {Sourced, UsdDecimal} from '../schema.ts';
import {SOURCES} from '../sources.ts';

export type PollerSource = 'kafka' | 'sqs';
export const POLLER_SOURCES: readonly PollerSource[] = ['kafka', 'sqs'];

export interface PollerPrice extends Sourced {
  readonly usdPerEpuHour: UsdDecimal;
  /** Least pollers a provisioned ESM of this type runs. */
  readonly minimumPollers: number;
  readonly throughputPerPoller: string;
}

export const EVENT_POLLER_PRICES: Readonly<Record<PollerSource, PollerPrice>> = {
  kafka: {usdPerEpuHour: '0.185', minimumPollers: 1, throughputPerPoller: 'up to 20 MB/s per EPU (default 10 pollers each up to 5 MB/s or 5 concurrent invocations)', source: SOURCES.pricing, asOf: '2026-06-22', note: 'Amazon MSK and self-managed Kafka, us-east-1 (Price List SKU E9QEPQBP6HKCU5DW).'},
  sqs: {usdPerEpuHour: '0.00925', minimumPollers: 2, throughputPerPoller: 'up to 1 MB/s per poller', source: SOURCES.pricing, asOf: '2026-06-22', note: 'Amazon SQS, us-east-1; each EPU is one poller; a provisioned SQS mapping runs at least 2 pollers.'},
};

/** Prices are only known for us-east-1. */
export const EVENT_POLLER_PRICE_REGIONS: readonly string[] = ['us-east-1'];
