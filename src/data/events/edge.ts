/**
 * Lambda@Edge: the twelve CloudFront samples `sam local generate-event cloudfront` offers, one per
 * AWS example function (lambda-examples.html), each with the trigger that example runs on.
 */
import type {EventTemplate} from './types.ts';

const AS_OF = '2026-12-02';
const EXAMPLES = 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-examples.html';
type Headers = Record<string, {key: string; value: string}[]>;
type EventType = 'viewer-request' | 'origin-request' | 'origin-response' | 'viewer-response';

/** CloudFront's header map: lower-case name -> [{key: original case, value}]. */
function headers(pairs: Record<string, string>): Headers {
  return Object.fromEntries(Object.entries(pairs).map(([key, value]) => [key.toLowerCase(), [{key, value}]]));
}

const VIEWER = {Host: 'd111111abcdef8.cloudfront.net', 'User-Agent': 'curl/8.5.0'};
const S3_ORIGIN = {s3: {authMethod: 'none', customHeaders: {}, domainName: 'amzn-s3-demo-bucket.s3.amazonaws.com', path: ''}};
const CUSTOM_ORIGIN = {custom: {customHeaders: {}, domainName: 'origin.example.com', keepaliveTimeout: 5, path: '', port: 443, protocol: 'https', readTimeout: 30, sslProtocols: ['TLSv1.2']}};

function request(eventType: EventType, uri: string, extra: {querystring?: string; headers?: Record<string, string>; origin?: object} = {}) {
  const origin = eventType.startsWith('origin') ? {origin: extra.origin ?? S3_ORIGIN} : {};
  return {clientIp: '203.0.113.178', headers: headers({...VIEWER, ...extra.headers}), method: 'GET', querystring: extra.querystring ?? '', uri, ...origin};
}

function record(eventType: EventType, cf: object) {
  return {Records: [{cf: {config: {distributionDomainName: 'd111111abcdef8.cloudfront.net', distributionId: 'EDFDVBD6EXAMPLE', eventType, requestId: '4TyzHTaYWb1GX1qTfsHhEqV6HUDd_BzoBZnwfnvQc_1oF26ClkoUSEQ=='}, ...cf}}]};
}

function requestEvent(eventType: EventType, uri: string, extra?: Parameters<typeof request>[2]) {
  return record(eventType, {request: request(eventType, uri, extra)});
}

function responseEvent(eventType: EventType, uri: string, status: string, statusDescription: string, responseHeaders: Record<string, string>) {
  const {origin: _origin, ...req} = request(eventType, uri) as ReturnType<typeof request> & {origin?: object};
  return record(eventType, {request: req, response: {status, statusDescription, headers: headers(responseHeaders)}});
}

const uriField = (label = 'URI') => ({label, path: ['Records', 0, 'cf', 'request', 'uri'] as const});

