import {EDGE_TRIGGERS, type EdgeTrigger} from '../../../data/edgeLimits.ts';
import {getIntegrationLimit} from '../../../data/eventSourceLimits.ts';
import {findRuntime} from '../../../data/runtimes.ts';
import {fail, ok, type Result} from '../../result.ts';
import {finding} from '../rules/finding.ts';
import type {EventSource, Field, Finding, FunctionConfig, Unresolved} from '../types.ts';
import {isUnresolved} from '../types.ts';
import {createFieldReader, type FieldReader} from './readField.ts';
import {at, ignoreComment, type YamlValue} from './readYaml.ts';
import {describeIntrinsic, intrinsicName, referencedResource, resolveIntrinsics, type TemplateScope} from './resolveIntrinsics.ts';
import {asRecord} from '../../asRecord.ts';

const SOURCE = 'https://www.serverless.com/framework/docs/providers/aws/guide/functions';
/** What the Serverless Framework deploys when memorySize / timeout are not set. */
export const SERVERLESS_DEFAULTS = {memoryMB: 1024, timeoutSeconds: 6, region: 'us-east-1', source: SOURCE} as const;

const FUNCTION_KEYS = new Set(['handler', 'image', 'runtime', 'memorySize', 'timeout', 'ephemeralStorageSize', 'environment', 'layers', 'reservedConcurrency', 'provisionedConcurrency', 'snapStart', 'architecture', 'vpc', 'fileSystemConfig', 'name', 'description', 'events', 'role', 'tags', 'package', 'destinations', 'disableLogs', 'logRetentionInDays', 'logDataProtectionPolicy', 'kmsKeyArn', 'tracing', 'url', 'onError', 'maximumEventAge', 'maximumRetryAttempts', 'dependsOn', 'condition', 'runtimeManagement', 'logs', 'iamRoleStatements', 'iamRoleStatementsName', 'iamRoleStatementsInherit', 'warmup', 'alarms', 'versionFunction', 'timeoutBehavior', 'skipGraphBuild', 'awsKmsKeyArn', 'memory', 'layer', 'provisionedConcurrencyConfig', 'logGroup', 'loggingConfig']);

type MutableConfig = {-readonly [K in keyof FunctionConfig]: FunctionConfig[K]};

/** True for a Serverless Framework file (a `service` with `functions` or a `provider`). */
export function looksLikeServerless(root: unknown): boolean {
  const record = asRecord(root);
  return !!record && ('functions' in record || ('provider' in record && 'service' in record));
}

/** What resolving `${file(…)}` needs: the CLI reads files next to serverless.yml; the site has none. */
export interface ServerlessOptions {
  /** Text of a file named relative to the serverless.yml, or undefined when it cannot be read. */
  readonly readFile?: (path: string) => string | undefined;
  /** Parses a file's text (YAML or JSON) to a value; given so this module needs no YAML parser of its own. */
  readonly parse?: (text: string) => unknown;
}

/**
 * Serverless Framework variables, resolved as far as the file allows (innermost first, so
 * `${self:custom.${sls:stage}.memory}` works):
 * - `${self:a.b}` any path in this file; `${sls:stage}` provider.stage, else "dev"; `${aws:region}` provider.region, else us-east-1;
 * - `${file(./x.yml)}` and `${file(./x.yml):a.b}` when the caller can read files (the CLI), YAML or JSON only;
 * - `${opt:…}`, `${env:…}`, `${ssm:…}`, `${cf:…}`, `${s3:…}`, `${aws:accountId}`, `.js` files: only their
 *   fallback (`${env:MEMORY, 512}`) is known, otherwise the value stays unresolved and is reported, never guessed.
 */
