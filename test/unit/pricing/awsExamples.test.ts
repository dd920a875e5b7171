/**
 * AWS's worked examples from https://aws.amazon.com/lambda/pricing/ (archived 2026 copy with the
 * MicroVMs tab; us-east-1 prices), reproduced to the cent. Each line is checked, not just totals.
 */
import {describe, expect, it} from 'vitest';
import {priceFunction} from '../../../src/core/pricing/index.ts';
import type {FunctionEstimate, LineItemId} from '../../../src/core/pricing/index.ts';

const line = (estimate: FunctionEstimate, id: LineItemId) => {
  const found = estimate.lineItems.find((item) => item.id === id);
  if (!found) throw new Error(`no ${id} line in ${JSON.stringify(estimate.lineItems.map((item) => item.id))}`);
  return found;
};

describe('AWS Lambda pricing page examples', () => {
  it('Example 1, mobile application backend: 3M requests, 120 ms, 1536 MB x86 → $2.73', () => {
    const estimate = priceFunction({architecture: 'x86_64', memoryMB: 1536, requestsPerMonth: 3_000_000, averageDurationMs: 120});
    expect(estimate.usage.gbSeconds).toBe(540_000);
    expect(line(estimate, 'duration')).toMatchObject({quantity: 140_000, usd: 2.33});
    expect(line(estimate, 'requests')).toMatchObject({quantity: 2_000_000, usd: 0.4});
    expect(estimate.total).toBe(2.73);
    expect(line(estimate, 'duration').usdUnrounded).toBe(2.333338);
  });

  it('Example 2, streaming telemetry (no free tier in AWS’s arithmetic): 7.44M × 2 s × 1 GB → $249.49', () => {
    const estimate = priceFunction({architecture: 'x86_64', memoryMB: 1024, requestsPerMonth: 10_000 * 24 * 31, averageDurationMs: 2000}, {freeTier: false});
    expect(line(estimate, 'requests').usd).toBe(1.49); // $1.488 ≈ $1.49
    expect(line(estimate, 'duration').usd).toBe(248.0);
    expect(estimate.total).toBe(249.49);
  });

  it('Example 3, ephemeral storage: 6M × 280 ms, 4096 MB, 2048 MB /tmp → $106.41', () => {
    const estimate = priceFunction({architecture: 'x86_64', memoryMB: 4096, requestsPerMonth: 6_000_000, averageDurationMs: 280, ephemeralStorageMB: 2048});
    expect(line(estimate, 'duration')).toMatchObject({quantity: 6_320_000, usd: 105.33});
    expect(line(estimate, 'requests').usd).toBe(1);
    expect(line(estimate, 'ephemeralStorage')).toMatchObject({quantity: 2_520_000, usd: 0.08});
    expect(estimate.total).toBe(106.41);
  });

  it('Provisioned concurrency example 1, app launch: PC 100 for 8 h, 500k requests at 100 ms, 2.5M on-demand at 120 ms → $19.96', () => {
    const estimate = priceFunction({
      architecture: 'x86_64',
      memoryMB: 1536,
      requestsPerMonth: 3_000_000,
      averageDurationMs: 120,
      provisionedConcurrency: {concurrency: 100, hoursPerMonth: 8, requestsServed: 500_000, averageDurationMs: 100},
    });
    expect(line(estimate, 'provisionedConcurrency')).toMatchObject({quantity: 4_320_000, usd: 18});
    expect(line(estimate, 'requests')).toMatchObject({quantity: 2_000_000, usd: 0.4});
    expect(line(estimate, 'provisionedDuration')).toMatchObject({quantity: 75_000, usd: 0.73});
    expect(line(estimate, 'duration')).toMatchObject({quantity: 50_000, usd: 0.83});
    expect(estimate.total).toBe(19.96);
  });

  it('Provisioned concurrency example 2, Cyber Monday: PC 7 for 24 h, 2M requests × 280 ms × 4096 MB → $32.26 (no free requests: all served by PC)', () => {
    const estimate = priceFunction({
      architecture: 'x86_64',
      memoryMB: 4096,
      requestsPerMonth: 2_000_000,
      averageDurationMs: 280,
      provisionedConcurrency: {concurrency: 7, hoursPerMonth: 24},
    });
    expect(line(estimate, 'provisionedConcurrency')).toMatchObject({quantity: 2_419_200, usd: 10.08});
    expect(line(estimate, 'provisionedDuration')).toMatchObject({quantity: 2_240_000, usd: 21.78});
    expect(line(estimate, 'requests')).toMatchObject({quantity: 2_000_000, usd: 0.4});
    expect(line(estimate, 'duration').usd).toBe(0);
    expect(estimate.total).toBe(32.26);
  });

  it('SnapStart example (Python/.NET): 7.44M × 2 s, 1 GB, one version active 744 h, 1% restores → $263.92', () => {
    const estimate = priceFunction(
      {architecture: 'x86_64', memoryMB: 1024, requestsPerMonth: 7_440_000, averageDurationMs: 2000, runtime: 'python', coldStartRatio: 0.01, snapStart: {activeVersions: 1, activeHoursPerMonth: 24 * 31}},
      {freeTier: false},
    );
    expect(line(estimate, 'snapStartCache')).toMatchObject({quantity: 2_678_400, usd: 4.03});
    expect(line(estimate, 'snapStartRestore')).toMatchObject({quantity: 74_400, usd: 10.4});
    expect(estimate.total).toBe(263.92);
  });

  it('Response streaming example: 3M × 500 ms × 1536 MB, 1M responses of 7 MB, streaming free tier used up → $39.04', () => {
    const estimate = priceFunction(
      {architecture: 'x86_64', memoryMB: 1536, requestsPerMonth: 3_000_000, averageDurationMs: 500, responseStreaming: {averageResponseMB: 7, responsesPerMonth: 1_000_000}},
      {freeTierRemaining: {streamingGB: 0}},
    );
    expect(line(estimate, 'duration')).toMatchObject({quantity: 1_850_000, usd: 30.83});
    expect(line(estimate, 'requests').usd).toBe(0.4);
    expect(line(estimate, 'responseStreaming')).toMatchObject({quantity: 976.5625, usd: 7.81});
    expect(estimate.total).toBe(39.04);
  });

  it('Lambda@Edge example: 10M × 10 ms at 128 MB → $6.63 ($0.00000625125 per 128 MB-s), no free tier', () => {
    const estimate = priceFunction({architecture: 'x86_64', memoryMB: 128, requestsPerMonth: 10_000_000, averageDurationMs: 10, edge: true});
    expect(line(estimate, 'edgeDuration')).toMatchObject({quantity: 12_500, usd: 0.63, usdUnrounded: 0.625125});
    expect(line(estimate, 'edgeRequests').usd).toBe(6);
    expect(estimate.total).toBe(6.63);
    expect(estimate.freeTierApplied).toEqual({requests: 0, gbSeconds: 0, streamingGB: 0});
  });

  it('Durable functions example, Lambda part (arm64): 2M requests, 32M GB-s → compute $421.34 + requests $0.20', () => {
    // 1M executions × 32 s of compute over 2 invocations each: 2M requests averaging 16 s at 1 GB.
    const estimate = priceFunction({architecture: 'arm64', memoryMB: 1024, requestsPerMonth: 2_000_000, averageDurationMs: 16_000});
    expect(line(estimate, 'duration')).toMatchObject({quantity: 31_600_000, usd: 421.34});
    expect(line(estimate, 'requests').usd).toBe(0.2);
  });

  it('Tenant isolation example, Lambda part: 20M GB-s → $333.334; AWS prints $333.34, we round to nearest: $333.33', () => {
    // AWS rounds to the nearest cent in every other example ($2.333338 → $2.33, $0.729165 → $0.73);
    // this one line shows $333.34 for $333.334. We keep one rule and record the discrepancy here.
    const estimate = priceFunction({architecture: 'x86_64', memoryMB: 1024, requestsPerMonth: 10_000_000, averageDurationMs: 2000}, {freeTier: false});
    expect(line(estimate, 'duration').usdUnrounded).toBe(333.334);
    expect(line(estimate, 'duration').usd).toBe(333.33);
    expect(line(estimate, 'requests').usd).toBe(2);
  });
});
