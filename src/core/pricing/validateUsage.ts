import {BILLING_RULES} from '../../data/billingRules.ts';
import {getQuota} from '../../data/quotas.ts';
import {ARCHITECTURES} from '../../data/schema.ts';
import {citeRule, UNSUPPORTED_COMBINATIONS as RULES} from '../../data/unsupportedCombinations.ts';
import {findInstanceType, INSTANCE_TYPES} from '../../data/prices/ec2.ts';
import {MANAGED_INSTANCES_LIMITS as LMI, MANAGED_INSTANCES_PRICING} from '../../data/prices/managedInstances.ts';
import {DURABLE_LIMITS} from '../../data/prices/durableFunctions.ts';
import {EVENT_POLLER_PRICES, POLLER_SOURCES} from '../../data/prices/eventPollers.ts';
import {fail, ok, type Result} from '../result.ts';
import {RUNTIME_FAMILIES, type FunctionUsage, type PricingOptions} from './types.ts';

const fmt = (value: number) => value.toLocaleString('en-US', {maximumFractionDigits: 6});

/** Checks one number against a range; the message names the field, the range and its source. */
export function checkRange(field: string, value: unknown, minimum: number, maximum: number, unit: string, source: string): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${field}: expected a number from ${fmt(minimum)} to ${fmt(maximum)} ${unit} (${source}), got ${JSON.stringify(value)}`;
  if (value < minimum) return `${field}: ${fmt(value)} ${unit} is below the minimum of ${fmt(minimum)} ${unit} (${source})`;
  if (value > maximum) return `${field}: ${fmt(value)} ${unit} is above the maximum of ${fmt(maximum)} ${unit} (${source})`;
  return null;
}

const QUOTAS_SOURCE = 'AWS Lambda quotas';
const PRICING_SOURCE = 'AWS Lambda pricing';
const MAX_COUNT = 1e15; // far beyond any account; keeps BigInt maths and JSON numbers sane
const HOURS_IN_LONGEST_MONTH = 744;

/**
 * Validates one function's usage. Returns the first problem as one sentence naming the field,
 * the accepted range and where the range comes from; never NaN, never a throw.
 */
export function validateUsage(usage: FunctionUsage, label = usage.name ?? ''): Result<FunctionUsage> {
  const memory = getQuota('memory');
  const storage = getQuota('ephemeralStorage');
  const timeout = getQuota('timeout');
  const at = (field: string) => (label ? `${label}: ${field}` : field);
  const problems: (string | null)[] = [];
  if (!ARCHITECTURES.includes(usage.architecture)) problems.push(`${at('architecture')}: expected x86_64 or arm64 (${PRICING_SOURCE}), got ${JSON.stringify(usage.architecture)}`);
  const mi = usage.managedInstances;
  if (mi) problems.push(checkRange(at('memory'), usage.memoryMB, LMI.memoryMinMB.value, LMI.memoryMaxMB.value, 'MB', `Lambda Managed Instances (${LMI.memoryMaxMB.source})`));
  else problems.push(checkRange(at('memory'), usage.memoryMB, memory.min ?? 128, memory.value, 'MB', QUOTAS_SOURCE));
  problems.push(checkRange(at('requests per month'), usage.requestsPerMonth, 0, MAX_COUNT, 'requests', 'Lambda Lab limit'));
  const maxSeconds = mi ? LMI.asyncTimeoutSeconds.value : timeout.value;
  problems.push(checkRange(at('average duration'), usage.averageDurationMs, 0, maxSeconds * 1000, 'ms', mi ? `Lambda Managed Instances: timeout ≤ ${maxSeconds} s for async and event-source invocations (${LMI.asyncTimeoutSeconds.source})` : `${QUOTAS_SOURCE}: timeout ≤ ${timeout.value} s`));
  if (usage.ephemeralStorageMB !== undefined) problems.push(checkRange(at('ephemeral storage'), usage.ephemeralStorageMB, storage.min ?? 512, storage.value, 'MB', QUOTAS_SOURCE));
  if (usage.runtime !== undefined && !RUNTIME_FAMILIES.includes(usage.runtime)) problems.push(`${at('runtime')}: expected one of ${RUNTIME_FAMILIES.join(', ')}, got ${JSON.stringify(usage.runtime)}`);
  if (usage.packageType !== undefined && usage.packageType !== 'zip' && usage.packageType !== 'image') problems.push(`${at('package type')}: expected zip or image, got ${JSON.stringify(usage.packageType)}`);
  if (usage.coldStartRatio !== undefined) problems.push(checkRange(at('cold-start ratio'), usage.coldStartRatio, 0, 1, '(fraction of invocations)', 'a share'));
  if (usage.initDurationMs !== undefined) problems.push(checkRange(at('INIT duration'), usage.initDurationMs, 0, 900_000, 'ms', 'INIT may run up to the 15-minute limit with SnapStart or provisioned concurrency; on-demand INIT is cut at 10 s and retried'));
  if (usage.largeAsyncEvents) {
    problems.push(checkRange(at('large async events per month'), usage.largeAsyncEvents.perMonth, 0, usage.requestsPerMonth, 'events', 'they are part of the month’s requests'));
    problems.push(checkRange(at('async event size'), usage.largeAsyncEvents.averageSizeKB, 0, BILLING_RULES.asyncMaxKB.value, 'KB', 'AWS Lambda quotas: async payload ≤ 1 MB'));
  }
  const pc = usage.provisionedConcurrency;
  if (pc) {
    problems.push(checkRange(at('provisioned concurrency'), pc.concurrency, 0, 1_000_000, 'environments', 'limited by the account’s concurrency quota'));
    problems.push(checkRange(at('provisioned hours'), pc.hoursPerMonth, 0, HOURS_IN_LONGEST_MONTH, 'hours', 'a month has at most 744 hours'));
    if (pc.requestsServed !== undefined) problems.push(checkRange(at('requests served by provisioned concurrency'), pc.requestsServed, 0, usage.requestsPerMonth, 'requests', 'they are part of the month’s requests'));
    if (pc.averageDurationMs !== undefined) problems.push(checkRange(at('duration under provisioned concurrency'), pc.averageDurationMs, 0, getQuota('timeout').value * 1000, 'ms', `${QUOTAS_SOURCE}: timeout ≤ 900 s`));
    if (typeof pc.concurrency === 'number' && !Number.isInteger(pc.concurrency)) problems.push(`${at('provisioned concurrency')}: must be a whole number of environments, got ${pc.concurrency}`);
  }
  const snap = usage.snapStart;
  if (snap) {
    if (snap.activeVersions !== undefined) problems.push(checkRange(at('SnapStart active versions'), snap.activeVersions, 0, 10_000, 'versions', 'Lambda Lab limit'));
    if (snap.activeHoursPerMonth !== undefined) problems.push(checkRange(at('SnapStart active hours'), snap.activeHoursPerMonth, 0, HOURS_IN_LONGEST_MONTH, 'hours', 'a month has at most 744 hours'));
    if (snap.restoresPerMonth !== undefined) problems.push(checkRange(at('SnapStart restores per month'), snap.restoresPerMonth, 0, MAX_COUNT, 'restores', 'Lambda Lab limit'));
    const runtime = usage.runtime ?? 'nodejs';
    if (runtime !== 'java' && runtime !== 'python' && runtime !== 'dotnet') problems.push(`${at('SnapStart')}: available for Java, Python and .NET runtimes only (AWS Lambda SnapStart documentation), runtime is ${runtime}`);
    if (pc) problems.push(`${at('SnapStart')}: cannot be combined with provisioned concurrency (AWS Lambda SnapStart documentation)`);
    if (usage.packageType === 'image') problems.push(`${at('SnapStart')}: not allowed with package type image: ${citeRule(RULES.snapStartImage)}`);
    if ((usage.ephemeralStorageMB ?? 512) > 512) problems.push(`${at('SnapStart')}: not allowed with ${fmt(usage.ephemeralStorageMB ?? 512)} MB of ephemeral storage: ${citeRule(RULES.snapStartStorage)}`);
  }
  const stream = usage.responseStreaming;
  if (stream) {
    problems.push(checkRange(at('streamed response size'), stream.averageResponseMB, 0, getQuota('payloadStreamed').value, 'MB', `${QUOTAS_SOURCE}: streamed response ≤ 200 MB`));
    if (stream.responsesPerMonth !== undefined) problems.push(checkRange(at('streamed responses per month'), stream.responsesPerMonth, 0, usage.requestsPerMonth, 'responses', 'they are part of the month’s requests'));
  }
  if (usage.edge) {
    const runtime = usage.runtime ?? 'nodejs';
    if (runtime !== 'nodejs' && runtime !== 'python') problems.push(`${at('runtime')}: ${runtime} cannot run as Lambda@Edge: ${citeRule(RULES.edgeRuntime)}`);
    if (usage.packageType === 'image') problems.push(`${at('package type')}: image cannot run as Lambda@Edge: ${citeRule(RULES.edgeImage)}`);
    if (usage.architecture === 'arm64') problems.push(`${at('architecture')}: arm64 cannot run as Lambda@Edge: ${citeRule(RULES.edgeArchitecture)}`);
    if (pc) problems.push(`${at('provisioned concurrency')}: not allowed with Lambda@Edge: ${citeRule(RULES.edgeProvisionedConcurrency)}`);
    if (usage.ephemeralStorageMB !== undefined && usage.ephemeralStorageMB > 512) problems.push(`${at('ephemeral storage')}: ${fmt(usage.ephemeralStorageMB)} MB cannot run as Lambda@Edge: ${citeRule(RULES.edgeEphemeralStorage)}`);
    // Neither the SnapStart nor the Lambda@Edge restrictions page says whether the two combine (checked 2026-12-03).
    if (snap) problems.push(`${at('SnapStart')}: Lambda Lab does not price SnapStart on Lambda@Edge: neither AWS's SnapStart page nor ${RULES.edgeRuntime.source} says the two can be combined`);
  }
  if (mi) problems.push(...checkManagedInstances(usage, mi, at));
  const durable = usage.durable;
  if (durable) {
    problems.push(checkRange(at('durable operations per month'), durable.operationsPerMonth, 0, MAX_COUNT, 'operations', 'Lambda Lab limit'));
    problems.push(checkRange(at('durable data written'), durable.dataWrittenGB, 0, 1e9, 'GB', 'Lambda Lab limit'));
    if (durable.retentionDays !== undefined) problems.push(checkRange(at('durable retention'), durable.retentionDays, DURABLE_LIMITS.retentionDaysMin.value, DURABLE_LIMITS.retentionDaysMax.value, 'days', `DurableConfig RetentionPeriodInDays (${DURABLE_LIMITS.retentionDaysMax.source})`));
    if (usage.edge) problems.push(`${at('durable')}: Lambda@Edge functions cannot be durable functions (Lambda@Edge runs plain Node.js or Python handlers; ${RULES.edgeRuntime.source})`);
  }
  const tenant = usage.tenantIsolation;
  if (tenant) {
    problems.push(checkRange(at('tenant environments per month'), tenant.environmentsPerMonth, 0, MAX_COUNT, 'environments', 'Lambda Lab limit'));
    if (pc) problems.push(`${at('tenant isolation')}: cannot be combined with provisioned concurrency (https://docs.aws.amazon.com/lambda/latest/dg/tenant-isolation.html)`);
    if (snap) problems.push(`${at('tenant isolation')}: cannot be combined with SnapStart (https://docs.aws.amazon.com/lambda/latest/dg/tenant-isolation.html)`);
  }
  const pollers = usage.eventPollers;
  if (pollers) {
    if (!POLLER_SOURCES.includes(pollers.source)) problems.push(`${at('event pollers')}: expected kafka or sqs (provisioned mode exists for those event sources), got ${JSON.stringify(pollers.source)}`);
    else problems.push(checkRange(at('event poller units'), pollers.pollerUnits, EVENT_POLLER_PRICES[pollers.source].minimumPollers, 20_000, 'EPU', `provisioned mode for ${pollers.source === 'sqs' ? 'SQS needs at least 2 pollers' : 'Kafka needs at least 1 poller'} (${EVENT_POLLER_PRICES[pollers.source].source})`));
    if (pollers.hoursPerMonth !== undefined) problems.push(checkRange(at('event poller hours'), pollers.hoursPerMonth, 0, HOURS_IN_LONGEST_MONTH, 'hours', 'a month has at most 744 hours'));
  }
  const first = problems.find((problem): problem is string => problem !== null);
  return first ? fail(first) : ok(usage);
}

