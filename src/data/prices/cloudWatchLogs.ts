/**
 * Amazon CloudWatch Logs: ingestion, storage, Logs Insights scans.
 * @see https://aws.amazon.com/cloudwatch/pricing/
 * @see https://aws.amazon.com/blogs/compute/aws-lambda-introduces-tiered-pricing-for-amazon-cloudwatch-logs-and-additional-logging-destinations/
 * Since 1 May 2025, logs that Lambda functions send to CloudWatch Logs (Standard class) are
 * priced as vended logs with volume tiers: first 10 TB $0.50/GB, next 20 TB $0.25/GB, next 20 TB
 * $0.10/GB, over 50 TB $0.05/GB (1 TB = 1,024 GB here, as AWS's calculator counts). Other log
 * groups pay the flat $0.50/GB. Always free: 5 GB of log data a month, shared by ingestion,
 * archive storage and data scanned by Logs Insights.
 */
import {flat, type ServicePriceSheet} from './types.ts';

export type LogsDimension = 'lambdaIngestion' | 'ingestion' | 'storage' | 'insightsScanned';

export const CLOUDWATCH_LOGS_PRICES: ServicePriceSheet<LogsDimension> = {
  service: 'Amazon CloudWatch Logs',
  source: 'https://aws.amazon.com/cloudwatch/pricing/',
  asOf: '2026-12-02',
  regionsNote: 'us-east-1 only',
  regions: {
    'us-east-1': {
      lambdaIngestion: {
        unit: 'GB',
        tiers: [
          {upTo: 10_240, usd: '0.5'},
          {upTo: 30_720, usd: '0.25'},
          {upTo: 51_200, usd: '0.1'},
          {upTo: null, usd: '0.05'},
        ],
        note: 'Lambda logs (vended-log tiers since 2025-05-01), Standard log class.',
      },
      ingestion: flat('GB', '0.5', 'Standard log class, custom logs.'),
      storage: flat('GB-month', '0.03', 'Archive storage (compressed).'),
      insightsScanned: flat('GB', '0.005', 'Logs Insights: per GB of data scanned.'),
    },
  },
  free: {
    data: {quantity: 5, kind: 'always-free', dimensions: ['lambdaIngestion', 'ingestion', 'storage', 'insightsScanned'], note: '5 GB of log data/month (ingestion, storage and Insights scans together)'},
  },
};
