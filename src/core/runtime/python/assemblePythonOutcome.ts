/**
 * How a Python invocation ended → what Lambda shows, with the Python runtime's shapes: the error
 * JSON is `{errorMessage, errorType, requestId, stackTrace}` and the runtime writes its own
 * `[ERROR] …` line (that line comes from the guest's log stream, so it is not added here). The
 * platform lines (START/END/REPORT, INIT_REPORT, timeout, runtime exit) are the shared ones.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/python-exceptions.html
 */
import type {AwsCallRecord} from '../../awsMocks/types.ts';
import {composeOutcome, outOfMemoryEnding, platform, runtimeExitEnding, timeoutEnding, type CommonOutcomeParts, type Ending} from '../composeOutcome.ts';
import {formatInitReportLine, formatRuntimeExitLine} from '../formatPlatformLines.ts';
import {MAX_SYNC_RESPONSE_BYTES} from '../logLimits.ts';
import type {InvocationOutcome, LambdaErrorPayload} from '../types.ts';

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

export interface PythonOutcomeParts extends CommonOutcomeParts {
  readonly end: PythonPhaseEnd;
}

export type PythonInvocationOutcome = InvocationOutcome & {readonly awsCalls: readonly AwsCallRecord[]};

export const RESPONSE_TOO_LARGE: LambdaErrorPayload = {
  errorType: 'Function.ResponseSizeTooLarge',
  errorMessage: `Response payload size exceeded maximum allowed payload size (${MAX_SYNC_RESPONSE_BYTES} bytes).`,
};

/** The response as the caller receives it: parsed JSON, or the raw text (bytes, or NaN which JSON cannot carry). */
function parseBody(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

export function assemblePythonOutcome(parts: PythonOutcomeParts): PythonInvocationOutcome {
  return composeOutcome(parts, endingOf(parts));
}

function endingOf(parts: PythonOutcomeParts): Ending {
  const {requestId, end, timestamp} = parts;
  switch (end.kind) {
    case 'success':
      return {status: 'success', result: parseBody(end.body)};
    case 'error':
      return {status: 'error', error: end.error};
    case 'too-large':
      return {status: 'error', error: RESPONSE_TOO_LARGE};
    case 'init-error':
      return {status: 'init-error', error: end.error, beforeStart: [platform(formatInitReportLine(parts.initDurationMs ?? 0, end.error.errorType))]};
    case 'timeout':
      return timeoutEnding(timestamp, requestId, parts.durationMs);
    case 'oom':
      return outOfMemoryEnding(requestId);
    case 'signal':
      return runtimeExitEnding(`RequestId: ${requestId} Error: Runtime exited with error: signal: ${end.signal}`);
    case 'exit':
      return runtimeExitEnding(formatRuntimeExitLine(requestId, {kind: 'status', code: end.code}));
  }
}
