import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {SECONDS_PER_MONTH, priceSecretReads, secretCallsPerMonth} from '../../../src/core/pricing/secretReadCost.ts';

describe('cost of reading a secret from Lambda', () => {
  it('without a cache, every invocation is a call: $0.40 + 3M × $0.05 / 10,000 = $15.40', () => {
    const {calls, bill} = priceSecretReads({invocationsPerMonth: 3_000_000, environments: 10, cacheTtlSeconds: 0});
    expect(calls).toBe(3_000_000);
    expect(bill.total).toBe(15.4);
  });

  it('with a 300 s cache, 10 busy environments make 10 × 8,760 calls: $0.40 + $0.438 → $0.84', () => {
    const {calls, bill} = priceSecretReads({invocationsPerMonth: 3_000_000, environments: 10, cacheTtlSeconds: 300});
    expect(SECONDS_PER_MONTH / 300).toBe(8_760);
    expect(calls).toBe(87_600);
    expect(bill.total).toBe(0.84);
  });

  it('a cache never makes more calls than there are invocations, nor more than no cache', () => {
    fc.assert(fc.property(fc.nat(1e9), fc.nat(10_000), fc.nat(86_400), (invocationsPerMonth, environments, cacheTtlSeconds) => {
      const cached = secretCallsPerMonth({invocationsPerMonth, environments, cacheTtlSeconds});
      expect(cached).toBeLessThanOrEqual(invocationsPerMonth);
      expect(cached).toBeLessThanOrEqual(secretCallsPerMonth({invocationsPerMonth, environments, cacheTtlSeconds: 0}));
    }));
  });

  it('refuses counts that are not whole numbers', () => {
    expect(() => secretCallsPerMonth({invocationsPerMonth: 1.5, environments: 1, cacheTtlSeconds: 300})).toThrow(/whole numbers/);
    expect(() => secretCallsPerMonth({invocationsPerMonth: 1, environments: -1, cacheTtlSeconds: 300})).toThrow(/whole numbers/);
  });
});
