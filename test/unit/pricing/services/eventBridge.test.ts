import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {FreeTierMode} from '../../../../src/core/pricing/services/types.ts';
import {checkContinuity, checkPricerProperties} from '../../../support/pricerProperties.ts';
import {priceEventBridge} from '../../../../src/core/pricing/services/eventBridge.ts';

const bus = (usage: Record<string, number>, freeTier: FreeTierMode = 'always-free') => priceEventBridge({resource: 'Bus', region: 'us-east-1', usage}, {freeTier});
const scheduler = (usage: Record<string, number>, freeTier: FreeTierMode = 'always-free') => priceEventBridge({resource: 'Schedule', region: 'us-east-1', usage, config: {scheduler: true}}, {freeTier});

describe('EventBridge pricer', () => {
  it('custom events at $1.00/M, 64 KB chunks', () => {
    expect(bus({monthly_custom_events: 5_000_000}).total).toBe(5);
    // 1,000,000 events of 200 KB = 4 chunks each → 4,000,000 × $1.00/M
    expect(bus({monthly_custom_events: 1_000_000, event_size_kb: 200}).total).toBe(4);
  });
  it('Scheduler: 14M invocations free every month, then $1.00/M', () => {
    expect(scheduler({monthly_invocations: 14_000_000}).total).toBe(0);
    expect(scheduler({monthly_invocations: 20_000_000}).total).toBe(6); // 6M × $1.00/M
    expect(scheduler({monthly_invocations: 20_000_000}, 'none').total).toBe(20);
  });
  it('properties', () => {
    checkPricerProperties((usage, mode) => bus(usage, mode), fc.record({monthly_custom_events: fc.integer({min: 0, max: 1e11}), event_size_kb: fc.integer({min: 1, max: 256})}), ['monthly_custom_events']);
    checkPricerProperties((usage, mode) => scheduler(usage, mode), fc.record({monthly_invocations: fc.integer({min: 0, max: 1e10})}), ['monthly_invocations'], 100);
    checkContinuity((usage, mode) => scheduler(usage, mode), {}, 'monthly_invocations', 14_000_000, 0.000001);
  });
});
