import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {priceBill, priceFunction} from '../../../src/core/pricing/index.ts';
import type {FunctionUsage} from '../../../src/core/pricing/index.ts';
import {REGION_PRICES} from '../../../src/data/prices.ts';

const cents = (usd: number) => Math.round(usd * 100);
const regions = REGION_PRICES.map((entry) => entry.region);

const usageArb = fc.record({
  region: fc.constantFrom(...regions),
  architecture: fc.constantFrom('x86_64' as const, 'arm64' as const),
  memoryMB: fc.integer({min: 128, max: 10_240}),
  requestsPerMonth: fc.integer({min: 0, max: 5_000_000_000}),
  averageDurationMs: fc.double({min: 0, max: 900_000, noNaN: true}),
  ephemeralStorageMB: fc.integer({min: 512, max: 10_240}),
  coldStartRatio: fc.double({min: 0, max: 1, noNaN: true}),
  initDurationMs: fc.integer({min: 0, max: 10_000}),
});
const optionsArb = fc.record({freeTier: fc.boolean(), granularityMs: fc.constantFrom(1 as const, 100 as const), savingsPlanPercent: fc.integer({min: 0, max: 17})});

describe('pricing properties', () => {
  it('total is the sum of the cent-rounded line items, and never NaN', () => {
    fc.assert(
      fc.property(fc.array(usageArb, {minLength: 1, maxLength: 4}), optionsArb, (functions, options) => {
        const bill = priceBill(functions, options);
        expect(Number.isFinite(bill.total)).toBe(true);
        expect(cents(bill.total)).toBe(bill.lineItems.reduce((acc, item) => acc + cents(item.usd), 0));
        for (const item of bill.lineItems) {
          // The Savings Plans line sums per-line roundings (each eligible line at the plan rate): up to 1¢ per eligible line.
          const eligibleLines = bill.lineItems.filter((other) => ['duration', 'provisionedConcurrency', 'provisionedDuration'].includes(other.id)).length;
          expect(Math.abs(item.usd - item.usdUnrounded)).toBeLessThanOrEqual((item.id === 'savingsPlan' ? 0.01 * eligibleLines : 0.005) + 1e-9);
        }
        // Function shares add up to the unrounded bill.
        const shares = bill.functions.reduce((acc, share) => acc + share.usdUnrounded, 0);
        expect(shares).toBeCloseTo(bill.totalUnrounded, 4);
      }),
      {numRuns: 150},
    );
  });

  it('is monotone in requests, duration and memory', () => {
    fc.assert(
      fc.property(usageArb, optionsArb, fc.integer({min: 0, max: 100_000_000}), fc.double({min: 0, max: 10_000, noNaN: true}), fc.integer({min: 0, max: 2_000}), (usage, options, moreRequests, moreMs, moreMB) => {
        const base = priceFunction(usage, options).totalUnrounded;
        const dearer = [
          {...usage, requestsPerMonth: usage.requestsPerMonth + moreRequests},
          {...usage, averageDurationMs: Math.min(900_000, usage.averageDurationMs + moreMs)},
          {...usage, memoryMB: Math.min(10_240, usage.memoryMB + moreMB)},
        ];
        for (const variant of dearer) expect(priceFunction(variant, options).totalUnrounded).toBeGreaterThanOrEqual(base - 1e-9);
      }),
      {numRuns: 120},
    );
  });

  it('arm64 is never dearer than x86_64 for the same inputs', () => {
    fc.assert(
      fc.property(usageArb, optionsArb, (usage, options) => {
        const x86 = priceFunction({...usage, architecture: 'x86_64'}, options);
        const arm = priceFunction({...usage, architecture: 'arm64'}, options);
        expect(arm.totalUnrounded).toBeLessThanOrEqual(x86.totalUnrounded + 1e-9);
        expect(arm.total).toBeLessThanOrEqual(x86.total + 0.02); // rounding of up to 4 lines
      }),
      {numRuns: 150},
    );
  });

  it('the free tier never raises a bill', () => {
    fc.assert(
      fc.property(fc.array(usageArb, {minLength: 1, maxLength: 3}), (functions) => {
        expect(priceBill(functions, {freeTier: true}).totalUnrounded).toBeLessThanOrEqual(priceBill(functions, {freeTier: false}).totalUnrounded + 1e-9);
      }),
      {numRuns: 100},
    );
  });

  it('pooling a bill never costs more than pricing each function alone without the free tier', () => {
    fc.assert(
      fc.property(fc.array(usageArb, {minLength: 2, maxLength: 4}), (functions) => {
        const pooled = priceBill(functions, {freeTier: false}).totalUnrounded;
        const alone = functions.reduce((acc, usage) => acc + priceFunction(usage, {freeTier: false}).totalUnrounded, 0);
        expect(pooled).toBeLessThanOrEqual(alone * (1 + 1e-12) + 1e-9);
      }),
      {numRuns: 60},
    );
  });

  it('is continuous at the tier boundaries (x86 6 B and 15 B, arm64 7.5 B and 18.75 B GB-s)', () => {
    // 1 GB × 1 s per request, so requests = GB-s; step by ε requests across each boundary.
    const boundaries: [FunctionUsage['architecture'], number, number][] = [
      ['x86_64', 6e9, 0.0000166667],
      ['x86_64', 15e9, 0.000015],
      ['arm64', 7.5e9, 0.0000133334],
      ['arm64', 18.75e9, 0.0000120001],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...boundaries), fc.integer({min: 1, max: 1000}), ([architecture, boundary, rateBelow], epsilon) => {
        const at = (requests: number) => priceFunction({architecture, memoryMB: 1024, averageDurationMs: 1000, requestsPerMonth: requests}, {freeTier: false});
        const below = at(boundary - epsilon).lineItems.find((item) => item.id === 'duration')!.usdUnrounded;
        const above = at(boundary + epsilon).lineItems.find((item) => item.id === 'duration')!.usdUnrounded;
        // The jump across the boundary is at most 2ε at the dearer rate: no step in the price.
        expect(above - below).toBeGreaterThan(0);
        expect(above - below).toBeLessThanOrEqual(2 * epsilon * rateBelow + 1e-6);
      }),
      {numRuns: 60},
    );
  });
});
