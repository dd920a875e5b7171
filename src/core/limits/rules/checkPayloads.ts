import {historyOf} from '../../../data/quotaHistory.ts';
import {getQuota} from '../../../data/quotas.ts';
import type {Finding, FunctionConfig} from '../types.ts';
import {finding, formatNumber} from './finding.ts';

/**
 * Payloads: 6 MB each way for synchronous calls, 1 MB for asynchronous events (256 KB before
 * 2025-10-24), 200 MB for a streamed response. Sizes in KB are binary (1 MB = 1024 KB).
 */
export function checkPayloads(fn: FunctionConfig): Finding[] {
  const payloads = fn.payloads;
  if (!payloads) return [];
  const findings: Finding[] = [];
  const sync = getQuota('payloadSync');
  const syncKB = sync.value * 1024;
  for (const [field, label] of [['syncRequestKB', 'Synchronous request'], ['syncResponseKB', 'Synchronous response']] as const) {
    const value = payloads[field];
    if (value !== undefined && value > syncKB) {
      findings.push(finding('payload.sync', 'error', `${label} of ${formatNumber(value)} KB is above the ${sync.value} MB (${formatNumber(syncKB)} KB) synchronous limit; the call fails with a 413 error.`, field === 'syncResponseKB' ? 'Stream the response (up to 200 MB), or write it to S3 and return a presigned URL.' : 'Upload the data to S3 and pass its key in the event.', sync.source, 'payloads'));
    }
  }
  const async = getQuota('payloadAsync');
  const asyncKB = async.value * 1024;
  const legacy = historyOf('payloadAsync')[0];
  const value = payloads.asyncEventKB;
  if (value !== undefined) {
    if (value > asyncKB) {
      findings.push(finding('payload.async', 'error', `An asynchronous event of ${formatNumber(value)} KB is above the ${async.value} MB limit${legacy ? ` (${legacy.value} KB before ${legacy.until})` : ''}; Lambda rejects it.`, 'Store the data in S3 and send its key in the event.', async.source, 'payloads'));
    } else if (legacy && value > legacy.value) {
      const extra = Math.ceil((value - legacy.value) / 64);
      findings.push(finding('payload.async', 'note', `An asynchronous event of ${formatNumber(value)} KB fits the ${async.value} MB limit (raised from ${legacy.value} KB on ${legacy.until}), but is billed as ${1 + extra} requests: one for the first ${legacy.value} KB and one per further 64 KB. Some services in front of Lambda may still cap events at ${legacy.value} KB.`, 'Check every producer and destination accepts events of this size.', legacy.source, 'payloads'));
    }
  }
  const streamed = getQuota('payloadStreamed');
  if (payloads.streamedResponseMB !== undefined && payloads.streamedResponseMB > streamed.value) {
    findings.push(finding('payload.streamed', 'error', `A streamed response of ${formatNumber(payloads.streamedResponseMB)} MB is above the ${streamed.value} MB limit.`, 'Write the result to S3 and return a presigned URL.', streamed.source, 'payloads'));
  }
  return findings;
}
