/**
 * Independent hand calculations: each expected figure is worked out in the comment beside it
 * from the published rates, not produced by the engine.
 */
import {describe, expect, it} from 'vitest';
import {countExtraAsyncRequests, invocationCost, priceBill, priceFunction} from '../../../src/core/pricing/index.ts';
import type {FunctionUsage} from '../../../src/core/pricing/index.ts';

const x86 = (overrides: Partial<FunctionUsage> = {}): FunctionUsage => ({architecture: 'x86_64', memoryMB: 1024, requestsPerMonth: 1_000_000, averageDurationMs: 100, ...overrides});
const usd = (estimate: {lineItems: readonly {id: string; usd: number}[]}, id: string) => estimate.lineItems.filter((item) => item.id === id).reduce((acc, item) => acc + item.usd, 0);

describe('duration tiers', () => {
  it('x86 crosses the 6 B GB-s boundary: 7 B GB-s = 6 B × 0.0000166667 + 1 B × 0.000015 = 100,000.20 + 15,000 = $115,000.20', () => {
    // 10,240 MB = 10 GB, 1 s each → 10 GB-s per request; 700 M requests → 7 B GB-s.
    const estimate = priceFunction(x86({memoryMB: 10_240, averageDurationMs: 1000, requestsPerMonth: 700_000_000}), {freeTier: false});
    expect(usd(estimate, 'duration')).toBe(115_000.2);
    expect(usd(estimate, 'requests')).toBe(140); // 700 × $0.20
    expect(estimate.total).toBe(115_140.2);
  });

  it('x86 reaches tier 3: 16 B GB-s = 100,000.20 + 9 B × 0.000015 (135,000) + 1 B × 0.0000133334 (13,333.40) = $248,333.60', () => {
    const estimate = priceFunction(x86({memoryMB: 10_240, averageDurationMs: 1000, requestsPerMonth: 1_600_000_000}), {freeTier: false});
    expect(usd(estimate, 'duration')).toBe(248_333.6);
  });

  it('arm64 tiers sit at 7.5 B, not 6 B: 8 B GB-s = 7.5 B × 0.0000133334 (100,000.50) + 0.5 B × 0.0000120001 (6,000.05) = $106,000.55', () => {
    const estimate = priceFunction({architecture: 'arm64', memoryMB: 10_240, averageDurationMs: 1000, requestsPerMonth: 800_000_000}, {freeTier: false});
    expect(usd(estimate, 'duration')).toBe(106_000.55);
  });
});

describe('the account bill', () => {
  it('applies the free tier once: two functions of 300,000 GB-s and 800,000 requests each', () => {
    // 1 GB × 375 ms × 800,000 = 300,000 GB-s each → 600,000 − 400,000 free = 200,000 × 0.0000166667 = $3.33334 ≈ $3.33
    // requests 1,600,000 − 1,000,000 = 600,000 × $0.20/M = $0.12
    const f = x86({requestsPerMonth: 800_000, averageDurationMs: 375});
    const bill = priceBill([{...f, name: 'a'}, {...f, name: 'b'}]);
    expect(usd(bill, 'duration')).toBe(3.33);
    expect(usd(bill, 'requests')).toBe(0.12);
    expect(bill.total).toBe(3.45);
    // Each alone fits in the free tier, so summing standalone estimates says $0: it understates by $3.45.
    expect(bill.sumOfStandaloneUsd).toBe(0);
    expect(bill.standaloneOverstatementUsd).toBe(-3.45);
    expect(bill.freeTierApplied).toEqual({requests: 1_000_000, gbSeconds: 400_000, streamingGB: 0});
  });

  it('tiers apply over the sum: two x86 functions of 4 B GB-s each, no free tier', () => {
    // Together 8 B: 6 B × 0.0000166667 + 2 B × 0.000015 = 100,000.20 + 30,000 = $130,000.20.
    // Alone each: 4 B × 0.0000166667 = $66,666.80, twice = $133,333.60 → summing overstates by $3,333.40.
    const f = x86({memoryMB: 10_240, averageDurationMs: 1000, requestsPerMonth: 400_000_000});
    const bill = priceBill([{...f, name: 'a'}, {...f, name: 'b'}], {freeTier: false});
    expect(usd(bill, 'duration')).toBe(130_000.2);
    expect(bill.standaloneOverstatementUsd).toBeCloseTo(3_333.4, 9);
    // Each function's pro-rata share is half the bill.
    expect(bill.functions.map((share) => share.usdUnrounded)).toEqual([bill.totalUnrounded / 2, bill.totalUnrounded / 2]);
  });

  it('keeps x86 and arm64 (and Regions) in separate tier pools but one free tier', () => {
    const bill = priceBill([x86({name: 'x'}), {...x86({name: 'a'}), architecture: 'arm64'}, {...x86({name: 'eu'}), region: 'eu-west-1'}]);
    expect(bill.lineItems.filter((item) => item.id === 'duration').map((item) => `${item.region}/${item.architecture}`)).toEqual(['us-east-1/x86_64', 'us-east-1/arm64', 'eu-west-1/x86_64']);
    // 3 × 100,000 GB-s = 300,000 < 400,000 free; 3M requests − 1M free = 2M × $0.20/M = $0.40.
    expect(bill.total).toBe(0.4);
  });
});

