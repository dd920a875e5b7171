/**
 * Lambda Managed Instances (launched 2025-11-30): functions run on EC2 instances Lambda manages in
 * your account. The bill is the EC2 instance price, plus a compute management fee on the EC2
 * on-demand price, plus requests at the Lambda request rate; there is no GB-second duration
 * charge. EC2 Savings Plans and Reserved Instances reduce the EC2 part; the fee is charged on the
 * on-demand price.
 */
import type {Sourced} from '../schema.ts';
import {SOURCES} from '../sources.ts';

export interface SourcedValue extends Sourced {
  readonly value: number;
}

const PRICING_AS_OF = '2026-06-22';
const LMI_DOCS = 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances.html';
const CAPACITY_PROVIDER_API = 'https://docs.aws.amazon.com/lambda/latest/api/API_LambdaManagedInstancesCapacityProviderConfig.html';
const SCALING_API = 'https://docs.aws.amazon.com/lambda/latest/api/API_FunctionScalingConfig.html';

export const MANAGED_INSTANCES_PRICING = {
  /** "a 15% premium on the EC2 on-demand instance price". */
  managementFeePercent: {value: 15, source: SOURCES.pricing, asOf: PRICING_AS_OF, note: 'Compute management fee: 15% of the EC2 on-demand price of the instances the capacity provider runs, whatever discount applies to the instances. Requests are billed at the Lambda request rate ($0.20 per 1M in us-east-1); there is no duration charge.'},
  /** EC2 Instance Savings Plans go up to 72% off; they and RIs apply to the EC2 part only. */
  maxEc2DiscountPercent: {value: 72, source: 'https://docs.aws.amazon.com/savingsplans/latest/userguide/what-is-savings-plans.html', asOf: '2026-06-22', note: 'Savings Plans and Reserved Instances apply to the EC2 instance charges of Managed Instances ("you benefit from EC2 pricing advantages, including EC2 Savings Plans and Reserved Instances"); the management fee stays on the on-demand price.'},
} as const satisfies Record<string, SourcedValue>;

/** The limits that shape sizing and the checker's rules. */
export const MANAGED_INSTANCES_LIMITS = {
  memoryGiBPerVcpuMin: {value: 2, source: CAPACITY_PROVIDER_API, asOf: '2026-06-22', note: 'ExecutionEnvironmentMemoryGiBPerVCpu: valid range 2.0–8.0 (the console offers 2:1, 4:1 and 8:1).'},
  memoryGiBPerVcpuMax: {value: 8, source: CAPACITY_PROVIDER_API, asOf: '2026-06-22'},
  memoryGiBPerVcpuDefault: {value: 2, source: 'https://www.serverless.com/framework/docs/providers/aws/guide/managed-instances', asOf: '2026-06-22', note: 'memoryPerVCpu defaults to 2 GB per vCPU (AWS service default as documented by the Serverless Framework).'},
  memoryMinMB: {value: 2048, source: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-best-practices.html', asOf: '2026-12-02', note: '"The minimum supported function size is 2GB and 1 vCPU" (best practices for Lambda Managed Instances).'},
  memoryMaxMB: {value: 32_768, source: 'https://refactix.com/cloud-infrastructure-devops/lambda-managed-instances-when-dedicated-ec2-pays-off', asOf: '2026-04-28', note: 'Raised to 32 GB and 16 vCPUs in March 2026 (third-party reports; the AWS announcement was not found in the sources Lambda Lab could read).'},
  perEnvironmentMaxConcurrencyMax: {value: 1600, source: CAPACITY_PROVIDER_API, asOf: '2026-06-22', note: 'PerExecutionEnvironmentMaxConcurrency: valid range 1–1,600.'},
  executionEnvironmentsMax: {value: 15_000, source: SCALING_API, asOf: '2026-06-22', note: 'FunctionScalingConfig Min/MaxExecutionEnvironments: 0–15,000.'},
  executionEnvironmentsMinDefault: {value: 3, source: 'https://www.serverless.com/framework/docs/providers/aws/guide/managed-instances', asOf: '2026-06-22', note: '"By default, AWS Lambda maintains a minimum of 3 execution environments" (spread across Availability Zones): capacity is paid for even with no traffic.'},
  asyncTimeoutSeconds: {value: 5400, source: 'https://aws.amazon.com/blogs/compute/announcing-90-minute-function-timeout-on-aws-lambda-managed-instances/', asOf: '2026-09-01', note: '90 minutes for asynchronous invocations and event source mappings (not Amazon MQ or DocumentDB); synchronous invocations stay at 15 minutes.'},
  syncTimeoutSeconds: {value: 900, source: SOURCES.timeout, asOf: '2026-09-01'},
  trafficDoublingMinutes: {value: 5, source: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-scaling.html', asOf: '2026-06-22', note: 'Managed Instances scale asynchronously on CPU use and multi-concurrency saturation, not per request; traffic that more than doubles within 5 minutes can be throttled while instances and environments are added.'},
} as const satisfies Record<string, SourcedValue>;

/** Default concurrent invocations per vCPU of an execution environment, by runtime family. */
export const MANAGED_INSTANCES_DEFAULT_CONCURRENCY_PER_VCPU = {
  values: {nodejs: 64, java: 32, dotnet: 32, python: 16} as Readonly<Record<string, number>>,
  source: 'https://aws.amazon.com/about-aws/whats-new/2025/11/aws-lambda-managed-instances/',
  asOf: '2025-11-30',
  note: 'Node.js 64, Java and .NET 32, Python 16 concurrent invocations per vCPU by default.',
} as const;
