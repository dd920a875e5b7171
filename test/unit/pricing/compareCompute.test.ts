/**
 * The comparison: hand-checked sizing and prices for one workload, and the properties the issue
 * asks for (cheapest is never dearer than any other; costs are monotone in traffic; break-even
 * points are where the curves cross).
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {findBreakEvens, findCrossings, sweepTraffic} from '../../../src/core/pricing/compute/breakEven.ts';
import {compareCompute, COMPUTE_OPTION_IDS, priceComputeOption, validateWorkload, type CompareWorkload} from '../../../src/core/pricing/compute/compareCompute.ts';

const WORKLOAD: CompareWorkload = {requestsPerMonth: 100_000_000, peakToAverage: 3, averageDurationMs: 50, memoryMB: 1024, cpuShare: 0.3, concurrencyPerVcpu: 16, utilisationTarget: 0.6, instanceType: 'm7g.large', taskVcpu: 1, taskMemoryGB: 2};
const cost = (comparison: ReturnType<typeof compareCompute>, id: string) => comparison.options.find((option) => option.id === id)!.monthlyUsd;

describe('compareCompute: 100M requests a month, 50 ms, 1 GB, 30% CPU, peak 3× the average', () => {
  const comparison = compareCompute(WORKLOAD);
  it('prices Lambda on demand from the published rates (free tier left out for every option)', () => {
    // arm64: 100M × 0.05 s × 1 GB = 5M GB-s × 0.0000133334 = $66.667 ≈ $66.67 + $20.00 requests = $86.67
    expect(cost(comparison, 'lambda-arm64')).toBe(86.67);
    // x86: 5M × 0.0000166667 = $83.3335 ≈ $83.33 + $20.00 = $103.33
    expect(cost(comparison, 'lambda-x86')).toBe(103.33);
  });
  it('sizes the fleets for the peak at the utilisation target, not the average', () => {
    // Average 100M ÷ 2,628,000 s = 38.05 requests/s; peak 114.16; CPU busy 114.16 × 0.05 × 0.3 = 1.71 vCPU.
    // Fargate: 1.71 ÷ (1 vCPU × 60%) → 3 tasks × 730 h × ($0.03238 + 2 × $0.00356) = $70.91 + $15.59 = $86.50
    expect(comparison.options.find((option) => option.id === 'fargate')!.sizing).toMatch(/^3 task\(s\) of 1 vCPU \/ 2 GB: CPU: 1\.71 vCPU busy at the peak/);
    expect(cost(comparison, 'fargate')).toBe(86.5);
    // Managed Instances: the minimum of 3 × m7g.large: 2,190 h × $0.0816 = $178.70 + fee $26.81 + requests $20.00 = $225.51
    expect(cost(comparison, 'managed-instances')).toBe(225.51);
    // EC2: the minimum of 2 × m7g.large = 1,460 h × $0.0816 = $119.136 ≈ $119.14
    expect(cost(comparison, 'ec2')).toBe(119.14);
    // Provisioned concurrency: 114.16 × 0.05 = 5.7 in flight ÷ 60% → 10 environments all month.
    expect(comparison.options.find((option) => option.id === 'lambda-provisioned')!.sizing).toMatch(/^10 environment\(s\)/);
    expect(comparison.cheapest).toBe('fargate');
  });
  it('says what each figure leaves out', () => {
    for (const option of comparison.options) expect(option.leavesOut).toContain('data transfer');
    expect(comparison.options.find((option) => option.id === 'ec2')!.leavesOut.join(' ')).toMatch(/operations work/);
  });
});

describe('validation', () => {
  it('one sentence naming the field, the range and its source; never NaN', () => {
    expect(validateWorkload({...WORKLOAD, utilisationTarget: 1.5})).toEqual({ok: false, error: 'utilisation target: 1.5 (fraction) is above the maximum of 1 (fraction) (a share of the fleet)'});
    expect(validateWorkload({...WORKLOAD, averageDurationMs: Number.NaN})).toEqual({ok: false, error: 'average duration: expected a number from 1 to 900,000 ms (AWS Lambda quotas: timeout ≤ 900 s), got null'});
    expect(validateWorkload({...WORKLOAD, instanceType: 'x1.32xlarge'}).ok).toBe(false);
  });
});

const workloadArb = fc.record({
  requestsPerMonth: fc.integer({min: 0, max: 3_000_000_000}),
  peakToAverage: fc.double({min: 1, max: 10, noNaN: true}),
  averageDurationMs: fc.integer({min: 1, max: 5_000}),
  memoryMB: fc.integer({min: 128, max: 10_240}),
  cpuShare: fc.double({min: 0.01, max: 1, noNaN: true}),
  concurrencyPerVcpu: fc.integer({min: 1, max: 64}),
  utilisationTarget: fc.double({min: 0.1, max: 1, noNaN: true}),
  instanceType: fc.constantFrom('m7g.large', 'c7g.xlarge', 'r7i.2xlarge', 'm7i.4xlarge'),
  taskVcpu: fc.constantFrom(0.25, 0.5, 1, 2, 4),
  taskMemoryGB: fc.constantFrom(0.5, 1, 2, 4, 8),
});

describe('comparison properties', () => {
  it('the cheapest option never costs more than any other at the same inputs', () => {
    fc.assert(
      fc.property(workloadArb, (workload) => {
        const comparison = compareCompute(workload);
        const cheapest = cost(comparison, comparison.cheapest);
        for (const option of comparison.options) {
          expect(Number.isFinite(option.monthlyUsd)).toBe(true);
          expect(cheapest).toBeLessThanOrEqual(option.monthlyUsd);
        }
      }),
      {numRuns: 40},
    );
  });

  it('every option is monotone in traffic', () => {
    fc.assert(
      fc.property(workloadArb, fc.integer({min: 1, max: 1_000_000_000}), (workload, more) => {
        const base = compareCompute(workload);
        const busier = compareCompute({...workload, requestsPerMonth: workload.requestsPerMonth + more});
        for (const id of COMPUTE_OPTION_IDS) expect(cost(busier, id)).toBeGreaterThanOrEqual(cost(base, id));
      }),
      {numRuns: 40},
    );
  });

  it('break-even points are where the curves cross: the order of the two options flips across each', () => {
    fc.assert(
      fc.property(workloadArb, (workload) => {
        const sweep = sweepTraffic(workload, {fromRps: 0.1, toRps: 2_000, points: 12});
        for (const point of [...findBreakEvens(workload, sweep), ...findCrossings(workload, sweep)]) {
          const at = (requests: number, id: typeof point.below) => priceComputeOption({...workload, requestsPerMonth: requests}, id).monthlyUsd;
          // A bracket at most 1 request (or 0.001%) wide: `below` no dearer at its start, `above` cheaper at its end.
          expect(point.requestsPerMonth - point.lastBelowRequestsPerMonth).toBeLessThanOrEqual(Math.max(1, point.lastBelowRequestsPerMonth * 1e-5));
          expect(at(point.lastBelowRequestsPerMonth, point.below)).toBeLessThanOrEqual(at(point.lastBelowRequestsPerMonth, point.above));
          expect(at(point.requestsPerMonth, point.above)).toBeLessThan(at(point.requestsPerMonth, point.below));
          expect(point.text).toMatch(/^Above ~[\d,.]+ requests\/s on average \(.+ a month\), .+ is cheaper than .+\.$/);
        }
      }),
      {numRuns: 8},
    );
  });
});
