/**
 * Lambda on demand (x86, arm64), Lambda with provisioned concurrency, Lambda Managed Instances,
 * Fargate and EC2, priced for the same workload. Fleets are sized for the *peak* at a stated
 * utilisation target (not the average) and run all month; Lambda bills what runs.
 */
import {findInstanceType} from '../../../data/prices/ec2.ts';
import {MANAGED_INSTANCES_LIMITS} from '../../../data/prices/managedInstances.ts';
import {checkRange} from '../validateUsage.ts';
import {priceFunction} from '../priceFunction.ts';
import {fail, ok, type Result} from '../../result.ts';
import type {LineItem} from '../types.ts';
import {priceEc2Instances} from './ec2.ts';
import {priceFargateLines} from './fargate.ts';
import {priceManagedInstances} from './managedInstances.ts';
import {toEstimate} from './pricedLine.ts';

const HOURS = 730;
const SECONDS_PER_MONTH = HOURS * 3600;

export interface CompareWorkload {
  readonly region?: string;
  /** Invocations per month. */
  readonly requestsPerMonth: number;
  /** Peak rate ÷ average rate over the day (1 = flat). */
  readonly peakToAverage: number;
  readonly averageDurationMs: number;
  /** Lambda memory, MB. */
  readonly memoryMB: number;
  /** Share of each request's duration spent on a CPU (0–1); the rest is waiting on I/O. */
  readonly cpuShare: number;
  /** Requests one vCPU can keep in flight at once (Managed Instances, containers, servers). */
  readonly concurrencyPerVcpu: number;
  /** Fleet utilisation target at the peak, 0.1–1. */
  readonly utilisationTarget: number;
  /** For Managed Instances and EC2. */
  readonly instanceType: string;
  /** Fargate task size. */
  readonly taskVcpu: number;
  readonly taskMemoryGB: number;
  readonly fargateArchitecture?: 'x86_64' | 'arm64';
}

export type ComputeOptionId = 'lambda-x86' | 'lambda-arm64' | 'lambda-provisioned' | 'managed-instances' | 'fargate' | 'ec2';
export const COMPUTE_OPTION_IDS: readonly ComputeOptionId[] = ['lambda-x86', 'lambda-arm64', 'lambda-provisioned', 'managed-instances', 'fargate', 'ec2'];

export interface ComputeOption {
  readonly id: ComputeOptionId;
  readonly label: string;
  readonly monthlyUsd: number;
  /** How it was sized ("3 × m7g.xlarge for the peak of 120 requests/s at 60%"). */
  readonly sizing: string;
  readonly lineItems: readonly LineItem[];
  /** What the figure does not include. */
  readonly leavesOut: readonly string[];
  /** The teaching page that explains it. */
  readonly learnMore: string;
}

export interface Comparison {
  readonly options: readonly ComputeOption[];
  readonly cheapest: ComputeOptionId;
  readonly peakRequestsPerSecond: number;
  readonly averageRequestsPerSecond: number;
  readonly notes: readonly string[];
}

/** Checks every field; the message names it, its range and where the range comes from. */
export function validateWorkload(workload: CompareWorkload): Result<CompareWorkload> {
  const problems = [
    checkRange('requests per month', workload.requestsPerMonth, 0, 1e12, 'requests', 'Lambda Lab limit'),
    checkRange('peak to average', workload.peakToAverage, 1, 100, '×', 'the peak is at least the average'),
    checkRange('average duration', workload.averageDurationMs, 1, 900_000, 'ms', 'AWS Lambda quotas: timeout ≤ 900 s'),
    checkRange('memory', workload.memoryMB, 128, 10_240, 'MB', 'AWS Lambda quotas'),
    checkRange('CPU share', workload.cpuShare, 0.01, 1, '(fraction of the duration)', 'a share'),
    checkRange('concurrency per vCPU', workload.concurrencyPerVcpu, 1, 1600, 'requests', 'PerExecutionEnvironmentMaxConcurrency ≤ 1,600 (Lambda Managed Instances)'),
    checkRange('utilisation target', workload.utilisationTarget, 0.1, 1, '(fraction)', 'a share of the fleet'),
    checkRange('task vCPU', workload.taskVcpu, 0.25, 16, 'vCPU', 'Fargate task sizes'),
    checkRange('task memory', workload.taskMemoryGB, 0.5, 120, 'GB', 'Fargate task sizes'),
  ];
  const first = problems.find((problem): problem is string => problem !== null);
  if (first) return fail(first);
  if (!findInstanceType(workload.instanceType)) return fail(`instance type: '${workload.instanceType}' is not in Lambda Lab's data (M, C and R 7th generation, large–4xlarge)`);
  return ok(workload);
}

const fmt = (value: number, digits = 1) => value.toLocaleString('en-US', {maximumFractionDigits: digits});

