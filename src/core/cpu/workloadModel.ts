import {fail, ok, type Result} from '../result.ts';

/**
 * What a function does per invocation, in terms the memory sweep can scale. Every field is
 * something you can estimate or measure once, without deploying at every memory size.
 */
export interface WorkloadModel {
  /** CPU time of one invocation on one full vCPU (ms), as if it ran single-threaded at 1,769 MB. */
  readonly cpuMs: number;
  /** Share of that CPU work that can run on several threads at once, 0–1 (Amdahl's p). */
  readonly parallelFraction: number;
  /** Most threads the parallel part can use; the visible cores cap it too. 1–64. */
  readonly maxThreads: number;
  /** Time spent waiting on I/O (network, disk, other services) per invocation, ms. Does not speed up. */
  readonly ioMs: number;
  /** Init duration on a cold start (ms). Billed since 2025-08-01 for on-demand ZIP functions. */
  readonly initMs: number;
  /** Share of invocations that are cold starts, 0–1. */
  readonly coldStartRate: number;
  /** arm64 CPU time relative to x86_64 for this code (1 = same, 0.8 = 20 % faster on Graviton). */
  readonly arm64CpuFactor: number;
}

export const DEFAULT_WORKLOAD: WorkloadModel = {
  cpuMs: 800,
  parallelFraction: 0,
  maxThreads: 1,
  ioMs: 120,
  initMs: 0,
  coldStartRate: 0,
  arm64CpuFactor: 1,
};

/** The accepted range of each field, so messages, forms and the CLI say the same thing. */
export const WORKLOAD_LIMITS = {
  cpuMs: {min: 0, max: 900_000, unit: 'ms', label: 'CPU time at 1 vCPU'},
  parallelFraction: {min: 0, max: 1, unit: '', label: 'parallel share'},
  maxThreads: {min: 1, max: 64, unit: '', label: 'threads'},
  ioMs: {min: 0, max: 900_000, unit: 'ms', label: 'I/O wait'},
  initMs: {min: 0, max: 900_000, unit: 'ms', label: 'init time'},
  coldStartRate: {min: 0, max: 1, unit: '', label: 'cold-start rate'},
  arm64CpuFactor: {min: 0.1, max: 10, unit: '', label: 'arm64 CPU factor'},
} as const satisfies Record<keyof WorkloadModel, {min: number; max: number; unit: string; label: string}>;

/**
 * Checks every field of a workload model against its range and returns the first problem as one
 * sentence naming the field and the range, or the model. Missing fields take `DEFAULT_WORKLOAD`.
 * The 900,000 ms bound is Lambda's 15-minute timeout.
 * @param input - fields to check; absent ones default
 */
export function checkWorkloadModel(input: Partial<WorkloadModel>): Result<WorkloadModel> {
  const model = {...DEFAULT_WORKLOAD, ...input};
  for (const key of Object.keys(WORKLOAD_LIMITS) as (keyof WorkloadModel)[]) {
    const {min, max, unit, label} = WORKLOAD_LIMITS[key];
    const value = model[key];
    const range = `${min.toLocaleString('en-US')}–${max.toLocaleString('en-US')}${unit ? ` ${unit}` : ''}`;
    if (typeof value !== 'number' || !Number.isFinite(value)) return fail(`${label}: must be a number in ${range}.`);
    if (value < min || value > max) return fail(`${label}: ${value.toLocaleString('en-US')}${unit ? ` ${unit}` : ''} is outside ${range}.`);
    if (key === 'maxThreads' && !Number.isInteger(value)) return fail(`${label}: must be a whole number in ${range}.`);
  }
  if (model.cpuMs + model.ioMs <= 0) return fail('CPU time at 1 vCPU and I/O wait: at least one must be above 0 ms.');
  return ok(model);
}
