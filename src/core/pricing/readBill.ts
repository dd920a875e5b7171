import {REGION_PRICES} from '../../data/prices.ts';
import {findInstanceType} from '../../data/prices/ec2.ts';
import {MANAGED_INSTANCES_LIMITS} from '../../data/prices/managedInstances.ts';
import {readFeatures} from './readFeatures.ts';
import {ARCHITECTURES, type Architecture} from '../../data/schema.ts';
import type {QuantityParser} from '../quantity/types.ts';
import {fail, ok, type Result} from '../result.ts';
import {RUNTIME_FAMILIES, type FunctionUsage, type PricingOptions, type RuntimeFamily} from './types.ts';
import {validateOptions, validateUsage} from './validateUsage.ts';

/**
 * The bill document (docs/pricing/bill-format.md), as parsed from YAML or JSON. Sizes, durations
 * and counts may be numbers (MB, ms, per month) or strings the quantity parser reads ("1.5 GB",
 * "120 ms", "100/s").
 */
export interface BillDocument {
  readonly options?: {
    readonly freeTier?: boolean;
    readonly savingsPlanPercent?: number | string;
    readonly initBilling?: string;
    readonly granularityMs?: number;
    readonly freeTierRemaining?: {readonly requests?: number | string; readonly gbSeconds?: number; readonly streamingGB?: number};
  };
  readonly functions: readonly Record<string, unknown>[];
}

export interface ReadBill {
  readonly functions: FunctionUsage[];
  readonly options: PricingOptions;
}

type Value = number | string | undefined;
const isPresent = (value: unknown): value is number | string => typeof value === 'number' || typeof value === 'string';

/** Reads a field that may be a number (already in the base unit) or text for the parser. */
function quantity(value: unknown, field: string, parse: (text: string, field: string) => Result<number>): Result<number | undefined> {
  if (value === undefined || value === null) return ok(undefined);
  if (typeof value === 'number') return Number.isFinite(value) ? parse(String(value), field) : fail(`${field}: expected a number, got ${String(value)}`);
  if (typeof value === 'string') return parse(value, field);
  return fail(`${field}: expected a number or text like "1.5 GB", got ${JSON.stringify(value)}`);
}

/** "1%" → 0.01, 0.01 → 0.01. */
function ratio(value: unknown, field: string): Result<number | undefined> {
  if (value === undefined || value === null) return ok(undefined);
  const text = String(value).trim();
  const percent = text.endsWith('%');
  const number = Number(percent ? text.slice(0, -1) : text);
  if (text === '' || !Number.isFinite(number)) return fail(`${field}: expected a share like 0.01 or 1%, got ${JSON.stringify(value)}`);
  const share = percent ? number / 100 : number;
  if (share < 0 || share > 1) return fail(`${field}: ${text} is outside 0–100% (a share of invocations)`);
  return ok(share);
}

