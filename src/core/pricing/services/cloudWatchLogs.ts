/** CloudWatch Logs pricer: Lambda's tiered (vended) ingestion or flat ingestion, storage, Insights scans. */
import {CLOUDWATCH_LOGS_PRICES, type LogsDimension} from '../../../data/prices/cloudWatchLogs.ts';
import {meter, need, q, read} from './meterHelpers.ts';
import {priceMeters} from './priceMeters.ts';
import type {Meter, MeteredBill, MeterInput, NeededInput, ResourceMeters, ServiceModel, ServiceOptions, UsageKeySpec} from './types.ts';

export const cloudWatchLogsModel: ServiceModel<LogsDimension> = {
  key: 'logs',
  sheet: CLOUDWATCH_LOGS_PRICES,
  dimensions: {
    lambdaIngestion: {label: 'Lambda log ingestion (CloudWatch Logs, tiered)', unit: 'GB'},
    ingestion: {label: 'Log ingestion', unit: 'GB'},
    storage: {label: 'Log storage', unit: 'GB-month'},
    insightsScanned: {label: 'Logs Insights data scanned', unit: 'GB'},
  },
};

export interface LogGroupConfig {
  /** The group a Lambda function writes to (tiered vended-log rates). */
  readonly lambda?: boolean;
}

export const LOG_GROUP_USAGE_KEYS: readonly UsageKeySpec[] = [
  {key: 'monthly_data_ingested_gb', description: 'Log data ingested per month in GB (Lambda: START/END/REPORT lines + your own output)'},
  {key: 'storage_gb', description: 'Log data stored in GB (optional; grows each month without a retention period)'},
  {key: 'monthly_data_scanned_gb', description: 'Data scanned by Logs Insights queries per month in GB (optional)'},
];

export function meterLogGroup(input: MeterInput<LogGroupConfig>): ResourceMeters {
  const meters: Meter[] = [];
  const needs: NeededInput[] = [];
  const ingested = read(input, 'monthly_data_ingested_gb');
  const ingestion: LogsDimension = input.config?.lambda ? 'lambdaIngestion' : 'ingestion';
  if (ingested) meters.push(meter('logs', ingestion, input, ingested, `${q(ingested)} GB ingested`));
  else needs.push(need('logs', input, cloudWatchLogsModel.dimensions[ingestion].label, 'monthly_data_ingested_gb'));
  const stored = read(input, 'storage_gb');
  if (stored) meters.push(meter('logs', 'storage', input, stored, `${q(stored)} GB-month stored`));
  const scanned = read(input, 'monthly_data_scanned_gb');
  if (scanned) meters.push(meter('logs', 'insightsScanned', input, scanned, `${q(scanned)} GB scanned`));
  return {meters, needs, notes: []};
}

export function priceCloudWatchLogs(input: MeterInput<LogGroupConfig>, options: ServiceOptions = {}): MeteredBill {
  const metered = meterLogGroup(input);
  return priceMeters(metered.meters, {logs: cloudWatchLogsModel}, options, metered.needs);
}
