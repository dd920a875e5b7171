/**
 * Lambda MicroVMs (June 2026, arm64 only): isolated, stateful Firecracker VMs with a lifecycle you
 * control (run, suspend, resume, terminate), for per-user or per-session sandboxes. Billed per
 * second for vCPU and memory (the baseline while running, plus any burst above it for its active
 * time only) and for snapshots. Rates are the pricing page's MicroVMs tab, us-east-1 (Graviton).
 */
import type {Sourced, UsdDecimal} from '../schema.ts';
import {SOURCES} from '../sources.ts';

export interface SourcedRate extends Sourced {
  readonly usd: UsdDecimal;
  readonly unit: string;
}

const PRICING_AS_OF = '2026-06-22';
// The quotas page copy with MicroVM quotas (as src/data/quotas.ts reads it).
const QUOTAS_AS_OF = '2026-08-05';

export const MICROVM_PRICES = {
  vcpu: {usd: '0.0000276944', unit: 'vCPU-second', source: SOURCES.pricing, asOf: PRICING_AS_OF, note: 'Per second: the baseline vCPUs while the MicroVM runs, plus burst above the baseline for its active time only.'},
  memory: {usd: '0.0000036667', unit: 'GB-second', source: SOURCES.pricing, asOf: PRICING_AS_OF},
  snapshotWrite: {usd: '0.0038', unit: 'GB written', source: SOURCES.pricing, asOf: PRICING_AS_OF},
  snapshotRead: {usd: '0.00155', unit: 'GB read', source: SOURCES.pricing, asOf: PRICING_AS_OF},
  snapshotStorage: {usd: '0.08', unit: 'GB-month', source: SOURCES.pricing, asOf: PRICING_AS_OF, note: 'Image snapshots are billed for at least one week.'},
} as const satisfies Record<string, SourcedRate>;

export const MICROVM_LIMITS = {
  memoryGBPerVcpu: {value: 2, source: SOURCES.pricing, asOf: PRICING_AS_OF, note: 'Memory to vCPU 2:1; the default size is 2 GB and 1 vCPU.'},
  burstMultiple: {value: 4, source: SOURCES.pricing, asOf: PRICING_AS_OF, note: 'A MicroVM can burst up to 4× its baseline.'},
  maxRunHours: {value: 8, source: SOURCES.quotas, asOf: QUOTAS_AS_OF, note: 'Per MicroVM, not adjustable.'},
  accountMemoryGB: {value: 400, source: SOURCES.quotas, asOf: QUOTAS_AS_OF, note: 'Memory per account and Region, burstable 4×, adjustable. New accounts start lower.'},
  accountMemoryGBLargeRegions: {value: 1024, regions: ['us-east-1', 'us-west-2', 'us-east-2', 'ap-northeast-1'], source: SOURCES.quotas, asOf: QUOTAS_AS_OF, note: 'The same quota in the four largest Regions.'},
  images: {value: 100, source: SOURCES.quotas, asOf: QUOTAS_AS_OF, note: 'MicroVM images per account and Region.'},
  versionsPerImage: {value: 50, source: SOURCES.quotas, asOf: QUOTAS_AS_OF},
} as const satisfies Record<string, Sourced & {value: number; regions?: readonly string[]}>;
