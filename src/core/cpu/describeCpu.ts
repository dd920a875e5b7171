import {CPU_SHARE_MODEL} from '../../data/cpu.ts';
import {computeVcpuShare} from './computeVcpuShare.ts';
import {countVisibleCores} from './countVisibleCores.ts';

/** What one memory size buys in CPU, under the official model and the measured core count. */
export interface CpuAtMemory {
  readonly memoryMB: number;
  /** vCPU-seconds of CPU credit per second (official: memory / 1,769 MB). */
  readonly vcpuShare: number;
  /** Cores the function sees (empirical table). */
  readonly visibleCores: number;
  /** Share of all visible cores the credit can keep busy at once: vcpuShare / visibleCores. */
  readonly busyFractionOfVisibleCores: number;
  /** The fastest a single thread can run, as a fraction of one vCPU: min(vcpuShare, 1). */
  readonly singleThreadSpeed: number;
  /** Memory at which one more full vCPU of credit is reached, or null past 10,240 MB. */
  readonly nextWholeVcpuAtMB: number | null;
}

/**
 * Describes the CPU a memory size buys: official share, visible cores and what a single thread gets.
 * @param memoryMB - a memory size already checked with `checkMemoryMB`
 */
export function describeCpu(memoryMB: number): CpuAtMemory {
  const vcpuShare = computeVcpuShare(memoryMB);
  const visibleCores = countVisibleCores(memoryMB);
  const nextWhole = (Math.floor(vcpuShare) + 1) * CPU_SHARE_MODEL.mbPerVcpu;
  return {
    memoryMB,
    vcpuShare,
    visibleCores,
    busyFractionOfVisibleCores: vcpuShare / visibleCores,
    singleThreadSpeed: Math.min(vcpuShare, 1),
    nextWholeVcpuAtMB: nextWhole <= CPU_SHARE_MODEL.maxMemoryMB ? nextWhole : null,
  };
}
