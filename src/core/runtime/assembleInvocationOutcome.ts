/**
 * Turns how an invocation ended into what Lambda shows: the response or error JSON, the log
 * stream (init logs, START, function logs, runtime error lines, END, REPORT, platform error lines)
 * and the REPORT figures. Used by the sandbox driver and by the host watchdog alike.
 */
import {computeBilledDurationMs} from './computeBilledDurationMs.ts';
import {keepsEnvironmentWarm} from './decideEnvironmentFate.ts';
import {formatFunctionLogLine} from './formatFunctionLogLine.ts';
import {formatEndLine, formatInitReportLine, formatReportLine, formatRuntimeExitLine, formatStartLine, formatTimeoutLine, formatTimeoutMessage} from './formatPlatformLines.ts';
import {simulateMaxMemoryUsedMB} from './simulateMemoryUse.ts';
import type {AwsCallRecord} from '../awsMocks/types.ts';
import type {InvocationOutcome, InvocationReport, InvocationStatus, LambdaErrorPayload, LogRecord, PhaseEnd} from './types.ts';

/** The runtime client's message when the event loop drains while the handler's promise is pending. */
export const NODEJS_EXIT_MESSAGE =
  'The Lambda runtime client detected an unexpected Node.js exit code. This is most commonly caused by a Promise that was never settled. For more information, see https://nodejs.org/docs/latest/api/process.html#exit-codes';

export interface OutcomeParts {
  readonly requestId: string;
  readonly cold: boolean;
  readonly end: PhaseEnd;
  /** Function output written during init (cold starts only), already formatted. */
  readonly initLogs: readonly LogRecord[];
  /** Function output written during the invocation, already formatted. */
  readonly functionLogs: readonly LogRecord[];
  readonly durationMs: number;
  readonly initDurationMs?: number;
  readonly memoryMB: number;
  readonly guestPeakBytes: number;
  /** ISO timestamp of the end of the invocation (for runtime-written lines). */
  readonly timestamp: string;
  readonly awsCalls?: readonly AwsCallRecord[];
  /** The configured timeout: the timeout message names it, as Lambda's does. */
  readonly timeoutMs?: number;
}

const platform = (text: string): LogRecord => ({source: 'platform', text});

function statusOf(end: PhaseEnd): InvocationStatus {
  switch (end.kind) {
    case 'success':
      return 'success';
    case 'error':
      return 'error';
    case 'timeout':
      return 'timeout';
    case 'oom':
      return 'oom';
    case 'init-error':
      return 'init-error';
    default:
      return 'crash';
  }
}

export function assembleInvocationOutcome(parts: OutcomeParts): InvocationOutcome {
  const {requestId, end, timestamp} = parts;
  const status = statusOf(end);
  const before: LogRecord[] = [...parts.initLogs];
  const during: LogRecord[] = [...parts.functionLogs];
  const after: LogRecord[] = [];
  let result: unknown = null;
  let error: LambdaErrorPayload | null = null;
  let maxMemoryUsedMB = simulateMaxMemoryUsedMB(parts.memoryMB, parts.guestPeakBytes);

  switch (end.kind) {
    case 'success':
      result = JSON.parse(end.json) as unknown;
      break;
    case 'error':
      error = end.error;
      during.push(platform(formatFunctionLogLine(timestamp, requestId, 'ERROR', `Invoke Error \t${end.log}`)));
      break;
    case 'init-error':
      error = end.error;
      before.push(platform(formatFunctionLogLine(timestamp, undefined, 'ERROR', `${end.label ?? 'Uncaught Exception'} \t${end.log}`)));
      before.push(platform(formatInitReportLine(parts.initDurationMs ?? 0, end.error.errorType)));
      break;
    case 'uncaught':
      error = end.error;
      during.push(platform(formatFunctionLogLine(timestamp, requestId, 'ERROR', `Uncaught Exception \t${end.log}`)));
      after.push(platform(formatRuntimeExitLine(requestId, {kind: 'status', code: 129})));
      after.push(platform('Runtime.ExitError'));
      break;
    case 'unhandled-rejection':
      // The runtime posts the rejection as the invocation's error, then exits with status 128.
      error = end.error;
      during.push(platform(formatFunctionLogLine(timestamp, requestId, 'ERROR', `Unhandled Promise Rejection \t${end.log}`)));
      after.push(platform(formatRuntimeExitLine(requestId, {kind: 'status', code: 128})));
      after.push(platform('Runtime.ExitError'));
      break;
    case 'nodejs-exit':
      error = {errorType: 'Runtime.NodeJsExit', errorMessage: NODEJS_EXIT_MESSAGE};
      during.push(platform(formatFunctionLogLine(timestamp, requestId, 'ERROR', `Invoke Error \t${JSON.stringify({errorType: error.errorType, errorMessage: error.errorMessage, stack: []})}`)));
      break;
    case 'exit': {
      const line = formatRuntimeExitLine(requestId, {kind: 'status', code: end.code});
      error = {errorType: 'Runtime.ExitError', errorMessage: line};
      after.push(platform(line), platform('Runtime.ExitError'));
      break;
    }
    case 'timeout':
      error = {errorType: 'Sandbox.Timedout', errorMessage: `${timestamp} ${requestId} ${formatTimeoutMessage(parts.timeoutMs ?? parts.durationMs)}`};
      after.push(platform(formatTimeoutLine(timestamp, requestId, parts.timeoutMs ?? parts.durationMs)));
      break;
    case 'killed': {
      // What Lambda logs when the runtime process is killed: no response, the environment is gone.
      const line = formatRuntimeExitLine(requestId, {kind: 'signal', signal: 'killed'});
      error = {errorType: 'Runtime.ExitError', errorMessage: line};
      after.push(platform(line), platform('Runtime.ExitError'));
      break;
    }
    case 'oom': {
      const line = formatRuntimeExitLine(requestId, {kind: 'signal', signal: 'killed'});
      error = {errorType: 'Runtime.ExitError', errorMessage: line};
      maxMemoryUsedMB = parts.memoryMB;
      after.push(platform(line), platform('Runtime.ExitError'));
      break;
    }
  }

  // The handler settled first, so its response stands; the crash is logged and the process exits.
  const lateCrash = end.kind === 'success' || end.kind === 'error' ? end.lateCrash : undefined;
  if (lateCrash) during.push(platform(formatFunctionLogLine(timestamp, requestId, 'ERROR', `${lateCrash.label} \t${lateCrash.log}`)));

  const report: InvocationReport = {
    requestId,
    durationMs: round2(parts.durationMs),
    billedDurationMs: computeBilledDurationMs(parts.durationMs, parts.cold ? parts.initDurationMs : undefined),
    memorySizeMB: parts.memoryMB,
    maxMemoryUsedMB,
    ...(parts.cold && parts.initDurationMs !== undefined ? {initDurationMs: round2(parts.initDurationMs)} : {}),
  };
  const logRecords: LogRecord[] = [
    ...before,
    platform(formatStartLine(requestId)),
    ...during,
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
    environmentReset: !keepsEnvironmentWarm(status) || lateCrash !== undefined,
    awsCalls: parts.awsCalls ?? [],
  };
}

function round2(ms: number): number {
  return Math.round(ms * 100) / 100;
}
