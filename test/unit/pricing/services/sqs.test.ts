import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {FreeTierMode} from '../../../../src/core/pricing/services/types.ts';
import {checkContinuity, checkPricerProperties} from '../../../support/pricerProperties.ts';
import {priceSqs} from '../../../../src/core/pricing/services/sqs.ts';

const price = (usage: Record<string, number>, freeTier: FreeTierMode = 'always-free', fifo = false) => priceSqs({resource: 'Queue', region: 'us-east-1', usage, config: {fifo}}, {freeTier});

describe('SQS pricer', () => {
  it('standard: 1M free (always), then $0.40/M', () => {
    // 6,300,000 − 1,000,000 free = 5,300,000 × $0.0000004 = $2.12
    expect(price({monthly_requests: 6_300_000}).total).toBe(2.12);
    // with no free tier: 6,300,000 × $0.0000004 = $2.52
    expect(price({monthly_requests: 6_300_000}, 'none').total).toBe(2.52);
  });
  it('each 64 KB chunk is a request: a 256 KB message is 4', () => {
    const bill = price({monthly_requests: 1_000_000, request_size_kb: 256}, 'none');
    expect(bill.lines[0]?.quantity).toBe(4_000_000);
    expect(bill.total).toBe(1.6);
    expect(bill.lines[0]?.formula).toContain('1,000,000 requests × 4 (256 KB metered in 64 KB increments)');
  });
  it('FIFO: $0.50/M', () => {
    expect(price({monthly_requests: 10_000_000}, 'none', true).total).toBe(5);
  });
  it('tiers at 100 B and 200 B requests', () => {
    // 100B × $0.40/M = $40,000 + 100B × $0.30/M = $30,000 + 50B × $0.24/M = $12,000
    expect(price({monthly_requests: 250_000_000_000}, 'none').total).toBe(82_000);
  });
  it('missing usage is listed, not $0', () => {
    expect(price({}).unpriced[0]?.keys).toEqual(['monthly_requests']);
  });
  it('properties', () => {
    checkPricerProperties((usage, mode) => price(usage, mode), fc.record({monthly_requests: fc.integer({min: 0, max: 300_000_000_000}), request_size_kb: fc.integer({min: 1, max: 1024})}), ['monthly_requests']);
    checkPricerProperties((usage, mode) => price(usage, mode, true), fc.record({monthly_requests: fc.integer({min: 0, max: 300_000_000_000})}), ['monthly_requests'], 100);
    checkContinuity((usage, mode) => price(usage, mode), {}, 'monthly_requests', 100_000_000_000, 0.0000004);
    checkContinuity((usage, mode) => price(usage, mode, true), {}, 'monthly_requests', 200_000_000_000, 0.0000005);
  });
});