/** How many units (instances, tasks) of `vcpus` each the peak needs: CPU at the target, and requests in flight. */
function unitsForPeak(peakRps: number, workload: CompareWorkload, vcpus: number, minimum: number): {units: number; why: string} {
  const cpuSecondsPerSecond = peakRps * (workload.averageDurationMs / 1000) * workload.cpuShare;
  const byCpu = Math.ceil(cpuSecondsPerSecond / (vcpus * workload.utilisationTarget) - 1e-9);
  const inFlight = peakRps * (workload.averageDurationMs / 1000);
  const byConcurrency = Math.ceil(inFlight / (vcpus * workload.concurrencyPerVcpu * workload.utilisationTarget) - 1e-9);
  const units = Math.max(minimum, byCpu, byConcurrency);
  const why = units === minimum && minimum >= Math.max(byCpu, byConcurrency) ? `the minimum of ${minimum}` : byCpu >= byConcurrency ? `CPU: ${fmt(cpuSecondsPerSecond, 2)} vCPU busy at the peak ÷ (${vcpus} vCPU × ${fmt(workload.utilisationTarget * 100, 0)}%)` : `concurrency: ${fmt(inFlight, 1)} requests in flight at the peak ÷ (${vcpus} vCPU × ${workload.concurrencyPerVcpu} per vCPU × ${fmt(workload.utilisationTarget * 100, 0)}%)`;
  return {units, why};
}

const LEAVES_OUT = {
  common: ['data transfer', 'CloudWatch logs and metrics', 'other services the code calls'],
  lambda: ['the free tier (it is per account; the comparison leaves it out for every option)'],
  fleet: ['autoscaling: the fleet is sized for the peak and runs all month (idle capacity off-peak is paid for)', 'a load balancer or API in front'],
  ops: ['operations work: patching the OS, AMIs and runtimes, scaling policies, on-call'],
};

interface Context {
  readonly workload: CompareWorkload;
  readonly region: string;
  readonly peakRps: number;
  readonly lambda: {readonly region: string; readonly memoryMB: number; readonly averageDurationMs: number; readonly requestsPerMonth: number};
}

function lambdaOnDemand(ctx: Context, architecture: 'x86_64' | 'arm64'): ComputeOption {
  const estimate = priceFunction({...ctx.lambda, architecture}, {freeTier: false});
  return {
    id: architecture === 'x86_64' ? 'lambda-x86' : 'lambda-arm64',
    label: `Lambda on demand (${architecture})`,
    monthlyUsd: estimate.total,
    sizing: `${fmt(ctx.workload.memoryMB, 0)} MB, pay per request and per ms: nothing runs, nothing is billed`,
    lineItems: estimate.lineItems,
    leavesOut: [...LEAVES_OUT.lambda, ...LEAVES_OUT.common],
    learnMore: '/docs/pricing/how-billing-works',
  };
}

/** Provisioned concurrency for the peak's requests in flight, at the target, all month. */
function lambdaProvisioned({workload, peakRps, lambda}: Context): ComputeOption {
  const inFlight = peakRps * (workload.averageDurationMs / 1000);
  const concurrency = Math.max(1, Math.ceil(inFlight / workload.utilisationTarget - 1e-9));
  const pc = priceFunction({...lambda, architecture: 'arm64', provisionedConcurrency: {concurrency, hoursPerMonth: HOURS}}, {freeTier: false});
  return {
    id: 'lambda-provisioned',
    label: 'Lambda with provisioned concurrency (arm64)',
    monthlyUsd: pc.total,
    sizing: `${fmt(concurrency, 0)} environment(s) kept warm all month: ${fmt(inFlight, 1)} requests in flight at the peak ÷ ${fmt(workload.utilisationTarget * 100, 0)}%`,
    lineItems: pc.lineItems,
    leavesOut: [...LEAVES_OUT.lambda, ...LEAVES_OUT.common, 'scheduled scaling of provisioned concurrency (it is on all month here)'],
    learnMore: '/docs/scaling/concurrency',
  };
}

/** Managed Instances: at least 3 instances (Lambda keeps 3 execution environments, spread over Availability Zones). */
function managedInstances({workload, region, peakRps}: Context): ComputeOption {
  const instance = findInstanceType(workload.instanceType)!;
  const units = unitsForPeak(peakRps, workload, instance.vcpus, MANAGED_INSTANCES_LIMITS.executionEnvironmentsMinDefault.value);
  const lmi = priceManagedInstances({region, instanceType: workload.instanceType, instances: units.units, hoursPerMonth: HOURS, requestsPerMonth: workload.requestsPerMonth});
  return {
    id: 'managed-instances',
    label: `Lambda Managed Instances (${workload.instanceType})`,
    monthlyUsd: lmi.total,
    sizing: `${units.units} × ${workload.instanceType} (${instance.vcpus} vCPU, ${instance.memoryGiB} GiB) for the peak of ${fmt(peakRps, 2)} requests/s: ${units.why}`,
    lineItems: lmi.lineItems,
    leavesOut: [...LEAVES_OUT.common, 'EC2 Savings Plans or Reserved Instances (they lower the EC2 part, not the fee)', 'the VPC, subnets and NAT the capacity provider needs'],
    learnMore: '/docs/newer-features/compute-choices',
  };
}

