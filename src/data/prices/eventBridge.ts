/**
 * Amazon EventBridge: custom events on event buses, and EventBridge Scheduler.
 * @see https://aws.amazon.com/eventbridge/pricing/
 * Custom (and partner, cross-account) events are $1.00 per million, each 64 KB chunk of a payload
 * one event; events from AWS services on the default bus are free (so are scheduled rules).
 * Scheduler: $1.00 per million invocations after 14 million free a month (the pricing page lists
 * it under the free tier with no 12-month limit; treated as always free).
 */
import {flat, type ServicePriceSheet} from './types.ts';

export type EventBridgeDimension = 'customEvents' | 'schedulerInvocations';

export const EVENTBRIDGE_PRICES: ServicePriceSheet<EventBridgeDimension> = {
  service: 'Amazon EventBridge',
  source: 'https://aws.amazon.com/eventbridge/pricing/',
  asOf: '2026-12-02',
  regionsNote: 'us-east-1 only',
  regions: {
    'us-east-1': {
      customEvents: flat('event', '0.000001', '$1.00 per million custom events (64 KB chunks).'),
      schedulerInvocations: flat('invocation', '0.000001', '$1.00 per million Scheduler invocations.'),
    },
  },
  free: {
    scheduler: {quantity: 14_000_000, kind: 'always-free', dimensions: ['schedulerInvocations'], note: '14M Scheduler invocations/month'},
  },
};
