import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {computeDurationMs, DEFAULT_WORKLOAD, estimateNoiseMs, fitWorkloadModel, type WorkloadModel} from '../../../src/core/cpu/index.ts';

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

  // 100 random fits × 277 sizes: seconds on a busy machine, hence the timeout.
  it('recovers any model from exact points: the fitted curve equals the true one at every size', {timeout: 120_000}, () => {
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
            // To 10 parts per million plus 10 ns: the least-squares solve loses a few digits on
            // tiny workloads (seed 645765103: 5 ms of CPU, 1.2 ppm off), and Lambda bills whole ms.
            expect(Math.abs(computeDurationMs(fit.value.model, mb) - expected)).toBeLessThan(1e-5 * expected + 1e-5);
          }
          expect(fit.value.model.cpuMs).toBeCloseTo(cpuMs, 3);
          expect(fit.value.model.ioMs).toBeCloseTo(ioMs, 3);
        },
      ),
      {numRuns: 100},
    );
  });

  it('with a noise allowance, keeps the serial explanation when a parallel share only fits rounding', () => {
    // 1,000 ms serial + 50 ms I/O, durations rounded to whole ms as people paste them.
    const points = [128, 512, 1024, 2048, 4096].map((memoryMB) => ({memoryMB, durationMs: Math.round(computeDurationMs(truth({cpuMs: 1000, ioMs: 50}), memoryMB))}));
    const exact = fitWorkloadModel(points, DEFAULT_WORKLOAD);
    const tolerant = fitWorkloadModel(points, DEFAULT_WORKLOAD, {noiseMs: estimateNoiseMs(points)});
    if (!exact.ok || !tolerant.ok) throw new Error('fit failed');
    expect(exact.value.model.parallelFraction).toBeGreaterThan(0); // chases the rounding
    expect(tolerant.value.model.parallelFraction).toBe(0);
    expect(tolerant.value.model.cpuMs).toBeCloseTo(1000, 0);
    expect(tolerant.value.notes[0]).toMatch(/within measurement noise \(\d+\.\d ms\): the fit keeps the simpler serial explanation\.$/);
    expect(estimateNoiseMs(points)).toBeCloseTo(Math.max(1, 0.01 * (points.reduce((s, p) => s + p.durationMs, 0) / points.length)), 9);
  });

  it('with a noise allowance, still finds a real parallel share', () => {
    const known = truth({cpuMs: 3000, parallelFraction: 0.6, maxThreads: 4, ioMs: 20});
    const points = measure(known).map((p) => ({...p, durationMs: Math.round(p.durationMs)}));
    const fit = fitWorkloadModel(points, DEFAULT_WORKLOAD, {noiseMs: estimateNoiseMs(points)});
    expect(fit.ok && fit.value.model.parallelFraction).toBeCloseTo(0.6, 2);
    expect(fit.ok && fit.value.model.maxThreads).toBe(4);
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
