/** SNS pricer: publishes (64 KB chunks) and HTTP/email deliveries; SQS and Lambda deliveries are free. */
import {SNS_PRICES, type SnsDimension} from '../../../data/prices/sns.ts';
import {chunked, meter, need, q, read} from './meterHelpers.ts';
import {priceMeters} from './priceMeters.ts';
import type {Meter, MeteredBill, MeterInput, NeededInput, ResourceMeters, ServiceModel, ServiceOptions, UsageKeySpec} from './types.ts';

export const snsModel: ServiceModel<SnsDimension> = {
  key: 'sns',
  sheet: SNS_PRICES,
  dimensions: {
    publishes: {label: 'SNS publishes', unit: 'requests', ratePer: 1_000_000},
    httpDeliveries: {label: 'SNS HTTP/S deliveries', unit: 'deliveries', ratePer: 1_000_000},
    emailDeliveries: {label: 'SNS email deliveries', unit: 'deliveries', ratePer: 100_000},
  },
};

export const SNS_USAGE_KEYS: readonly UsageKeySpec[] = [
  {key: 'monthly_requests', description: 'Publishes per month', integer: true},
  {key: 'request_size_kb', description: 'Average message size in KB (64 KB chunks; default: under 64 KB)'},
  {key: 'monthly_http_deliveries', description: 'HTTP/S deliveries per month (optional)', integer: true},
  {key: 'monthly_email_deliveries', description: 'Email deliveries per month (optional)', integer: true},
];

export function meterSns(input: MeterInput): ResourceMeters {
  const meters: Meter[] = [];
  const needs: NeededInput[] = [];
  const publishes = read(input, 'monthly_requests');
  if (publishes) {
    const metered = chunked(publishes, read(input, 'request_size_kb'), 64, 'publishes');
    meters.push(meter('sns', 'publishes', input, metered.quantity, metered.how));
  } else needs.push(need('sns', input, 'SNS publishes', 'monthly_requests'));
  const http = read(input, 'monthly_http_deliveries');
  if (http) meters.push(meter('sns', 'httpDeliveries', input, http, `${q(http)} deliveries`));
  const email = read(input, 'monthly_email_deliveries');
  if (email) meters.push(meter('sns', 'emailDeliveries', input, email, `${q(email)} deliveries`));
  return {meters, needs, notes: ['SNS deliveries to SQS queues and Lambda functions are free. Not priced: SMS (AWS prices it per destination country and origination type) and mobile push deliveries.']};
}

export function priceSns(input: MeterInput, options: ServiceOptions = {}): MeteredBill {
  const metered = meterSns(input);
  return priceMeters(metered.meters, {sns: snsModel}, options, metered.needs);
}
