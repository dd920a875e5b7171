/** Types for the traffic-shifting simulator: a CodeDeploy deployment of a new Lambda version behind an alias. */
import type {LambdaDeploymentConfig} from '../../../data/deploymentConfigs.ts';

export interface VersionSpec {
  /** The version number as Lambda shows it, e.g. "7". */
  readonly version: string;
  /** Share of invocations that fail (0–1). */
  readonly errorRate: number;
}

export interface HookSpec {
  /** Seconds the validation function takes before it reports. */
  readonly durationSeconds: number;
  readonly result: 'pass' | 'fail';
}

/** A CloudWatch alarm watched during the deployment; in ALARM it makes CodeDeploy roll back. */
export interface AlarmSpec {
  /** Which error rate the alarm reads: the new version's own, or the alias's (both versions). */
  readonly metric: 'newVersionErrorRate' | 'aliasErrorRate';
  /** Alarm when the error rate over a period is at or above this percentage. */
  readonly thresholdPercent: number;
  /** CloudWatch period in seconds (60 for standard Lambda metrics). */
  readonly periodSeconds: number;
  /** Consecutive breaching periods before ALARM. */
  readonly evaluationPeriods: number;
}

export interface TrafficScenario {
  readonly name: string;
  readonly alias: string;
  /** Requests per second through the alias (steady). */
  readonly requestsPerSecond: number;
  readonly config: LambdaDeploymentConfig;
  readonly from: VersionSpec;
  readonly to: VersionSpec;
  readonly alarm?: AlarmSpec | undefined;
  readonly preTrafficHook?: HookSpec | undefined;
  readonly postTrafficHook?: HookSpec | undefined;
  /** Seconds to simulate; enough for the whole deployment plus a margin by default. */
  readonly durationSeconds: number;
}

export type DeploymentEventKind = 'start' | 'hookStarted' | 'hookPassed' | 'hookFailed' | 'shift' | 'alarm' | 'rollback' | 'succeeded';

export interface DeploymentEvent {
  readonly second: number;
  readonly kind: DeploymentEventKind;
  /** Share of traffic on the new version after the event, percent. */
  readonly newVersionPercent: number;
  readonly text: string;
}

export type DeploymentOutcome = 'succeeded' | 'rolledBack' | 'inProgress';

export interface TrafficRun {
  readonly scenario: TrafficScenario;
  /** Percent of the alias's traffic on each version, every second; the two always add up to 100. */
  readonly fromPercent: Float32Array;
  readonly toPercent: Float32Array;
  readonly fromRequests: Float32Array;
  readonly toRequests: Float32Array;
  readonly fromErrors: Float32Array;
  readonly toErrors: Float32Array;
  readonly events: readonly DeploymentEvent[];
  readonly outcome: DeploymentOutcome;
  /** When the alias went back to the old version, or -1. */
  readonly rollbackSecond: number;
  readonly totals: {
    /** Requests that reached the new version (before any rollback; none after). */
    readonly toRequests: number;
    /** Of those, how many failed. */
    readonly toErrors: number;
    readonly fromErrors: number;
  };
}