function resolveVariables(value: unknown, root: Record<string, unknown>, options: ServerlessOptions, depth = 0): unknown {
  if (depth > 20) return {unresolved: String(value)};
  if (typeof value !== 'string' || !value.includes('${')) return value;
  const lookup = (expression: string): unknown => {
    const [reference, ...fallbackParts] = splitTopLevel(expression);
    const fallback = fallbackParts.length > 0 ? fallbackParts.join(',').trim() : undefined;
    const ref = reference!.trim();
    let found: unknown;
    if (ref.startsWith('self:')) {
      found = ref.slice(5).split('.').filter((key) => key !== '').reduce<unknown>((node, key) => asRecord(node)?.[key] ?? (Array.isArray(node) ? node[Number(key)] : undefined), root);
      if (found !== undefined) found = resolveDeep(found, root, options, depth + 1);
    } else if (ref === 'sls:stage') {
      // provider.stage often reads ${opt:stage, 'dev'}; the framework's own default is "dev".
      const stage = resolveVariables(asRecord(root['provider'])?.['stage'] ?? 'dev', root, options, depth + 1);
      found = isUnresolved(stage) ? 'dev' : stage;
    } else if (ref === 'aws:region') {
      found = asRecord(root['provider'])?.['region'] ?? 'us-east-1';
    } else if (ref.startsWith('file(')) {
      found = readVariableFile(ref, options);
      if (found !== undefined) found = resolveDeep(found, root, options, depth + 1);
    }
    if ((found === undefined || isUnresolved(found)) && fallback !== undefined) return parseLiteral(fallback, root, options, depth);
    return found === undefined ? {unresolved: `\${${expression}}`} : found;
  };
  // Innermost first: a variable whose text has no "${" inside.
  let text = value;
  for (let round = 0; round < 20; round += 1) {
    const match = /\$\{([^{}]*)\}/.exec(text);
    if (!match) return text;
    if (match.index === 0 && match[0].length === text.length) return lookup(match[1]!);
    const resolved = lookup(match[1]!);
    if (typeof resolved !== 'string' && typeof resolved !== 'number' && typeof resolved !== 'boolean') return {unresolved: value};
    text = text.slice(0, match.index) + String(resolved) + text.slice(match.index + match[0].length);
  }
  return {unresolved: value};
}

/** `file(./functions.yml):path.to.key` → the value, or undefined when the file cannot be read. */
function readVariableFile(ref: string, options: ServerlessOptions): unknown {
  const match = /^file\(\s*['"]?([^'")]+)['"]?\s*\)(?::(.+))?$/.exec(ref);
  if (!match || !options.readFile || !options.parse) return undefined;
  const path = match[1]!.trim();
  if (!/\.(ya?ml|json)$/i.test(path)) return undefined;
  const text = options.readFile(path);
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = options.parse(text);
  } catch {
    return undefined;
  }
  return match[2] ? match[2].trim().split('.').reduce<unknown>((node, key) => asRecord(node)?.[key], value) : value;
}

function resolveDeep(value: unknown, root: Record<string, unknown>, options: ServerlessOptions, depth: number): unknown {
  if (depth > 20) return value;
  if (typeof value === 'string') return resolveVariables(value, root, options, depth);
  if (Array.isArray(value)) return value.map((item) => resolveDeep(item, root, options, depth + 1));
  if (typeof value === 'object' && value !== null && !isUnresolved(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveDeep(item, root, options, depth + 1)]));
  return value;
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

