/** EventBridge pricer: custom events (64 KB chunks) on a bus; Scheduler invocations. */
import {EVENTBRIDGE_PRICES, type EventBridgeDimension} from '../../../data/prices/eventBridge.ts';
import {chunked, meter, need, q, read} from './meterHelpers.ts';
import {priceMeters} from './priceMeters.ts';
import type {MeteredBill, MeterInput, ResourceMeters, ServiceModel, ServiceOptions, UsageKeySpec} from './types.ts';

export const eventBridgeModel: ServiceModel<EventBridgeDimension> = {
  key: 'eventBridge',
  sheet: EVENTBRIDGE_PRICES,
  dimensions: {
    customEvents: {label: 'EventBridge custom events', unit: 'events', ratePer: 1_000_000},
    schedulerInvocations: {label: 'EventBridge Scheduler invocations', unit: 'invocations', ratePer: 1_000_000},
  },
};

export const EVENT_BUS_USAGE_KEYS: readonly UsageKeySpec[] = [
  {key: 'monthly_custom_events', description: 'Custom events published to this bus per month', integer: true},
  {key: 'event_size_kb', description: 'Average event size in KB (64 KB chunks; default: under 64 KB)'},
];
export const SCHEDULE_USAGE_KEYS: readonly UsageKeySpec[] = [{key: 'monthly_invocations', description: 'Scheduler invocations per month (a rate(1 minute) schedule is 43,800)', integer: true}];

export function meterEventBus(input: MeterInput): ResourceMeters {
  const events = read(input, 'monthly_custom_events');
  if (!events) return {meters: [], needs: [need('eventBridge', input, 'EventBridge custom events', 'monthly_custom_events')], notes: []};
  const metered = chunked(events, read(input, 'event_size_kb'), 64, 'events');
  return {meters: [meter('eventBridge', 'customEvents', input, metered.quantity, metered.how)], needs: [], notes: []};
}

export function meterSchedule(input: MeterInput): ResourceMeters {
  const invocations = read(input, 'monthly_invocations');
  if (!invocations) return {meters: [], needs: [need('eventBridge', input, 'EventBridge Scheduler invocations', 'monthly_invocations')], notes: []};
  return {meters: [meter('eventBridge', 'schedulerInvocations', input, invocations, `${q(invocations)} invocations`)], needs: [], notes: []};
}

export function priceEventBridge(input: MeterInput<{readonly scheduler?: boolean}>, options: ServiceOptions = {}): MeteredBill {
  const metered = input.config?.scheduler ? meterSchedule(input) : meterEventBus(input);
  return priceMeters(metered.meters, {eventBridge: eventBridgeModel}, options, metered.needs);
}
