import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {FreeTierMode} from '../../../../src/core/pricing/services/types.ts';
import {checkContinuity, checkPricerProperties} from '../../../support/pricerProperties.ts';
import {priceLoadBalancer} from '../../../../src/core/pricing/services/loadBalancer.ts';

const price = (usage: Record<string, number>, freeTier: FreeTierMode = 'always-free', lambdaTargets = true) => priceLoadBalancer({resource: 'Alb', region: 'us-east-1', usage, config: {lambdaTargets}}, {freeTier});

describe('ALB pricer', () => {
  it('hours + LCU-hours on the largest dimension (Lambda targets: 0.4 GB/hour per LCU)', () => {
    // 730 × $0.0225 = $16.425 ≈ $16.43; LCU = max(10/25 = 0.4, 1,500/3,000 = 0.5, 1 GB/h ÷ 0.4 = 2.5, 0) = 2.5 × 730 = 1,825 × $0.008 = $14.60
    const bill = price({new_connections: 10, active_connections: 1_500, processed_bytes_gb: 1, rule_evaluations: 0});
    expect(bill.lines.map((line) => line.usd)).toEqual([16.43, 14.6]);
    expect(bill.lines[1]?.formula).toContain('= 2.5 LCU × 730 hours');
  });
  it('EC2 targets: 1 GB/hour per LCU', () => {
    expect(price({processed_bytes_gb: 1}, 'none', false).lines[1]?.usd).toBe(5.84); // 730 × $0.008
  });
  it('the ALB free tier is a 12-month offer', () => {
    expect(price({processed_bytes_gb: 1}, 'with-12-month').total).toBe(0);
  });
  it('properties', () => {
    checkPricerProperties((usage, mode) => price(usage, mode), fc.record({new_connections: fc.integer({min: 0, max: 10_000}), active_connections: fc.integer({min: 0, max: 1e6}), processed_bytes_gb: fc.integer({min: 0, max: 10_000}), rule_evaluations: fc.integer({min: 0, max: 1e6})}), ['new_connections', 'active_connections', 'processed_bytes_gb', 'rule_evaluations']);
  });
});
