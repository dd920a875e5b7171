import {BILLING_RULES} from '../../data/billingRules.ts';
import {getQuota} from '../../data/quotas.ts';
import {ARCHITECTURES} from '../../data/schema.ts';
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
  problems.push(checkRange(at('memory'), usage.memoryMB, memory.min ?? 128, memory.value, 'MB', QUOTAS_SOURCE));
  problems.push(checkRange(at('requests per month'), usage.requestsPerMonth, 0, MAX_COUNT, 'requests', 'Lambda Lab limit'));
  problems.push(checkRange(at('average duration'), usage.averageDurationMs, 0, timeout.value * 1000, 'ms', `${QUOTAS_SOURCE}: timeout ≤ ${timeout.value} s`));
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
  }
  const stream = usage.responseStreaming;
  if (stream) {
    problems.push(checkRange(at('streamed response size'), stream.averageResponseMB, 0, getQuota('payloadStreamed').value, 'MB', `${QUOTAS_SOURCE}: streamed response ≤ 200 MB`));
    if (stream.responsesPerMonth !== undefined) problems.push(checkRange(at('streamed responses per month'), stream.responsesPerMonth, 0, usage.requestsPerMonth, 'responses', 'they are part of the month’s requests'));
  }
  if (usage.edge) {
    if (pc) problems.push(`${at('provisioned concurrency')}: Lambda@Edge does not support provisioned concurrency (CloudFront quotas, Lambda@Edge restrictions)`);
    if (usage.ephemeralStorageMB !== undefined && usage.ephemeralStorageMB > 512) problems.push(`${at('ephemeral storage')}: Lambda@Edge allows only the default 512 MB (CloudFront quotas, Lambda@Edge restrictions)`);
    if (snap) problems.push(`${at('SnapStart')}: not available for Lambda@Edge (CloudFront quotas, Lambda@Edge restrictions)`);
  }
  const first = problems.find((problem): problem is string => problem !== null);
  return first ? fail(first) : ok(usage);
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
