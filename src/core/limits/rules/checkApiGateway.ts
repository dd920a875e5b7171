import {getIntegrationLimit} from '../../../data/eventSourceLimits.ts';
import {getQuota} from '../../../data/quotas.ts';
import {isUnresolved} from '../types.ts';
import type {ApiEventSource, Finding, FunctionConfig} from '../types.ts';
import {finding, formatNumber, known} from './finding.ts';

const LIMIT_IDS = {rest: 'apigw.restIntegrationTimeout', http: 'apigw.httpIntegrationTimeout', websocket: 'apigw.websocketIntegrationTimeout'} as const;
const NAMES = {rest: 'REST API', http: 'HTTP API', websocket: 'WebSocket API'} as const;

/**
 * API Gateway waits at most its integration timeout (REST: 29 s by default, raisable for Regional
 * and private APIs since June 2024, never for edge-optimized ones; HTTP API: 30 s; WebSocket API:
 * 29 s; neither raisable). A longer function timeout means an HTTP client gets a 504 while the
 * function keeps running, and is billed, to its own timeout. WebSocket routes are left out of that
 * warning: their functions usually answer through the @connections API, not the route response.
 */
export function checkApiGateway(fn: FunctionConfig): Finding[] {
  const findings: Finding[] = [];
  for (const source of fn.eventSources ?? []) {
    if (source.type !== 'api') continue;
    findings.push(...checkIntegrationTimeout(source));
    // An unresolved timeout is not replaced by the default: that would be a guess (checkUnresolved reports it).
    if (source.api === 'websocket' || isUnresolved(fn.timeoutSeconds)) continue;
    const timeout = known(fn.timeoutSeconds) ?? getQuota('timeout').default ?? 3;
    const limit = getIntegrationLimit(LIMIT_IDS[source.api]);
    const integrationMs = known(source.integrationTimeoutMs) ?? limit.default ?? limit.value;
    if (timeout * 1000 > integrationMs) {
      const raisable = source.api === 'rest' ? ' A Regional or private REST API can raise its integration timeout above 29 s (Service Quotas request, may lower the account throttle); an edge-optimized one cannot.' : '';
      findings.push(finding('apigw.timeout', 'warning', `The function timeout (${formatNumber(timeout)} s) is longer than the ${NAMES[source.api]} integration timeout (${formatNumber(integrationMs / 1000)} s): callers get a 504 after ${formatNumber(integrationMs / 1000)} s while the function keeps running, and is billed, up to ${formatNumber(timeout)} s.${raisable}`, `Lower the function timeout to ${formatNumber(Math.floor(integrationMs / 1000))} s or less, or make long work asynchronous (return 202 and poll, or use a function URL with streaming).`, limit.source, 'timeoutSeconds'));
    }
  }
  return findings;
}

/** The integration timeout itself: 50 ms up to the API type's maximum. */
function checkIntegrationTimeout(source: ApiEventSource): Finding[] {
  const configured = known(source.integrationTimeoutMs);
  if (configured === undefined) return [];
  const limit = getIntegrationLimit(LIMIT_IDS[source.api]);
  const name = NAMES[source.api];
  if (configured < (limit.min ?? 50)) {
    return [finding('apigw.integrationTimeout', 'error', `A ${name} integration timeout of ${formatNumber(configured)} ms is below the ${limit.min} ms minimum.`, `Set it to at least ${limit.min} ms.`, limit.source, 'eventSources')];
  }
  if (configured <= limit.value) return [];
  if (source.api !== 'rest') {
    return [finding('apigw.integrationTimeout', 'error', `A ${name} integration timeout of ${formatNumber(configured)} ms is above the ${formatNumber(limit.value)} ms maximum, which cannot be raised.`, `Set it to ${formatNumber(limit.value)} ms or less.`, limit.source, 'eventSources')];
  }
  // Parsers always say; a caller that does not (the form) gets a note, not a guess.
  const endpoint = source.endpoint ?? {unresolved: 'not given'};
  if (endpoint === 'edge') {
    return [finding('apigw.edgeIntegrationTimeout', 'error', `A REST API integration timeout of ${formatNumber(configured)} ms is above 29 s on an edge-optimized endpoint (API Gateway's default endpoint type); only Regional and private REST APIs can go past 29 s.`, 'Set TimeoutInMillis to 29000 or less, or make the API Regional (EndpointConfiguration: REGIONAL) and request a higher integration timeout in Service Quotas.', limit.source, 'eventSources')];
  }
  if (isUnresolved(endpoint)) {
    return [finding('apigw.edgeIntegrationTimeout', 'note', `A REST API integration timeout of ${formatNumber(configured)} ms is above 29 s, which only Regional and private APIs allow; the endpoint type is ${endpoint.unresolved}, so it was not checked.`, 'Make sure the API is Regional or private and that the account has a raised integration timeout quota.', limit.source, 'eventSources')];
  }
  return [finding('apigw.integrationTimeoutQuota', 'note', `A REST API integration timeout of ${formatNumber(configured)} ms is above the 29 s default; a ${endpoint === 'regional' ? 'Regional' : 'private'} API allows it once the account's integration timeout quota is raised (Service Quotas), which may lower the account-level throttle.`, 'Request the quota increase before deploying, or keep TimeoutInMillis at 29000 or less.', limit.source, 'eventSources')];
}
