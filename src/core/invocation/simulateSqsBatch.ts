/**
 * An SQS event source mapping. Lambda polls a batch, invokes the function and deletes the
 * messages it processed. If the function fails, the whole batch becomes visible again after the
 * visibility timeout; with ReportBatchItemFailures the function can return
 * `{batchItemFailures: [{itemIdentifier: messageId}]}` so only those are retried. An invalid
 * response (unknown or empty id) counts as a failure of the whole batch. After maxReceiveCount
 * receives a message moves to the queue's dead-letter queue.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html
 */
import type {InvokeFn, TimelineEntry} from './types.ts';

export interface SqsBatchOptions {
  readonly reportBatchItemFailures?: boolean;
  /** Seconds (default 30). */
  readonly visibilityTimeoutSeconds?: number;
  /** The source queue's redrive policy (default 3). */
  readonly maxReceiveCount?: number;
}

export interface SqsMessageFate {
  readonly messageId: string;
  readonly receives: number;
  readonly fate: 'deleted' | 'dead-letter queue';
}

export interface SqsBatchReport {
  readonly rounds: readonly {readonly atSeconds: number; readonly messageIds: readonly string[]; readonly failed: readonly string[]; readonly note: string}[];
  readonly messages: readonly SqsMessageFate[];
  readonly timeline: readonly TimelineEntry[];
}

interface SqsRecord {
  readonly messageId: string;
  readonly attributes?: Record<string, string>;
}

/** Which messages of a batch failed, judging the function's response like Lambda does. */
export function failedMessageIds(ids: readonly string[], status: string, response: unknown, reportBatchItemFailures: boolean): {failed: string[]; note: string} {
  if (status !== 'success') return {failed: [...ids], note: 'function error: the whole batch returns to the queue'};
  if (!reportBatchItemFailures) return {failed: [], note: 'success: the batch is deleted'};
  if (response === null || typeof response !== 'object' || !('batchItemFailures' in response)) return {failed: [], note: 'no batchItemFailures: the batch is deleted'};
  const list = (response as {batchItemFailures: unknown}).batchItemFailures;
  if (list === null || (Array.isArray(list) && list.length === 0)) return {failed: [], note: 'empty batchItemFailures: the batch is deleted'};
  if (!Array.isArray(list)) return {failed: [...ids], note: 'invalid batchItemFailures: the whole batch is retried'};
  const failed: string[] = [];
  for (const item of list) {
    const id = item && typeof item === 'object' ? (item as {itemIdentifier?: unknown}).itemIdentifier : undefined;
    if (typeof id !== 'string' || id === '' || !ids.includes(id)) return {failed: [...ids], note: `invalid itemIdentifier ${JSON.stringify(id)}: the whole batch is retried`};
    if (!failed.includes(id)) failed.push(id);
  }
  return {failed, note: `partial batch response: ${failed.length} of ${ids.length} returned to the queue`};
}

export async function simulateSqsBatch(event: {Records: readonly SqsRecord[]}, invoke: InvokeFn, options: SqsBatchOptions = {}): Promise<SqsBatchReport> {
  const visibility = options.visibilityTimeoutSeconds ?? 30;
  const maxReceive = options.maxReceiveCount ?? 3;
  const report = options.reportBatchItemFailures ?? true;
  const receives = new Map<string, number>();
  const fates: SqsMessageFate[] = [];
  const rounds: SqsBatchReport['rounds'][number][] = [];
  const timeline: TimelineEntry[] = [];
  let pending = [...event.Records];
  let at = 0;
  while (pending.length > 0) {
    for (const r of pending) receives.set(r.messageId, (receives.get(r.messageId) ?? 0) + 1);
    const batch = {Records: pending.map((r) => ({...r, attributes: {...r.attributes, ApproximateReceiveCount: String(receives.get(r.messageId))}}))};
    const ids = pending.map((r) => r.messageId);
    const outcome = await invoke(batch);
    const {failed, note} = failedMessageIds(ids, outcome.status, outcome.result, report);
    rounds.push({atSeconds: at, messageIds: ids, failed, note});
    timeline.push({atSeconds: at, what: `Batch of ${ids.length}: ${note}`});
    for (const r of pending) if (!failed.includes(r.messageId)) fates.push({messageId: r.messageId, receives: receives.get(r.messageId)!, fate: 'deleted'});
    const retry: SqsRecord[] = [];
    for (const r of pending) {
      if (!failed.includes(r.messageId)) continue;
      if (receives.get(r.messageId)! >= maxReceive) {
        fates.push({messageId: r.messageId, receives: receives.get(r.messageId)!, fate: 'dead-letter queue'});
        timeline.push({atSeconds: at, what: `${r.messageId} reached maxReceiveCount ${maxReceive}: moved to the dead-letter queue`});
      } else {
        retry.push(r);
      }
    }
    pending = retry;
    if (pending.length > 0) at += visibility;
  }
  return {rounds, messages: fates, timeline};
}
