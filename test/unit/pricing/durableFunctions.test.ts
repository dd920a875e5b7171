/**
 * Durable functions: $8.00 per 1M durable operations, $0.25 per GB written, $0.15 per GB-month
 * retained, on top of the invocations each replay makes (ordinary requests and duration).
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {priceDurableLines} from '../../../src/core/pricing/features/durableFunctions.ts';
import {priceFunction} from '../../../src/core/pricing/index.ts';

const usd = (estimate: {lineItems: readonly {id: string; usd: number}[]}, id: string) => estimate.lineItems.filter((item) => item.id === id).reduce((acc, item) => acc + item.usd, 0);

describe('durable functions', () => {
  it('an order workflow with two 24-hour waits: waiting costs nothing, the replays do', () => {
    // 1M orders a month. Each execution: start + reserve step + wait(24 h) + charge step + wait(24 h) + ship step = 6 operations.
    // Invocations: the first run, then one replay after each wait = 3 per order = 3M requests; each runs ~200 ms at 512 MB.
    // Operations: 6M × $8.00/M = $48.00. Data written: 2 KB per operation × 6M = 12,000,000 KB ÷ 1024² = 11.444091796875 GB × $0.25 = $2.86102294921875 ≈ $2.86.
    // Retained 14 days: 11.444091796875 × 14 × 24 ÷ 730 = 5.267395... GB-months × $0.15 = $0.79010931… ≈ $0.79.
    // Requests: 3M − 1M free = 2M × $0.20/M = $0.40. Duration: 3M × 0.2 s × 0.5 GB = 300,000 GB-s < 400,000 free = $0.00.
    // The two 24-hour waits add no duration at all: 24 h of an ordinary function at 512 MB would be 43,200 GB-s per order.
    const writtenGB = (2 * 6_000_000) / (1024 * 1024);
    const estimate = priceFunction({architecture: 'x86_64', memoryMB: 512, averageDurationMs: 200, requestsPerMonth: 3_000_000, durable: {operationsPerMonth: 6_000_000, dataWrittenGB: writtenGB, retentionDays: 14}});
    expect(usd(estimate, 'durableOperations')).toBe(48);
    expect(usd(estimate, 'durableDataWritten')).toBe(2.86);
    expect(usd(estimate, 'durableDataRetained')).toBe(0.79);
    expect(usd(estimate, 'requests')).toBe(0.4);
    expect(usd(estimate, 'duration')).toBe(0);
    expect(estimate.total).toBe(52.05);
  });

  it('retention defaults to 14 days and is refused outside 1–90 days', () => {
    const lines = priceDurableLines({operationsPerMonth: 0, dataWrittenGB: 730, retentionDays: undefined}, 'us-east-1');
    // 730 GB × 14 days × 24 h ÷ 730 h = 336 GB-months × $0.15 = $50.40
    expect(lines[2]?.item).toMatchObject({quantity: 336, usd: 50.4, label: 'Durable functions: data retained (14 days)'});
    expect(() => priceFunction({architecture: 'x86_64', memoryMB: 512, averageDurationMs: 1, requestsPerMonth: 1, durable: {operationsPerMonth: 1, dataWrittenGB: 1, retentionDays: 120}})).toThrow(/durable retention: 120 days is above the maximum of 90 days/);
    expect(() => priceDurableLines({operationsPerMonth: 1, dataWrittenGB: 1}, 'eu-west-1')).toThrow(/no durable functions prices/);
  });

  it('each charge is linear in its own input', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: 1e9}), fc.double({min: 0, max: 1e5, noNaN: true}), fc.integer({min: 1, max: 90}), (operations, gb, days) => {
        const [ops, written, retained] = priceDurableLines({operationsPerMonth: operations, dataWrittenGB: gb, retentionDays: days}, 'us-east-1');
        expect(ops!.item.usdUnrounded).toBeCloseTo(operations * 0.000008, 6);
        expect(written!.item.usdUnrounded).toBeCloseTo(gb * 0.25, 6);
        expect(retained!.item.usdUnrounded).toBeCloseTo(((gb * days * 24) / 730) * 0.15, 6);
      }),
      {numRuns: 60},
    );
  });
});