function plainNumber(value: unknown, field: string, min: number, max: number): Result<number | undefined> {
  if (value === undefined || value === null) return ok(undefined);
  const number = typeof value === 'string' ? Number(value.trim().replace(/%$/, '')) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) return fail(`${field}: expected a number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  if (number < min || number > max) return fail(`${field}: ${number} is outside ${min}–${max}`);
  return ok(number);
}

const KNOWN_KEYS = new Set([
  'name', 'region', 'architecture', 'arch', 'memory', 'memoryMB', 'duration', 'averageDurationMs', 'requests', 'requestsPerMonth', 'ephemeralStorage', 'ephemeralStorageMB',
  'runtime', 'packageType', 'coldStartRatio', 'coldStarts', 'initDuration', 'initDurationMs', 'largeAsyncEvents', 'provisionedConcurrency', 'snapStart', 'responseStreaming', 'edge',
  'compute', 'managedInstances', 'durable', 'tenantIsolation', 'eventPollers',
]);

/**
 * Turns one function entry of a bill document into FunctionUsage, or the first problem as one
 * sentence naming the function and field.
 */
export function readFunction(entry: Record<string, unknown>, index: number, parser: QuantityParser): Result<FunctionUsage> {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return fail(`functions[${index}]: expected an object with memory, duration and requests`);
  const name = typeof entry['name'] === 'string' && entry['name'].trim() !== '' ? entry['name'].trim() : `function ${index + 1}`;
  const at = (field: string) => `${name}: ${field}`;
  const unknown = Object.keys(entry).find((key) => !KNOWN_KEYS.has(key));
  if (unknown) return fail(`${at(unknown)}: unknown field (see docs/pricing/bill-format.md for the fields)`);
  const compute = entry['compute'] ?? (entry['managedInstances'] !== undefined ? 'managed-instances' : 'lambda');
  if (compute !== 'lambda' && compute !== 'managed-instances') return fail(`${at('compute')}: expected lambda or managed-instances, got ${JSON.stringify(compute)}`);
  const onInstances = compute === 'managed-instances';
  if (onInstances && (entry['managedInstances'] === undefined || typeof entry['managedInstances'] !== 'object')) return fail(`${at('managedInstances')}: compute managed-instances needs {instanceType, instances, hoursPerMonth?} (e.g. m7g.xlarge × 3 for 730 h)`);
  // On Managed Instances the architecture follows the instance type unless given.
  const instanceArch = onInstances ? findInstanceType(String((entry['managedInstances'] as Record<string, unknown>)['instanceType'] ?? ''))?.architecture : undefined;
  const architecture = (entry['architecture'] ?? entry['arch'] ?? instanceArch ?? 'x86_64') as Architecture;
  if (!ARCHITECTURES.includes(architecture)) return fail(`${at('architecture')}: expected x86_64 or arm64, got ${JSON.stringify(architecture)}`);
  const runtime = entry['runtime'] as RuntimeFamily | undefined;
  if (runtime !== undefined && !RUNTIME_FAMILIES.includes(runtime)) return fail(`${at('runtime')}: expected one of ${RUNTIME_FAMILIES.join(', ')}, got ${JSON.stringify(runtime)}`);
  const packageType = entry['packageType'];
  if (packageType !== undefined && packageType !== 'zip' && packageType !== 'image') return fail(`${at('packageType')}: expected zip or image, got ${JSON.stringify(packageType)}`);
  if (entry['region'] !== undefined && typeof entry['region'] !== 'string') return fail(`${at('region')}: expected a Region code like us-east-1`);
  if (typeof entry['region'] === 'string' && !REGION_PRICES.some((prices) => prices.region === entry['region'])) {
    return fail(`${at('region')}: '${entry['region']}' has no prices in Lambda Lab's data (one of: ${REGION_PRICES.map((prices) => prices.region).join(', ')})`);
  }

  // Managed Instances: memory 2–32 GB (default 2 GB) and duration optional: neither is billed there.
  const lmi = MANAGED_INSTANCES_LIMITS;
  const memoryParse = onInstances
    ? (text: string, field: string) => parser.dataSizeMB(/[a-z]/i.test(text) ? text : `${text} MB`, field, {min: lmi.memoryMinMB.value, max: lmi.memoryMaxMB.value, source: 'Lambda Managed Instances'})
    : parser.memoryMB;
  const memory = quantity(entry['memory'] ?? entry['memoryMB'] ?? (onInstances ? lmi.memoryMinMB.value : undefined), at('memory'), memoryParse);
  if (!memory.ok) return memory;
  if (memory.value === undefined) return fail(`${at('memory')}: required (128–10,240 MB, e.g. "1536 MB" or "1.5 GB")`);
  const duration = quantity(entry['duration'] ?? entry['averageDurationMs'] ?? (onInstances ? 0 : undefined), at('duration'), parser.durationMs);
  if (!duration.ok) return duration;
  if (duration.value === undefined) return fail(`${at('duration')}: required (0–900,000 ms, e.g. "120 ms")`);
  const requests = quantity(entry['requests'] ?? entry['requestsPerMonth'], at('requests'), parser.monthlyCount);
  if (!requests.ok) return requests;
  if (requests.value === undefined) return fail(`${at('requests')}: required (per month, e.g. "3M" or "100/s")`);
  const storage = quantity(entry['ephemeralStorage'] ?? entry['ephemeralStorageMB'], at('ephemeralStorage'), parser.storageMB);
  if (!storage.ok) return storage;
  const coldStarts = ratio(entry['coldStartRatio'] ?? entry['coldStarts'], at('coldStartRatio'));
  if (!coldStarts.ok) return coldStarts;
  const init = quantity(entry['initDuration'] ?? entry['initDurationMs'], at('initDuration'), parser.durationMs);
  if (!init.ok) return init;

  const usage: {-readonly [K in keyof FunctionUsage]: FunctionUsage[K]} = {name, architecture, memoryMB: memory.value, averageDurationMs: duration.value, requestsPerMonth: requests.value};
  if (typeof entry['region'] === 'string') usage.region = entry['region'];
  if (storage.value !== undefined) usage.ephemeralStorageMB = storage.value;
  if (runtime !== undefined) usage.runtime = runtime;
  if (packageType !== undefined) usage.packageType = packageType;
  if (coldStarts.value !== undefined) usage.coldStartRatio = coldStarts.value;
  if (init.value !== undefined) usage.initDurationMs = init.value;
  if (entry['edge'] !== undefined) {
    if (typeof entry['edge'] !== 'boolean') return fail(`${at('edge')}: expected true or false`);
    usage.edge = entry['edge'];
  }

  const large = entry['largeAsyncEvents'] as Record<string, Value> | undefined;
  if (large !== undefined) {
    const perMonth = quantity(large['perMonth'], at('largeAsyncEvents.perMonth'), parser.monthlyCount);
    if (!perMonth.ok) return perMonth;
    const size = quantity(large['averageSize'] ?? (isPresent(large['averageSizeKB']) ? `${large['averageSizeKB']} KB` : undefined), at('largeAsyncEvents.averageSize'), (text, field) =>
      parser.dataSizeMB(/[a-z]/i.test(text) ? text : `${text} KB`, field, {min: 0, max: 1, source: 'AWS Lambda quotas: async payload ≤ 1 MB'}),
    );
    if (!size.ok) return size;
    if (perMonth.value === undefined || size.value === undefined) return fail(`${at('largeAsyncEvents')}: needs perMonth and averageSize (e.g. "512 KB")`);
    usage.largeAsyncEvents = {perMonth: perMonth.value, averageSizeKB: size.value * 1024};
  }

  const pc = entry['provisionedConcurrency'] as Record<string, Value> | undefined;
  if (pc !== undefined) {
    const concurrency = plainNumber(pc['concurrency'], at('provisionedConcurrency.concurrency'), 0, 1_000_000);
    if (!concurrency.ok) return concurrency;
    const hours = plainNumber(pc['hoursPerMonth'] ?? pc['hours'], at('provisionedConcurrency.hoursPerMonth'), 0, 744);
    if (!hours.ok) return hours;
    if (concurrency.value === undefined || hours.value === undefined) return fail(`${at('provisionedConcurrency')}: needs concurrency and hoursPerMonth`);
    const served = quantity(pc['requestsServed'], at('provisionedConcurrency.requestsServed'), parser.monthlyCount);
    if (!served.ok) return served;
    const pcDuration = quantity(pc['duration'] ?? pc['averageDurationMs'], at('provisionedConcurrency.duration'), parser.durationMs);
    if (!pcDuration.ok) return pcDuration;
    usage.provisionedConcurrency = {
      concurrency: concurrency.value,
      hoursPerMonth: hours.value,
      ...(served.value !== undefined ? {requestsServed: served.value} : {}),
      ...(pcDuration.value !== undefined ? {averageDurationMs: pcDuration.value} : {}),
    };
  }

  const snap = entry['snapStart'] as Record<string, Value> | boolean | undefined;
  if (snap !== undefined && snap !== false) {
    const fields = snap === true ? {} : snap;
    const versions = plainNumber(fields['activeVersions'], at('snapStart.activeVersions'), 0, 10_000);
    if (!versions.ok) return versions;
    const hours = plainNumber(fields['activeHoursPerMonth'], at('snapStart.activeHoursPerMonth'), 0, 744);
    if (!hours.ok) return hours;
    const restores = quantity(fields['restoresPerMonth'], at('snapStart.restoresPerMonth'), parser.monthlyCount);
    if (!restores.ok) return restores;
    usage.snapStart = {
      ...(versions.value !== undefined ? {activeVersions: versions.value} : {}),
      ...(hours.value !== undefined ? {activeHoursPerMonth: hours.value} : {}),
      ...(restores.value !== undefined ? {restoresPerMonth: restores.value} : {}),
    };
  }

  const stream = entry['responseStreaming'] as Record<string, Value> | undefined;
  if (stream !== undefined) {
    const size = quantity(stream['averageResponseSize'] ?? stream['averageResponseMB'], at('responseStreaming.averageResponseSize'), (text, field) =>
      parser.dataSizeMB(/[a-z]/i.test(text) ? text : `${text} MB`, field, {min: 0, max: 200, source: 'AWS Lambda quotas: streamed response ≤ 200 MB'}),
    );
    if (!size.ok) return size;
    if (size.value === undefined) return fail(`${at('responseStreaming')}: needs averageResponseSize (e.g. "7 MB")`);
    const responses = quantity(stream['responsesPerMonth'], at('responseStreaming.responsesPerMonth'), parser.monthlyCount);
    if (!responses.ok) return responses;
    usage.responseStreaming = {averageResponseMB: size.value, ...(responses.value !== undefined ? {responsesPerMonth: responses.value} : {})};
  }

  const features = readFeatures(entry, at, parser);
  if (!features.ok) return features;
  Object.assign(usage, features.value);

  const checked = validateUsage(usage, name);
  return checked.ok ? ok(usage) : fail(checked.error);
}

