import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {computeDurationMs, DEFAULT_WORKLOAD, fitWorkloadModel, type WorkloadModel} from '../../../src/core/cpu/index.ts';

const SIZES = [128, 256, 512, 1024, 1769, 2048, 3008, 4096, 6144, 8192, 10_240];
const truth = (fields: Partial<WorkloadModel>): WorkloadModel => ({...DEFAULT_WORKLOAD, ...fields});
const measure = (model: WorkloadModel, sizes = SIZES, noise: (i: number) => number = () => 1) =>
  sizes.map((memoryMB, i) => ({memoryMB, durationMs: computeDurationMs(model, memoryMB) * noise(i)}));

describe('fitWorkloadModel', () => {
  it('recovers CPU time, parallel share, threads and I/O from exact synthetic data', () => {
    const known = truth({cpuMs: 2400, parallelFraction: 0.7, maxThreads: 4, ioMs: 35});
    const fit = fitWorkloadModel(measure(known), DEFAULT_WORKLOAD);
    if (!fit.ok) throw new Error(fit.error);
    expect(fit.value.model.cpuMs).toBeCloseTo(2400, 6);
    expect(fit.value.model.parallelFraction).toBeCloseTo(0.7, 9);
    expect(fit.value.model.maxThreads).toBe(4);
    expect(fit.value.model.ioMs).toBeCloseTo(35, 6);
    expect(fit.value.rmsErrorMs).toBeLessThan(1e-6);
    expect(fit.value.rSquared).toBeCloseTo(1, 12);
    expect(fit.value.notes).toEqual([]);
  });

  it('stays close with ±2 % measurement noise', () => {
    const known = truth({cpuMs: 800, parallelFraction: 0, ioMs: 120});
    const fit = fitWorkloadModel(measure(known, SIZES, (i) => 1 + (i % 2 ? 0.02 : -0.02)), DEFAULT_WORKLOAD);
    if (!fit.ok) throw new Error(fit.error);
    expect(fit.value.model.cpuMs).toBeGreaterThan(760);
    expect(fit.value.model.cpuMs).toBeLessThan(840);
    expect(fit.value.model.parallelFraction).toBeLessThan(0.1);
    expect(fit.value.rSquared).toBeGreaterThan(0.99);
  });

  it('recovers any model from exact points: the fitted curve equals the true one at every size', () => {
    fc.assert(
      fc.property(
        fc.double({min: 5, max: 20_000, noNaN: true}),
        fc.oneof(fc.constant(0), fc.double({min: 0.05, max: 1, noNaN: true})),
        fc.integer({min: 1, max: 6}),
        fc.double({min: 0, max: 2_000, noNaN: true}),
        (cpuMs, parallelFraction, maxThreads, ioMs) => {
          const known = truth({cpuMs, parallelFraction, maxThreads, ioMs});
          const fit = fitWorkloadModel(measure(known), DEFAULT_WORKLOAD);
          expect(fit.ok).toBe(true);
          if (!fit.ok) return;
          for (let mb = 128; mb <= 10_240; mb += 37) {
            const expected = computeDurationMs(known, mb);
            expect(Math.abs(computeDurationMs(fit.value.model, mb) - expected)).toBeLessThan(1e-6 * expected + 1e-6);
          }
          expect(fit.value.model.cpuMs).toBeCloseTo(cpuMs, 3);
          expect(fit.value.model.ioMs).toBeCloseTo(ioMs, 3);
        },
      ),
      {numRuns: 100},
    );
  });

  it('keeps init, cold-start rate and the arm64 factor from the base model', () => {
    const base = truth({initMs: 300, coldStartRate: 0.02, arm64CpuFactor: 0.9});
    const fit = fitWorkloadModel(measure(truth({cpuMs: 100, ioMs: 10})), base);
    expect(fit.ok && fit.value.model).toMatchObject({initMs: 300, coldStartRate: 0.02, arm64CpuFactor: 0.9});
  });

  it('says when the points cannot separate serial from parallel work', () => {
    const fit = fitWorkloadModel(measure(truth({cpuMs: 500, ioMs: 50}), [128, 512, 1024]), DEFAULT_WORKLOAD);
    expect(fit.ok && fit.value.notes[0]).toMatch(/^All points are at or below 1,769 MB/);
  });

  it('needs two distinct sizes', () => {
    expect(fitWorkloadModel([{memoryMB: 512, durationMs: 10}, {memoryMB: 512, durationMs: 11}], DEFAULT_WORKLOAD)).toEqual({
      ok: false,
      error: 'measured results: need durations at two or more different memory sizes to fit the model.',
    });
  });
});
