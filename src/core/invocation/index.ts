export {simulateAsyncInvoke, validateAsyncOptions, ASYNC_RETRY_DELAYS_SECONDS} from './simulateAsyncInvoke.ts';
export type {AsyncInvokeOptions, AsyncInvokeReport, DestinationRecord} from './simulateAsyncInvoke.ts';
export {simulateSqsBatch, failedMessageIds} from './simulateSqsBatch.ts';
export type {SqsBatchOptions, SqsBatchReport} from './simulateSqsBatch.ts';
export {simulateStreamBatch, sequenceNumberOf} from './simulateStreamBatch.ts';
export type {StreamBatchOptions, StreamBatchReport} from './simulateStreamBatch.ts';
export type {AttemptResult, InvokeFn, TimelineEntry} from './types.ts';
