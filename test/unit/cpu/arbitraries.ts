import fc from 'fast-check';
import type {WorkloadModel} from '../../../src/core/cpu/index.ts';

/** Random but valid workload models, covering serial, partly parallel and fully parallel code. */
export const arbitraryWorkload: fc.Arbitrary<WorkloadModel> = fc.record({
  cpuMs: fc.double({min: 0.5, max: 60_000, noNaN: true}),
  parallelFraction: fc.oneof(fc.constant(0), fc.constant(1), fc.double({min: 0, max: 1, noNaN: true})),
  maxThreads: fc.integer({min: 1, max: 8}),
  ioMs: fc.oneof(fc.constant(0), fc.double({min: 0, max: 5_000, noNaN: true})),
  initMs: fc.oneof(fc.constant(0), fc.double({min: 0, max: 3_000, noNaN: true})),
  coldStartRate: fc.oneof(fc.constant(0), fc.double({min: 0, max: 1, noNaN: true})),
  arm64CpuFactor: fc.double({min: 0.5, max: 1.5, noNaN: true}),
});
