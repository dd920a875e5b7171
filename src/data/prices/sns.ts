/**
 * Amazon SNS standard topics: publishes and deliveries by protocol.
 * @see https://aws.amazon.com/sns/pricing/
 * Each 64 KB chunk of published data is billed as one request. Deliveries to SQS queues and
 * Lambda functions are free (you pay SQS and Lambda); SMS and mobile push are not priced here.
 * Always free every month: 1M publishes, 100,000 HTTP/S deliveries, 1,000 email deliveries.
 */
import {flat, type ServicePriceSheet} from './types.ts';

export type SnsDimension = 'publishes' | 'httpDeliveries' | 'emailDeliveries';

export const SNS_PRICES: ServicePriceSheet<SnsDimension> = {
  service: 'Amazon SNS',
  source: 'https://aws.amazon.com/sns/pricing/',
  asOf: '2026-12-02',
  regionsNote: 'us-east-1 only',
  regions: {
    'us-east-1': {
      publishes: flat('request', '0.0000005', '$0.50 per million publishes (64 KB chunks).'),
      httpDeliveries: flat('delivery', '0.0000006', '$0.60 per million HTTP/S deliveries.'),
      emailDeliveries: flat('delivery', '0.00002', '$2.00 per 100,000 email deliveries.'),
    },
  },
  free: {
    publishes: {quantity: 1_000_000, kind: 'always-free', dimensions: ['publishes'], note: '1M SNS publishes/month'},
    http: {quantity: 100_000, kind: 'always-free', dimensions: ['httpDeliveries'], note: '100,000 HTTP/S deliveries/month'},
    email: {quantity: 1_000, kind: 'always-free', dimensions: ['emailDeliveries'], note: '1,000 email deliveries/month'},
  },
};
