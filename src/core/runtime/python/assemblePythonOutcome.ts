/**
 * How a Python invocation ended → what Lambda shows, with the Python runtime's shapes: the error
 * JSON is `{errorMessage, errorType, requestId, stackTrace}` and the runtime writes its own
 * `[ERROR] …` line (that line comes from the guest's log stream, so it is not added here). The
 * platform lines (START/END/REPORT, INIT_REPORT, timeout, runtime exit) are the shared ones.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/python-exceptions.html
 */
import type {AwsCallRecord} from '../../awsMocks/types.ts';
import {computeBilledDurationMs} from '../computeBilledDurationMs.ts';
import {keepsEnvironmentWarm} from '../decideEnvironmentFate.ts';
import {formatEndLine, formatInitReportLine, formatReportLine, formatRuntimeExitLine, formatStartLine, formatTimeoutLine, formatTimeoutMessage} from '../formatPlatformLines.ts';
import {MAX_SYNC_RESPONSE_BYTES} from '../logLimits.ts';
import {simulateMaxMemoryUsedMB} from '../simulateMemoryUse.ts';
import type {InvocationOutcome, InvocationReport, InvocationStatus, LambdaErrorPayload, LogRecord} from '../types.ts';

export type PythonPhaseEnd =
  /** `body` is the marshalled response (JSON text, or the text of a bytes response). */
  | {readonly kind: 'success'; readonly body: string}
  | {readonly kind: 'error'; readonly error: LambdaErrorPayload}
  | {readonly kind: 'init-error'; readonly error: LambdaErrorPayload}
  | {readonly kind: 'too-large'}
  | {readonly kind: 'timeout'}
  | {readonly kind: 'oom'}
  /** sys.exit / SystemExit: the runtime process ends with this status. */
  | {readonly kind: 'exit'; readonly code: number}
  /** The interpreter itself died (C stack overflow inside WebAssembly, a worker crash). */
  | {readonly kind: 'signal'; readonly signal: 'segmentation fault' | 'killed'};

export interface PythonOutcomeParts {
  readonly requestId: string;
  readonly cold: boolean;
  readonly end: PythonPhaseEnd;
  readonly initLogs: readonly LogRecord[];
  readonly functionLogs: readonly LogRecord[];
  readonly durationMs: number;
  readonly initDurationMs?: number;
  readonly memoryMB: number;
  readonly guestPeakBytes: number;
  readonly timestamp: string;
  readonly awsCalls?: readonly AwsCallRecord[];
}

export type PythonInvocationOutcome = InvocationOutcome & {readonly awsCalls: readonly AwsCallRecord[]};

const platform = (text: string): LogRecord => ({source: 'platform', text});

export const RESPONSE_TOO_LARGE: LambdaErrorPayload = {
  errorType: 'Function.ResponseSizeTooLarge',
  errorMessage: `Response payload size exceeded maximum allowed payload size (${MAX_SYNC_RESPONSE_BYTES} bytes).`,
};

function statusOf(end: PythonPhaseEnd): InvocationStatus {
  switch (end.kind) {
    case 'success':
      return 'success';
    case 'error':
    case 'too-large':
      return 'error';
    case 'init-error':
      return 'init-error';
    case 'timeout':
      return 'timeout';
    case 'oom':
      return 'oom';
    case 'exit':
    case 'signal':
      return 'crash';
  }
}

/** The response as the caller receives it: parsed JSON, or the raw text (bytes, or NaN which JSON cannot carry). */
function parseBody(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

export function assemblePythonOutcome(parts: PythonOutcomeParts): PythonInvocationOutcome {
  const {requestId, end, timestamp} = parts;
  const before: LogRecord[] = [...parts.initLogs];
  const after: LogRecord[] = [];
  let result: unknown = null;
  let error: LambdaErrorPayload | null = null;
  let maxMemoryUsedMB = simulateMaxMemoryUsedMB(parts.memoryMB, parts.guestPeakBytes);
  switch (end.kind) {
    case 'success':
      result = parseBody(end.body);
      break;
    case 'error':
      error = end.error;
      break;
    case 'too-large':
      error = RESPONSE_TOO_LARGE;
      break;
    case 'init-error':
      error = end.error;
      before.push(platform(formatInitReportLine(parts.initDurationMs ?? 0, end.error.errorType)));
      break;
    case 'timeout':
      error = {errorType: 'Sandbox.Timedout', errorMessage: `${timestamp} ${requestId} ${formatTimeoutMessage(parts.durationMs)}`};
      after.push(platform(formatTimeoutLine(timestamp, requestId, parts.durationMs)));
      break;
    case 'oom': {
      const line = formatRuntimeExitLine(requestId, {kind: 'signal', signal: 'killed'});
      error = {errorType: 'Runtime.ExitError', errorMessage: line};
      maxMemoryUsedMB = parts.memoryMB;
      after.push(platform(line), platform('Runtime.ExitError'));
      break;
    }
    case 'signal': {
      const line = `RequestId: ${requestId} Error: Runtime exited with error: signal: ${end.signal}`;
      error = {errorType: 'Runtime.ExitError', errorMessage: line};
      after.push(platform(line), platform('Runtime.ExitError'));
      break;
    }
    case 'exit': {
      const line = formatRuntimeExitLine(requestId, {kind: 'status', code: end.code});
      error = {errorType: 'Runtime.ExitError', errorMessage: line};
      after.push(platform(line), platform('Runtime.ExitError'));
      break;
    }
  }
  const status = statusOf(end);
  const report: InvocationReport = {
    requestId,
    durationMs: Math.round(parts.durationMs * 100) / 100,
    billedDurationMs: computeBilledDurationMs(parts.durationMs, parts.cold ? parts.initDurationMs : undefined),
    memorySizeMB: parts.memoryMB,
    maxMemoryUsedMB,
    ...(parts.cold && parts.initDurationMs !== undefined ? {initDurationMs: Math.round(parts.initDurationMs * 100) / 100} : {}),
  };
  const logRecords: LogRecord[] = [
    ...before,
    platform(formatStartLine(requestId)),
    ...parts.functionLogs,
    platform(formatEndLine(requestId)),
    platform(formatReportLine(report)),
    ...after,
  ];
  return {
    requestId,
    cold: parts.cold,
    status,
    result,
    error,
    logs: logRecords.map((r) => r.text),
    logRecords,
    report,
    environmentReset: !keepsEnvironmentWarm(status),
    awsCalls: parts.awsCalls ?? [],
  };
}
