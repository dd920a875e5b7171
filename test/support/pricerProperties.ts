/**
 * fast-check properties every service pricer must hold: the total is the sum of the cent-rounded
 * lines and never NaN; more traffic never lowers the bill; a free allowance never raises it; the
 * cost is continuous at each tier boundary (one more unit costs at most the dearest rate).
 */
import fc from 'fast-check';
import {expect} from 'vitest';
import type {FreeTierMode, MeteredBill} from '../../src/core/pricing/services/types.ts';

export type PriceUsage = (usage: Record<string, number>, freeTier: FreeTierMode) => MeteredBill;

const cents = (usd: number) => Math.round(usd * 100);

export function checkPricerProperties(price: PriceUsage, usage: fc.Arbitrary<Record<string, number>>, trafficKeys: readonly string[], runs = 200): void {
  fc.assert(
    fc.property(usage, fc.constantFrom<FreeTierMode>('none', 'always-free', 'with-12-month'), (values, mode) => {
      const bill = price(values, mode);
      expect(Number.isFinite(bill.total)).toBe(true);
      expect(cents(bill.total)).toBe(bill.lines.reduce((acc, line) => acc + cents(line.usd), 0));
      for (const line of bill.lines) {
        expect(line.usd).toBeGreaterThanOrEqual(0);
        expect(Math.abs(line.usd - line.usdUnrounded)).toBeLessThanOrEqual(0.005 + 1e-9);
      }
    }),
    {numRuns: runs},
  );
  // Monotone in traffic: adding to any traffic key never lowers the unrounded total.
  fc.assert(
    fc.property(usage, fc.constantFrom(...trafficKeys), fc.integer({min: 1, max: 1_000_000_000}), fc.constantFrom<FreeTierMode>('none', 'always-free'), (values, key, extra, mode) => {
      const before = price(values, mode).totalUnrounded;
      const after = price({...values, [key]: (values[key] ?? 0) + extra}, mode).totalUnrounded;
      expect(after).toBeGreaterThanOrEqual(before - 1e-9);
    }),
    {numRuns: runs},
  );
  // The free tier never raises a bill; the 12-month offer never raises it either.
  fc.assert(
    fc.property(usage, (values) => {
      const none = price(values, 'none').totalUnrounded;
      const always = price(values, 'always-free').totalUnrounded;
      const first = price(values, 'with-12-month').totalUnrounded;
      expect(always).toBeLessThanOrEqual(none + 1e-9);
      expect(first).toBeLessThanOrEqual(always + 1e-9);
    }),
    {numRuns: runs},
  );
}

/**
 * Continuity at a tier boundary: pricing `at − 1`, `at` and `at + 1` of `key` changes the
 * unrounded bill by at most `maxStep` per unit (the dearest rate times units per key unit).
 */
export function checkContinuity(price: PriceUsage, base: Record<string, number>, key: string, at: number, maxStep: number): void {
  const cost = (value: number) => price({...base, [key]: value}, 'none').totalUnrounded;
  const below = cost(at - 1);
  const exact = cost(at);
  const above = cost(at + 1);
  expect(exact - below).toBeGreaterThanOrEqual(0);
  expect(exact - below).toBeLessThanOrEqual(maxStep + 1e-9);
  expect(above - exact).toBeGreaterThanOrEqual(0);
  expect(above - exact).toBeLessThanOrEqual(maxStep + 1e-9);
}
