/**
 * Turns how a Node.js invocation ended into what Lambda shows: the response or error JSON and the
 * runtime's error lines; composeOutcome adds the log stream's frame (START, END, REPORT) and the
 * REPORT figures. Used by the sandbox driver and by the host watchdog alike.
 */
import {composeOutcome, outOfMemoryEnding, platform, runtimeExitEnding, timeoutEnding, type CommonOutcomeParts, type Ending} from './composeOutcome.ts';
import {formatFunctionLogLine} from './formatFunctionLogLine.ts';
import {formatInitReportLine, formatRuntimeExitLine} from './formatPlatformLines.ts';
import type {InvocationOutcome, LambdaErrorPayload, LogRecord, PhaseEnd} from './types.ts';

/** The runtime client's message when the event loop drains while the handler's promise is pending. */
export const NODEJS_EXIT_MESSAGE =
  'The Lambda runtime client detected an unexpected Node.js exit code. This is most commonly caused by a Promise that was never settled. For more information, see https://nodejs.org/docs/latest/api/process.html#exit-codes';

export interface OutcomeParts extends CommonOutcomeParts {
  readonly end: PhaseEnd;
  /** The configured timeout: the timeout message names it, as Lambda's does. */
  readonly timeoutMs?: number;
}

export function assembleInvocationOutcome(parts: OutcomeParts): InvocationOutcome {
  const ending = endingOf(parts);
  // The handler settled first, so its response stands; the crash is logged and the process exits.
  const {end, timestamp, requestId} = parts;
  const lateCrash = end.kind === 'success' || end.kind === 'error' ? end.lateCrash : undefined;
  if (!lateCrash) return composeOutcome(parts, ending);
  const crashLine = platform(formatFunctionLogLine(timestamp, requestId, 'ERROR', `${lateCrash.label} \t${lateCrash.log}`));
  return composeOutcome(parts, {...ending, beforeEnd: [...(ending.beforeEnd ?? []), crashLine], resetsEnvironment: true});
}

function endingOf(parts: OutcomeParts): Ending {
  const {requestId, end, timestamp} = parts;
  const errorLine = (requestIdOnLine: string | undefined, text: string) => platform(formatFunctionLogLine(timestamp, requestIdOnLine, 'ERROR', text));
  switch (end.kind) {
    case 'success':
      return {status: 'success', result: JSON.parse(end.json) as unknown};
    case 'error':
      return {status: 'error', error: end.error, beforeEnd: [errorLine(requestId, `Invoke Error \t${end.log}`)]};
    case 'init-error':
      return {
        status: 'init-error',
        error: end.error,
        beforeStart: [errorLine(undefined, `${end.label ?? 'Uncaught Exception'} \t${end.log}`), platform(formatInitReportLine(parts.initDurationMs ?? 0, end.error.errorType))],
      };
    case 'uncaught':
      return crashAfterError(requestId, end.error, errorLine(requestId, `Uncaught Exception \t${end.log}`), 129);
    case 'unhandled-rejection':
      // The runtime posts the rejection as the invocation's error, then exits with status 128.
      return crashAfterError(requestId, end.error, errorLine(requestId, `Unhandled Promise Rejection \t${end.log}`), 128);
    case 'nodejs-exit': {
      const error = {errorType: 'Runtime.NodeJsExit', errorMessage: NODEJS_EXIT_MESSAGE};
      return {status: 'crash', error, beforeEnd: [errorLine(requestId, `Invoke Error \t${JSON.stringify({...error, stack: []})}`)]};
    }
    case 'exit':
      return runtimeExitEnding(formatRuntimeExitLine(requestId, {kind: 'status', code: end.code}));
    case 'timeout':
      return timeoutEnding(timestamp, requestId, parts.timeoutMs ?? parts.durationMs);
    case 'killed':
      // What Lambda logs when the runtime process is killed: no response, the environment is gone.
      return runtimeExitEnding(formatRuntimeExitLine(requestId, {kind: 'signal', signal: 'killed'}));
    case 'oom':
      return outOfMemoryEnding(requestId);
  }
}

/** The handler's error is the invocation's error; then the runtime process exits with `code`. */
function crashAfterError(requestId: string, error: LambdaErrorPayload, line: LogRecord, code: number): Ending {
  return {...runtimeExitEnding(formatRuntimeExitLine(requestId, {kind: 'status', code})), error, beforeEnd: [line]};
}
