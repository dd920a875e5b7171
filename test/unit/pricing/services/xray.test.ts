import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {FreeTierMode} from '../../../../src/core/pricing/services/types.ts';
import {checkContinuity, checkPricerProperties} from '../../../support/pricerProperties.ts';
import {priceXRay} from '../../../../src/core/pricing/services/xray.ts';

const price = (usage: Record<string, number>, freeTier: FreeTierMode = 'always-free') => priceXRay({resource: 'Fn', region: 'us-east-1', usage}, {freeTier});

describe('X-Ray pricer', () => {
  it('AWS’s pricing example 1: 2,000 requests/hour sampled at 10 %', () => {
    // recorded: 2,000 × 24 × 31 × 10% = 148,800 − 100,000 free = 48,800 × $0.000005 = $0.244 ≈ $0.24
    // scanned 620,000 + retrieved 155,000 = 775,000 ≤ 1,000,000 free → $0
    const bill = price({monthly_traces_recorded: 148_800, monthly_traces_scanned: 620_000, monthly_traces_retrieved: 155_000});
    expect(bill.lines.map((line) => line.usd)).toEqual([0.24, 0, 0]);
    expect(bill.total).toBe(0.24);
  });
  it('no free tier: 148,800 × $5/M = $0.744 ≈ $0.74', () => {
    expect(price({monthly_traces_recorded: 148_800}, 'none').total).toBe(0.74);
  });
  it('properties', () => {
    checkPricerProperties((usage, mode) => price(usage, mode), fc.record({monthly_traces_recorded: fc.integer({min: 0, max: 1e10}), monthly_traces_retrieved: fc.integer({min: 0, max: 1e10}), monthly_traces_scanned: fc.integer({min: 0, max: 1e10})}), ['monthly_traces_recorded', 'monthly_traces_retrieved', 'monthly_traces_scanned']);
    checkContinuity((usage, mode) => price(usage, mode), {}, 'monthly_traces_recorded', 100_000, 0.000005);
  });
});
