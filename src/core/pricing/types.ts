import type {Architecture, RegionPrices} from '../../data/schema.ts';

/** Runtime families, where billing differs: SnapStart charges and the pre-2025 INIT rule. */
export type RuntimeFamily = 'nodejs' | 'python' | 'java' | 'dotnet' | 'ruby' | 'custom';
export const RUNTIME_FAMILIES: readonly RuntimeFamily[] = ['nodejs', 'python', 'java', 'dotnet', 'ruby', 'custom'];

/** One function's monthly usage. All sizes in binary MB (1 GB = 1024 MB), times in ms. */
export interface FunctionUsage {
  readonly name?: string;
  /** AWS Region code; default 'us-east-1'. Ignored for Lambda@Edge (one global price). */
  readonly region?: string;
  readonly architecture: Architecture;
  /** 128–10,240 MB. */
  readonly memoryMB: number;
  /** Invocations per month (all of them, including those served by provisioned concurrency). */
  readonly requestsPerMonth: number;
  /** Average handler duration per invocation; billed rounded up to the granularity. */
  readonly averageDurationMs: number;
  /** /tmp size, 512–10,240 MB; default 512 (free). */
  readonly ephemeralStorageMB?: number;
  readonly runtime?: RuntimeFamily;
  readonly packageType?: 'zip' | 'image';
  /** Share of on-demand invocations that are cold starts (0–1). */
  readonly coldStartRatio?: number;
  /** Average INIT duration of a cold start, ms. */
  readonly initDurationMs?: number;
  /** Async events larger than 256 KB: how many of the month's requests, and their average size. */
  readonly largeAsyncEvents?: {readonly perMonth: number; readonly averageSizeKB: number};
  readonly provisionedConcurrency?: {
    readonly concurrency: number;
    /** Hours per month it is enabled (billed in 5-minute blocks). */
    readonly hoursPerMonth: number;
    /** Invocations it serves; default: as many as its capacity allows, the rest overflow on-demand. */
    readonly requestsServed?: number;
    /** Average duration of the invocations it serves, ms; default averageDurationMs (no INIT: environments are pre-initialized). */
    readonly averageDurationMs?: number;
  };
  readonly snapStart?: {
    /** Published versions with SnapStart active (each cached separately). Default 1. */
    readonly activeVersions?: number;
    /** Hours each version is active this month (minimum 3 billed). Default 730. */
    readonly activeHoursPerMonth?: number;
    /** Restores per month; default: the cold starts (requests × coldStartRatio). */
    readonly restoresPerMonth?: number;
  };
  readonly responseStreaming?: {
    /** Average streamed response size, MB (binary). Only the part above 6 MB is charged. */
    readonly averageResponseMB: number;
    /** Streamed responses per month; default requestsPerMonth. */
    readonly responsesPerMonth?: number;
  };
  /** Price as a Lambda@Edge function (CloudFront): own rates, no free tier, no tiers. */
  readonly edge?: boolean;
  /**
   * Run on Lambda Managed Instances: EC2 instances + a management fee + requests at the Lambda
   * rate, no duration charge (memory and duration then only matter for limits).
   */
  readonly managedInstances?: ManagedInstancesUsage;
  /** A durable function: durable operations, data written and data retained, on top of its invocations. */
  readonly durable?: DurableUsage;
  /** Tenant isolation mode: a charge per tenant-isolated execution environment created. */
  readonly tenantIsolation?: {readonly environmentsPerMonth: number};
  /** An event source mapping in provisioned mode feeding this function. */
  readonly eventPollers?: EventPollerUsage;
}

export interface ManagedInstancesUsage {
  /** An EC2 instance type Lambda Lab has prices for, e.g. "m7g.xlarge". */
  readonly instanceType: string;
  /** Instances running on average over the hours (the capacity provider's fleet). */
  readonly instances: number;
  /** Hours in the month they run; default 730. */
  readonly hoursPerMonth?: number;
  /** EC2 Savings Plans / Reserved Instances discount on the EC2 part, 0–72 %; the fee is unaffected. */
  readonly ec2DiscountPercent?: number;
}

export interface DurableUsage {
  /** Durable operations per month: execution starts, steps, waits, callbacks, chained invokes. */
  readonly operationsPerMonth: number;
  /** Data written by durable operations per month, GB (binary). */
  readonly dataWrittenGB: number;
  /** Days the execution history is kept after an execution closes, 1–90 (default 14). */
  readonly retentionDays?: number;
}

export interface EventPollerUsage {
  readonly source: 'kafka' | 'sqs';
  /** Event poller units provisioned (the minimum pollers, on average). */
  readonly pollerUnits: number;
  /** Hours per month provisioned mode is on; default 730. */
  readonly hoursPerMonth?: number;
}

export type InitBillingRule = 'since-2025-08' | 'before-2025-08';

