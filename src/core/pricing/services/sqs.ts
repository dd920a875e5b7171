/** SQS pricer: requests in 64 KB chunks, standard or FIFO. */
import {SQS_PRICES, type SqsDimension} from '../../../data/prices/sqs.ts';
import {chunked, meter, need, read} from './meterHelpers.ts';
import {priceMeters} from './priceMeters.ts';
import type {MeteredBill, MeterInput, ResourceMeters, ServiceModel, ServiceOptions, UsageKeySpec} from './types.ts';

export const sqsModel: ServiceModel<SqsDimension> = {
  key: 'sqs',
  sheet: SQS_PRICES,
  dimensions: {
    standardRequests: {label: 'SQS standard requests', unit: 'requests', ratePer: 1_000_000},
    fifoRequests: {label: 'SQS FIFO requests', unit: 'requests', ratePer: 1_000_000},
  },
};

export interface SqsConfig {
  readonly fifo?: boolean;
}

export const SQS_USAGE_KEYS: readonly UsageKeySpec[] = [
  {key: 'monthly_requests', description: 'API requests per month (send + receive + delete, including empty receives)', integer: true},
  {key: 'request_size_kb', description: 'Average payload size in KB (each 64 KB chunk is one request; default: under 64 KB)'},
];

export function meterSqs(input: MeterInput<SqsConfig>): ResourceMeters {
  const requests = read(input, 'monthly_requests');
  const dimension: SqsDimension = input.config?.fifo ? 'fifoRequests' : 'standardRequests';
  if (!requests) return {meters: [], needs: [need('sqs', input, sqsModel.dimensions[dimension].label, 'monthly_requests')], notes: []};
  const metered = chunked(requests, read(input, 'request_size_kb'), 64, 'requests');
  return {meters: [meter('sqs', dimension, input, metered.quantity, metered.how)], needs: [], notes: []};
}

export function priceSqs(input: MeterInput<SqsConfig>, options: ServiceOptions = {}): MeteredBill {
  const metered = meterSqs(input);
  return priceMeters(metered.meters, {sqs: sqsModel}, options, metered.needs);
}
