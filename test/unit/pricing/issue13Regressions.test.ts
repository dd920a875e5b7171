/**
 * Regressions found by held-out hand calculations (issue 13). Each expected figure is worked out
 * in the comment beside it from the published rates, not produced by the engine.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {priceFunction, validateUsage} from '../../../src/core/pricing/index.ts';
import type {FunctionUsage} from '../../../src/core/pricing/index.ts';

const x86 = (overrides: Partial<FunctionUsage> = {}): FunctionUsage => ({architecture: 'x86_64', memoryMB: 1024, requestsPerMonth: 1_000_000, averageDurationMs: 100, ...overrides});
const line = (estimate: {lineItems: readonly {id: string; quantity: number; usd: number; usdUnrounded: number}[]}, id: string) => estimate.lineItems.find((item) => item.id === id);

describe('provisioned concurrency: requests beyond what the environments can serve spill over to on-demand', () => {
  it('1 environment × 1 h at 1 s serves 3,600 requests; asking it for 10,000 bills 6,400 on demand', () => {
    // Capacity: 1 × 3,600 s × 1,000 ms ÷ 1,000 ms = 3,600 requests.
    // Provisioned duration: 3,600 × 1 s × 1 GB = 3,600 GB-s × 0.0000097222 = $0.03499992 ≈ $0.03
    // On-demand duration: 6,400 × 1 s × 1 GB = 6,400 GB-s × 0.0000166667 = $0.10666688 ≈ $0.11
    // Provisioned concurrency: 1 × 1 GB × 3,600 s × 0.0000041667 = $0.01500012 ≈ $0.02
    // Requests: 10,000 × $0.20/M = $0.002 ≈ $0.00. Total $0.16.
    const estimate = priceFunction(x86({requestsPerMonth: 10_000, averageDurationMs: 1000, provisionedConcurrency: {concurrency: 1, hoursPerMonth: 1, requestsServed: 10_000}}), {freeTier: false});
    expect(line(estimate, 'provisionedDuration')).toMatchObject({quantity: 3_600, usdUnrounded: 0.03499992, usd: 0.03});
    expect(line(estimate, 'duration')).toMatchObject({quantity: 6_400, usdUnrounded: 0.10666688, usd: 0.11});
    expect(line(estimate, 'provisionedConcurrency')?.usd).toBe(0.02);
    expect(estimate.total).toBe(0.16);
    expect(estimate.notes.join(' ')).toMatch(/6,400 spill over to on-demand rates/);
  });

  it('never bills more provisioned-duration GB-s than the configured environments can run', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 20}), fc.integer({min: 1, max: 744}), fc.integer({min: 1, max: 60_000}), fc.integer({min: 0, max: 50_000_000}), (concurrency, hours, durationMs, served) => {
        const usage = x86({memoryMB: 1024, requestsPerMonth: 50_000_000, averageDurationMs: durationMs, provisionedConcurrency: {concurrency, hoursPerMonth: hours, requestsServed: served}});
        const estimate = priceFunction(usage, {freeTier: false});
        const pcSeconds = concurrency * Math.ceil((hours * 3600) / 300) * 300;
        // 1 GB of memory: GB-s = seconds of execution.
        expect(line(estimate, 'provisionedDuration')?.quantity ?? 0).toBeLessThanOrEqual(pcSeconds + 1e-6);
        // Every request is billed once: served by provisioned concurrency or on demand.
        const pcRequests = (line(estimate, 'provisionedDuration')?.quantity ?? 0) / (durationMs / 1000);
        const odRequests = (line(estimate, 'duration')?.quantity ?? 0) / (durationMs / 1000);
        expect(pcRequests + odRequests).toBeCloseTo(50_000_000, 0);
      }),
      {numRuns: 60},
    );
  });
});

describe('combinations AWS does not allow are refused with the rule and its source', () => {
  const refused = (usage: FunctionUsage) => {
    const checked = validateUsage(usage);
    return checked.ok ? '' : checked.error;
  };
  it('Lambda@Edge with a Java runtime', () => {
    expect(refused(x86({edge: true, runtime: 'java'}))).toBe(
      'runtime: java cannot run as Lambda@Edge: Lambda@Edge supports Node.js and Python runtimes only (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html)',
    );
    expect(() => priceFunction(x86({edge: true, runtime: 'java'}))).toThrow(/Lambda@Edge supports Node\.js and Python runtimes only/);
    expect(refused(x86({edge: true, runtime: 'dotnet'}))).toMatch(/dotnet cannot run as Lambda@Edge/);
    expect(refused(x86({edge: true, runtime: 'python'}))).toBe('');
  });
  it('Lambda@Edge with a container image', () => {
    expect(refused(x86({edge: true, packageType: 'image'}))).toMatch(/^package type: image cannot run as Lambda@Edge: Lambda@Edge does not support functions defined as container images \(https:\/\/docs\.aws\.amazon\.com\/AmazonCloudFront\//);
  });
  it('Lambda@Edge on arm64', () => {
    expect(refused({...x86({edge: true}), architecture: 'arm64'})).toMatch(/^architecture: arm64 cannot run as Lambda@Edge: Lambda@Edge runs x86_64 functions only/);
  });
  it('Lambda@Edge with provisioned concurrency or more than 512 MB of /tmp, each with the restrictions page', () => {
    const page = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html';
    expect(refused(x86({edge: true, provisionedConcurrency: {concurrency: 1, hoursPerMonth: 1}}))).toContain(`provisioned concurrency: not allowed with Lambda@Edge: Lambda@Edge does not support provisioned concurrency (${page})`);
    expect(refused(x86({edge: true, ephemeralStorageMB: 1024}))).toBe(`ephemeral storage: 1,024 MB cannot run as Lambda@Edge: Lambda@Edge does not support more than 512 MB of ephemeral storage (${page})`);
    expect(refused(x86({edge: true, ephemeralStorageMB: 512}))).toBe('');
    // No AWS page says whether SnapStart combines with Lambda@Edge: not priced, and the message says why.
    expect(refused(x86({edge: true, runtime: 'python', snapStart: {}}))).toMatch(/^SnapStart: Lambda Lab does not price SnapStart on Lambda@Edge: neither AWS's SnapStart page nor https:\/\/docs\.aws\.amazon\.com\/AmazonCloudFront\/\S+ says the two can be combined$/);
  });
  it('SnapStart with a container image', () => {
    expect(refused(x86({runtime: 'java', packageType: 'image', snapStart: {}}))).toBe(
      'SnapStart: not allowed with package type image: SnapStart does not support container images (https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html)',
    );
  });
  it('SnapStart with ephemeral storage above 512 MB (512 MB itself is fine)', () => {
    expect(refused(x86({runtime: 'python', ephemeralStorageMB: 1024, snapStart: {}}))).toBe(
      'SnapStart: not allowed with 1,024 MB of ephemeral storage: SnapStart does not support ephemeral storage greater than 512 MB (https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html)',
    );
    expect(refused(x86({runtime: 'python', ephemeralStorageMB: 512, snapStart: {}}))).toBe('');
  });
});

describe('Compute Savings Plans: each eligible line at the plan rate, rounded per line', () => {
  it('1M × 100 ms × 1 GB with 17%: 100,000 GB-s × 0.0000166667 × 0.83 = $1.3833361 ≈ $1.38, not $1.67 − $0.28', () => {
    // On demand: 100,000 GB-s × 0.0000166667 = $1.66667 ≈ $1.67.
    // At the plan rate: $1.66667 × 0.83 = $1.3833361 ≈ $1.38, so the discount line is $1.38 − $1.67 = −$0.29.
    // The old separate line, −17% × $1.66667 = −$0.2833339 ≈ −$0.28, gave $1.39: 1¢ more than the plan rate.
    const estimate = priceFunction(x86(), {freeTier: false, savingsPlanPercent: 17});
    expect(line(estimate, 'savingsPlan')?.usd).toBe(-0.29);
    expect(estimate.total).toBe(1.58); // $0.20 requests + $1.38 duration at the plan rate
  });

  it('the total always equals the lines priced at the plan rate, each rounded to the cent', () => {
    fc.assert(
      fc.property(fc.integer({min: 128, max: 10_240}), fc.integer({min: 1, max: 5_000}), fc.integer({min: 0, max: 50_000_000}), fc.integer({min: 1, max: 17}), (memoryMB, durationMs, requests, percent) => {
        const usage = x86({memoryMB, averageDurationMs: durationMs, requestsPerMonth: requests, provisionedConcurrency: {concurrency: 2, hoursPerMonth: 100}});
        const plain = priceFunction(usage, {freeTier: false});
        const withPlan = priceFunction(usage, {freeTier: false, savingsPlanPercent: percent});
        const eligible = new Set(['duration', 'provisionedConcurrency', 'provisionedDuration']);
        const cents = (value: number) => Math.round(value * 100);
        const expected = plain.lineItems.reduce((acc, item) => acc + (eligible.has(item.id) ? Math.round(item.usdUnrounded * (100 - percent) + 1e-9) : cents(item.usd)), 0);
        expect(cents(withPlan.total)).toBe(expected);
      }),
      {numRuns: 80},
    );
  });
});
