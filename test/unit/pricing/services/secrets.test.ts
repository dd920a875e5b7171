import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {FreeTierMode} from '../../../../src/core/pricing/services/types.ts';
import {checkContinuity, checkPricerProperties} from '../../../support/pricerProperties.ts';
import {priceSecrets} from '../../../../src/core/pricing/services/secrets.ts';

const input = (usage: Record<string, number>, advanced = false) => ({resource: 'R', region: 'us-east-1', usage, config: {advanced}});

describe('KMS, Secrets Manager and Parameter Store pricers', () => {
  it('KMS: $1/key-month + $0.03 per 10,000 requests after 20,000 free', () => {
    // 1 × $1 + (1,020,000 − 20,000) × $0.000003 = $3.00
    expect(priceSecrets('kms', input({monthly_requests: 1_020_000})).total).toBe(4);
  });
  it('Secrets Manager: $0.40/secret-month + $0.05 per 10,000 calls', () => {
    // $0.40 + 1,000,000 × $0.000005 = $5.00
    expect(priceSecrets('secret', input({monthly_requests: 1_000_000})).total).toBe(5.4);
  });
  it('Parameter Store: standard is free, advanced $0.05/month + $0.05 per 10,000', () => {
    expect(priceSecrets('parameter', input({monthly_api_interactions: 1_000_000})).total).toBe(0);
    expect(priceSecrets('parameter', input({monthly_api_interactions: 1_000_000}, true)).total).toBe(5.05);
  });
  it('properties', () => {
    for (const kind of ['kms', 'secret'] as const) {
      checkPricerProperties((usage, mode) => priceSecrets(kind, input(usage), {freeTier: mode}), fc.record({monthly_requests: fc.integer({min: 0, max: 1e10})}), ['monthly_requests'], 100);
    }
    checkContinuity((usage, mode) => priceSecrets('kms', input(usage), {freeTier: mode}), {}, 'monthly_requests', 20_000, 0.000003);
  });
});
