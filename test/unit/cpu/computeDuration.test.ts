import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {checkWorkloadModel, computeDurationMs, DEFAULT_WORKLOAD, type WorkloadModel} from '../../../src/core/cpu/index.ts';
import {arbitraryWorkload} from './arbitraries.ts';

const model = (fields: Partial<WorkloadModel>): WorkloadModel => ({...DEFAULT_WORKLOAD, ...fields});

describe('computeDurationMs', () => {
  it('single-threaded code stops speeding up at 1,769 MB', () => {
    const m = model({cpuMs: 800, ioMs: 120, parallelFraction: 0});
    expect(computeDurationMs(m, 1769)).toBe(920);
    expect(computeDurationMs(m, 10_240)).toBe(920);
    expect(computeDurationMs(m, 128)).toBeCloseTo((800 * 1769) / 128 + 120, 9);
  });

  it('fully parallel code on 6 threads uses the whole 5.79 vCPU share at 10,240 MB', () => {
    const m = model({cpuMs: 6000, ioMs: 0, parallelFraction: 1, maxThreads: 6});
    expect(computeDurationMs(m, 10_240)).toBeCloseTo(6000 / (10_240 / 1769), 9);
    // At 3,008 MB only two cores are visible, but the 1.70 vCPU share binds first.
    expect(computeDurationMs(m, 3008)).toBeCloseTo(6000 / (3008 / 1769), 9);
  });

  it('caps parallel speed at the threads the code uses (Amdahl with a CPU-credit cap)', () => {
    const m = model({cpuMs: 1000, ioMs: 0, parallelFraction: 0.5, maxThreads: 2});
    // 500 ms serial at 1 vCPU + 500 ms parallel at 2 vCPUs.
    expect(computeDurationMs(m, 8000)).toBeCloseTo(750, 9);
  });

  it('scales CPU time by the arm64 factor and leaves I/O alone', () => {
    const m = model({cpuMs: 1000, ioMs: 100});
    expect(computeDurationMs(m, 1769, 0.8)).toBeCloseTo(900, 9);
  });

  it('never rises with memory (every size, random workloads)', () => {
    fc.assert(
      fc.property(arbitraryWorkload, (m) => {
        let previous = Infinity;
        for (let mb = 128; mb <= 10_240; mb++) {
          const d = computeDurationMs(m, mb);
          if (d > previous) return false;
          previous = d;
        }
        return true;
      }),
      {numRuns: 60},
    );
  });

  it('is throttled alike below one vCPU and never beats the CPU share', () => {
    fc.assert(
      fc.property(arbitraryWorkload, fc.integer({min: 128, max: 10_240}), (m, mb) => {
        const share = mb / 1769;
        const d = computeDurationMs(m, mb);
        expect(d).toBeGreaterThanOrEqual(m.ioMs + m.cpuMs / share - 1e-6);
        if (mb <= 1769) expect(d).toBeCloseTo(m.ioMs + m.cpuMs / share, 6);
      }),
    );
  });
});

describe('checkWorkloadModel', () => {
  it('fills defaults and accepts valid input', () => {
    expect(checkWorkloadModel({cpuMs: 50})).toEqual({ok: true, value: {...DEFAULT_WORKLOAD, cpuMs: 50}});
  });

  it.each([
    [{parallelFraction: 1.5}, 'parallel share: 1.5 is outside 0–1.'],
    [{cpuMs: -1}, 'CPU time at 1 vCPU: -1 ms is outside 0–900,000 ms.'],
    [{maxThreads: 2.5}, 'threads: must be a whole number in 1–64.'],
    [{coldStartRate: Number.NaN}, 'cold-start rate: must be a number in 0–1.'],
    [{cpuMs: 0, ioMs: 0}, 'CPU time at 1 vCPU and I/O wait: at least one must be above 0 ms.'],
  ])('rejects %j naming the field and range', (input, message) => {
    expect(checkWorkloadModel(input)).toEqual({ok: false, error: message});
  });
});
