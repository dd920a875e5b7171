/**
 * Types for the concurrency simulator: a scenario in, per-second series and a summary out.
 * Series are typed arrays (one value per simulated second) so a 24-hour run for several
 * functions stays small and fast enough to redraw while a slider moves.
 */
import type {Architecture} from '../../../data/schema.ts';

/** Requests (or, for a queue, messages) per second over time. */
export type TrafficShape =
  | {readonly shape: 'steady'; readonly rps: number}
  | {readonly shape: 'ramp'; readonly fromRps: number; readonly toRps: number; readonly startSecond: number; readonly durationSeconds: number}
  | {readonly shape: 'spike'; readonly baseRps: number; readonly peakRps: number; readonly atSecond: number; readonly durationSeconds: number}
  | {readonly shape: 'daily'; readonly minRps: number; readonly maxRps: number; readonly peakHour: number}
  | {readonly shape: 'series'; readonly rps: readonly number[]; readonly stepSeconds: number};

/**
 * How callers reach the function: `sync` callers get a 429 when throttled; `async` events wait in
 * Lambda's queue and are retried; `queue` is an SQS event source mapping (messages stay in the queue).
 */
export type InvocationType = 'sync' | 'async' | 'queue';

export interface SimFunction {
  readonly name: string;
  readonly invocation: InvocationType;
  readonly traffic: TrafficShape;
  readonly memoryMB: number;
  readonly architecture: Architecture;
  /** Average duration of one invocation, without Init. */
  readonly durationMs: number;
  /** 0 = every second has the average duration; 0.3 = each second's average varies by up to ±30 % (seeded). */
  readonly durationSpread: number;
  /** Init time added to the request that creates a new execution environment (a cold start). */
  readonly initMs: number;
  /** Reserved concurrency; undefined = the function uses the shared unreserved pool. 0 disables it. */
  readonly reservedConcurrency?: number | undefined;
  /** Pre-initialised environments; 0 = none. */
  readonly provisionedConcurrency: number;
  /** Async only: MaximumEventAgeInSeconds (60–21,600; default 21,600). */
  readonly maxEventAgeSeconds: number;
  /** Queue only: messages per invocation (1–10,000; default 10). */
  readonly batchSize: number;
  /** Queue only: ScalingConfig.MaximumConcurrency (2–1,000); undefined = the mapping's own 1,000 limit. */
  readonly maximumConcurrency?: number | undefined;
}

export interface Scenario {
  readonly name: string;
  readonly description: string;
  readonly region: string;
  /**
   * Which scaling rules apply: `current` (since 2023-11-26: 1,000 new environments per function every
   * 10 seconds) or `before-2023-11` (an account-wide burst of 500–3,000 by Region, then 500 more a
   * minute, shared by all functions), for comparing with older study material.
   */
  readonly scalingModel: ScalingModel;
  /** Simulated seconds (1-second steps). */
  readonly durationSeconds: number;
  /** The account's concurrency quota in this Region (1,000 by default). */
  readonly accountConcurrency: number;
  /** Seed for the duration spread; the same seed gives the same run. */
  readonly seed: number;
  /** Wall-clock time of second 0, as seconds after midnight (for "at 12:00:10" and the daily curve). */
  readonly startSecondOfDay: number;
  readonly functions: readonly SimFunction[];
}

export type ScalingModel = 'current' | 'before-2023-11';

/** Why a request was throttled. */
export type ThrottleCause = 'disabled' | 'reserved' | 'account' | 'scaling' | 'requestRate' | 'mappingLimit';
export const THROTTLE_CAUSES: readonly ThrottleCause[] = ['disabled', 'reserved', 'account', 'scaling', 'requestRate', 'mappingLimit'];

/** One function's run: per-second series plus totals. */
export interface FunctionRun {
  readonly name: string;
  readonly config: SimFunction;
  /** New requests (or messages) arriving each second. */
  readonly arrivals: Float32Array;
  /** Invocation attempts offered each second: arrivals + async retries due (queue: batches wanted). */
  readonly offered: Float32Array;
  /** Invocations that ran. */
  readonly served: Float32Array;
  /** Invocation attempts refused with a throttle (429). */
  readonly throttled: Float32Array;
  /** New execution environments created (each one a cold start). */
  readonly coldStarts: Float32Array;
  /** Average concurrent executions during the second (request rate × duration). */
  readonly concurrency: Float32Array;
  /** Execution environments that exist (provisioned + on-demand). */
  readonly environments: Float32Array;
  /** The concurrency the function could reach that second (reserved, or provisioned + its share of the pool). */
  readonly limit: Float32Array;
  /** Async: events waiting for a retry; queue: messages waiting in the queue. */
  readonly waiting: Float32Array;
  readonly totals: FunctionTotals;
}

export interface FunctionTotals {
  arrivals: number;
  served: number;
  throttledAttempts: number;
  /** Sync requests that failed with 429 (lost unless the caller retries). */
  rejected: number;
  /** Async events that were throttled at least once and ran later. */
  servedAfterRetry: number;
  /** Async events discarded at the maximum event age, or sent straight to a DLQ when disabled. */
  expired: number;
  /** Still waiting at the end of the run (async retries or queued messages). */
  waitingAtEnd: number;
  coldStarts: number;
  peakConcurrency: number;
  peakSecond: number;
  /** Execution time (environment-seconds) on on-demand concurrency, Init included. */
  onDemandSeconds: number;
  /** Execution time on provisioned environments. */
  provisionedSeconds: number;
  /** Invocations that ran on provisioned environments (never cold). */
  servedByProvisioned: number;
  /** Attempts throttled, by cause. */
  throttledByCause: Record<ThrottleCause, number>;
  /** First second each cause throttled anything; -1 = never. */
  firstThrottleSecond: Record<ThrottleCause, number>;
}

export interface SimulationRun {
  readonly scenario: Scenario;
  readonly functions: readonly FunctionRun[];
  /** Sum of all functions' concurrency each second. */
  readonly accountConcurrency: Float32Array;
  readonly peakAccountConcurrency: number;
  readonly peakAccountSecond: number;
}
