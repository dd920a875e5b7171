/**
 * The lines the Lambda platform (never the function) writes to CloudWatch: START, END, REPORT,
 * the timeout line and the runtime-exit line. Only the host calls these.
 * Format from the power-tuning fixtures and AWS docs (see shared design notes); durations have
 * two decimals, billed duration and memory are integers.
 */
import type {InvocationReport} from './types.ts';

export function formatStartLine(requestId: string, version = '$LATEST'): string {
  return `START RequestId: ${requestId} Version: ${version}`;
}

export function formatEndLine(requestId: string): string {
  return `END RequestId: ${requestId}`;
}

/** `REPORT RequestId: … Duration: 12.34 ms Billed Duration: 13 ms …` with tabs, as Lambda writes it. */
export function formatReportLine(report: InvocationReport): string {
  const parts = [
    `REPORT RequestId: ${report.requestId}`,
    `Duration: ${report.durationMs.toFixed(2)} ms`,
    `Billed Duration: ${report.billedDurationMs} ms`,
    `Memory Size: ${report.memorySizeMB} MB`,
    `Max Memory Used: ${report.maxMemoryUsedMB} MB`,
  ];
  if (report.initDurationMs !== undefined) parts.push(`Init Duration: ${report.initDurationMs.toFixed(2)} ms`);
  return `${parts.join('\t')}\t`;
}

/** `Task timed out after 3.00 seconds`; the seconds are the real elapsed time, two decimals. */
export function formatTimeoutMessage(elapsedMs: number): string {
  return `Task timed out after ${(Math.floor(elapsedMs / 10) / 100).toFixed(2)} seconds`;
}

/** The platform line for a timeout: `<ISO time> <requestId> Task timed out after 3.00 seconds`. */
export function formatTimeoutLine(timestamp: string, requestId: string, elapsedMs: number): string {
  return `${timestamp} ${requestId} ${formatTimeoutMessage(elapsedMs)}`;
}

/** How the runtime process ended: killed for out-of-memory, or an exit status. */
export type RuntimeExit = {readonly kind: 'signal'; readonly signal: 'killed'} | {readonly kind: 'status'; readonly code: number};

/** `RequestId: <id> Error: Runtime exited with error: signal: killed` (OOM) or `exit status 129`. */
export function formatRuntimeExitLine(requestId: string, exit: RuntimeExit): string {
  const how = exit.kind === 'signal' ? `signal: ${exit.signal}` : `exit status ${exit.code}`;
  return `RequestId: ${requestId} Error: Runtime exited with error: ${how}`;
}

/** INIT_REPORT for a failed init phase (the runtime then retries init inside the invoke). */
export function formatInitReportLine(initDurationMs: number, errorType: string): string {
  return `INIT_REPORT Init Duration: ${initDurationMs.toFixed(2)} ms\tPhase: init\tStatus: error\tError Type: ${errorType}`;
}