describe('requests', () => {
  it('counts large async events: 1 request per 256 KB, +1 per started 64 KB chunk, up to 1 MB', () => {
    expect(Number(countExtraAsyncRequests(256).n)).toBe(0);
    expect(Number(countExtraAsyncRequests(257).n)).toBe(1);
    expect(Number(countExtraAsyncRequests(320).n)).toBe(1);
    expect(Number(countExtraAsyncRequests(321).n)).toBe(2);
    expect(Number(countExtraAsyncRequests(1024).n)).toBe(12); // (1024 − 256) / 64; 13 requests in all
    // 1M events of 1 MB → 13M requests × $0.20/M = $2.60
    const estimate = priceFunction(x86({requestsPerMonth: 1_000_000, largeAsyncEvents: {perMonth: 1_000_000, averageSizeKB: 1024}}), {freeTier: false});
    expect(usd(estimate, 'requests')).toBe(2.6);
  });

  it('uses the Region’s request price: af-south-1 is $0.27 per 1M', () => {
    const estimate = priceFunction(x86({region: 'af-south-1', requestsPerMonth: 10_000_000, averageDurationMs: 0}), {freeTier: false});
    expect(usd(estimate, 'requests')).toBe(2.7);
  });
});

describe('INIT billing', () => {
  // 1M requests × 100 ms × 1 GB = 100,000 GB-s; 1% cold starts with 500 ms INIT:
  // cold invocations bill ceil(100 + 500) = 600 ms, i.e. 500 ms more → 10,000 × 0.5 s × 1 GB = 5,000 GB-s.
  const usage = x86({coldStartRatio: 0.01, initDurationMs: 500});
  it('bills INIT since 2025-08-01: 105,000 GB-s × 0.0000166667 = $1.7500035 ≈ $1.75', () => {
    const estimate = priceFunction(usage, {freeTier: false});
    expect(estimate.usage.initGbSeconds).toBe(5_000);
    expect(usd(estimate, 'duration')).toBe(1.75);
  });
  it('did not bill it before, for ZIP on a managed runtime: 100,000 GB-s = $1.66667 ≈ $1.67', () => {
    const estimate = priceFunction(usage, {freeTier: false, initBilling: 'before-2025-08'});
    expect(usd(estimate, 'duration')).toBe(1.67);
    expect(estimate.notes.join(' ')).toContain('5,000 GB-s of INIT are free under that rule');
  });
  it('billed it before for custom runtimes and container images', () => {
    expect(usd(priceFunction({...usage, runtime: 'custom'}, {freeTier: false, initBilling: 'before-2025-08'}), 'duration')).toBe(1.75);
    expect(usd(priceFunction({...usage, packageType: 'image'}, {freeTier: false, initBilling: 'before-2025-08'}), 'duration')).toBe(1.75);
  });
});