export interface PricingOptions {
  /** Apply the always-free allowance once for the whole bill. Default true. */
  readonly freeTier?: boolean;
  /** Which INIT rule: today's (default) or the one before 2025-08-01, for teaching. */
  readonly initBilling?: InitBillingRule;
  /** 1 (today, default) or 100 (the rule before December 2020, for teaching). */
  readonly granularityMs?: 1 | 100;
  /** Compute Savings Plans discount, 0–17 %, on duration and provisioned concurrency. */
  readonly savingsPlanPercent?: number;
  /**
   * What is left of this month's free allowance when other workloads already used part of it
   * (AWS's streaming example assumes the 100 GB were used). Each value is capped at the allowance.
   */
  readonly freeTierRemaining?: {readonly requests?: number; readonly gbSeconds?: number; readonly streamingGB?: number};
  /** Price data to use instead of src/data/prices.ts (tests, what-ifs). */
  readonly prices?: readonly RegionPrices[];
}

export type LineItemId =
  | 'requests'
  | 'duration'
  | 'ephemeralStorage'
  | 'provisionedConcurrency'
  | 'provisionedDuration'
  | 'snapStartCache'
  | 'snapStartRestore'
  | 'responseStreaming'
  | 'edgeRequests'
  | 'edgeDuration'
  | 'savingsPlan'
  // Lambda Managed Instances, durable functions, tenant isolation, provisioned pollers (one line each, per function):
  | 'managedInstancesEc2'
  | 'managedInstancesEc2Discount'
  | 'managedInstancesFee'
  | 'durableOperations'
  | 'durableDataWritten'
  | 'durableDataRetained'
  | 'tenantEnvironments'
  | 'eventPollers'
  // The comparison's containers and servers:
  | 'fargateVcpu'
  | 'fargateMemory'
  | 'fargateSpotDiscount'
  | 'ec2Instances'
  | 'ec2Discount';

export interface LineItem {
  readonly id: LineItemId;
  readonly label: string;
  /** Billable quantity after the free tier (requests, GB-s or GB). */
  readonly quantity: number;
  readonly unit: string;
  /** The arithmetic with its numbers, like AWS's "show calculations". */
  readonly formula: string;
  /** Rounded to the cent (AWS rounds each line of its examples). */
  readonly usd: number;
  readonly usdUnrounded: number;
  /** Exact decimal strings of the same figures, for anyone re-checking. */
  readonly exact: {readonly quantity: string; readonly usdUnrounded: string};
  readonly region?: string;
  readonly architecture?: string;
}

export interface FreeTierUse {
  readonly requests: number;
  readonly gbSeconds: number;
  readonly streamingGB: number;
}

export interface FunctionEstimate {
  /** USD: the sum of the cent-rounded line items. */
  readonly total: number;
  readonly totalUnrounded: number;
  readonly lineItems: readonly LineItem[];
  /** Usage before the free tier: what the function consumes. */
  readonly usage: {
    readonly billedDurationMs: number;
    readonly requests: number;
    readonly gbSeconds: number;
    readonly initGbSeconds: number;
  };
  readonly freeTierApplied: FreeTierUse;
  /** Assumptions and warnings a reader should see next to the figures. */
  readonly notes: readonly string[];
}

export interface FunctionShare {
  readonly name: string;
  /** This function's share of each line (pro rata to its usage), unrounded. */
  readonly usdUnrounded: number;
  readonly usd: number;
  /** What pricing it alone, with the full free tier, would say. */
  readonly standaloneUsd: number;
  readonly billedDurationMs: number;
}

/** One account bill without the per-function standalone comparison (what the design estimate needs). */
export interface AccountBill extends Omit<BillEstimate, 'functions' | 'sumOfStandaloneUsd' | 'standaloneOverstatementUsd'> {
  readonly functions: readonly Omit<FunctionShare, 'standaloneUsd'>[];
}

export interface BillEstimate {
  readonly total: number;
  readonly totalUnrounded: number;
  /** The bill's lines: one per dimension per Region and architecture (tiers and free tier pooled). */
  readonly lineItems: readonly LineItem[];
  readonly usage: {readonly requests: number; readonly gbSeconds: number; readonly initGbSeconds: number};
  readonly freeTierApplied: FreeTierUse;
  readonly notes: readonly string[];
  readonly functions: readonly FunctionShare[];
  /** Sum of per-function estimates each taking the whole free tier (what per-entry calculators show). */
  readonly sumOfStandaloneUsd: number;
  /** sumOfStandaloneUsd − total: how much per-function summing overstates (negative: understates). */
  readonly standaloneOverstatementUsd: number;
}

export interface InvocationCostInput {
  readonly region?: string;
  readonly architecture: Architecture;
  readonly memoryMB: number;
  readonly durationMs: number;
  readonly ephemeralStorageMB?: number;
  /** Bytes of a streamed response (awslambda.streamifyResponse); the first 6 MB of each are free. */
  readonly streamedBytes?: number;
}

export interface InvocationCost {
  readonly billedDurationMs: number;
  readonly requestUsd: number;
  readonly durationUsd: number;
  readonly ephemeralStorageUsd: number;
  /** Streamed bytes beyond the included 6 MB (binary MB), per GB; 0 for buffered responses. */
  readonly streamingUsd: number;
  readonly totalUsd: number;
}