/** Reads bill options, with the same one-sentence errors. */
export function readOptions(doc: BillDocument['options']): Result<PricingOptions> {
  if (doc === undefined) return ok({});
  if (typeof doc !== 'object' || doc === null) return fail('options: expected an object');
  const options: {-readonly [K in keyof PricingOptions]: PricingOptions[K]} = {};
  if (doc.freeTier !== undefined) {
    if (typeof doc.freeTier !== 'boolean') return fail('options.freeTier: expected true or false');
    options.freeTier = doc.freeTier;
  }
  const savings = plainNumber(doc.savingsPlanPercent, 'options.savingsPlanPercent', 0, 17);
  if (!savings.ok) return savings;
  if (savings.value !== undefined) options.savingsPlanPercent = savings.value;
  if (doc.initBilling !== undefined) {
    if (doc.initBilling !== 'since-2025-08' && doc.initBilling !== 'before-2025-08') return fail(`options.initBilling: expected since-2025-08 or before-2025-08, got ${JSON.stringify(doc.initBilling)}`);
    options.initBilling = doc.initBilling;
  }
  if (doc.granularityMs !== undefined) {
    if (doc.granularityMs !== 1 && doc.granularityMs !== 100) return fail(`options.granularityMs: expected 1 or 100, got ${JSON.stringify(doc.granularityMs)}`);
    options.granularityMs = doc.granularityMs;
  }
  if (doc.freeTierRemaining !== undefined) {
    const left = doc.freeTierRemaining;
    const requests = plainNumber(left.requests, 'options.freeTierRemaining.requests', 0, 1_000_000);
    if (!requests.ok) return requests;
    const gbs = plainNumber(left.gbSeconds, 'options.freeTierRemaining.gbSeconds', 0, 400_000);
    if (!gbs.ok) return gbs;
    const streaming = plainNumber(left.streamingGB, 'options.freeTierRemaining.streamingGB', 0, 100);
    if (!streaming.ok) return streaming;
    options.freeTierRemaining = {
      ...(requests.value !== undefined ? {requests: requests.value} : {}),
      ...(gbs.value !== undefined ? {gbSeconds: gbs.value} : {}),
      ...(streaming.value !== undefined ? {streamingGB: streaming.value} : {}),
    };
  }
  const checked = validateOptions(options);
  return checked.ok ? ok(options) : fail(checked.error);
}

/** Reads a whole bill document: `{options?, functions: [...]}` (a bare array of functions also works). */
export function readBill(doc: unknown, parser: QuantityParser): Result<ReadBill> {
  const body = Array.isArray(doc) ? {functions: doc} : doc;
  if (!body || typeof body !== 'object' || !Array.isArray((body as BillDocument).functions)) return fail('bill: expected an object with a "functions" list (see docs/pricing/bill-format.md)');
  const {functions: entries, options: rawOptions} = body as BillDocument;
  if (entries.length === 0) return fail('bill: "functions" is empty; add at least one function');
  if (entries.length > 500) return fail(`bill: ${entries.length} functions is above Lambda Lab's limit of 500`);
  const options = readOptions(rawOptions);
  if (!options.ok) return options;
  const functions: FunctionUsage[] = [];
  for (const [index, entry] of entries.entries()) {
    const read = readFunction(entry, index, parser);
    if (!read.ok) return read;
    functions.push(read.value);
  }
  return ok({functions, options: options.value});
}