/** Managed Instances: a known instance type of the function's architecture that the function fits on. */
function checkManagedInstances(usage: FunctionUsage, mi: NonNullable<FunctionUsage['managedInstances']>, at: (field: string) => string): (string | null)[] {
  const problems: (string | null)[] = [];
  const instance = findInstanceType(mi.instanceType);
  if (!instance) return [`${at('instance type')}: '${mi.instanceType}' is not in Lambda Lab's data (known: ${INSTANCE_TYPES.map((entry) => entry.type).join(', ')})`];
  if (instance.architecture !== usage.architecture) problems.push(`${at('architecture')}: ${mi.instanceType} is ${instance.architecture}, the function is ${usage.architecture} (a capacity provider runs one architecture; ${LMI.memoryGiBPerVcpuMin.source})`);
  problems.push(checkRange(at('instances'), mi.instances, 0, LMI.executionEnvironmentsMax.value, 'instances', 'Lambda Lab limit (FunctionScalingConfig allows up to 15,000 execution environments)'));
  if (mi.hoursPerMonth !== undefined) problems.push(checkRange(at('instance hours'), mi.hoursPerMonth, 0, HOURS_IN_LONGEST_MONTH, 'hours', 'a month has at most 744 hours'));
  if (mi.ec2DiscountPercent !== undefined) problems.push(checkRange(at('EC2 discount'), mi.ec2DiscountPercent, 0, MANAGED_INSTANCES_PRICING.maxEc2DiscountPercent.value, '%', `EC2 Instance Savings Plans save up to 72% (${MANAGED_INSTANCES_PRICING.maxEc2DiscountPercent.source})`));
  if (usage.memoryMB / 1024 > instance.memoryGiB) problems.push(`${at('memory')}: ${fmt(usage.memoryMB)} MB does not fit on ${mi.instanceType} (${instance.memoryGiB} GiB); choose a larger instance`);
  if (usage.edge) problems.push(`${at('Managed Instances')}: Lambda@Edge functions cannot run on Managed Instances (CloudFront runs them; ${RULES.edgeRuntime.source})`);
  if (usage.provisionedConcurrency) problems.push(`${at('provisioned concurrency')}: not used on Managed Instances (environments stay warm on the instances; set a minimum number of execution environments instead; ${LMI.executionEnvironmentsMax.source})`);
  if (usage.snapStart) problems.push(`${at('SnapStart')}: not used on Managed Instances (requests never wait for a cold start there; ${LMI.memoryMinMB.source})`);
  return problems;
}

/** Validates the options that take numbers. */
export function validateOptions(options: PricingOptions): Result<PricingOptions> {
  if (options.savingsPlanPercent !== undefined) {
    const problem = checkRange('savings plan discount', options.savingsPlanPercent, 0, BILLING_RULES.savingsPlanMaxPercent.value, '%', 'AWS Lambda pricing: Compute Savings Plans save up to 17%');
    if (problem) return fail(problem);
  }
  for (const [key, value] of Object.entries(options.freeTierRemaining ?? {})) {
    const problem = checkRange(`free tier remaining (${key})`, value, 0, MAX_COUNT, key === 'requests' ? 'requests' : key === 'gbSeconds' ? 'GB-s' : 'GB', 'Lambda Lab limit');
    if (problem) return fail(problem);
  }
  if (options.granularityMs !== undefined && options.granularityMs !== 1 && options.granularityMs !== 100) return fail(`billing granularity: expected 1 (today) or 100 (before December 2020) ms, got ${String(options.granularityMs)}`);
  return ok(options);
}
