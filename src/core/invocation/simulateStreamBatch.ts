/**
 * A Kinesis or DynamoDB Streams event source mapping. Records of a shard are processed in order;
 * when the function fails, Lambda retries the batch (up to MaximumRetryAttempts) and, with
 * BisectBatchOnFunctionError, splits it in two and retries each half (splits do not count as
 * retries). With ReportBatchItemFailures, Lambda restarts from the reported sequence number.
 * Records that still fail are skipped and described to the on-failure destination.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html
 * @see https://docs.aws.amazon.com/lambda/latest/dg/kinesis-on-failure-destination.html
 */
import type {InvokeFn, TimelineEntry} from './types.ts';

export interface StreamBatchOptions {
  readonly bisectBatchOnFunctionError?: boolean;
  /** Retries of one batch before its records are skipped (default 2 here; Lambda's default -1 is unlimited). */
  readonly maximumRetryAttempts?: number;
  readonly reportBatchItemFailures?: boolean;
}

export interface StreamRecord {
  readonly sequenceNumber: string;
  readonly raw: unknown;
}

export interface StreamBatchReport {
  readonly invocations: readonly {readonly sequenceNumbers: readonly string[]; readonly ok: boolean; readonly note: string}[];
  readonly processed: readonly string[];
  readonly skipped: readonly string[];
  readonly timeline: readonly TimelineEntry[];
}

/** The sequence number of a Kinesis or DynamoDB stream record. */
export function sequenceNumberOf(record: unknown): string {
  const r = record as {kinesis?: {sequenceNumber?: string}; dynamodb?: {SequenceNumber?: string}};
  return r.kinesis?.sequenceNumber ?? r.dynamodb?.SequenceNumber ?? 'unknown';
}

export async function simulateStreamBatch(event: {Records: readonly unknown[]}, invoke: InvokeFn, options: StreamBatchOptions = {}): Promise<StreamBatchReport> {
  const maxRetries = options.maximumRetryAttempts ?? 2;
  const invocations: {sequenceNumbers: string[]; ok: boolean; note: string}[] = [];
  const processed: string[] = [];
  const skipped: string[] = [];
  const timeline: TimelineEntry[] = [];
  let at = 0;

  // Each entry: a batch still to process and how many retries it has used.
  const work: {records: unknown[]; retries: number}[] = [{records: [...event.Records], retries: 0}];
  while (work.length > 0) {
    const {records, retries} = work.shift()!;
    const seqs = records.map(sequenceNumberOf);
    const outcome = await invoke({Records: records});
    let failedFrom = -1;
    let note = 'success';
    if (outcome.status !== 'success') {
      failedFrom = 0;
      note = `function error (${outcome.error?.errorType ?? outcome.status})`;
    } else if (options.reportBatchItemFailures) {
      const list = (outcome.result as {batchItemFailures?: {itemIdentifier?: string}[]} | null)?.batchItemFailures;
      if (Array.isArray(list) && list.length > 0) {
        const indexes = list.map((i) => seqs.indexOf(i?.itemIdentifier ?? '')).filter((i) => i >= 0);
        failedFrom = indexes.length > 0 ? Math.min(...indexes) : 0;
        note = `partial batch response: checkpoint before ${seqs[failedFrom]}`;
      }
    }
    invocations.push({sequenceNumbers: seqs, ok: failedFrom === -1, note});
    timeline.push({atSeconds: at, what: `Invoke with [${seqs.join(', ')}]: ${note}`});
    at += 1;
    if (failedFrom === -1) {
      processed.push(...seqs);
      continue;
    }
    processed.push(...seqs.slice(0, failedFrom));
    const rest = records.slice(failedFrom);
    if (options.bisectBatchOnFunctionError && rest.length > 1 && outcome.status !== 'success') {
      const half = Math.ceil(rest.length / 2);
      timeline.push({atSeconds: at, what: `Bisect: retry [${rest.slice(0, half).map(sequenceNumberOf).join(', ')}] and [${rest.slice(half).map(sequenceNumberOf).join(', ')}] separately`});
      work.unshift({records: rest.slice(0, half), retries}, {records: rest.slice(half), retries});
    } else if (retries < maxRetries) {
      timeline.push({atSeconds: at, what: `Retry ${retries + 1} of ${maxRetries} with [${rest.map(sequenceNumberOf).join(', ')}]`});
      work.unshift({records: rest, retries: retries + 1});
    } else {
      const skip = rest.map(sequenceNumberOf);
      skipped.push(...skip);
      timeline.push({atSeconds: at, what: `Retries exhausted: [${skip.join(', ')}] skipped and described to the on-failure destination`});
    }
  }
  return {invocations, processed, skipped, timeline};
}
