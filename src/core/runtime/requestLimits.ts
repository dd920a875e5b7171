/**
 * Lambda refuses an invocation whose payload is too large before any function code runs: the
 * caller gets RequestEntityTooLargeException (HTTP 413) and no START line is ever logged.
 * Synchronous (RequestResponse) requests: 6 MB (6,291,456 bytes); asynchronous (Event): 1 MB.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
 */
import type {LambdaErrorPayload} from './types.ts';

export const MAX_SYNC_REQUEST_BYTES = 6 * 1024 * 1024;
export const MAX_ASYNC_REQUEST_BYTES = 1024 * 1024;

/** UTF-8 length of a string without allocating its bytes. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The error Lambda's Invoke API returns for an event this big, or undefined when it fits. */
export function requestTooLarge(eventJson: string, invocationType: 'RequestResponse' | 'Event'): LambdaErrorPayload | undefined {
  const limit = invocationType === 'Event' ? MAX_ASYNC_REQUEST_BYTES : MAX_SYNC_REQUEST_BYTES;
  if (eventJson.length <= limit / 3 || utf8Length(eventJson) <= limit) return undefined;
  return {errorType: 'RequestEntityTooLargeException', errorMessage: `Request must be smaller than ${limit} bytes for the InvokeFunction operation`};
}

/** True when the Invoke API refused the request (too large): nothing ran and nothing is billed. */
export function refusedBeforeInvoke(outcome: {readonly logs: readonly string[]; readonly error: {readonly errorType: string} | null}): boolean {
  return outcome.logs.length === 0 && outcome.error?.errorType === 'RequestEntityTooLargeException';
}