/** Fargate: at least 2 tasks (two Availability Zones). */
function fargate({workload, region, peakRps}: Context): ComputeOption {
  const architecture = workload.fargateArchitecture ?? 'arm64';
  const tasks = unitsForPeak(peakRps, workload, workload.taskVcpu, 2);
  const estimate = toEstimate(priceFargateLines({region, architecture, vcpu: workload.taskVcpu, memoryGB: workload.taskMemoryGB, tasks: tasks.units, hoursPerMonth: HOURS}));
  return {
    id: 'fargate',
    label: `Fargate (${architecture === 'arm64' ? 'Linux/ARM' : 'Linux/x86'})`,
    monthlyUsd: estimate.total,
    sizing: `${tasks.units} task(s) of ${fmt(workload.taskVcpu, 2)} vCPU / ${fmt(workload.taskMemoryGB, 2)} GB: ${tasks.why}`,
    lineItems: estimate.lineItems,
    leavesOut: [...LEAVES_OUT.common, ...LEAVES_OUT.fleet, 'Fargate Spot and Compute Savings Plans', 'building and running the container image and service'],
    learnMore: '/docs/basics/when-not-to-use-lambda',
  };
}

/** EC2: at least 2 instances (two Availability Zones); you run everything else. */
function ec2({workload, region, peakRps}: Context): ComputeOption {
  const instance = findInstanceType(workload.instanceType)!;
  const units = unitsForPeak(peakRps, workload, instance.vcpus, 2);
  const estimate = toEstimate(priceEc2Instances({region, instanceType: workload.instanceType, instances: units.units, hoursPerMonth: HOURS}, {instances: 'ec2Instances', discount: 'ec2Discount'}).lines);
  return {
    id: 'ec2',
    label: `EC2 on demand (${workload.instanceType})`,
    monthlyUsd: estimate.total,
    sizing: `${units.units} × ${workload.instanceType}: ${units.why}`,
    lineItems: estimate.lineItems,
    leavesOut: [...LEAVES_OUT.common, ...LEAVES_OUT.fleet, ...LEAVES_OUT.ops, 'EBS volumes', 'Savings Plans, Reserved Instances or Spot'],
    learnMore: '/docs/basics/when-not-to-use-lambda',
  };
}

const BUILDERS: Readonly<Record<ComputeOptionId, (ctx: Context) => ComputeOption>> = {
  'lambda-x86': (ctx) => lambdaOnDemand(ctx, 'x86_64'),
  'lambda-arm64': (ctx) => lambdaOnDemand(ctx, 'arm64'),
  'lambda-provisioned': lambdaProvisioned,
  'managed-instances': managedInstances,
  fargate,
  ec2,
};

function context(workload: CompareWorkload): Context {
  const checked = validateWorkload(workload);
  if (!checked.ok) throw new RangeError(checked.error);
  const region = workload.region ?? 'us-east-1';
  const peakRps = (workload.requestsPerMonth / SECONDS_PER_MONTH) * workload.peakToAverage;
  return {workload, region, peakRps, lambda: {region, memoryMB: workload.memoryMB, averageDurationMs: workload.averageDurationMs, requestsPerMonth: workload.requestsPerMonth}};
}

/** One option alone (the break-even search prices two at a time). */
export function priceComputeOption(workload: CompareWorkload, id: ComputeOptionId): ComputeOption {
  return BUILDERS[id](context(workload));
}

/** Prices the six options for one workload. @throws RangeError for input validateWorkload rejects, or unknown prices. */
export function compareCompute(workload: CompareWorkload): Comparison {
  const ctx = context(workload);
  const {peakRps} = ctx;
  const averageRps = workload.requestsPerMonth / SECONDS_PER_MONTH;
  const options = COMPUTE_OPTION_IDS.map((id) => BUILDERS[id](ctx));
  const cheapest = options.reduce((best, option) => (option.monthlyUsd < best.monthlyUsd ? option : best), options[0]!);
  return {
    options,
    cheapest: cheapest.id,
    peakRequestsPerSecond: peakRps,
    averageRequestsPerSecond: averageRps,
    notes: [
      `Traffic: ${fmt(workload.requestsPerMonth, 0)} requests a month = ${fmt(averageRps, 3)} requests/s on average, ${fmt(peakRps, 3)} at the peak (${fmt(workload.peakToAverage, 2)}× the average); a month is ${HOURS} hours.`,
      'Fleets (provisioned concurrency, Managed Instances, Fargate, EC2) are sized for the peak and billed all month; Lambda on demand bills only what runs.',
      'The same code is assumed to need the same CPU time everywhere; Lambda allocates CPU in proportion to memory (1 vCPU at 1,769 MB), so a CPU-heavy function may need more memory than assumed here.',
    ],
  };
}
