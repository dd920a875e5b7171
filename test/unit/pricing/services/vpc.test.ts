import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {FreeTierMode} from '../../../../src/core/pricing/services/types.ts';
import {checkContinuity, checkPricerProperties} from '../../../support/pricerProperties.ts';
import {priceInterfaceEndpoint, priceNatGateway} from '../../../../src/core/pricing/services/vpc.ts';

const nat = (usage: Record<string, number>, freeTier: FreeTierMode = 'always-free') => priceNatGateway({resource: 'Nat', region: 'us-east-1', usage}, {freeTier});
const endpoint = (usage: Record<string, number>, azCount = 2) => priceInterfaceEndpoint({resource: 'Endpoint', region: 'us-east-1', usage, config: {azCount}});

describe('NAT gateway and interface endpoint pricers', () => {
  it('NAT: 730 hours × $0.045 = $32.85, + 500 GB × $0.045 = $22.50', () => {
    const bill = nat({monthly_data_processed_gb: 500});
    expect(bill.lines.map((line) => line.usd)).toEqual([32.85, 22.5]);
    expect(bill.total).toBe(55.35);
  });
  it('NAT costs its hours even with no usage, and lists the data line as needing a key', () => {
    const bill = nat({});
    expect(bill.total).toBe(32.85);
    expect(bill.unpriced[0]?.keys).toEqual(['monthly_data_processed_gb']);
  });
  it('interface endpoint: 2 AZs × 730 h × $0.01 = $14.60; 1,000 GB × $0.01 = $10.00', () => {
    expect(endpoint({monthly_data_processed_gb: 1000}).total).toBe(24.6);
  });
  it('properties', () => {
    checkPricerProperties((usage, mode) => nat(usage, mode), fc.record({monthly_data_processed_gb: fc.integer({min: 0, max: 1e7})}), ['monthly_data_processed_gb']);
    checkPricerProperties((usage) => endpoint(usage), fc.record({monthly_data_processed_gb: fc.integer({min: 0, max: 1e8})}), ['monthly_data_processed_gb'], 100);
    checkContinuity((usage) => endpoint(usage), {}, 'monthly_data_processed_gb', 1_048_576, 0.01);
  });
});
