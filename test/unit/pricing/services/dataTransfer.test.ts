import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {FreeTierMode} from '../../../../src/core/pricing/services/types.ts';
import {checkContinuity, checkPricerProperties} from '../../../support/pricerProperties.ts';
import {priceDataTransfer} from '../../../../src/core/pricing/services/dataTransfer.ts';

const price = (usage: Record<string, number>, freeTier: FreeTierMode = 'always-free') => priceDataTransfer({resource: 'DataTransfer', region: 'us-east-1', usage}, {freeTier});

describe('data transfer pricer', () => {
  it('internet out: 100 GB free every month, then $0.09/GB', () => {
    // 1,100 GB − 100 free = 1,000 × $0.09 = $90.00
    expect(price({monthly_outbound_internet_gb: 1_100}).total).toBe(90);
    expect(price({monthly_outbound_internet_gb: 100}).total).toBe(0);
  });
  it('tiers: 20 TB out with no free tier', () => {
    // 20,480 GB: 10,240 × $0.09 = $921.60 + 10,240 × $0.085 = $870.40 → $1,792.00
    expect(price({monthly_outbound_internet_gb: 20_480}, 'none').total).toBe(1792);
  });
  it('between AZs is billed on both sides; other Regions $0.02/GB', () => {
    // 500 GB × 2 × $0.01 = $10.00; 100 GB × $0.02 = $2.00
    expect(price({monthly_intra_region_gb: 500, monthly_outbound_other_regions_gb: 100}).total).toBe(12);
  });
  it('properties', () => {
    checkPricerProperties((usage, mode) => price(usage, mode), fc.record({monthly_outbound_internet_gb: fc.integer({min: 0, max: 1e6}), monthly_intra_region_gb: fc.integer({min: 0, max: 1e6}), monthly_outbound_other_regions_gb: fc.integer({min: 0, max: 1e6})}), ['monthly_outbound_internet_gb', 'monthly_intra_region_gb', 'monthly_outbound_other_regions_gb']);
    for (const at of [10_240, 51_200, 153_600]) checkContinuity((usage, mode) => price(usage, mode), {}, 'monthly_outbound_internet_gb', at, 0.09);
  });
});
