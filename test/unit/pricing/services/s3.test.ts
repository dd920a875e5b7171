import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {FreeTierMode} from '../../../../src/core/pricing/services/types.ts';
import {checkContinuity, checkPricerProperties} from '../../../support/pricerProperties.ts';
import {priceS3} from '../../../../src/core/pricing/services/s3.ts';

const price = (usage: Record<string, number>, freeTier: FreeTierMode = 'always-free') => priceS3({resource: 'Bucket', region: 'us-east-1', usage}, {freeTier});

describe('S3 pricer', () => {
  it('storage tiers and requests', () => {
    // 100 GB × $0.023 = $2.30; 1M PUT × $0.005/1,000 = $5.00; 10M GET × $0.0004/1,000 = $4.00
    const bill = price({'standard.storage_gb': 100, 'standard.monthly_tier_1_requests': 1_000_000, 'standard.monthly_tier_2_requests': 10_000_000});
    expect(bill.lines.map((line) => line.usd)).toEqual([2.3, 5, 4]);
    // 60 TB = 61,440 GB: 51,200 × $0.023 = $1,177.60 + 10,240 × $0.022 = $225.28 → $1,402.88
    expect(price({'standard.storage_gb': 61_440, 'standard.monthly_tier_1_requests': 0, 'standard.monthly_tier_2_requests': 0}).total).toBe(1402.88);
  });
  it('the S3 free tier is a 12-month offer', () => {
    const usage = {'standard.storage_gb': 5, 'standard.monthly_tier_1_requests': 2_000, 'standard.monthly_tier_2_requests': 20_000};
    // 5 × $0.023 = $0.115 ≈ $0.12 (half up) + 2,000 × $0.000005 = $0.01 + 20,000 × $0.0000004 = $0.008 ≈ $0.01
    expect(price(usage).total).toBe(0.14);
    expect(price(usage, 'with-12-month').total).toBe(0);
  });
  it('the other storage classes, each at its own rate (hand calculation)', () => {
    const bill = price({
      'standard.storage_gb': 0,
      'standard.monthly_tier_1_requests': 0,
      'standard.monthly_tier_2_requests': 0,
      'standard_infrequent_access.storage_gb': 1_000, // 1,000 × $0.0125 = $12.50
      'one_zone_infrequent_access.storage_gb': 1_000, // 1,000 × $0.01 = $10.00
      'glacier_instant_retrieval.storage_gb': 1_000, // 1,000 × $0.004 = $4.00
      'glacier_flexible_retrieval.storage_gb': 10_000, // 10,000 × $0.0036 = $36.00
      'glacier_deep_archive.storage_gb': 102_400, // 100 TB × $0.00099 = $101.376 ≈ $101.38
      'intelligent_tiering.frequent_access_storage_gb': 61_440, // 51,200 × $0.023 + 10,240 × $0.022 = $1,402.88
      'intelligent_tiering.infrequent_access_storage_gb': 500, // 500 × $0.0125 = $6.25
      'intelligent_tiering.archive_instant_access_storage_gb': 500, // 500 × $0.004 = $2.00
      'intelligent_tiering.archive_access_storage_gb': 500, // 500 × $0.0036 = $1.80
      'intelligent_tiering.deep_archive_access_storage_gb': 500, // 500 × $0.00099 = $0.495 ≈ $0.50 (half up)
      'intelligent_tiering.monitored_objects': 4_000_000, // 4,000 × $0.0025 = $10.00
    });
    const usd = Object.fromEntries(bill.lines.map((line) => [line.dimension, line.usd]));
    expect(usd).toMatchObject({standardIaStorage: 12.5, oneZoneIaStorage: 10, glacierInstantStorage: 4, glacierFlexibleStorage: 36, deepArchiveStorage: 101.38, itFrequentStorage: 1402.88, itInfrequentStorage: 6.25, itArchiveInstantStorage: 2, itArchiveStorage: 1.8, itDeepArchiveStorage: 0.5, itMonitoring: 10});
    // 12.50 + 10 + 4 + 36 + 101.38 + 1,402.88 + 6.25 + 2 + 1.80 + 0.50 + 10 (Standard lines $0)
    expect(bill.total).toBe(1587.31);
  });
  it('properties', () => {
    checkPricerProperties((usage, mode) => price(usage, mode), fc.record({'standard.storage_gb': fc.integer({min: 0, max: 10}), 'standard.monthly_tier_1_requests': fc.integer({min: 0, max: 10}), 'standard.monthly_tier_2_requests': fc.integer({min: 0, max: 10}), 'intelligent_tiering.frequent_access_storage_gb': fc.integer({min: 0, max: 2_000_000}), 'glacier_deep_archive.storage_gb': fc.integer({min: 0, max: 2_000_000})}), ['intelligent_tiering.frequent_access_storage_gb', 'glacier_deep_archive.storage_gb']);
    checkContinuity((usage, mode) => price(usage, mode), {}, 'intelligent_tiering.frequent_access_storage_gb', 51_200, 0.023);
    checkPricerProperties((usage, mode) => price(usage, mode), fc.record({'standard.storage_gb': fc.integer({min: 0, max: 2_000_000}), 'standard.monthly_tier_1_requests': fc.integer({min: 0, max: 1e10}), 'standard.monthly_tier_2_requests': fc.integer({min: 0, max: 1e10})}), ['standard.storage_gb', 'standard.monthly_tier_1_requests']);
    checkContinuity((usage, mode) => price(usage, mode), {}, 'standard.storage_gb', 51_200, 0.023);
    checkContinuity((usage, mode) => price(usage, mode), {}, 'standard.storage_gb', 512_000, 0.023);
  });
});
