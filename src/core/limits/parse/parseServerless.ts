import {EDGE_TRIGGERS, type EdgeTrigger} from '../../../data/edgeLimits.ts';
import {getIntegrationLimit} from '../../../data/eventSourceLimits.ts';
import {fail, ok, type Result} from '../../result.ts';
import {finding} from '../rules/finding.ts';
import type {EventSource, Field, Finding, FunctionConfig, Unresolved} from '../types.ts';
import {isUnresolved} from '../types.ts';
import {createFieldReader, type FieldReader} from './readField.ts';
import {at, type YamlValue} from './readYaml.ts';
import {describeIntrinsic, intrinsicName, referencedResource, resolveIntrinsics, type TemplateScope} from './resolveIntrinsics.ts';

const SOURCE = 'https://www.serverless.com/framework/docs/providers/aws/guide/functions';
/** What the Serverless Framework deploys when memorySize / timeout are not set. */
export const SERVERLESS_DEFAULTS = {memoryMB: 1024, timeoutSeconds: 6, region: 'us-east-1', source: SOURCE} as const;

const FUNCTION_KEYS = new Set(['handler', 'image', 'runtime', 'memorySize', 'timeout', 'ephemeralStorageSize', 'environment', 'layers', 'reservedConcurrency', 'provisionedConcurrency', 'snapStart', 'architecture', 'vpc', 'fileSystemConfig', 'name', 'description', 'events', 'role', 'tags', 'package', 'destinations', 'disableLogs', 'logRetentionInDays', 'logDataProtectionPolicy', 'kmsKeyArn', 'tracing', 'url', 'onError', 'maximumEventAge', 'maximumRetryAttempts', 'dependsOn', 'condition', 'runtimeManagement', 'logs', 'iamRoleStatements', 'iamRoleStatementsName', 'iamRoleStatementsInherit', 'warmup', 'alarms', 'versionFunction', 'timeoutBehavior', 'skipGraphBuild', 'awsKmsKeyArn', 'memory', 'layer', 'provisionedConcurrencyConfig', 'logGroup', 'loggingConfig']);

type MutableConfig = {-readonly [K in keyof FunctionConfig]: FunctionConfig[K]};

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** True for a Serverless Framework file (a `service` with `functions` or a `provider`). */
export function looksLikeServerless(root: unknown): boolean {
  const record = asRecord(root);
  return !!record && ('functions' in record || ('provider' in record && 'service' in record));
}

/**
 * Resolves `${self:…}`, `${opt:…, default}`, `${sls:stage}` and other Serverless variables as far as the
 * file allows; `${ssm:…}`, `${env:…}`, `${file(…)}`, `${cf:…}` without a default stay unresolved.
 */
function resolveVariables(value: unknown, root: Record<string, unknown>, depth = 0): unknown {
  if (depth > 20) return {unresolved: String(value)};
  if (typeof value !== 'string' || !value.includes('${')) return value;
  const whole = /^\$\{([^{}]+)\}$/.exec(value.trim());
  const lookup = (expression: string): unknown => {
    const [reference, ...fallbackParts] = splitTopLevel(expression);
    const fallback = fallbackParts.length > 0 ? fallbackParts.join(',').trim() : undefined;
    const ref = reference!.trim();
    let found: unknown;
    if (ref.startsWith('self:')) {
      found = ref.slice(5).split('.').reduce<unknown>((node, key) => asRecord(node)?.[key], root);
      if (found !== undefined) found = resolveVariables(found, root, depth + 1);
    } else if (ref === 'sls:stage') {
      // provider.stage often reads ${opt:stage, 'dev'}; the framework's own default is "dev".
      const stage = resolveVariables(asRecord(root['provider'])?.['stage'] ?? 'dev', root, depth + 1);
      found = isUnresolved(stage) ? 'dev' : stage;
    } else if (ref === 'aws:region') {
      found = asRecord(root['provider'])?.['region'] ?? 'us-east-1';
    }
    // opt:… come from command-line flags, env:/ssm:/file()/cf: from outside: only their fallback is known.
    if ((found === undefined || isUnresolved(found)) && fallback !== undefined) return parseLiteral(fallback, root, depth);
    return found === undefined ? {unresolved: `\${${expression}}`} : found;
  };
  if (whole) return lookup(whole[1]!);
  let failed: Unresolved | undefined;
  const text = value.replace(/\$\{([^{}]+)\}/g, (_match, expression: string) => {
    const resolved = lookup(expression);
    if (typeof resolved === 'string' || typeof resolved === 'number' || typeof resolved === 'boolean') return String(resolved);
    failed = {unresolved: value};
    return '';
  });
  return failed ?? text;
}