export const EDGE_EVENTS: readonly EventTemplate[] = [
  {
    id: 'cloudfront-ab-test', service: 'Amazon CloudFront', name: 'Lambda@Edge: A/B test (viewer request)', sam: 'cloudfront ab-test', awsType: 'CloudFrontRequestEvent',
    source: EXAMPLES, asOf: AS_OF, note: 'The example picks a variant from a cookie, or sets one, and rewrites the URI.',
    fields: [uriField(), {label: 'Cookie', path: ['Records', 0, 'cf', 'request', 'headers', 'cookie', 0, 'value']}],
    event: requestEvent('viewer-request', '/test', {headers: {Cookie: 'X-Experiment-Name=B'}}),
  },
  {
    id: 'cloudfront-access-request-in-response', service: 'Amazon CloudFront', name: 'Lambda@Edge: read the request in a response trigger (viewer response)', sam: 'cloudfront access-request-in-response', awsType: 'CloudFrontResponseEvent',
    source: EXAMPLES, asOf: AS_OF, note: 'Response triggers also receive the request (without its body), so a function can echo request data into the response.',
    fields: [uriField()],
    event: responseEvent('viewer-response', '/test', '200', 'OK', {'Content-Type': 'text/html', 'Last-Modified': 'Wed, 02 Dec 2026 10:00:00 GMT'}),
  },
  {
    id: 'cloudfront-http-redirect', service: 'Amazon CloudFront', name: 'Lambda@Edge: HTTP redirect (viewer request)', sam: 'cloudfront http-redirect', awsType: 'CloudFrontRequestEvent',
    source: EXAMPLES, asOf: AS_OF, note: 'The example answers with a 302 generated at the edge instead of forwarding the request.',
    fields: [uriField()],
    event: requestEvent('viewer-request', '/test'),
  },
  {
    id: 'cloudfront-modify-querystring', service: 'Amazon CloudFront', name: 'Lambda@Edge: modify the query string (viewer request)', sam: 'cloudfront modify-querystring', awsType: 'CloudFrontRequestEvent',
    source: EXAMPLES, asOf: AS_OF,
    fields: [uriField(), {label: 'Query string', path: ['Records', 0, 'cf', 'request', 'querystring']}],
    event: requestEvent('viewer-request', '/test', {querystring: 'size=LARGE&color=red'}),
  },
  {
    id: 'cloudfront-modify-response-header', service: 'Amazon CloudFront', name: 'Lambda@Edge: modify a response header (origin response)', sam: 'cloudfront modify-response-header', awsType: 'CloudFrontResponseEvent',
    source: EXAMPLES, asOf: AS_OF,
    fields: [{label: 'Status', path: ['Records', 0, 'cf', 'response', 'status']}],
    event: responseEvent('origin-response', '/test', '200', 'OK', {'Content-Type': 'text/html', 'X-Amz-Meta-Last-Modified': '2026-12-02T10:00:00Z', 'Last-Modified': 'Wed, 02 Dec 2026 09:00:00 GMT'}),
  },
  {
    id: 'cloudfront-multiple-remote-calls-aggregate-response', service: 'Amazon CloudFront', name: 'Lambda@Edge: aggregate several remote calls (origin request)', sam: 'cloudfront multiple-remote-calls-aggregate-response', awsType: 'CloudFrontRequestEvent',
    source: EXAMPLES, asOf: AS_OF, note: 'The URI lists the cities whose forecasts the function fetches and merges; the playground has no network, so mock those calls.',
    fields: [uriField()],
    event: requestEvent('origin-request', '/forecast/Seattle:NewYork:Chicago:SanFrancisco', {origin: CUSTOM_ORIGIN}),
  },
  {
    id: 'cloudfront-normalize-querystring', service: 'Amazon CloudFront', name: 'Lambda@Edge: normalise the query string for cache hits (viewer request)', sam: 'cloudfront normalize-querystring-to-improve-cache-hit', awsType: 'CloudFrontRequestEvent',
    source: EXAMPLES, asOf: AS_OF, note: 'Parameters arrive in any order and case; the example sorts and lower-cases them so equal requests share a cache key.',
    fields: [{label: 'Query string', path: ['Records', 0, 'cf', 'request', 'querystring']}],
    event: requestEvent('viewer-request', '/test', {querystring: 'Size=LARGE&Color=Red&size=small'}),
  },
  {
    id: 'cloudfront-redirect-on-viewer-country', service: 'Amazon CloudFront', name: 'Lambda@Edge: redirect by viewer country (origin request)', sam: 'cloudfront redirect-on-viewer-country', awsType: 'CloudFrontRequestEvent',
    source: EXAMPLES, asOf: AS_OF, note: 'CloudFront adds CloudFront-Viewer-Country only when the cache policy or origin request policy forwards it.',
    fields: [{label: 'Viewer country', path: ['Records', 0, 'cf', 'request', 'headers', 'cloudfront-viewer-country', 0, 'value']}],
    event: requestEvent('origin-request', '/test', {headers: {'CloudFront-Viewer-Country': 'DE'}}),
  },
  {
    id: 'cloudfront-redirect-unauthenticated-users', service: 'Amazon CloudFront', name: 'Lambda@Edge: redirect unauthenticated users (viewer request)', sam: 'cloudfront redirect-unauthenticated-users', awsType: 'CloudFrontRequestEvent',
    source: EXAMPLES, asOf: AS_OF, note: 'No session cookie: the example redirects to the sign-in page.',
    fields: [uriField()],
    event: requestEvent('viewer-request', '/test'),
  },
  {
    id: 'cloudfront-response-generation', service: 'Amazon CloudFront', name: 'Lambda@Edge: generate a response (viewer request)', sam: 'cloudfront response-generation', awsType: 'CloudFrontRequestEvent',
    source: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-generating-http-responses.html', asOf: AS_OF,
    fields: [uriField()],
    event: requestEvent('viewer-request', '/test'),
  },
  {
    id: 'cloudfront-serve-object-on-viewer-device', service: 'Amazon CloudFront', name: 'Lambda@Edge: serve by device type (origin request)', sam: 'cloudfront serve-object-on-viewer-device', awsType: 'CloudFrontRequestEvent',
    source: EXAMPLES, asOf: AS_OF, note: 'The CloudFront-Is-*-Viewer headers are present when the origin request policy forwards them.',
    fields: [uriField(), {label: 'Is mobile', path: ['Records', 0, 'cf', 'request', 'headers', 'cloudfront-is-mobile-viewer', 0, 'value']}],
    event: requestEvent('origin-request', '/test', {headers: {'CloudFront-Is-Desktop-Viewer': 'false', 'CloudFront-Is-Mobile-Viewer': 'true', 'CloudFront-Is-SmartTV-Viewer': 'false', 'CloudFront-Is-Tablet-Viewer': 'false'}}),
  },
  {
    id: 'cloudfront-simple-remote-call', service: 'Amazon CloudFront', name: 'Lambda@Edge: one remote call (viewer request)', sam: 'cloudfront simple-remote-call', awsType: 'CloudFrontRequestEvent',
    source: EXAMPLES, asOf: AS_OF, note: 'The example calls an HTTP endpoint before answering; in the playground fetch fails as it would without network access.',
    fields: [uriField()],
    event: requestEvent('viewer-request', '/test'),
  },
];
