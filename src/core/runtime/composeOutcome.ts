/**
 * The part of turning an invocation's end into what Lambda shows that every runtime shares: the
 * REPORT figures, the log stream's order (init logs, START, function logs, END, REPORT, platform
 * lines) and the outcome record. Each runtime decides only what its ending means: status, response
 * or error, and the extra lines it writes (see assembleInvocationOutcome, assemblePythonOutcome).
 */
import type {AwsCallRecord} from '../awsMocks/types.ts';
import {computeBilledDurationMs} from './computeBilledDurationMs.ts';
import {keepsEnvironmentWarm} from './decideEnvironmentFate.ts';
import {formatEndLine, formatReportLine, formatRuntimeExitLine, formatStartLine, formatTimeoutLine, formatTimeoutMessage} from './formatPlatformLines.ts';
import {simulateMaxMemoryUsedMB} from './simulateMemoryUse.ts';
import type {InvocationOutcome, InvocationReport, InvocationStatus, LambdaErrorPayload, LogRecord} from './types.ts';

/** What both runtimes know about an invocation, whatever its ending. */
export interface CommonOutcomeParts {
  readonly requestId: string;
  readonly cold: boolean;
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
}

/** What one runtime makes of its ending. */
export interface Ending {
  readonly status: InvocationStatus;
  readonly result?: unknown;
  readonly error?: LambdaErrorPayload | null;
  /** Platform lines after the init logs, before START (a failed init). */
  readonly beforeStart?: readonly LogRecord[];
  /** Lines after the function's own logs, before END (the runtime's error line). */
  readonly beforeEnd?: readonly LogRecord[];
  /** Platform lines after REPORT (timeout, runtime exit). */
  readonly afterReport?: readonly LogRecord[];
  /** Out of memory: Lambda reports the whole memory size as used. */
  readonly usedAllMemory?: boolean;
  /** The environment is thrown away even though the status alone would keep it (a crash after the response). */
  readonly resetsEnvironment?: boolean;
}

export const platform = (text: string): LogRecord => ({source: 'platform', text});

/** A timeout: the error names the configured timeout; the platform logs the same line after REPORT. */
export function timeoutEnding(timestamp: string, requestId: string, timeoutMs: number): Ending {
  return {
    status: 'timeout',
    error: {errorType: 'Sandbox.Timedout', errorMessage: `${timestamp} ${requestId} ${formatTimeoutMessage(timeoutMs)}`},
    afterReport: [platform(formatTimeoutLine(timestamp, requestId, timeoutMs))],
  };
}

/** The runtime process ended: the exit line is the error message and is logged, then `Runtime.ExitError`. */
export function runtimeExitEnding(exitLine: string, status: InvocationStatus = 'crash'): Ending {
  return {
    status,
    error: {errorType: 'Runtime.ExitError', errorMessage: exitLine},
    afterReport: [platform(exitLine), platform('Runtime.ExitError')],
  };
}

/** Out of memory: the process is killed, and REPORT shows all of the memory used. */
export function outOfMemoryEnding(requestId: string): Ending {
  return {...runtimeExitEnding(formatRuntimeExitLine(requestId, {kind: 'signal', signal: 'killed'}), 'oom'), usedAllMemory: true};
}

export function composeOutcome(parts: CommonOutcomeParts, ending: Ending): InvocationOutcome {
  const {requestId, cold, initDurationMs} = parts;
  const report: InvocationReport = {
    requestId,
    durationMs: round2(parts.durationMs),
    billedDurationMs: computeBilledDurationMs(parts.durationMs, cold ? initDurationMs : undefined),
    memorySizeMB: parts.memoryMB,
    maxMemoryUsedMB: ending.usedAllMemory ? parts.memoryMB : simulateMaxMemoryUsedMB(parts.memoryMB, parts.guestPeakBytes),
    ...(cold && initDurationMs !== undefined ? {initDurationMs: round2(initDurationMs)} : {}),
  };
  const logRecords: LogRecord[] = [
    ...parts.initLogs,
    ...(ending.beforeStart ?? []),
    platform(formatStartLine(requestId)),
    ...parts.functionLogs,
    ...(ending.beforeEnd ?? []),
    platform(formatEndLine(requestId)),
    platform(formatReportLine(report)),
    ...(ending.afterReport ?? []),
  ];
  return {
    requestId,
    cold,
    status: ending.status,
    result: ending.result ?? null,
    error: ending.error ?? null,
    logs: logRecords.map((r) => r.text),
    logRecords,
    report,
    environmentReset: !keepsEnvironmentWarm(ending.status) || ending.resetsEnvironment === true,
    awsCalls: parts.awsCalls ?? [],
  };
}

function round2(ms: number): number {
  return Math.round(ms * 100) / 100;
}
