import {getIntegrationLimit} from '../../../data/eventSourceLimits.ts';
import {getQuota} from '../../../data/quotas.ts';
import type {Finding, FunctionConfig, SqsEventSource} from '../types.ts';
import {finding, formatNumber, known} from './finding.ts';

function label(source: SqsEventSource): string {
  return source.queue ? `queue ${source.queue}` : 'the SQS queue';
}

/**
 * SQS event sources: visibility timeout ≥ function timeout (else Lambda rejects the mapping) and
 * ≥ 6 × timeout + batching window (else messages reappear while still being processed);
 * batch size 1–10,000 (FIFO 10), above 10 only with a batching window; window 0–300 s.
 */
export function checkSqs(fn: FunctionConfig): Finding[] {
  const findings: Finding[] = [];
  const timeout = known(fn.timeoutSeconds) ?? getQuota('timeout').default ?? 3;
  for (const source of fn.eventSources ?? []) {
    if (source.type !== 'sqs') continue;
    const window = known(source.maximumBatchingWindowSeconds) ?? 0;
    const visibility = known(source.visibilityTimeoutSeconds);
    const multiplier = getIntegrationLimit('sqs.visibilityMultiplier');
    if (visibility !== undefined) {
      const recommended = multiplier.value * timeout + window;
      if (visibility < timeout) {
        findings.push(finding('sqs.visibility', 'error', `The visibility timeout of ${label(source)} (${formatNumber(visibility)} s) is below the function timeout (${formatNumber(timeout)} s); Lambda refuses to create the event source mapping.`, `Set VisibilityTimeout to at least ${formatNumber(recommended)} s (6 × ${formatNumber(timeout)} s${window ? ` + ${formatNumber(window)} s batching window` : ''}).`, multiplier.source, 'eventSources'));
      } else if (visibility < recommended) {
        findings.push(finding('sqs.visibility', 'warning', `The visibility timeout of ${label(source)} (${formatNumber(visibility)} s) is below 6 × the function timeout${window ? ' + the batching window' : ''} (${formatNumber(recommended)} s); when invocations are throttled or retried, messages become visible again while a batch is still being processed and are handled twice.`, `Set VisibilityTimeout to at least ${formatNumber(recommended)} s.`, multiplier.source, 'eventSources'));
      }
    }
    const batch = known(source.batchSize);
    const limitId = source.fifo ? 'sqs.batchSizeFifo' : 'sqs.batchSizeStandard';
    const batchLimit = getIntegrationLimit(limitId);
    if (batch !== undefined) {
      if (!Number.isInteger(batch) || batch < (batchLimit.min ?? 1) || batch > batchLimit.value) {
        findings.push(finding('sqs.batchSize', 'error', `Batch size ${formatNumber(batch)} is outside ${formatNumber(batchLimit.min ?? 1)}–${formatNumber(batchLimit.value)} for a ${source.fifo ? 'FIFO' : 'standard'} queue.`, `Set BatchSize between ${formatNumber(batchLimit.min ?? 1)} and ${formatNumber(batchLimit.value)}.`, batchLimit.source, 'eventSources'));
      } else if (batch > getIntegrationLimit('sqs.batchSizeWithoutWindow').value && window < 1) {
        findings.push(finding('sqs.batchWindow', 'error', `Batch size ${formatNumber(batch)} is above 10, which needs a batching window of at least 1 second.`, 'Set MaximumBatchingWindowInSeconds to 1 or more, or lower BatchSize to 10.', getIntegrationLimit('sqs.batchSizeWithoutWindow').source, 'eventSources'));
      }
    }
    const windowLimit = getIntegrationLimit('esm.batchingWindow');
    const rawWindow = known(source.maximumBatchingWindowSeconds);
    if (rawWindow !== undefined && (rawWindow < 0 || rawWindow > windowLimit.value)) {
      findings.push(finding('sqs.batchWindowRange', 'error', `Batching window ${formatNumber(rawWindow)} s is outside 0–${windowLimit.value} s.`, `Set MaximumBatchingWindowInSeconds between 0 and ${windowLimit.value}.`, windowLimit.source, 'eventSources'));
    }
    const maxConcurrency = known(source.maximumConcurrency);
    const concurrencyLimit = getIntegrationLimit('sqs.maximumConcurrency');
    if (maxConcurrency !== undefined && (maxConcurrency < (concurrencyLimit.min ?? 2) || maxConcurrency > concurrencyLimit.value)) {
      findings.push(finding('sqs.maximumConcurrency', 'error', `Maximum concurrency ${formatNumber(maxConcurrency)} is outside ${concurrencyLimit.min}–${formatNumber(concurrencyLimit.value)}.`, `Set ScalingConfig.MaximumConcurrency between ${concurrencyLimit.min} and ${formatNumber(concurrencyLimit.value)}.`, concurrencyLimit.source, 'eventSources'));
    }
  }
  return findings;
}