function parseLiteral(text: string, root: Record<string, unknown>, options: ServerlessOptions, depth: number): unknown {
  const quoted = /^(['"])(.*)\1$/.exec(text);
  if (quoted) return quoted[2];
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  return resolveVariables(`\${${text}}`, root, options, depth + 1);
}

/** Reads every function of a serverless.yml with `provider` defaults applied. */
export function parseServerless(yaml: YamlValue, options: ServerlessOptions = {}): Result<FunctionConfig[]> {
  const root = asRecord(yaml.value);
  if (!root) return fail('A serverless.yml must be a mapping.');
  const providerName = serverlessProvider(root, options);
  if (providerName !== undefined && providerName !== 'aws') {
    return fail(at(yaml.locate(asRecord(root['provider']) ?? root, 'name') ?? yaml.locate(root, 'provider'), `${NOT_AWS} provider.name is "${providerName}", so this serverless.yml deploys to another cloud; Lambda Lab checks AWS Lambda only.`));
  }
  const functions = root['functions'];
  // A service of only resources (an API Gateway, a CloudFront site) is valid: it has no function to check.
  if (functions === undefined) return ok([]);
  const functionMap = readFunctionMap(functions, root, options);
  if (isUnresolved(functionMap)) return fail(at(yaml.locate(root, 'functions'), `functions is ${functionMap.unresolved}, which could not be read here; check the file it names (lambda-lab check reads \${file(…)} next to serverless.yml) or paste the functions in.`));
  if (!functionMap) return fail(at(yaml.locate(root, 'functions'), 'functions must be a mapping of function names to settings.'));
  const cfnResources = asRecord(asRecord(root['resources'])?.['Resources']) ?? {};
  const scope: TemplateScope = {parameters: {}, mappings: {}, conditions: {}, resources: new Set(Object.keys(cfnResources))};
  const resolve = (value: unknown): unknown => {
    const variables = walk(value, (item) => resolveVariables(item, root, options));
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
    const ignored = location ? ignoreComment(yaml.lines, location.line) : [];
    if (ignored.length > 0) fn.ignoredRules = ignored;
    fn.packageType = 'image' in record ? 'Image' : 'Zip';
    set(fn, 'functionName', reader.string('name'));
    const runtime = 'runtime' in record ? reader.string('runtime') : providerReader.string('runtime');
    // Plugins such as serverless-rust replace a language name ("rust") with the runtime they deploy.
    const plugins = Array.isArray(root['plugins']) ? root['plugins'].filter((p): p is string => typeof p === 'string') : [];
    if (typeof runtime === 'string' && plugins.length > 0 && !findRuntime(runtime)) set(fn, 'runtime', {unresolved: `${runtime}, which the plugins (${plugins.join(', ')}) may turn into the deployed runtime`});
    else set(fn, 'runtime', runtime);
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
    // Tags: provider.tags and the function's own tags (provider.stackTags tag the stack's resources too).
    const tagKeys = new Set<string>();
    for (const tags of [providerReader.map('tags'), providerReader.map('stackTags'), reader.map('tags')]) if (tags && !isUnresolved(tags)) for (const key of Object.keys(tags)) tagKeys.add(key);
    fn.tags = [...tagKeys];
    const environment = mergeEnvironment(providerReader, reader);
    if (environment !== undefined) fn.environment = environment;
    const layers = 'layers' in record ? reader.list('layers') : providerReader.list('layers');
    if (layers) fn.layers = isUnresolved(layers) ? layers : layers.map((layer) => (typeof layer === 'string' || isUnresolved(layer) ? layer : {unresolved: describeIntrinsic(layer)}));
    const events = reader.list('events');
    const rawEvents = Array.isArray(record['events']) ? (record['events'] as unknown[]) : [];
    if (events && !isUnresolved(events)) {
      const sources: EventSource[] = [];
      events.forEach((event, index) => {
        // "- alexaSkill" (an event with no settings) is as valid as "- alexaSkill: {…}".
        const entry = typeof event === 'string' && /^[A-Za-z][\w-]*$/.test(event) ? {[event]: {}} : asRecord(event);
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
      // The framework points event sources at the unqualified function unless a plugin adds aliases.
      if (sources.length > 0) fn.latestEventSources = sources.map((source) => (source.type === 'other' ? source.kind : source.type));
    }
    result.push(Object.fromEntries(Object.entries(fn).filter(([, value]) => value !== undefined)) as unknown as FunctionConfig);
  }
  return ok(result);
}

/** Starts every message about a file for another cloud, so callers can tell it from a broken file. */
export const NOT_AWS = 'Not an AWS template:';

/** provider.name (or the old `provider: aws` string form), resolved; undefined when not given. */
function serverlessProvider(root: Record<string, unknown>, options: ServerlessOptions): string | undefined {
  const provider = root['provider'];
  const name = typeof provider === 'string' ? provider : asRecord(provider)?.['name'];
  const resolved = resolveVariables(name, root, options);
  return typeof resolved === 'string' ? resolved.trim().toLowerCase() : undefined;
}

/**
 * `functions:` as a mapping, a `${file(functions.yml)}` (or `${self:…}`) string, or a list of
 * mappings and such strings (the framework merges the list). Unresolved when a file is not readable.
 */
function readFunctionMap(functions: unknown, root: Record<string, unknown>, options: ServerlessOptions): Record<string, unknown> | Unresolved | undefined {
  const one = (entry: unknown): Record<string, unknown> | Unresolved | undefined => {
    const value = typeof entry === 'string' ? resolveVariables(entry, root, options) : entry;
    if (isUnresolved(value)) return value;
    return asRecord(value);
  };
  if (!Array.isArray(functions)) return one(functions);
  const merged: Record<string, unknown> = {};
  for (const entry of functions) {
    const value = one(entry);
    if (value === undefined || isUnresolved(value)) return value;
    Object.assign(merged, value);
  }
  return merged;
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
  const shown = typeof arn === 'string' ? arn : arn === undefined || arn === null ? 'a queue with no arn' : describeIntrinsic(arn);
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
