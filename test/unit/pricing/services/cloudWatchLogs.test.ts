import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {FreeTierMode} from '../../../../src/core/pricing/services/types.ts';
import {checkContinuity, checkPricerProperties} from '../../../support/pricerProperties.ts';
import {priceCloudWatchLogs} from '../../../../src/core/pricing/services/cloudWatchLogs.ts';

const price = (usage: Record<string, number>, freeTier: FreeTierMode = 'always-free', lambda = true) => priceCloudWatchLogs({resource: 'Logs', region: 'us-east-1', usage, config: {lambda}}, {freeTier});

describe('CloudWatch Logs pricer', () => {
  it('Lambda logs: the 2025 vended-log tiers (10 TB, 20 TB, 20 TB, then $0.05)', () => {
    // 60 TB = 61,440 GB: 10,240 × $0.50 = $5,120 + 20,480 × $0.25 = $5,120 + 20,480 × $0.10 = $2,048 + 10,240 × $0.05 = $512
    // = $12,800 (Duckbill's $12,500 for "60 TB" counts 1 TB as 1,000 GB: 10,000 × 0.5 + 20,000 × 0.25 + 20,000 × 0.1 + 10,000 × 0.05)
    expect(price({monthly_data_ingested_gb: 61_440}, 'none').total).toBe(12_800);
    // 60,000 GB: 5,120 + 5,120 + 2,048 + (60,000 − 51,200) × \$0.05 = \$440 → \$12,728
    expect(price({monthly_data_ingested_gb: 60_000}, 'none').total).toBe(12_728);
  });
  it('custom log groups pay the flat $0.50/GB', () => {
    expect(price({monthly_data_ingested_gb: 61_440}, 'none', false).total).toBe(30_720);
  });
  it('5 GB free, shared by ingestion, storage and Insights scans', () => {
    // ingestion 4 GB ($0.50) takes 4 of the 5 free GB (dearest first), storage 10 GB − 1 free = 9 × $0.03 = $0.27; scans 100 GB × $0.005 = $0.50
    const bill = price({monthly_data_ingested_gb: 4, storage_gb: 10, monthly_data_scanned_gb: 100});
    expect(bill.lines.map((line) => line.usd)).toEqual([0, 0.27, 0.5]);
    expect(bill.lines[0]?.freeTier?.kind).toBe('always-free');
  });
  it('needs monthly_data_ingested_gb, and says so', () => {
    expect(price({}).unpriced[0]).toMatchObject({keys: ['monthly_data_ingested_gb'], label: 'Lambda log ingestion (CloudWatch Logs, tiered)'});
  });
  it('properties', () => {
    checkPricerProperties((usage, mode) => price(usage, mode), fc.record({monthly_data_ingested_gb: fc.integer({min: 0, max: 200_000}), storage_gb: fc.integer({min: 0, max: 100_000}), monthly_data_scanned_gb: fc.integer({min: 0, max: 100_000})}), ['monthly_data_ingested_gb', 'storage_gb', 'monthly_data_scanned_gb']);
    for (const at of [10_240, 30_720, 51_200]) checkContinuity((usage, mode) => price(usage, mode), {}, 'monthly_data_ingested_gb', at, 0.5);
  });
});
