/**
 * The simulated AWS SDK's mock file (the CLI's `--mocks mocks.json`, the playground's "AWS mocks"
 * panel) and the record of each call a handler made. One format for Node.js and Python handlers:
 * /work/MOCKS-FORMAT.md is the contract.
 */

/** An AWS error a mock answers with (Node: thrown Error; Python: botocore ClientError). */
export interface MockError {
  /** The error code, e.g. "ResourceNotFoundException"; Node's `error.name`. */
  readonly code: string;
  readonly message: string;
  /** HTTP status; 400 unless given. */
  readonly statusCode: number;
}

/** One mock: answers calls to service+operation whose input deep-partially matches `input`. */
export interface MockEntry {
  /** SDK v3 package suffix: s3, dynamodb, ssm, secrets-manager, eventbridge, … */
  readonly service: string;
  /** PascalCase API operation: GetParameter, PutItem, … */
  readonly operation: string;
  /** Partial deep match on the call's input; absent = any input. */
  readonly input?: unknown;
  /** What the handler receives (exactly one of output / error). */
  readonly output?: unknown;
  readonly error?: MockError;
}

export interface MockFile {
  /** Simulated latency per call in ms, added to the duration only when > 0. */
  readonly latencyMs: number;
  readonly mocks: readonly MockEntry[];
}

/** A call as the simulated SDK sees it. */
export interface AwsCall {
  readonly service: string;
  readonly operation: string;
  readonly input: unknown;
  /** Milliseconds since the invocation started (set by the caller). */
  readonly atMs?: number;
}

export type AwsCallOutcome = 'mock' | 'error' | 'default';

/** One recorded call, in the order the handler made them. */
export interface AwsCallRecord {
  readonly service: string;
  readonly operation: string;
  readonly input: unknown;
  readonly outcome: AwsCallOutcome;
  readonly output?: unknown;
  readonly error?: MockError;
  readonly atMs: number;
  /** Index of the mock that answered (in file order), absent for the default answer. */
  readonly mockIndex?: number;
  /** Why the answer is what it is, for the output ("no mock set: default empty response"). */
  readonly note?: string;
  /** Simulated latency of this call (the file's latencyMs). */
  readonly latencyMs: number;
}

export const NO_MOCK_NOTE = 'no mock set: default empty response';
