/**
 * Limits of the services in front of a function that interact with its settings:
 * SQS event source mappings and API Gateway integrations.
 */
import type {Sourced} from './schema.ts';
import {SOURCES} from './sources.ts';

export interface IntegrationLimit extends Sourced {
  readonly id: string;
  readonly name: string;
  readonly value: number;
  readonly min?: number;
  readonly default?: number;
  readonly unit: 'seconds' | 'milliseconds' | 'count' | 'multiplier';
  /** Whether a quota request can raise it (false for configuration ranges). */
  readonly adjustable: boolean;
}

export const INTEGRATION_LIMITS = [
  {id: 'sqs.visibilityMultiplier', adjustable: false, name: 'SQS visibility timeout as a multiple of the function timeout (recommended minimum)', value: 6, unit: 'multiplier', source: SOURCES.sqsEventSource, asOf: '2026-11-24', note: 'With a batching window, 6 × function timeout + MaximumBatchingWindowInSeconds. Lambda rejects a mapping whose queue visibility timeout is below the function timeout.'},
  {id: 'sqs.visibilityTimeout', adjustable: false, name: 'SQS queue visibility timeout', min: 0, value: 43_200, default: 30, unit: 'seconds', source: SOURCES.sqsQuotas, asOf: '2026-11-24', note: '0 seconds to 12 hours; default 30 seconds.'},
  {id: 'sqs.batchSizeStandard', adjustable: false, name: 'SQS batch size, standard queue', min: 1, value: 10_000, default: 10, unit: 'count', source: SOURCES.eventSourceMappingApi, asOf: '2022-11-14'},
  {id: 'sqs.batchSizeFifo', adjustable: false, name: 'SQS batch size, FIFO queue', min: 1, value: 10, default: 10, unit: 'count', source: SOURCES.eventSourceMappingApi, asOf: '2022-11-14'},
  {id: 'sqs.batchSizeWithoutWindow', adjustable: false, name: 'Largest SQS batch size without a batching window', value: 10, unit: 'count', source: SOURCES.sqsEventSource, asOf: '2022-11-14', note: 'A batch size above 10 needs MaximumBatchingWindowInSeconds of at least 1.'},
  {id: 'esm.batchingWindow', adjustable: false, name: 'Maximum batching window', min: 0, value: 300, default: 0, unit: 'seconds', source: SOURCES.eventSourceMappingApi, asOf: '2022-11-14'},
  {id: 'sqs.maximumConcurrency', adjustable: false, name: 'SQS event source maximum concurrency', min: 2, value: 1_000, unit: 'count', source: SOURCES.eventSourceMappingApi, asOf: '2026-11-24'},
  {id: 'apigw.restIntegrationTimeout', adjustable: true, name: 'API Gateway REST API integration timeout', min: 50, value: 29_000, default: 29_000, unit: 'milliseconds', source: SOURCES.apiGatewayTimeoutNews, asOf: '2024-06-04', note: 'Default 29 s, which was also the maximum until 2024-06-04; since then Regional and private REST APIs can raise it above 29 s with a quota request (edge-optimized APIs cannot).'},
  {id: 'apigw.httpIntegrationTimeout', adjustable: false, name: 'API Gateway HTTP API integration timeout', min: 50, value: 30_000, default: 30_000, unit: 'milliseconds', source: SOURCES.apiGatewayHttpQuotas, asOf: '2026-11-24', note: 'Maximum integration timeout 30 seconds; cannot be increased.'},
  {id: 'apigw.websocketIntegrationTimeout', adjustable: false, name: 'API Gateway WebSocket API integration timeout', min: 50, value: 29_000, default: 29_000, unit: 'milliseconds', source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-execution-service-websocket-limits-table.html', asOf: '2026-12-02', note: '50 ms to 29 s for every integration type; cannot be increased.'},
  {id: 'elb.lambdaTargetsPerGroup', adjustable: false, name: 'Lambda functions registered in one ALB target group', value: 1, unit: 'count', source: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html', asOf: '2026-12-02', note: 'A target group of type lambda holds one function; use one target group per function.'},
] as const satisfies readonly IntegrationLimit[];

export type IntegrationLimitId = (typeof INTEGRATION_LIMITS)[number]['id'];

export function getIntegrationLimit(id: IntegrationLimitId): IntegrationLimit {
  const limit = INTEGRATION_LIMITS.find((entry) => entry.id === id);
  if (!limit) throw new Error(`unknown integration limit '${id}'`);
  return limit;
}

/** Environment variable names Lambda reserves: a function cannot set them. */
export const RESERVED_ENVIRONMENT_VARIABLES = {
  names: ['_HANDLER', '_X_AMZN_TRACE_ID', 'AWS_DEFAULT_REGION', 'AWS_REGION', 'AWS_EXECUTION_ENV', 'AWS_LAMBDA_FUNCTION_NAME', 'AWS_LAMBDA_FUNCTION_MEMORY_SIZE', 'AWS_LAMBDA_FUNCTION_VERSION', 'AWS_LAMBDA_INITIALIZATION_TYPE', 'AWS_LAMBDA_LOG_GROUP_NAME', 'AWS_LAMBDA_LOG_STREAM_NAME', 'AWS_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_LAMBDA_RUNTIME_API', 'LAMBDA_TASK_ROOT', 'LAMBDA_RUNTIME_DIR', 'TZ'],
  source: SOURCES.environmentVariables,
  asOf: '2026-11-24',
} as const;
