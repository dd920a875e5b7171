/**
 * Shapes shared by the runtime emulator (pure, here in src/core/runtime), the sandbox that runs
 * untrusted handler code (src/sandbox) and the CLI/page that display its output.
 */

import type {AwsCallRecord} from '../awsMocks/types.ts';

/** The Node.js managed runtimes the playground emulates; callback handlers end at nodejs22.x. */
export const EMULATED_RUNTIMES = ['nodejs24.x', 'nodejs22.x', 'nodejs20.x'] as const;
export type EmulatedRuntime = (typeof EMULATED_RUNTIMES)[number];
/** The default: the newest. */
export const EMULATED_RUNTIME: EmulatedRuntime = 'nodejs24.x';
/** The Node.js version each runtime reports in process.version (a recent patch release). */
export const NODE_VERSIONS: Readonly<Record<EmulatedRuntime, string>> = {'nodejs24.x': '24.11.1', 'nodejs22.x': '22.21.1', 'nodejs20.x': '20.19.5'};

/** One function's configuration, after validation. */
export interface FunctionConfig {
  readonly functionName: string;
  readonly memoryMB: number;
  readonly timeoutMs: number;
  readonly region: string;
  readonly architecture: 'x86_64' | 'arm64';
  /** Module name without extension, e.g. "index" for index.mjs; the handler is `<module>.handler`. */
  readonly moduleName: string;
  /** The exported function name, "handler" by default. */
  readonly exportName: string;
  /** User-set environment variables (never reserved keys). */
  readonly env: Readonly<Record<string, string>>;
  /** The size of /tmp in MB (512–10,240). */
  readonly ephemeralStorageMB: number;
  readonly runtime: EmulatedRuntime;
}

/** The error JSON the Node.js runtime posts for a failed invocation. */
export interface LambdaErrorPayload {
  readonly errorType: string;
  readonly errorMessage: string;
  readonly trace?: readonly string[];
  /** Python runtime only: the invocation's request id ("" for init errors). */
  readonly requestId?: string;
  /** Python runtime only: traceback.format_list of the user's frames. */
  readonly stackTrace?: readonly string[];
}

/** How an invocation ended. Every status but success/error resets the execution environment. */
export type InvocationStatus = 'success' | 'error' | 'timeout' | 'oom' | 'crash' | 'init-error';

/** The figures of Lambda's REPORT line. */
export interface InvocationReport {
  readonly requestId: string;
  readonly durationMs: number;
  readonly billedDurationMs: number;
  readonly memorySizeMB: number;
  readonly maxMemoryUsedMB: number;
  /** Present on cold starts only. */
  readonly initDurationMs?: number;
}

/** A log line, tagged with who wrote it so platform lines can never be forged by guest output. */
export interface LogRecord {
  readonly source: 'platform' | 'function';
  readonly text: string;
}

/** One invocation as `lambda-lab invoke --json` and the page show it. */
export interface InvocationOutcome {
  readonly requestId: string;
  readonly cold: boolean;
  readonly status: InvocationStatus;
  /** The parsed response, or null (also null for a function error). */
  readonly result: unknown;
  readonly error: LambdaErrorPayload | null;
  readonly logs: readonly string[];
  readonly logRecords: readonly LogRecord[];
  readonly report: InvocationReport;
  /** True when Lambda would throw this execution environment away (next invoke is cold). */
  readonly environmentReset: boolean;
  /** The simulated AWS SDK calls the invocation made (and, on a cold start, its init phase), in order. */
  readonly awsCalls: readonly AwsCallRecord[];
  /** A response-streaming handler's output (awslambda.streamifyResponse), chunk by chunk. */
  readonly stream?: StreamedResponse;
}

/** What a streaming handler wrote, with when (ms into the invocation). */
export interface StreamedResponse {
  readonly contentType: string;
  /** HttpResponseStream.from's metadata (statusCode, headers, cookies), if used. */
  readonly prelude?: unknown;
  readonly chunks: readonly {readonly atMs: number; readonly text: string}[];
  /** Bytes written in all (also counts chunks past the display cap). */
  readonly bytes: number;
  readonly ended: boolean;
}

/** How the Node.js runtime labels a crash in the log line it writes before exiting. */
export type CrashLabel = 'Uncaught Exception' | 'Unhandled Promise Rejection';

/**
 * A crash that came after the handler had already settled (in the same turn of the event loop):
 * the response stands, but the runtime logs the crash and exits, so the environment is reset.
 */
export interface LateCrash {
  readonly label: CrashLabel;
  /** The runtime's JSON for the log line. */
  readonly log: string;
}

/** How a phase (init or invoke) ended inside the sandbox, before it becomes Lambda's output. */
export type PhaseEnd =
  | {readonly kind: 'success'; readonly json: string; readonly lateCrash?: LateCrash}
  | {readonly kind: 'error'; readonly error: LambdaErrorPayload; readonly log: string; readonly lateCrash?: LateCrash}
  | {readonly kind: 'timeout'}
  | {readonly kind: 'oom'}
  | {readonly kind: 'exit'; readonly code: number}
  | {readonly kind: 'uncaught'; readonly error: LambdaErrorPayload; readonly log: string}
  /** A promise rejected with no handler when the job queue drained (Node's 'unhandledRejection'). */
  | {readonly kind: 'unhandled-rejection'; readonly error: LambdaErrorPayload; readonly log: string}
  | {readonly kind: 'nodejs-exit'}
  /** The environment was shut down from outside while the handler ran (the playground's Stop). */
  | {readonly kind: 'killed'}
  | {readonly kind: 'init-error'; readonly error: LambdaErrorPayload; readonly log: string; readonly label?: CrashLabel};
