/** DynamoDB pricer: on-demand request units or provisioned capacity hours, storage, streams. */
import {DYNAMODB_PRICES, type DynamoDbDimension} from '../../../data/prices/dynamodb.ts';
import {HOURS_PER_MONTH} from '../../quantity/types.ts';
import {fromNumber, int, mul} from '../exact.ts';
import {meter, need, q, read} from './meterHelpers.ts';
import {priceMeters} from './priceMeters.ts';
import type {Meter, MeteredBill, MeterInput, NeededInput, ResourceMeters, ServiceModel, ServiceOptions, UsageKeySpec} from './types.ts';

export const dynamoDbModel: ServiceModel<DynamoDbDimension> = {
  key: 'dynamodb',
  sheet: DYNAMODB_PRICES,
  dimensions: {
    writeRequestUnits: {label: 'DynamoDB write request units', unit: 'WRU', ratePer: 1_000_000},
    readRequestUnits: {label: 'DynamoDB read request units', unit: 'RRU', ratePer: 1_000_000},
    storage: {label: 'DynamoDB storage', unit: 'GB-month'},
    streamReads: {label: 'DynamoDB Streams read requests', unit: 'read request units', ratePer: 100_000},
    wcuHours: {label: 'DynamoDB provisioned write capacity', unit: 'WCU-hours'},
    rcuHours: {label: 'DynamoDB provisioned read capacity', unit: 'RCU-hours'},
  },
};

export interface TableConfig {
  /** From BillingMode: PAY_PER_REQUEST (on-demand) or PROVISIONED. */
  readonly onDemand: boolean;
  readonly writeCapacityUnits?: number;
  readonly readCapacityUnits?: number;
  /** StreamSpecification present. */
  readonly streams?: boolean;
}

export const TABLE_USAGE_KEYS: readonly UsageKeySpec[] = [
  {key: 'monthly_write_request_units', description: 'On-demand write request units per month (1 per 1 KB written)', integer: true},
  {key: 'monthly_read_request_units', description: 'On-demand read request units per month (1 per 4 KB strongly consistent read)', integer: true},
  {key: 'storage_gb', description: 'Table storage in GB'},
  {key: 'monthly_streams_read_request_units', description: 'Streams read request units per month (Lambda reading the stream is free)', integer: true},
];

export function meterTable(input: MeterInput<TableConfig>): ResourceMeters {
  const meters: Meter[] = [];
  const needs: NeededInput[] = [];
  const notes: string[] = [];
  const config = input.config ?? {onDemand: true};
  const add = (dimension: DynamoDbDimension, key: string, label: string, unit: string) => {
    const value = read(input, key);
    if (value) meters.push(meter('dynamodb', dimension, input, value, `${q(value)} ${unit}`));
    else needs.push(need('dynamodb', input, label, key));
  };
  if (config.onDemand) {
    add('writeRequestUnits', 'monthly_write_request_units', 'DynamoDB write request units', 'WRU');
    add('readRequestUnits', 'monthly_read_request_units', 'DynamoDB read request units', 'RRU');
  } else {
    for (const [dimension, units, label] of [['wcuHours', config.writeCapacityUnits, 'WCU'], ['rcuHours', config.readCapacityUnits, 'RCU']] as const) {
      if (units === undefined) {
        notes.push(`${input.resource}: provisioned ${label} not resolved from the template; not priced.`);
        continue;
      }
      const hours = mul(fromNumber(units), int(HOURS_PER_MONTH));
      meters.push(meter('dynamodb', dimension, input, hours, `${q(fromNumber(units))} ${label} × ${HOURS_PER_MONTH} hours`));
    }
  }
  add('storage', 'storage_gb', 'DynamoDB storage', 'GB-month');
  if (config.streams) {
    const reads = read(input, 'monthly_streams_read_request_units');
    if (reads) meters.push(meter('dynamodb', 'streamReads', input, reads, `${q(reads)} read request units`));
    else notes.push(`${input.resource}: stream reads by Lambda triggers are free; other stream consumers need monthly_streams_read_request_units.`);
  }
  return {meters, needs, notes};
}

export function priceDynamoDb(input: MeterInput<TableConfig>, options: ServiceOptions = {}): MeteredBill {
  const metered = meterTable(input);
  const bill = priceMeters(metered.meters, {dynamodb: dynamoDbModel}, options, metered.needs);
  return {...bill, notes: [...bill.notes, ...metered.notes]};
}
