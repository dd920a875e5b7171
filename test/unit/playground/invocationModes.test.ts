import {describe, expect, it} from 'vitest';
import {failedMessageIds, simulateAsyncInvoke, simulateSqsBatch, simulateStreamBatch, type AttemptResult} from '../../../src/core/invocation/index.ts';
import {findEventTemplate} from '../../../src/data/events/index.ts';
import {createNodeSandboxHost, run} from './hostile/support.ts';

const ok = (result: unknown): AttemptResult => ({status: 'success', result, error: null, requestId: 'r'});
const err: AttemptResult = {status: 'error', result: null, error: {errorType: 'Error', errorMessage: 'boom'}, requestId: 'r-fail'};

describe('asynchronous invocation', () => {
  it('retries twice after 1 and 2 minutes, then sends an invocation record to the on-failure destination', async () => {
    const r = await simulateAsyncInvoke({order: 1}, async () => err, {onFailure: 'destination'});
    if (!r.ok) throw new Error(r.error);
    expect(r.value.attempts.map((a) => a.atSeconds)).toEqual([0, 60, 180]);
    expect(r.value.outcome).toBe('retries-exhausted');
    expect(r.value.delivered).toMatchObject({to: 'on-failure destination', payload: {version: '1.0', requestContext: {condition: 'RetriesExhausted', approximateInvokeCount: 3}, requestPayload: {order: 1}, responseContext: {functionError: 'Unhandled'}, responsePayload: {errorType: 'Error'}}});
  });
  it('stops at the first success and can notify an on-success destination', async () => {
    let n = 0;
    const r = await simulateAsyncInvoke({}, async () => (++n < 2 ? err : ok('done')), {onSuccess: true});
    if (!r.ok) throw new Error(r.error);
    expect(r.value.attempts).toHaveLength(2);
    expect(r.value.delivered).toMatchObject({to: 'on-success destination', payload: {requestContext: {condition: 'Success'}, responsePayload: 'done'}});
  });
  it('discards events older than the maximum event age, and a DLQ gets the original event', async () => {
    const r = await simulateAsyncInvoke({e: 1}, async () => err, {maximumEventAgeSeconds: 120, onFailure: 'dlq'});
    if (!r.ok) throw new Error(r.error);
    expect(r.value.attempts.map((a) => a.atSeconds)).toEqual([0, 60]);
    expect(r.value.outcome).toBe('event-age-exceeded');
    expect(r.value.delivered).toMatchObject({to: 'dead-letter queue', payload: {body: {e: 1}, messageAttributes: {ErrorMessage: 'boom'}}});
  });
  it('validates its settings', async () => {
    expect((await simulateAsyncInvoke({}, async () => err, {maximumRetryAttempts: 3})).ok).toBe(false);
    expect((await simulateAsyncInvoke({}, async () => err, {maximumEventAgeSeconds: 30})).ok).toBe(false);
  });
});

describe('SQS batches', () => {
  it('judges batch responses like Lambda', () => {
    expect(failedMessageIds(['a', 'b'], 'success', {batchItemFailures: [{itemIdentifier: 'b'}]}, true).failed).toEqual(['b']);
    expect(failedMessageIds(['a', 'b'], 'success', {batchItemFailures: [{itemIdentifier: 'zzz'}]}, true).failed).toEqual(['a', 'b']);
    expect(failedMessageIds(['a', 'b'], 'success', {batchItemFailures: [{itemIdentifier: ''}]}, true).failed).toEqual(['a', 'b']);
    expect(failedMessageIds(['a', 'b'], 'success', {batchItemFailures: []}, true).failed).toEqual([]);
    expect(failedMessageIds(['a', 'b'], 'error', null, true).failed).toEqual(['a', 'b']);
    expect(failedMessageIds(['a', 'b'], 'success', {batchItemFailures: [{itemIdentifier: 'b'}]}, false).failed).toEqual([]);
  });
  it('retries only the reported messages, then moves a poison message to the DLQ', async () => {
    const r = await simulateSqsBatch({Records: [{messageId: 'a'}, {messageId: 'poison'}]}, async (e) => {
      const ids = (e as {Records: {messageId: string}[]}).Records.map((x) => x.messageId);
      return ok({batchItemFailures: ids.filter((id) => id === 'poison').map((itemIdentifier) => ({itemIdentifier}))});
    }, {maxReceiveCount: 3});
    expect(r.rounds.map((x) => x.messageIds)).toEqual([['a', 'poison'], ['poison'], ['poison']]);
    expect(r.rounds.map((x) => x.atSeconds)).toEqual([0, 30, 60]);
    expect(r.messages).toEqual([{messageId: 'a', receives: 1, fate: 'deleted'}, {messageId: 'poison', receives: 3, fate: 'dead-letter queue'}]);
  });
});

describe('stream batches', () => {
  const records = ['1', '2', '3', '4'].map((s) => ({kinesis: {sequenceNumber: s}}));
  it('bisects on function error until the bad record is isolated, then skips it', async () => {
    const r = await simulateStreamBatch({Records: records}, async (e) => {
      const seqs = (e as {Records: {kinesis: {sequenceNumber: string}}[]}).Records.map((x) => x.kinesis.sequenceNumber);
      return seqs.includes('3') ? err : ok(null);
    }, {bisectBatchOnFunctionError: true, maximumRetryAttempts: 1});
    expect(r.invocations.map((i) => i.sequenceNumbers)).toEqual([['1', '2', '3', '4'], ['1', '2'], ['3', '4'], ['3'], ['3'], ['4']]);
    expect(r.processed).toEqual(['1', '2', '4']);
    expect(r.skipped).toEqual(['3']);
  });
  it('without bisect, retries the whole batch and then skips all of it', async () => {
    const r = await simulateStreamBatch({Records: records}, async () => err, {maximumRetryAttempts: 2});
    expect(r.invocations).toHaveLength(3);
    expect(r.skipped).toEqual(['1', '2', '3', '4']);
  });
  it('with ReportBatchItemFailures, restarts from the reported record', async () => {
    let first = true;
    const r = await simulateStreamBatch({Records: records}, async () => {
      const res = first ? ok({batchItemFailures: [{itemIdentifier: '3'}]}) : ok({batchItemFailures: []});
      first = false;
      return res;
    }, {reportBatchItemFailures: true});
    expect(r.invocations.map((i) => i.sequenceNumbers)).toEqual([['1', '2', '3', '4'], ['3', '4']]);
    expect(r.processed).toEqual(['1', '2', '3', '4']);
  });
});

describe('modes driving the real sandbox', () => {
  it('an SQS handler returning batchItemFailures gets only its failed message back', async () => {
    const host = createNodeSandboxHost();
    try {
      const code = "export const handler = async (event) => ({batchItemFailures: event.Records.filter((r) => r.body.includes('bad')).map((r) => ({itemIdentifier: r.messageId}))});";
      const template = findEventTemplate('sqs-receive-message')!.event as {Records: {messageId: string; body: string}[]};
      const event = {Records: [template.Records[0]!, {...template.Records[1]!, body: 'bad message'}]};
      const report = await simulateSqsBatch(event, async (e) => run(host, code, {event: e}), {maxReceiveCount: 2});
      expect(report.rounds.map((r) => r.messageIds.length)).toEqual([2, 1]);
      expect(report.messages.find((m) => m.fate === 'dead-letter queue')?.messageId).toBe(template.Records[1]!.messageId);
    } finally {
      host.dispose();
    }
  });
});
