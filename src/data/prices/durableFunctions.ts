/**
 * Lambda durable functions (December 2025): on top of the ordinary request and duration charges
 * of every invocation (including each replay after a wait, a callback or a retry), durable
 * operations, data written and data retained are billed. A wait suspends the execution without
 * any compute charge.
 */
import type {Sourced, UsdDecimal} from '../schema.ts';
import {SOURCES} from '../sources.ts';

export interface SourcedRate extends Sourced {
  readonly usd: UsdDecimal;
  readonly unit: string;
}

const AS_OF = '2026-06-22';
const QUOTAS = SOURCES.quotas;
const DURABLE_CONFIG = 'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_lambda.DurableConfig.html';

export const DURABLE_PRICES = {
  operation: {usd: '0.000008', unit: 'durable operation', source: SOURCES.pricing, asOf: AS_OF, note: '$8.00 per 1M durable operations (starting an execution, each step, wait, callback, chained invoke …), us-east-1, from the pricing page\'s durable functions example.'},
  dataWritten: {usd: '0.25', unit: 'GB written', source: SOURCES.pricing, asOf: AS_OF, note: '$0.25 per GB of data written by durable operations (checkpointed results and payloads).'},
  dataRetained: {usd: '0.15', unit: 'GB-month', source: SOURCES.pricing, asOf: AS_OF, note: '$0.15 per GB-month of data retained, for the retention period after an execution closes.'},
} as const satisfies Record<string, SourcedRate>;

export const DURABLE_LIMITS = {
  retentionDaysMin: {value: 1, source: DURABLE_CONFIG, asOf: AS_OF},
  retentionDaysMax: {value: 90, source: DURABLE_CONFIG, asOf: AS_OF},
  retentionDaysDefault: {value: 14, source: DURABLE_CONFIG, asOf: AS_OF, note: 'RetentionPeriodInDays defaults to 14.'},
  operationsPerExecution: {value: 3000, source: QUOTAS, asOf: AS_OF, note: 'Maximum durable operations per execution (not adjustable).'},
  executionTimeoutSeconds: {value: 31_622_400, source: DURABLE_CONFIG, asOf: AS_OF, note: 'ExecutionTimeout up to 366 days; each invocation still obeys the function timeout (15 minutes).'},
} as const satisfies Record<string, Sourced & {value: number}>;

/** Durable prices are only known for us-east-1. */
export const DURABLE_PRICE_REGIONS: readonly string[] = ['us-east-1'];
