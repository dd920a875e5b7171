import {computeVcpuShare} from './computeVcpuShare.ts';
import {countVisibleCores} from './countVisibleCores.ts';
import type {WorkloadModel} from './workloadModel.ts';

/**
 * Modelled handler duration (ms) of one warm invocation at a memory size.
 *
 * Assumptions (stated on the page too):
 * 1. CPU is a budget of `s = memory / 1,769` vCPU-seconds per second, shared by all threads.
 * 2. The serial part, `(1 − p) × cpuMs`, runs on one thread: at speed `min(s, 1)` vCPU.
 * 3. The parallel part, `p × cpuMs`, runs on `k = min(maxThreads, visible cores)` threads:
 *    at speed `min(s, k)` vCPU (Amdahl's law with a CPU-credit cap).
 * 4. I/O wait (`ioMs`) does not depend on memory (true for most calls; not for bandwidth-bound
 *    transfers with opt-in bandwidth scaling).
 * 5. No memory pressure: the configured memory is enough for the code at every size swept.
 * Duration never rises with memory under these assumptions.
 * @param model - the workload
 * @param memoryMB - memory size in MB
 * @param cpuFactor - multiplies `cpuMs` (1 for x86_64, `arm64CpuFactor` for arm64)
 */
export function computeDurationMs(model: WorkloadModel, memoryMB: number, cpuFactor = 1): number {
  return durationAt(model, computeVcpuShare(memoryMB), countVisibleCores(memoryMB), cpuFactor);
}

/**
 * The formula behind `computeDurationMs`, with share and cores given, for the sweep's hot loop.
 * @internal
 */
export function durationAt(model: WorkloadModel, share: number, cores: number, cpuFactor: number): number {
  const cpu = model.cpuMs * cpuFactor;
  const p = model.parallelFraction;
  const threads = model.maxThreads < cores ? model.maxThreads : cores;
  const serialSpeed = share < 1 ? share : 1;
  const parallelSpeed = share < threads ? share : threads;
  const serial = p < 1 ? ((1 - p) * cpu) / serialSpeed : 0;
  const parallel = p > 0 ? (p * cpu) / parallelSpeed : 0;
  return serial + parallel + model.ioMs;
}
