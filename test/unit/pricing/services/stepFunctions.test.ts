import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {FreeTierMode} from '../../../../src/core/pricing/services/types.ts';
import {checkContinuity, checkPricerProperties} from '../../../support/pricerProperties.ts';
import {priceStepFunctions} from '../../../../src/core/pricing/services/stepFunctions.ts';

const standard = (usage: Record<string, number>, freeTier: FreeTierMode = 'always-free', region = 'us-east-1') => priceStepFunctions({resource: 'Flow', region, usage}, {freeTier});
const express = (usage: Record<string, number>, freeTier: FreeTierMode = 'always-free') => priceStepFunctions({resource: 'Flow', region: 'us-east-1', usage, config: {express: true}}, {freeTier});

describe('Step Functions pricer', () => {
  it('standard: 4,000 transitions free (always), then $0.025 per 1,000', () => {
    // 100,000 executions × 5 transitions = 500,000 − 4,000 = 496,000 × $0.000025 = $12.40
    expect(standard({monthly_transitions: 500_000}).total).toBe(12.4);
    expect(standard({monthly_transitions: 500_000}, 'none').total).toBe(12.5);
    // Europe (Paris) $0.0297 per 1,000: 1,000,000 × $0.0000297 = $29.70
    expect(standard({monthly_transitions: 1_000_000}, 'none', 'eu-west-3').total).toBe(29.7);
  });
  it('express: requests + GB-s, 100 ms rounding, 64 MB chunks', () => {
    // 1M × $1.00/M = $1.00; 1M × 2.0 s × 64/1024 GB = 125,000 GB-s × $0.00001667 = $2.08375 ≈ $2.08
    const bill = express({monthly_requests: 1_000_000, workflow_duration_ms: 1950, memory_mb: 50});
    expect(bill.lines.map((line) => line.usd)).toEqual([1, 2.08]);
    expect(bill.lines[1]?.formula).toContain('2,000 ms (rounded up to 100 ms) × 64 MB (64 MB chunks)');
  });
  it('express duration tiers: first 1,000 GB-hours, next 4,000, then the rest', () => {
    // 20,000,000 GB-s: 3.6M × 0.00001667 = 60.012 + 14.4M × 0.00000833 = 119.952 + 2M × 0.00000456 = 9.12 → $189.084 ≈ $189.08
    // (100M executions × 1.6 s × 128 MB: 100M × 1.6 × 0.125 = 20,000,000 GB-s)
    const bill = express({monthly_requests: 100_000_000, workflow_duration_ms: 1600, memory_mb: 128});
    expect(bill.lines[1]?.usd).toBe(189.08);
  });
  it('express without a duration says it needs workflow_duration_ms', () => {
    expect(express({monthly_requests: 10}).unpriced[0]?.keys).toEqual(['workflow_duration_ms']);
  });
  it('properties', () => {
    checkPricerProperties((usage, mode) => standard(usage, mode), fc.record({monthly_transitions: fc.integer({min: 0, max: 1e10})}), ['monthly_transitions']);
    checkPricerProperties((usage, mode) => express(usage, mode), fc.record({monthly_requests: fc.integer({min: 0, max: 1e9}), workflow_duration_ms: fc.integer({min: 1, max: 300_000}), memory_mb: fc.integer({min: 1, max: 4096})}), ['monthly_requests', 'workflow_duration_ms'], 100);
    checkContinuity((usage, mode) => standard(usage, mode), {}, 'monthly_transitions', 4_000, 0.000025);
    // 36,000,000 requests × 100 ms × 64 MB = 225,000 GB-s per 36M: step per request is 0.00625 GB-s.
    checkContinuity((usage, mode) => express(usage, mode), {workflow_duration_ms: 100, memory_mb: 64}, 'monthly_requests', 576_000_000, 0.000001 + 0.00625 * 0.00001667);
  });
});
