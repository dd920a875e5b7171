/**
 * Asynchronous invocation (InvocationType=Event): Lambda queues the event, and when the function
 * returns an error it retries twice by default, waiting 1 minute before the first retry and
 * 2 minutes before the second. Events older than the maximum event age (60 s – 6 h, default 6 h)
 * are discarded. Failed events go to the on-failure destination (an invocation record) or to a
 * dead-letter queue (the original event); successes can go to an on-success destination.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html
 * @see https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html
 */
import {fail, ok, type Result} from '../result.ts';
import type {AttemptResult, InvokeFn, TimelineEntry} from './types.ts';

export interface AsyncInvokeOptions {
  /** 0–2, default 2. */
  readonly maximumRetryAttempts?: number;
  /** 60–21,600 seconds, default 21,600 (6 hours). */
  readonly maximumEventAgeSeconds?: number;
  readonly onFailure?: 'destination' | 'dlq' | 'none';
  readonly onSuccess?: boolean;
  /** Seconds the event waits in Lambda's internal queue before the first attempt (default 0). */
  readonly queueDelaySeconds?: number;
  readonly functionArn?: string;
}

/** The documented waits before retry 1 and retry 2, in seconds. */
export const ASYNC_RETRY_DELAYS_SECONDS = [60, 120] as const;

export interface DestinationRecord {
  readonly version: '1.0';
  readonly timestamp: string;
  readonly requestContext: {readonly requestId: string; readonly functionArn: string; readonly condition: 'Success' | 'RetriesExhausted' | 'EventAgeExceeded'; readonly approximateInvokeCount: number};
  readonly requestPayload: unknown;
  readonly responseContext: {readonly statusCode: 200; readonly executedVersion: '$LATEST'; readonly functionError?: 'Unhandled'};
  readonly responsePayload: unknown;
}

export interface AsyncInvokeReport {
  readonly attempts: readonly (AttemptResult & {readonly atSeconds: number})[];
  readonly timeline: readonly TimelineEntry[];
  readonly outcome: 'succeeded' | 'retries-exhausted' | 'event-age-exceeded';
  /** What the configured destination or DLQ receives, if anything. */
  readonly delivered?: {readonly to: 'on-success destination' | 'on-failure destination' | 'dead-letter queue'; readonly payload: unknown};
}

export function validateAsyncOptions(options: AsyncInvokeOptions): Result<Required<Pick<AsyncInvokeOptions, 'maximumRetryAttempts' | 'maximumEventAgeSeconds'>>> {
  const retries = options.maximumRetryAttempts ?? 2;
  if (!Number.isInteger(retries) || retries < 0 || retries > 2) return fail(`maximum retry attempts: ${retries} is outside 0–2 (AWS Lambda asynchronous invocation)`);
  const age = options.maximumEventAgeSeconds ?? 21_600;
  if (!Number.isInteger(age) || age < 60 || age > 21_600) return fail(`maximum event age: ${age} s is outside 60–21,600 seconds (AWS Lambda asynchronous invocation)`);
  return ok({maximumRetryAttempts: retries, maximumEventAgeSeconds: age});
}

const isFailure = (a: AttemptResult) => a.status !== 'success';

export async function simulateAsyncInvoke(event: unknown, invoke: InvokeFn, options: AsyncInvokeOptions = {}, startedAt = new Date('2026-01-01T00:00:00Z')): Promise<Result<AsyncInvokeReport>> {
  const valid = validateAsyncOptions(options);
  if (!valid.ok) return valid;
  const {maximumRetryAttempts, maximumEventAgeSeconds} = valid.value;
  const functionArn = options.functionArn ?? 'arn:aws:lambda:us-east-1:123456789012:function:playground-function';
  const attempts: (AttemptResult & {atSeconds: number})[] = [];
  const timeline: TimelineEntry[] = [{atSeconds: 0, what: 'Event accepted (202); queued for the function'}];
  let at = options.queueDelaySeconds ?? 0;
  let outcome: AsyncInvokeReport['outcome'] = 'retries-exhausted';
  for (let attempt = 0; attempt <= maximumRetryAttempts; attempt++) {
    if (attempt > 0) at += ASYNC_RETRY_DELAYS_SECONDS[attempt - 1]!;
    if (at > maximumEventAgeSeconds) {
      timeline.push({atSeconds: at, what: `Event is ${at} s old, over the maximum event age of ${maximumEventAgeSeconds} s: discarded`});
      outcome = 'event-age-exceeded';
      break;
    }
    const result = await invoke(event);
    attempts.push({...result, atSeconds: at});
    timeline.push({atSeconds: at, what: `Attempt ${attempt + 1}: ${isFailure(result) ? `${result.error?.errorType ?? result.status}` : 'success'}`});
    if (!isFailure(result)) {
      outcome = 'succeeded';
      break;
    }
    if (attempt < maximumRetryAttempts) timeline.push({atSeconds: at, what: `Retry ${attempt + 1} in ${ASYNC_RETRY_DELAYS_SECONDS[attempt]} s`});
  }
  const last = attempts[attempts.length - 1];
  const record = (condition: DestinationRecord['requestContext']['condition']): DestinationRecord => ({
    version: '1.0',
    timestamp: new Date(startedAt.getTime() + at * 1000).toISOString(),
    requestContext: {requestId: last?.requestId ?? 'none', functionArn: `${functionArn}:$LATEST`, condition, approximateInvokeCount: attempts.length},
    requestPayload: event,
    responseContext: {statusCode: 200, executedVersion: '$LATEST', ...(condition === 'Success' ? {} : {functionError: 'Unhandled' as const})},
    responsePayload: condition === 'Success' ? last?.result ?? null : last?.error ?? null,
  });
  let delivered: AsyncInvokeReport['delivered'];
  if (outcome === 'succeeded' && options.onSuccess) {
    delivered = {to: 'on-success destination', payload: record('Success')};
  } else if (outcome !== 'succeeded' && options.onFailure === 'destination') {
    delivered = {to: 'on-failure destination', payload: record(outcome === 'event-age-exceeded' ? 'EventAgeExceeded' : 'RetriesExhausted')};
  } else if (outcome !== 'succeeded' && options.onFailure === 'dlq') {
    // A DLQ receives the original event, with the error in message attributes.
    delivered = {to: 'dead-letter queue', payload: {body: event, messageAttributes: {RequestID: last?.requestId ?? 'none', ErrorCode: '200', ErrorMessage: last?.error?.errorMessage ?? ''}}};
  }
  if (delivered) timeline.push({atSeconds: at, what: `Sent to the ${delivered.to}`});
  else if (outcome !== 'succeeded') timeline.push({atSeconds: at, what: 'No destination or DLQ configured: the event is lost'});
  return ok({attempts, timeline, outcome, ...(delivered ? {delivered} : {})});
}
