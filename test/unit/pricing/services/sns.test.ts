import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {FreeTierMode} from '../../../../src/core/pricing/services/types.ts';
import {checkContinuity, checkPricerProperties} from '../../../support/pricerProperties.ts';
import {priceSns} from '../../../../src/core/pricing/services/sns.ts';

const price = (usage: Record<string, number>, freeTier: FreeTierMode = 'always-free') => priceSns({resource: 'Topic', region: 'us-east-1', usage}, {freeTier});

describe('SNS pricer', () => {
  it('publishes after 1M free at $0.50/M; HTTP after 100k free at $0.60/M; email after 1,000 at $2.00/100k', () => {
    // (3M − 1M) × $0.0000005 = $1.00; (1.1M − 100k) × $0.0000006 = $0.60; (11,000 − 1,000) × $0.00002 = $0.20
    const bill = price({monthly_requests: 3_000_000, monthly_http_deliveries: 1_100_000, monthly_email_deliveries: 11_000});
    expect(bill.lines.map((line) => line.usd)).toEqual([1, 0.6, 0.2]);
    expect(bill.total).toBe(1.8);
  });
  it('publishes are metered in 64 KB chunks', () => {
    expect(price({monthly_requests: 2_000_000, request_size_kb: 65}, 'none').total).toBe(2); // 4M × $0.50/M
  });
  it('says SQS and Lambda deliveries are free', () => {
    expect(price({monthly_requests: 1}).unpriced).toEqual([]);
    expect(priceSns({resource: 'T', region: 'us-east-1', usage: {}}).unpriced[0]?.keys).toEqual(['monthly_requests']);
  });
  it('properties', () => {
    checkPricerProperties((usage, mode) => price(usage, mode), fc.record({monthly_requests: fc.integer({min: 0, max: 1e10}), monthly_http_deliveries: fc.integer({min: 0, max: 1e9}), monthly_email_deliveries: fc.integer({min: 0, max: 1e7})}), ['monthly_requests', 'monthly_http_deliveries', 'monthly_email_deliveries']);
    checkContinuity((usage, mode) => price(usage, mode), {}, 'monthly_requests', 1_000_000, 0.0000005);
  });
});
