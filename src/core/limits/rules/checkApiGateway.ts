import {getIntegrationLimit} from '../../../data/eventSourceLimits.ts';
import {getQuota} from '../../../data/quotas.ts';
import type {Finding, FunctionConfig} from '../types.ts';
import {finding, formatNumber, known} from './finding.ts';

/**
 * API Gateway waits at most its integration timeout (REST: 29 s by default, raisable for Regional
 * and private APIs since June 2024; HTTP API: 30 s, fixed). A longer function timeout means the
 * client gets a 504 while the function keeps running, and is billed, to its own timeout.
 */
export function checkApiGateway(fn: FunctionConfig): Finding[] {
  const findings: Finding[] = [];
  const timeout = known(fn.timeoutSeconds) ?? getQuota('timeout').default ?? 3;
  for (const source of fn.eventSources ?? []) {
    if (source.type !== 'api') continue;
    const limit = getIntegrationLimit(source.api === 'rest' ? 'apigw.restIntegrationTimeout' : 'apigw.httpIntegrationTimeout');
    const configured = known(source.integrationTimeoutMs);
    const integrationMs = configured ?? limit.default ?? limit.value;
    const apiName = source.api === 'rest' ? 'REST API' : 'HTTP API';
    if (source.api === 'http' && configured !== undefined && configured > limit.value) {
      findings.push(finding('apigw.integrationTimeout', 'error', `An HTTP API integration timeout of ${formatNumber(configured)} ms is above the ${formatNumber(limit.value)} ms maximum.`, `Set it to ${formatNumber(limit.value)} ms or less.`, limit.source, 'eventSources'));
    }
    if (timeout * 1000 > integrationMs) {
      const raisable = source.api === 'rest' ? ' A Regional or private REST API can raise its integration timeout above 29 s (Service Quotas request, may lower the account throttle); an edge-optimized one cannot.' : '';
      findings.push(finding('apigw.timeout', 'warning', `The function timeout (${formatNumber(timeout)} s) is longer than the ${apiName} integration timeout (${formatNumber(integrationMs / 1000)} s): callers get a 504 after ${formatNumber(integrationMs / 1000)} s while the function keeps running, and is billed, up to ${formatNumber(timeout)} s.${raisable}`, `Lower the function timeout to ${formatNumber(Math.floor(integrationMs / 1000))} s or less, or make long work asynchronous (return 202 and poll, or use a function URL with streaming).`, limit.source, 'timeoutSeconds'));
    }
  }
  return findings;
}
