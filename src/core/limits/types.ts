/**
 * The normalized shape every input (form, SAM/CloudFormation, serverless.yml, AWS CLI) is turned
 * into before the rules run. A setting that an input gives as an expression the parser could not
 * resolve (an `!Ref` to a parameter without a default, an `${ssm:…}` variable) is kept as an
 * `Unresolved` value, so rules can say "not checked" instead of guessing.
 */
import type {EdgeTrigger} from '../../data/edgeLimits.ts';

export interface Unresolved {
  readonly unresolved: string;
}

/** A setting's value, or the expression that could not be resolved. */
export type Field<T> = T | Unresolved;

export function isUnresolved(value: unknown): value is Unresolved {
  return typeof value === 'object' && value !== null && 'unresolved' in value;
}

/** Where something was found in the input, 1-based. */
export interface SourceLocation {
  readonly line: number;
  readonly column: number;
}

export interface SqsEventSource {
  readonly type: 'sqs';
  /** Logical id or name of the queue when known. */
  readonly queue?: string;
  readonly fifo?: boolean;
  readonly visibilityTimeoutSeconds?: Field<number>;
  readonly batchSize?: Field<number>;
  readonly maximumBatchingWindowSeconds?: Field<number>;
  readonly maximumConcurrency?: Field<number>;
}

export interface ApiEventSource {
  readonly type: 'api';
  /** REST API (API Gateway v1, SAM `Api`), HTTP API (v2, SAM `HttpApi`) or WebSocket API (v2). */
  readonly api: 'rest' | 'http' | 'websocket';
  /** Integration timeout when the input sets one. */
  readonly integrationTimeoutMs?: Field<number>;
  /** REST APIs: the endpoint type (API Gateway's default is edge-optimized). */
  readonly endpoint?: Field<'edge' | 'regional' | 'private'>;
}

export interface OtherEventSource {
  readonly type: 'other';
  /** The input's name for it, e.g. "S3", "Schedule", "Kinesis". */
  readonly kind: string;
}

export type EventSource = SqsEventSource | ApiEventSource | OtherEventSource;

export interface PackageSizes {
  /** Zipped size of the function's own .zip. */
  readonly zippedMB?: number;
  /** True when the .zip is uploaded from S3 (50 MB direct-upload limit does not apply). */
  readonly fromS3?: boolean;
  /** Unzipped size of the function code plus all its layers. */
  readonly unzippedMB?: number;
  /** Uncompressed container image size. */
  readonly imageGB?: number;
}

/** Payload sizes the function is expected to handle (the form asks; templates do not say). */
export interface PayloadSizes {
  readonly syncRequestKB?: number;
  readonly syncResponseKB?: number;
  readonly asyncEventKB?: number;
  readonly streamedResponseMB?: number;
}

export interface FunctionConfig {
  /** What findings are reported under: the logical id, the function name or the form's label. */
  readonly name: string;
  /** The deployed function name when the input sets one. */
  readonly functionName?: Field<string>;
  readonly location?: SourceLocation;
  readonly packageType?: 'Zip' | 'Image';
  readonly runtime?: Field<string>;
  readonly handler?: Field<string>;
  readonly memoryMB?: Field<number>;
  readonly timeoutSeconds?: Field<number>;
  readonly ephemeralStorageMB?: Field<number>;
  readonly architecture?: Field<string>;
  readonly region?: Field<string>;
  /** Environment variables; the whole map may be unresolved. */
  readonly environment?: Readonly<Record<string, Field<string>>> | Unresolved;
  readonly layers?: readonly Field<string>[] | Unresolved;
  readonly packageSizes?: PackageSizes;
  readonly payloads?: PayloadSizes;
  readonly reservedConcurrency?: Field<number>;
  readonly provisionedConcurrency?: Field<number>;
  readonly snapStart?: Field<boolean>;
  readonly efs?: boolean;
  readonly vpc?: boolean;
  readonly resourcePolicyKB?: number;
  readonly edgeTrigger?: EdgeTrigger;
  /** CapacityProviderConfig / FunctionScalingConfig: the function runs on Lambda Managed Instances. */
  readonly managedInstances?: {
    readonly memoryGiBPerVcpu?: Field<number>;
    readonly perEnvironmentMaxConcurrency?: Field<number>;
    readonly minExecutionEnvironments?: Field<number>;
    readonly maxExecutionEnvironments?: Field<number>;
  };
  /** DurableConfig: a durable function. */
  readonly durable?: {readonly executionTimeoutSeconds?: Field<number>; readonly retentionDays?: Field<number>};
  readonly eventSources?: readonly EventSource[];
  /**
   * True when the input only changes some settings of a function created elsewhere
   * (`aws lambda update-function-configuration`): settings it leaves out are not missing.
   */
  readonly partial?: boolean;
  /** Tag keys the function gets (its own and inherited ones), or unresolved. */
  readonly tags?: readonly string[] | Unresolved;
  /** Event sources that invoke the unqualified function ($LATEST) rather than an alias or version, by kind. */
  readonly latestEventSources?: readonly string[];
  /** Rule ids switched off for this function (template Metadata, a serverless.yml comment). */
  readonly ignoredRules?: readonly string[];
  /** Where the input names the function beyond its line, e.g. a CDK construct path. */
  readonly path?: string;
  /** Problems the parser found while reading this function (unknown keys, wrong types). */
  readonly parseFindings?: readonly Finding[];
}

/** Account-level settings the cross-function rules need. */
export interface AccountConfig {
  /** Concurrent executions quota for the Region; 1,000 by default. */
  readonly concurrencyLimit?: number;
  /** Lambda-managed code storage already used, in GB. */
  readonly codeStorageUsedGB?: number;
}

export type Severity = 'error' | 'warning' | 'note';

export interface Finding {
  /** Stable rule id, e.g. "memory.range". */
  readonly rule: string;
  /** error: the deploy or the call will fail; warning: it will bite in production; note: worth knowing. */
  readonly severity: Severity;
  /** What is wrong and why, in one or two sentences. */
  readonly message: string;
  /** What to change. */
  readonly fix: string;
  /** The AWS page that states the limit. */
  readonly source: string;
  /** The setting the finding is about, e.g. "timeoutSeconds". */
  readonly field?: string;
}

export interface FunctionReport {
  readonly name: string;
  readonly location?: SourceLocation;
  readonly findings: readonly Finding[];
}

export interface CheckReport {
  readonly functions: readonly FunctionReport[];
  /** Findings about the functions together (reserved concurrency across them, code storage) and the template (resources not checked). */
  readonly account: readonly Finding[];
}

export interface CheckOptions {
  /** The day the check runs, YYYY-MM-DD (runtime deprecation depends on it). */
  readonly today: string;
  readonly account?: AccountConfig;
  /** A team's own rules on top of AWS's limits (`--policy`), read with readPolicy. */
  readonly policy?: import('./policy.ts').Policy;
  /** Rule ids to leave out everywhere (`--ignore`); "sqs." or "sqs.*" switches off a family. */
  readonly ignore?: readonly string[];
}