function splitTopLevel(expression: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  let quote: string | undefined;
  for (const char of expression) {
    if (quote) { if (char === quote) quote = undefined; current += char; continue; }
    if (char === '"' || char === "'") quote = char;
    if (char === '(' || char === '[') depth += 1;
    if (char === ')' || char === ']') depth -= 1;
    if (char === ',' && depth === 0) { parts.push(current); current = ''; continue; }
    current += char;
  }
  parts.push(current);
  return parts;
}

function parseLiteral(text: string, root: Record<string, unknown>, depth: number): unknown {
  const quoted = /^(['"])(.*)\1$/.exec(text);
  if (quoted) return quoted[2];
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  return resolveVariables(`\${${text}}`, root, depth + 1);
}

/** Reads every function of a serverless.yml with `provider` defaults applied. */
export function parseServerless(yaml: YamlValue): Result<FunctionConfig[]> {
  const root = asRecord(yaml.value);
  if (!root) return fail('A serverless.yml must be a mapping.');
  const functions = root['functions'];
  if (functions === undefined) return fail(at(yaml.locate(root), 'The file has no functions section, so there is nothing to check.'));
  const functionMap = asRecord(functions);
  if (!functionMap) return fail(at(yaml.locate(root, 'functions'), 'functions must be a mapping of function names to settings.'));
  const cfnResources = asRecord(asRecord(root['resources'])?.['Resources']) ?? {};
  const scope: TemplateScope = {parameters: {}, mappings: {}, conditions: {}, resources: new Set(Object.keys(cfnResources))};
  const resolve = (value: unknown): unknown => {
    const variables = walk(value, (item) => resolveVariables(item, root));
    return resolveIntrinsics(variables, scope);
  };
  const providerValue = root['provider'];
  const provider = asRecord(providerValue) ?? {};
  const providerFindings: Finding[] = [];
  const providerReader = createFieldReader(provider, 'provider', {yaml, resolve, findings: providerFindings, source: SOURCE});
  const result: FunctionConfig[] = [];
  for (const [name, definition] of Object.entries(functionMap)) {
    const record = asRecord(definition);
    if (!record) return fail(at(yaml.locate(functionMap, name), `functions.${name} must be a mapping (handler, runtime, events, …).`));
    const findings: Finding[] = [...providerFindings];
    const reader = createFieldReader(record, `functions.${name}`, {yaml, resolve, findings, source: SOURCE});
    reader.unknownKeys(FUNCTION_KEYS, 'Serverless Framework function');
    const pick = (key: string, providerKey = key): Field<number> | undefined => (key in record ? reader.number(key) : providerReader.number(providerKey));
    const fn: MutableConfig = {name, parseFindings: findings};
    const location = yaml.locate(functionMap, name);
    if (location) fn.location = location;
    fn.packageType = 'image' in record ? 'Image' : 'Zip';
    set(fn, 'functionName', reader.string('name'));
    set(fn, 'runtime', 'runtime' in record ? reader.string('runtime') : providerReader.string('runtime'));
    set(fn, 'handler', reader.string('handler'));
    fn.memoryMB = pick('memorySize') ?? SERVERLESS_DEFAULTS.memoryMB;
    fn.timeoutSeconds = pick('timeout') ?? SERVERLESS_DEFAULTS.timeoutSeconds;
    set(fn, 'ephemeralStorageMB', pick('ephemeralStorageSize'));
    set(fn, 'architecture', 'architecture' in record ? reader.string('architecture') : providerReader.string('architecture'));
    fn.region = providerReader.string('region') ?? SERVERLESS_DEFAULTS.region;
    set(fn, 'reservedConcurrency', reader.number('reservedConcurrency'));
    set(fn, 'provisionedConcurrency', reader.number('provisionedConcurrency'));
    set(fn, 'snapStart', reader.boolean('snapStart'));
    fn.efs = reader.raw('fileSystemConfig') !== undefined;
    const vpc = 'vpc' in record ? reader.map('vpc') : providerReader.map('vpc');
    fn.vpc = !!vpc && (isUnresolved(vpc) || vpc['subnetIds'] !== undefined);
    const environment = mergeEnvironment(providerReader, reader);
    if (environment !== undefined) fn.environment = environment;
    const layers = 'layers' in record ? reader.list('layers') : providerReader.list('layers');
    if (layers) fn.layers = isUnresolved(layers) ? layers : layers.map((layer) => (typeof layer === 'string' || isUnresolved(layer) ? layer : {unresolved: describeIntrinsic(layer)}));
    const events = reader.list('events');
    const rawEvents = Array.isArray(record['events']) ? (record['events'] as unknown[]) : [];
    if (events && !isUnresolved(events)) {
      const sources: EventSource[] = [];
      events.forEach((event, index) => {
        const entry = asRecord(event);
        const kind = entry ? Object.keys(entry)[0] : undefined;
        if (!entry || !kind) {
          findings.push(finding('input.type', 'error', at(yaml.locate(record['events'], index), `functions.${name}.events[${index}] must be a mapping such as "- sqs: <arn>".`), 'Write each event as one key (sqs, http, httpApi, s3, …).', SOURCE));
          return;
        }
        const settings = entry[kind];
        // SQS: read the raw (unresolved) arn so a !GetAtt can be matched to a queue in resources.
        if (kind === 'sqs') sources.push(readSqs(asRecord(rawEvents[index])?.['sqs'] ?? settings, cfnResources, resolve));
        else if (kind === 'http') sources.push({type: 'api', api: 'rest'});
        else if (kind === 'httpApi') sources.push({type: 'api', api: 'http'});
        else if (kind === 'cloudFront') {
          const eventType = asRecord(settings)?.['eventType'] ?? 'viewer-response';
          if (typeof eventType === 'string' && (EDGE_TRIGGERS as readonly string[]).includes(eventType)) fn.edgeTrigger = eventType as EdgeTrigger;
          sources.push({type: 'other', kind: 'cloudFront'});
        } else sources.push({type: 'other', kind});
      });
      fn.eventSources = sources;
    }
    result.push(Object.fromEntries(Object.entries(fn).filter(([, value]) => value !== undefined)) as unknown as FunctionConfig);
  }
  return ok(result);
}

function mergeEnvironment(provider: FieldReader, fn: FieldReader): Record<string, Field<string>> | Unresolved | undefined {
  let merged: Record<string, Field<string>> | Unresolved | undefined;
  for (const reader of [provider, fn]) {
    const map = reader.map('environment');
    if (!map) continue;
    if (isUnresolved(map)) { merged = map; continue; }
    const next: Record<string, Field<string>> = merged && !isUnresolved(merged) ? {...merged} : {};
    for (const [key, value] of Object.entries(map)) next[key] = isUnresolved(value) ? value : typeof value === 'object' && value !== null ? {unresolved: describeIntrinsic(value)} : String(value);
    merged = next;
  }
  return merged;
}

function readSqs(settings: unknown, resources: Record<string, unknown>, resolve: (value: unknown) => unknown): EventSource {
  const record = asRecord(settings);
  const arn = record && !intrinsicName(record) ? record['arn'] : settings;
  const number = (value: unknown): Field<number> | undefined => {
    const resolved = resolve(value);
    if (resolved === undefined || resolved === null) return undefined;
    if (isUnresolved(resolved)) return resolved;
    return typeof resolved === 'number' ? resolved : /^\d+$/.test(String(resolved)) ? Number(resolved) : {unresolved: String(resolved)};
  };
  const base = {
    type: 'sqs' as const,
    ...(record?.['batchSize'] !== undefined ? {batchSize: number(record['batchSize'])!} : {}),
    ...(record?.['maximumBatchingWindow'] !== undefined ? {maximumBatchingWindowSeconds: number(record['maximumBatchingWindow'])!} : {}),
    ...(record?.['maximumConcurrency'] !== undefined ? {maximumConcurrency: number(record['maximumConcurrency'])!} : {}),
  };
  const logicalId = referencedResource(arn);
  const queue = logicalId ? asRecord(resources[logicalId]) : undefined;
  if (queue?.['Type'] === 'AWS::SQS::Queue') {
    const properties = asRecord(queue['Properties']) ?? {};
    const visibility = 'VisibilityTimeout' in properties ? number(properties['VisibilityTimeout']) : getIntegrationLimit('sqs.visibilityTimeout').default;
    const fifo = resolve(properties['FifoQueue']);
    return {...base, queue: logicalId!, fifo: fifo === true || fifo === 'true', ...(visibility !== undefined ? {visibilityTimeoutSeconds: visibility} : {})};
  }
  const shown = typeof arn === 'string' ? arn : describeIntrinsic(arn);
  return {...base, queue: shown, visibilityTimeoutSeconds: {unresolved: `the visibility timeout of ${shown}, a queue defined outside this file`}};
}

function walk(value: unknown, visit: (item: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => walk(item, visit));
  if (typeof value === 'object' && value !== null && !isUnresolved(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, visit)]));
  return visit(value);
}

function set<K extends keyof MutableConfig>(fn: MutableConfig, key: K, value: MutableConfig[K] | undefined): void {
  if (value !== undefined) fn[key] = value;
}
