/**
 * Amazon DynamoDB, Standard table class: on-demand requests, provisioned capacity, storage, streams.
 * @see https://aws.amazon.com/dynamodb/pricing/on-demand/
 * @see https://aws.amazon.com/dynamodb/pricing/provisioned/
 * On-demand rates since the November 2024 cut ($0.625 per million write request units, $0.125 per
 * million read request units). Always free every month: 25 GB of storage, 25 provisioned WCU and
 * 25 RCU (18,250 unit-hours each at 730 hours), 2.5M stream read request units.
 */
import {flat, type ServicePriceSheet} from './types.ts';

export type DynamoDbDimension = 'writeRequestUnits' | 'readRequestUnits' | 'storage' | 'streamReads' | 'wcuHours' | 'rcuHours';

export const DYNAMODB_PRICES: ServicePriceSheet<DynamoDbDimension> = {
  service: 'Amazon DynamoDB',
  source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
  asOf: '2026-12-02',
  regionsNote: 'us-east-1 only',
  regions: {
    'us-east-1': {
      writeRequestUnits: flat('write request unit', '0.000000625', '$0.625 per million WRU (on-demand).'),
      readRequestUnits: flat('read request unit', '0.000000125', '$0.125 per million RRU (on-demand).'),
      storage: flat('GB-month', '0.25', '$0.25 per GB-month (Standard table class).'),
      streamReads: flat('stream read request unit', '0.0000002', '$0.02 per 100,000 DynamoDB Streams read request units.'),
      wcuHours: flat('WCU-hour', '0.00065', 'Provisioned: $0.00065 per WCU-hour.'),
      rcuHours: flat('RCU-hour', '0.00013', 'Provisioned: $0.00013 per RCU-hour.'),
    },
  },
  free: {
    storage: {quantity: 25, kind: 'always-free', dimensions: ['storage'], note: '25 GB-month of DynamoDB storage'},
    wcu: {quantity: 18_250, kind: 'always-free', dimensions: ['wcuHours'], note: '25 provisioned WCU (18,250 WCU-hours)'},
    rcu: {quantity: 18_250, kind: 'always-free', dimensions: ['rcuHours'], note: '25 provisioned RCU (18,250 RCU-hours)'},
    streams: {quantity: 2_500_000, kind: 'always-free', dimensions: ['streamReads'], note: '2.5M DynamoDB Streams read request units'},
  },
};
