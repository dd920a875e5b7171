/** The usage keys each resource of a design reads (infracost's names where infracost has one). */
import {API_USAGE_KEYS} from '../pricing/services/apiGateway.ts';
import {LOG_GROUP_USAGE_KEYS} from '../pricing/services/cloudWatchLogs.ts';
import {DATA_TRANSFER_USAGE_KEYS} from '../pricing/services/dataTransfer.ts';
import {TABLE_USAGE_KEYS} from '../pricing/services/dynamodb.ts';
import {EVENT_BUS_USAGE_KEYS, SCHEDULE_USAGE_KEYS} from '../pricing/services/eventBridge.ts';
import {ALB_USAGE_KEYS} from '../pricing/services/loadBalancer.ts';
import {BUCKET_USAGE_KEYS} from '../pricing/services/s3.ts';
import {PARAMETER_USAGE_KEYS, REQUEST_USAGE_KEYS} from '../pricing/services/secrets.ts';
import {SNS_USAGE_KEYS} from '../pricing/services/sns.ts';
import {SQS_USAGE_KEYS} from '../pricing/services/sqs.ts';
import {STATE_MACHINE_USAGE_KEYS} from '../pricing/services/stepFunctions.ts';
import type {UsageKeySpec} from '../pricing/services/types.ts';
import {ENDPOINT_USAGE_KEYS, NAT_USAGE_KEYS} from '../pricing/services/vpc.ts';
import {XRAY_USAGE_KEYS} from '../pricing/services/xray.ts';
import type {Design, DesignFunction, DesignResource} from './readDesign.ts';

/** The reserved usage entry for account-level data transfer (infracost: aws_data_transfer). */
export const DATA_TRANSFER_ID = 'data_transfer';

export const FUNCTION_KEYS: readonly UsageKeySpec[] = [
  {key: 'monthly_requests', description: 'Invocations per month', integer: true},
  {key: 'request_duration_ms', description: 'Average duration per invocation in ms (billed per 1 ms)', max: 900_000},
];
/** A function's own log group (when the template does not declare one): Lambda's tiered log rates. */
export const FUNCTION_LOG_KEYS: readonly UsageKeySpec[] = [
  {key: 'monthly_data_ingested_gb', description: 'Log data the function writes per month in GB (START/END/REPORT ≈ 0.3 KB per invocation + your own output)'},
  {key: 'log_storage_gb', description: 'Log data stored in GB (optional; set a retention period or it grows every month)'},
  {key: 'monthly_data_scanned_gb', description: 'Logs Insights GB scanned per month (optional)'},
];
const OUTBOUND: UsageKeySpec = {key: 'monthly_outbound_internet_gb', description: 'GB of responses sent to the internet per month (optional; 100 GB a month are free account-wide)'};
const NAT_FROM_FUNCTION: UsageKeySpec = {key: 'monthly_nat_data_processed_gb', description: 'GB this VPC function sends through a NAT gateway per month (internet and AWS APIs without a VPC endpoint)'};

export function functionKeys(fn: DesignFunction): UsageKeySpec[] {
  const logKeys = fn.logGroup ? [{...FUNCTION_LOG_KEYS[0]!, description: `${FUNCTION_LOG_KEYS[0]!.description}; flows to its log group ${fn.logGroup} unless ${fn.logGroup} has its own`}] : FUNCTION_LOG_KEYS;
  return [...FUNCTION_KEYS, ...logKeys, ...(fn.tracing ? XRAY_USAGE_KEYS : []), ...(fn.vpc ? [NAT_FROM_FUNCTION] : []), OUTBOUND];
}

/** Every key a resource accepts, or undefined for resources that take no usage (free, not priced). */
export function usageKeysFor(resource: DesignResource, design: Design): readonly UsageKeySpec[] | undefined {
  switch (resource.kind) {
    case 'function': {
      const fn = design.functions.find((entry) => entry.config.name === resource.id);
      return fn ? functionKeys(fn) : FUNCTION_KEYS;
    }
    case 'restApi':
      return [...API_USAGE_KEYS.rest, OUTBOUND];
    case 'httpApi':
      return [...API_USAGE_KEYS.http, OUTBOUND];
    case 'websocketApi':
      return [...API_USAGE_KEYS.websocket, OUTBOUND];
    case 'queue':
      return SQS_USAGE_KEYS;
    case 'topic':
      return SNS_USAGE_KEYS;
    case 'eventBus':
      return EVENT_BUS_USAGE_KEYS;
    case 'schedule':
      return SCHEDULE_USAGE_KEYS;
    case 'stateMachine':
      return STATE_MACHINE_USAGE_KEYS[resource.config['express'] ? 'express' : 'standard'];
    case 'table':
      // Provisioned tables pay for capacity (from the template), not request units; streams only when enabled.
      return TABLE_USAGE_KEYS.filter((spec) => (spec.key.includes('streams') ? resource.config['streams'] === true : !spec.key.includes('request_units') || resource.config['onDemand'] !== false));
    case 'bucket':
      return BUCKET_USAGE_KEYS;
    case 'logGroup':
      return LOG_GROUP_USAGE_KEYS;
    case 'natGateway':
      return NAT_USAGE_KEYS;
    case 'vpcEndpoint':
      return ENDPOINT_USAGE_KEYS;
    case 'kmsKey':
    case 'secret':
      return REQUEST_USAGE_KEYS;
    case 'parameter':
      return PARAMETER_USAGE_KEYS;
    case 'loadBalancer':
      return ALB_USAGE_KEYS;
    case 'dataTransfer':
      return DATA_TRANSFER_USAGE_KEYS;
    default:
      return undefined;
  }
}