describe('granularity, storage, provisioned blocks, savings plans', () => {
  it('100 ms historical rounding: 120 ms bills as 200 ms (200,000 GB-s = $3.33) against 1 ms ($2.00)', () => {
    const usage = x86({averageDurationMs: 120});
    expect(usd(priceFunction(usage, {freeTier: false, granularityMs: 100}), 'duration')).toBe(3.33);
    expect(usd(priceFunction(usage, {freeTier: false}), 'duration')).toBe(2);
    expect(priceFunction(x86({averageDurationMs: 120.2})).usage.billedDurationMs).toBe(121);
  });

  it('ephemeral storage is independent of memory: (10,240 − 512) MB × 1M × 1 s = 9,500,000 GB-s × 0.0000000309 = $0.29355 ≈ $0.29', () => {
    const small = priceFunction(x86({memoryMB: 128, averageDurationMs: 1000, ephemeralStorageMB: 10_240}), {freeTier: false});
    const large = priceFunction(x86({memoryMB: 10_240, averageDurationMs: 1000, ephemeralStorageMB: 10_240}), {freeTier: false});
    expect(usd(small, 'ephemeralStorage')).toBe(0.29);
    expect(usd(large, 'ephemeralStorage')).toBe(0.29);
  });

  it('provisioned concurrency is billed in 5-minute blocks: 1.01 h = 3,636 s → 13 blocks = 3,900 s', () => {
    // 1 × 1 GB × 3,900 s × 0.0000041667 = $0.01625013 ≈ $0.02
    const estimate = priceFunction(x86({requestsPerMonth: 0, provisionedConcurrency: {concurrency: 1, hoursPerMonth: 1.01}}));
    const line = estimate.lineItems.find((item) => item.id === 'provisionedConcurrency');
    expect(line?.quantity).toBe(3_900);
    expect(line?.usdUnrounded).toBe(0.01625013);
  });

  it('Compute Savings Plans discount duration only, at the plan rate per line: $1.66667 × 0.83 = $1.3833361 ≈ $1.38, so −$0.29', () => {
    const estimate = priceFunction(x86(), {freeTier: false, savingsPlanPercent: 17});
    expect(usd(estimate, 'savingsPlan')).toBe(-0.29); // $1.38 at the plan rate − $1.67 on demand
    expect(estimate.total).toBe(1.58); // $0.20 + $1.67 − $0.29
  });

  it('invocationCost: one 1024 MB arm64 call of 100.2 ms bills 101 ms = 0.101 GB-s × 0.0000133334 + $0.0000002', () => {
    const cost = invocationCost({architecture: 'arm64', memoryMB: 1024, durationMs: 100.2});
    expect(cost.billedDurationMs).toBe(101);
    expect(cost.durationUsd).toBe(0.0000013466734);
    expect(cost.totalUsd).toBe(0.0000015466734);
  });

  it('invocationCost: a streamed response pays only beyond 6 MB: 1,030 MB streamed = 1,024 MB over = 1 GB × $0.008', () => {
    const streamed = invocationCost({architecture: 'x86_64', memoryMB: 128, durationMs: 1, streamedBytes: 1030 * 1024 * 1024});
    expect(streamed.streamingUsd).toBe(0.008);
    const small = invocationCost({architecture: 'x86_64', memoryMB: 128, durationMs: 1, streamedBytes: 6 * 1024 * 1024});
    expect(small.streamingUsd).toBe(0);
    expect(streamed.totalUsd - small.totalUsd).toBeCloseTo(0.008, 12);
  });
});

describe('refusals', () => {
  it('refuses prices it does not have rather than guessing', () => {
    expect(() => priceFunction({...x86({region: 'eu-west-1'}), architecture: 'arm64', provisionedConcurrency: {concurrency: 1, hoursPerMonth: 1}})).toThrow(/provisionedConcurrency: no arm64 price for eu-west-1/);
    expect(() => priceFunction(x86({region: 'mars-1'}))).toThrow(/region: 'mars-1' has no prices/);
  });
  it('rejects out-of-range input with the field, the range and the source', () => {
    expect(() => priceFunction(x86({memoryMB: 20_480}))).toThrow('memory: 20,480 MB is above the maximum of 10,240 MB (AWS Lambda quotas)');
    expect(() => priceFunction(x86({averageDurationMs: Number.NaN}))).toThrow(/average duration: expected a number from 0 to 900,000 ms/);
  });
});
