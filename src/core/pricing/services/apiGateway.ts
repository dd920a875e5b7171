/**
 * API Gateway pricer: REST (requests, tiers, cache hours), HTTP (512 KB increments) and
 * WebSocket (32 KB messages + connection minutes).
 */
import {API_GATEWAY_CACHE_HOURLY, API_GATEWAY_PRICES, type ApiGatewayDimension} from '../../../data/prices/apiGateway.ts';
import {HOURS_PER_MONTH} from '../../quantity/types.ts';
import {int} from '../exact.ts';
import {chunked, meter, need, q, read} from './meterHelpers.ts';
import {priceMeters} from './priceMeters.ts';
import type {Meter, MeteredBill, MeterInput, NeededInput, ResourceMeters, ServiceModel, ServiceOptions, UsageKeySpec} from './types.ts';

export const apiGatewayModel: ServiceModel<ApiGatewayDimension> = {
  key: 'apiGateway',
  sheet: API_GATEWAY_PRICES,
  dimensions: {
    restRequests: {label: 'REST API requests', unit: 'requests', ratePer: 1_000_000},
    httpRequests: {label: 'HTTP API requests', unit: 'requests', ratePer: 1_000_000},
    websocketMessages: {label: 'WebSocket messages', unit: 'messages', ratePer: 1_000_000},
    websocketMinutes: {label: 'WebSocket connection minutes', unit: 'minutes', ratePer: 1_000_000},
    ...Object.fromEntries(Object.keys(API_GATEWAY_CACHE_HOURLY).map((size) => [`cache:${size}`, {label: `REST API cache (${size} GB)`, unit: 'hours'}])),
  },
};

export type ApiKind = 'rest' | 'http' | 'websocket';
export interface ApiConfig {
  readonly kind: ApiKind;
  /** REST only: CacheClusterSize in GB ("0.5", "1.6", …) when caching is on. */
  readonly cacheSizeGB?: string;
}

export const API_USAGE_KEYS: Readonly<Record<ApiKind, readonly UsageKeySpec[]>> = {
  rest: [{key: 'monthly_requests', description: 'Requests per month to this API', integer: true}],
  http: [
    {key: 'monthly_requests', description: 'Requests per month to this API', integer: true},
    {key: 'request_size_kb', description: 'Average request/response size in KB (metered in 512 KB increments; default: under 512 KB)'},
  ],
  websocket: [
    {key: 'monthly_messages', description: 'Messages sent and received per month', integer: true},
    {key: 'message_size_kb', description: 'Average message size in KB (metered in 32 KB increments; default: under 32 KB)'},
    {key: 'monthly_connection_mins', description: 'Connection minutes per month'},
  ],
};

export function meterApiGateway(input: MeterInput<ApiConfig>): ResourceMeters {
  const kind = input.config?.kind ?? 'http';
  const meters: Meter[] = [];
  const needs: NeededInput[] = [];
  const notes: string[] = [];
  const m = (dimension: ApiGatewayDimension, quantity: ReturnType<typeof int>, how: string) => meters.push(meter('apiGateway', dimension, input, quantity, how));
  if (kind === 'websocket') {
    const messages = read(input, 'monthly_messages');
    if (messages) {
      const metered = chunked(messages, read(input, 'message_size_kb'), 32, 'messages');
      m('websocketMessages', metered.quantity, metered.how);
    } else needs.push(need('apiGateway', input, 'WebSocket messages', 'monthly_messages'));
    const minutes = read(input, 'monthly_connection_mins');
    if (minutes) m('websocketMinutes', minutes, `${q(minutes)} connection minutes`);
    else needs.push(need('apiGateway', input, 'WebSocket connection minutes', 'monthly_connection_mins'));
    return {meters, needs, notes};
  }
  const requests = read(input, 'monthly_requests');
  if (!requests) needs.push(need('apiGateway', input, kind === 'rest' ? 'REST API requests' : 'HTTP API requests', 'monthly_requests'));
  else if (kind === 'rest') m('restRequests', requests, `${q(requests)} requests`);
  else {
    const metered = chunked(requests, read(input, 'request_size_kb'), 512, 'requests');
    m('httpRequests', metered.quantity, metered.how);
  }
  const cache = input.config?.cacheSizeGB;
  if (kind === 'rest' && cache !== undefined) {
    if (API_GATEWAY_CACHE_HOURLY[cache] === undefined) notes.push(`${input.resource}: cache size ${cache} GB is not one of API Gateway's sizes (${Object.keys(API_GATEWAY_CACHE_HOURLY).join(', ')} GB); not priced.`);
    else m(`cache:${cache}`, int(HOURS_PER_MONTH), `${HOURS_PER_MONTH} hours of a ${cache} GB cache`);
  }
  return {meters, needs, notes};
}

/** Prices one API alone (tests, what-ifs); the design estimator pools all resources instead. */
export function priceApiGateway(input: MeterInput<ApiConfig>, options: ServiceOptions = {}): MeteredBill {
  const metered = meterApiGateway(input);
  const bill = priceMeters(metered.meters, {apiGateway: apiGatewayModel}, options, metered.needs);
  return {...bill, notes: [...bill.notes, ...metered.notes]};
}
