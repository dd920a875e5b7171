import type {Architecture} from '../../data/schema.ts';
import {MAX_MEMORY_MB, MIN_MEMORY_MB} from './checkMemoryMB.ts';
import {computeVcpuShare} from './computeVcpuShare.ts';
import {countVisibleCores} from './countVisibleCores.ts';
import {durationAt} from './computeDuration.ts';
import type {InvocationRates} from './readInvocationRates.ts';
import type {WorkloadModel} from './workloadModel.ts';

/** Number of memory sizes Lambda accepts: 128..10,240 MB in 1 MB steps = 10,113. */
export const SWEEP_SIZE = MAX_MEMORY_MB - MIN_MEMORY_MB + 1;

/** The swept values for one architecture; index i is memory 128 + i MB. */
export interface ArchitectureSweep {
  readonly architecture: Architecture;
  /** Warm handler duration, ms (the model's `computeDurationMs`). */
  readonly warmDurationMs: Float64Array;
  /** Average duration per invocation including the cold-start share of init, ms. */
  readonly durationMs: Float64Array;
  /** Average cost of one invocation, USD: request + billed duration (1 ms rounding), first tier, no free tier. */
  readonly costUsd: Float64Array;
  /** costUsd × requests per month, USD, first tier, no free tier, unrounded. */
  readonly monthlyUsd: Float64Array;
  /** 1 when the longest invocation (a cold one, with init) ends within the 900 s timeout, else 0. */
  readonly withinTimeout: Uint8Array;
}

/** Lambda's maximum timeout, 15 minutes: a size at which the workload runs longer cannot be used. */
export const TIMEOUT_MS = 900_000;

export interface MemorySweep {
  readonly size: number;
  /** Set by each fill. */
  requestsPerMonth: number;
  readonly architectures: Readonly<Record<Architecture, ArchitectureSweep>>;
}

// Share and visible cores depend only on memory: compute them once for all sweeps.
const SHARE = new Float64Array(SWEEP_SIZE);
const CORES = new Uint8Array(SWEEP_SIZE);
for (let i = 0; i < SWEEP_SIZE; i++) {
  SHARE[i] = computeVcpuShare(MIN_MEMORY_MB + i);
  CORES[i] = countVisibleCores(MIN_MEMORY_MB + i);
}

/** Memory in MB of sweep index `index`. */
export const memoryAtIndex = (index: number): number => MIN_MEMORY_MB + index;
/** Sweep index of a memory size in MB. */
export const indexOfMemory = (memoryMB: number): number => memoryMB - MIN_MEMORY_MB;

function createArchitectureSweep(architecture: Architecture): ArchitectureSweep {
  return {
    architecture,
    warmDurationMs: new Float64Array(SWEEP_SIZE),
    durationMs: new Float64Array(SWEEP_SIZE),
    costUsd: new Float64Array(SWEEP_SIZE),
    monthlyUsd: new Float64Array(SWEEP_SIZE),
    withinTimeout: new Uint8Array(SWEEP_SIZE),
  };
}

/** Allocates the typed arrays of a sweep once; refill them with `fillMemorySweep` as inputs change. */
export function createMemorySweep(): MemorySweep {
  return {size: SWEEP_SIZE, requestsPerMonth: 0, architectures: {x86_64: createArchitectureSweep('x86_64'), arm64: createArchitectureSweep('arm64')}};
}

function fillArchitecture(target: ArchitectureSweep, model: WorkloadModel, rates: InvocationRates, requestsPerMonth: number): void {
  const cpuFactor = target.architecture === 'arm64' ? model.arm64CpuFactor : 1;
  const cold = model.coldStartRate;
  const warm = 1 - cold;
  const init = model.initMs;
  // USD per MB-ms: GB-second rate / 1,024 MB per GB / 1,000 ms per s.
  const usdPerMbMs = rates.usdPerGbSecond / 1024 / 1000;
  const {warmDurationMs, durationMs, costUsd, monthlyUsd, withinTimeout} = target;
  for (let i = 0; i < SWEEP_SIZE; i++) {
    const d = durationAt(model, SHARE[i]!, CORES[i]!, cpuFactor);
    const perMs = (MIN_MEMORY_MB + i) * usdPerMbMs;
    // AWS rounds each invocation's duration up to the next 1 ms; a cold one bills init too.
    const warmBilled = Math.ceil(d);
    const coldBilled = cold > 0 ? Math.ceil(d + init) : warmBilled;
    const cost = rates.requestUsd + perMs * (warm * warmBilled + cold * coldBilled);
    warmDurationMs[i] = d;
    durationMs[i] = d + cold * init;
    costUsd[i] = cost;
    monthlyUsd[i] = cost * requestsPerMonth;
    withinTimeout[i] = (cold > 0 ? d + init : d) <= TIMEOUT_MS ? 1 : 0;
  }
}

/**
 * Fills a sweep in place for every memory size and both architectures: duration (from
 * `computeDurationMs`), average cost per invocation and per month (first-tier rates, no free
 * tier, unrounded: the recommendation's full bill comes from the pricing engine). Allocates nothing.
 * @param sweep - from `createMemorySweep`
 * @param model - a checked workload model
 * @param rates - first-tier rates of each architecture
 * @param requestsPerMonth - invocations per month
 */
export function fillMemorySweep(
  sweep: MemorySweep,
  model: WorkloadModel,
  rates: Readonly<Record<Architecture, InvocationRates>>,
  requestsPerMonth: number,
): MemorySweep {
  sweep.requestsPerMonth = requestsPerMonth;
  fillArchitecture(sweep.architectures.x86_64, model, rates.x86_64, requestsPerMonth);
  fillArchitecture(sweep.architectures.arm64, model, rates.arm64, requestsPerMonth);
  return sweep;
}

/**
 * Sweeps every memory size from 128 to 10,240 MB for both architectures (allocates a new sweep).
 * @see fillMemorySweep
 */
export function sweepMemory(model: WorkloadModel, rates: Readonly<Record<Architecture, InvocationRates>>, requestsPerMonth: number): MemorySweep {
  return fillMemorySweep(createMemorySweep(), model, rates, requestsPerMonth);
}
