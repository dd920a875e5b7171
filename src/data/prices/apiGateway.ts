/**
 * Amazon API Gateway: REST, HTTP and WebSocket APIs.
 * @see https://aws.amazon.com/api-gateway/pricing/
 * Rates per request/message/minute (AWS publishes them per million). Tiers are monthly per
 * account and Region. HTTP API requests are metered in 512 KB increments, WebSocket messages in
 * 32 KB increments. The free tier (1M REST calls, 1M HTTP calls, 1M messages and 750,000
 * connection minutes a month) is a 12-month offer for new accounts only, so it is off by default.
 */
import {flat, type ServicePriceSheet} from './types.ts';

/** Cache hours are one dimension per cache size (each size has its own hourly rate). */
export type ApiGatewayDimension = 'restRequests' | 'httpRequests' | 'websocketMessages' | 'websocketMinutes' | `cache:${string}`;

/** REST API cache: hourly rate by cache size (GB), us-east-1. Not in the free tier. */
export const API_GATEWAY_CACHE_HOURLY: Readonly<Record<string, string>> = {
  '0.5': '0.02',
  '1.6': '0.038',
  '6.1': '0.2',
  '13.5': '0.25',
  '28.4': '0.5',
  '58.2': '1',
  '118': '1.9',
  '237': '3.8',
};

const NOTE_12 = 'API Gateway free tier: new accounts, first 12 months only';

export const API_GATEWAY_PRICES: ServicePriceSheet<ApiGatewayDimension> = {
  service: 'Amazon API Gateway',
  source: 'https://aws.amazon.com/api-gateway/pricing/',
  asOf: '2026-12-02',
  regionsNote: 'us-east-1 only: other Regions publish different rates that Lambda Lab has not captured',
  regions: {
    'us-east-1': {
      restRequests: {
        unit: 'request',
        tiers: [
          {upTo: 333_000_000, usd: '0.0000035'},
          {upTo: 1_000_000_000, usd: '0.0000028'},
          {upTo: 20_000_000_000, usd: '0.00000238'},
          {upTo: null, usd: '0.00000151'},
        ],
        note: 'First 333M $3.50/M, next 667M $2.80/M, next 19B $2.38/M, over 20B $1.51/M.',
      },
      httpRequests: {
        unit: 'request',
        tiers: [
          {upTo: 300_000_000, usd: '0.000001'},
          {upTo: null, usd: '0.0000009'},
        ],
        note: 'First 300M $1.00/M, over 300M $0.90/M; metered in 512 KB increments.',
      },
      websocketMessages: {
        unit: 'message',
        tiers: [
          {upTo: 1_000_000_000, usd: '0.000001'},
          {upTo: null, usd: '0.0000008'},
        ],
        note: 'First 1B $1.00/M, over 1B $0.80/M; metered in 32 KB increments.',
      },
      websocketMinutes: flat('connection minute', '0.00000025', '$0.25 per million connection minutes.'),
      ...Object.fromEntries(Object.entries(API_GATEWAY_CACHE_HOURLY).map(([size, usd]) => [`cache:${size}`, flat('hour', usd, `${size} GB cache, per hour`)])),
    },
  },
  free: {
    rest: {quantity: 1_000_000, kind: '12-month', dimensions: ['restRequests'], note: `1M REST API calls/month (${NOTE_12})`},
    http: {quantity: 1_000_000, kind: '12-month', dimensions: ['httpRequests'], note: `1M HTTP API calls/month (${NOTE_12})`},
    messages: {quantity: 1_000_000, kind: '12-month', dimensions: ['websocketMessages'], note: `1M WebSocket messages/month (${NOTE_12})`},
    minutes: {quantity: 750_000, kind: '12-month', dimensions: ['websocketMinutes'], note: `750,000 connection minutes/month (${NOTE_12})`},
  },
};

