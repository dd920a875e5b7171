import {EDGE_TRIGGERS, type EdgeTrigger} from '../../../data/edgeLimits.ts';
import {CFN_PROPERTIES, SAM_EVENT_PROPERTIES, SAM_RESOURCES} from '../../../data/resourceSchemas.ts';
import {getIntegrationLimit} from '../../../data/eventSourceLimits.ts';
import {fail, ok, type Result} from '../../result.ts';
import {finding} from '../rules/finding.ts';
import type {EventSource, Field, Finding, FunctionConfig, SourceLocation, Unresolved} from '../types.ts';
import {isUnresolved} from '../types.ts';
import {expandForEach, hasForEach} from './expandForEach.ts';
import {createFieldReader, type FieldReader, type ReaderContext} from './readField.ts';
import {at, ignoreComment, type YamlValue} from './readYaml.ts';
import {checkPermission, checkSnsSubscription, checkSubscriptionFilters, hasSamTransform, missingTransform, samAttributesWithoutTransform} from './templateRules.ts';
import {describeIntrinsic, evaluateCondition, intrinsicName, referencedResource, resolveIntrinsics, type TemplateScope} from './resolveIntrinsics.ts';
import {asRecord} from '../../asRecord.ts';

const SAM_SOURCE = 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html';
const FOREACH_SOURCE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-foreach.html';
const ESM_SOURCE = 'https://docs.aws.amazon.com/lambda/latest/api/API_CreateEventSourceMapping.html';
const CFN_SOURCE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-function.html';

// Known properties come from AWS's schemas (src/data/resourceSchemas.ts, generated): unknown-property
// findings only where the schema says so.
// Event properties SAM accepts that its published JSON schema (v1.110.0) leaves out: EventBridgeRule
// State (SAM developer guide, sam-property-function-eventbridgerule; used by SAM's own test inputs)
// and CloudWatchEvent RuleName (added to the translator in aws/serverless-application-model#2525).
const SAM_SCHEMA_GAPS: Readonly<Record<string, readonly string[]>> = {EventBridgeRule: ['State'], CloudWatchEvent: ['RuleName']};
const ESM_KEYS = new Set(Object.keys(CFN_PROPERTIES['AWS::Lambda::EventSourceMapping'] ?? {}));
const KNOWN_LAMBDA = new Set(Object.keys(CFN_PROPERTIES['AWS::Lambda::Function'] ?? {}));
const SAM_FUNCTION = SAM_RESOURCES['AWS::Serverless::Function'];
const KNOWN_SAM = new Set(SAM_FUNCTION?.properties ?? []);
const KNOWN_SAM_GLOBALS = new Set(SAM_FUNCTION?.globals ?? SAM_FUNCTION?.properties ?? []);

// Every resource may carry CloudFormation's attributes; SAM adds Connectors and IgnoreGlobals.
const RESOURCE_KEYS = new Set(['Type', 'Properties', 'DependsOn', 'Condition', 'Metadata', 'DeletionPolicy', 'UpdateReplacePolicy', 'UpdatePolicy', 'CreationPolicy', ...(SAM_FUNCTION?.resourceKeys ?? [])]);

type Resources = Readonly<Record<string, {Type?: unknown; Properties?: unknown}>>;

export interface CloudFormationOptions {
  /** Region the stack deploys to, when known (Lambda@Edge must be us-east-1). */
  readonly region?: string;
}

/** True for a SAM or CloudFormation template (it has a Resources mapping or a SAM transform). */
export function looksLikeCloudFormation(root: unknown): boolean {
  const record = asRecord(root);
  return !!record && ('Resources' in record || 'AWSTemplateFormatVersion' in record || 'Transform' in record);
}

/**
 * Reads every `AWS::Serverless::Function` and `AWS::Lambda::Function` in a template, with SAM
 * `Globals`, events, SQS queues' visibility timeouts, event source mappings, provisioned
 * concurrency on aliases/versions and CloudFront Lambda@Edge associations.
 */
export function parseCloudFormation(source: YamlValue, options: CloudFormationOptions = {}): Result<FunctionConfig[]> {
  let yaml = source;
  const root = asRecord(yaml.value);
  if (!root) return fail(at(yaml.locate(yaml.value), 'A template must be a mapping with a Resources section.'));
  const templateResources = asRecord(root['Resources']) as Resources | undefined;
  if (!templateResources) return fail(at(yaml.locate(root, 'Resources') ?? {line: 1, column: 1}, 'The template has no Resources mapping, so there is nothing to check.'));
  let resources: Resources = templateResources;

  const parameters: Record<string, unknown> = {};
  for (const [name, definition] of Object.entries(asRecord(root['Parameters']) ?? {})) {
    const record = asRecord(definition);
    if (record && 'Default' in record) parameters[name] = record['Default'];
  }
  const resourceIds = new Set(Object.keys(templateResources).filter((id) => !id.startsWith('Fn::ForEach::')));
  const scope: TemplateScope = {
    parameters,
    mappings: asRecord(root['Mappings']) ?? {},
    conditions: asRecord(root['Conditions']) ?? {},
    resources: resourceIds,
    ...(options.region ? {region: options.region} : {}),
  };
  const resolve = (value: unknown) => resolveIntrinsics(value, scope);
  let forEachNotes: ReadonlyMap<string, string> = new Map();
  if (hasForEach(templateResources)) {
    const expansion = expandForEach(templateResources, resolve);
    const expanded = expansion.resources as Resources;
    resources = expanded;
    forEachNotes = expansion.unresolved;
    for (const id of Object.keys(expanded)) resourceIds.add(id);
    // Expanded copies have no positions of their own: report the template lines they came from.
    yaml = {
      value: source.value,
      ...(source.lines ? {lines: source.lines} : {}),
      locate(container, key) {
        if (container === expanded && typeof key === 'string') return source.locate(templateResources, key) ?? source.locate(templateResources, expansion.loopKey.get(key));
        const from = typeof container === 'object' && container !== null ? expansion.origin.get(container) : undefined;
        return source.locate(container, key) ?? (from ? source.locate(from, key) : undefined);
      },
    };
  }
  const globals = asRecord(asRecord(root['Globals'])?.['Function']);
  const apiGlobals = asRecord(asRecord(root['Globals'])?.['Api']);
  const globalFindings: Finding[] = [];
  const globalsContext: ReaderContext = {yaml, resolve, findings: globalFindings, source: SAM_SOURCE};
  const globalsReader = globals ? createFieldReader(globals, 'Globals.Function', globalsContext) : undefined;
  if (globals && globalsReader) globalsReader.unknownKeys(KNOWN_SAM_GLOBALS, 'SAM Globals.Function');

  const samTransform = hasSamTransform(root['Transform']);
  const functions: MutableConfig[] = [];
  const ignoredRules = new Map<string, string[]>();
  for (const [logicalId, resource] of Object.entries(resources)) {
    const record = asRecord(resource);
    if (!record) return fail(at(yaml.locate(resources, logicalId), `Resources.${logicalId} must be a mapping with a Type.`));
    const type = record['Type'];
    if (type !== 'AWS::Serverless::Function' && type !== 'AWS::Lambda::Function') continue;
    const isSam = type === 'AWS::Serverless::Function';
    const properties = asRecord(record['Properties']) ?? {};
    if (record['Properties'] !== undefined && !asRecord(record['Properties'])) {
      return fail(at(yaml.locate(record, 'Properties'), `Resources.${logicalId}.Properties must be a mapping.`));
    }
    const findings: Finding[] = isSam ? [...globalFindings] : [];
    const placeholder = forEachNotes.get(logicalId);
    if (placeholder) findings.push(finding('unresolved', 'note', at(yaml.locate(resources, logicalId), `Fn::ForEach: ${placeholder}.`), 'Give the collection parameter a Default, or list the values in the template.', FOREACH_SOURCE));
    const context: ReaderContext = {yaml, resolve, findings, source: isSam ? SAM_SOURCE : CFN_SOURCE};
    createFieldReader(record, `Resources.${logicalId}`, context).unknownKeys(RESOURCE_KEYS, 'resource');
    // A resource whose Condition is false is not created: nothing to check.
    const condition = record['Condition'];
    if (typeof condition === 'string') {
      const created = evaluateCondition(condition, scope);
      if (created === false) continue;
      if (created === undefined) findings.push(finding('unresolved', 'note', at(yaml.locate(record, 'Condition'), `This function is created only when condition ${condition} holds, which depends on deployment; it was checked as if created.`), 'Nothing to do unless the condition is meant to be false.', CFN_SOURCE, 'Condition'));
    }
    // cfn-lint E3038 / E3066: SAM resource types and attributes need the Serverless transform.
    if (!samTransform) {
      if (isSam) findings.push(missingTransform(logicalId, type, (text) => at(yaml.locate(record, 'Type'), text)));
      findings.push(...samAttributesWithoutTransform(logicalId, record, (key, text) => at(yaml.locate(record, key), text)));
    }
    const ignored = readIgnoreMetadata(record['Metadata']);
    const own = createFieldReader(properties, `Resources.${logicalId}.Properties`, context);
    own.unknownKeys(isSam ? KNOWN_SAM : KNOWN_LAMBDA, isSam ? 'AWS::Serverless::Function' : 'AWS::Lambda::Function');
    // SAM: a function's own property wins over Globals; maps merge and lists append (below).
    const pick = (key: string): FieldReader => (isSam && globalsReader && !(key in properties) && globals && key in globals ? globalsReader : own);
    const location = yaml.locate(resources, logicalId);
    const commented = location ? ignoreComment(yaml.lines, location.line) : [];
    if (ignored.length + commented.length > 0) ignoredRules.set(logicalId, [...ignored, ...commented]);
    functions.push(readFunction(logicalId, properties, {own, pick, globalsReader: isSam ? globalsReader : undefined, resources, resolve, yaml, findings, isSam, ...(apiGlobals ? {apiGlobals} : {}), ...(options.region ? {region: options.region} : {})}));
  }
  linkResources(functions, resources, resolve, (id) => yaml.locate(resources, id), yaml);
  for (const fn of functions) {
    const ids = ignoredRules.get(fn.name);
    if (ids) fn.ignoredRules = ids;
    const path = cdkPath(resources[fn.name]);
    if (path) fn.path = path;
  }
  return ok(functions.map(stripUndefined));
}

interface FunctionContext {
  readonly own: FieldReader;
  readonly pick: (key: string) => FieldReader;
  readonly globalsReader: FieldReader | undefined;
  readonly resources: Resources;
  readonly resolve: (value: unknown) => unknown;
  readonly yaml: YamlValue;
  readonly findings: Finding[];
  readonly isSam: boolean;
  readonly apiGlobals?: Record<string, unknown>;
  readonly region?: string;
}

type MutableConfig = {-readonly [K in keyof FunctionConfig]: FunctionConfig[K]};

function readFunction(logicalId: string, properties: Record<string, unknown>, c: FunctionContext): MutableConfig {
  const fn: MutableConfig = {name: logicalId, parseFindings: c.findings};
  const location = c.yaml.locate(c.resources, logicalId);
  if (location) fn.location = location;
  const imageUri = c.pick('ImageUri').raw('ImageUri');
  const packageType = c.pick('PackageType').string('PackageType');
  fn.packageType = packageType === 'Image' || (imageUri !== undefined && packageType === undefined) ? 'Image' : 'Zip';
  assign(fn, 'functionName', c.own.string('FunctionName'));
  assign(fn, 'runtime', c.pick('Runtime').string('Runtime'));
  assign(fn, 'handler', c.pick('Handler').string('Handler'));
  assign(fn, 'memoryMB', c.pick('MemorySize').number('MemorySize'));
  assign(fn, 'timeoutSeconds', c.pick('Timeout').number('Timeout'));
  const storage = c.pick('EphemeralStorage').map('EphemeralStorage');
  if (storage) assign(fn, 'ephemeralStorageMB', isUnresolved(storage) ? storage : toNumber(storage['Size']));
  // `Architectures: !Ref Arch` where Arch is a String parameter: taken as a one-item list.
  const architecturesRaw = c.pick('Architectures').raw('Architectures');
  const architectures = typeof architecturesRaw === 'string' && intrinsicName(properties['Architectures'] ?? c.globalsReader?.raw('Architectures')) !== undefined ? [architecturesRaw] : c.pick('Architectures').list('Architectures');
  if (architectures) fn.architecture = isUnresolved(architectures) ? architectures : (architectures[0] as Field<string> | undefined) ?? 'x86_64';
  assign(fn, 'reservedConcurrency', c.pick('ReservedConcurrentExecutions').number('ReservedConcurrentExecutions'));
  const provisioned = c.pick('ProvisionedConcurrencyConfig').map('ProvisionedConcurrencyConfig');
  if (provisioned) assign(fn, 'provisionedConcurrency', isUnresolved(provisioned) ? provisioned : toNumber(provisioned['ProvisionedConcurrentExecutions']));
  const snapStart = c.pick('SnapStart').map('SnapStart');
  if (snapStart) fn.snapStart = isUnresolved(snapStart) ? snapStart : isUnresolved(snapStart['ApplyOn']) ? (snapStart['ApplyOn'] as Unresolved) : snapStart['ApplyOn'] === 'PublishedVersions';
  const fileSystems = c.pick('FileSystemConfigs').list('FileSystemConfigs');
  fn.efs = !!fileSystems && (isUnresolved(fileSystems) || fileSystems.length > 0);
  const vpc = c.pick('VpcConfig').map('VpcConfig');
  fn.vpc = !!vpc && (isUnresolved(vpc) || (Array.isArray(vpc['SubnetIds']) ? vpc['SubnetIds'].length > 0 : vpc['SubnetIds'] !== undefined));
  // Environment: SAM merges Globals' variables with the function's own.
  const environments = [c.globalsReader?.map('Environment'), c.own.map('Environment')];
  let environment: Record<string, Field<string>> | Unresolved | undefined;
  for (const entry of environments) {
    if (!entry) continue;
    if (isUnresolved(entry)) { environment = entry; continue; }
    const variables = entry['Variables'];
    if (isUnresolved(variables)) { environment = variables; continue; }
    const record = asRecord(variables);
    if (!record) continue;
    const merged: Record<string, Field<string>> = environment && !isUnresolved(environment) ? {...environment} : {};
    for (const [key, value] of Object.entries(record)) merged[key] = isUnresolved(value) ? value : typeof value === 'object' && value !== null ? {unresolved: describeIntrinsic(value)} : String(value);
    environment = merged;
  }
  if (environment !== undefined) fn.environment = environment;
  const layerLists = [c.globalsReader?.list('Layers'), c.own.list('Layers')];
  let layers: Field<string>[] | Unresolved | undefined;
  for (const entry of layerLists) {
    if (!entry) continue;
    if (isUnresolved(entry)) { layers = entry; continue; }
    layers = [...(layers && !isUnresolved(layers) ? layers : []), ...entry.map((layer) => (typeof layer === 'string' || isUnresolved(layer) ? layer : {unresolved: describeIntrinsic(layer)}))];
  }
  if (layers !== undefined) fn.layers = layers;
  readNewModes(fn, c);
  checkCodeAndLogging(fn, properties, c);
  if (c.region) fn.region = c.region;
  if (c.isSam) fn.eventSources = readSamEvents(properties, c);
  // Tags: SAM takes a map, CloudFormation a list of {Key, Value}; SAM Globals' tags are merged in.
  const tagSources = [c.isSam ? c.globalsReader?.raw('Tags') : undefined, c.own.raw('Tags')];
  const tagKeys = new Set<string>();
  let tagsUnresolved: Unresolved | undefined;
  for (const tags of tagSources) {
    if (tags === undefined) continue;
    if (isUnresolved(tags)) { tagsUnresolved = tags; continue; }
    if (Array.isArray(tags)) for (const tag of tags) { const key = asRecord(tag)?.['Key']; if (typeof key === 'string') tagKeys.add(key); }
    else for (const key of Object.keys(asRecord(tags) ?? {})) tagKeys.add(key);
  }
  fn.tags = tagsUnresolved && tagKeys.size === 0 ? tagsUnresolved : [...tagKeys];
  // SAM events invoke the AutoPublishAlias when there is one, else the unqualified function ($LATEST).
  if (c.isSam && c.pick('AutoPublishAlias').raw('AutoPublishAlias') === undefined) {
    const kinds = (fn.eventSources ?? []).map((source) => (source.type === 'other' ? source.kind : source.type === 'sqs' ? 'SQS' : 'Api'));
    if (kinds.length > 0) fn.latestEventSources = kinds;
  }
  return fn;
}

const API_SOURCE = 'https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html';
const LOGGING_SOURCE = 'https://docs.aws.amazon.com/lambda/latest/api/API_LoggingConfig.html';

/**
 * cfn-lint E3677 (inline code needs a Node.js or Python runtime), E3685 (an image function sets
 * no Runtime or Handler of its own) and E3696 (log levels need LogFormat JSON), read where the
 * template says them so the finding has the property's line.
 */
function checkCodeAndLogging(fn: MutableConfig, properties: Record<string, unknown>, c: FunctionContext): void {
  const push = (rule: string, key: string, container: unknown, message: string, fix: string, source: string) => c.findings.push(finding(rule, 'error', at(c.yaml.locate(container, key) ?? fn.location, message), fix, source, key));
  const code = asRecord(properties['Code']);
  const inline = c.isSam ? 'InlineCode' in properties : !!code && 'ZipFile' in code;
  const runtime = typeof fn.runtime === 'string' ? fn.runtime : undefined;
  if (inline && fn.packageType === 'Zip' && runtime !== undefined && !/^(nodejs|python)/.test(runtime)) {
    push('code.inlineRuntime', c.isSam ? 'InlineCode' : 'Code', properties, `Inline code (${c.isSam ? 'InlineCode' : 'Code.ZipFile'}) needs a Node.js or Python runtime; ${runtime} cannot run it.`, 'Use a Node.js or Python runtime, or upload a .zip (CodeUri / Code.S3Bucket).', 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-lambda-function-code.html');
  }
  if (fn.packageType === 'Image') {
    for (const key of ['Runtime', 'Handler']) {
      if (key in properties) push('image.runtimeHandler', key, properties, `A container image function cannot set ${key}: the image's ENTRYPOINT/CMD decide it, and CreateFunction rejects it.`, `Remove ${key}; set ImageConfig.Command to choose the handler.`, API_SOURCE);
    }
  }
  const logging = c.pick('LoggingConfig').map('LoggingConfig');
  if (logging && !isUnresolved(logging) && c.resolve(logging['LogFormat']) === 'Text') {
    for (const key of ['ApplicationLogLevel', 'SystemLogLevel']) {
      if (key in logging) push('logging.levelWithText', key, logging, `LoggingConfig.${key} needs LogFormat JSON; with LogFormat Text, Lambda rejects log levels.`, 'Set LogFormat: JSON, or remove the log levels.', LOGGING_SOURCE);
    }
  }
}

/** Lambda Managed Instances (CapacityProviderConfig, FunctionScalingConfig) and durable functions (DurableConfig). */
function readNewModes(fn: MutableConfig, c: FunctionContext): void {
  const provider = c.pick('CapacityProviderConfig').map('CapacityProviderConfig');
  const scaling = c.pick('FunctionScalingConfig').map('FunctionScalingConfig');
  if (provider || scaling) {
    const lmi = provider && !isUnresolved(provider) ? asRecord(provider['LambdaManagedInstancesCapacityProviderConfig']) : undefined;
    const limits = scaling && !isUnresolved(scaling) ? scaling : undefined;
    const entries = {
      memoryGiBPerVcpu: toNumber(lmi?.['ExecutionEnvironmentMemoryGiBPerVCpu']),
      perEnvironmentMaxConcurrency: toNumber(lmi?.['PerExecutionEnvironmentMaxConcurrency']),
      minExecutionEnvironments: toNumber(limits?.['MinExecutionEnvironments']),
      maxExecutionEnvironments: toNumber(limits?.['MaxExecutionEnvironments']),
    };
    fn.managedInstances = Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
  }
  const durable = c.pick('DurableConfig').map('DurableConfig');
  if (durable && !isUnresolved(durable)) {
    const entries = {executionTimeoutSeconds: toNumber(durable['ExecutionTimeout']), retentionDays: toNumber(durable['RetentionPeriodInDays'])};
    fn.durable = Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
  }
}

function readSamEvents(properties: Record<string, unknown>, c: FunctionContext): EventSource[] {
  const events = asRecord(properties['Events']);
  if (!events) return [];
  const sources: EventSource[] = [];
  for (const [eventName, event] of Object.entries(events)) {
    const record = asRecord(event);
    const type = record?.['Type'];
    if (typeof type !== 'string') {
      c.findings.push(finding('input.type', 'error', at(c.yaml.locate(events, eventName), `Events.${eventName} needs a Type (SQS, Api, HttpApi, S3, Schedule, …).`), 'Add a Type.', SAM_SOURCE));
      continue;
    }
    const props = asRecord(record?.['Properties']) ?? {};
    const reader = createFieldReader(props, `Events.${eventName}.Properties`, {yaml: c.yaml, resolve: c.resolve, findings: c.findings, source: SAM_SOURCE});
    // Unknown event properties only where SAM's schema lists the event type's properties.
    const knownEvent = SAM_EVENT_PROPERTIES[type];
    if (knownEvent) reader.unknownKeys(new Set([...knownEvent, ...(SAM_SCHEMA_GAPS[type] ?? [])]), `SAM ${type} event`);
    if (type === 'SQS') {
      const scaling = reader.map('ScalingConfig');
      sources.push(withQueue({
        type: 'sqs',
        ...defined('batchSize', reader.number('BatchSize')),
        ...defined('maximumBatchingWindowSeconds', reader.number('MaximumBatchingWindowInSeconds')),
        ...(scaling && !isUnresolved(scaling) ? defined('maximumConcurrency', toNumber(scaling['MaximumConcurrency'])) : {}),
      }, props['Queue'], c.resources, c.resolve));
    } else if (type === 'Api') {
      const endpoint = samApiEndpoint(props['RestApiId'], c);
      sources.push({type: 'api', api: 'rest', ...defined('integrationTimeoutMs', reader.number('TimeoutInMillis')), ...defined('endpoint', endpoint)});
    } else if (type === 'HttpApi') {
      sources.push({type: 'api', api: 'http', ...defined('integrationTimeoutMs', reader.number('TimeoutInMillis'))});
    } else {
      sources.push({type: 'other', kind: type});
    }
  }
  return sources;
}

/** `Metadata: {lambda-lab: {ignore: [rule-id, …]}}` on a resource (a single string also works). */
function readIgnoreMetadata(metadata: unknown): string[] {
  const ignore = asRecord(asRecord(metadata)?.['lambda-lab'])?.['ignore'];
  const list = Array.isArray(ignore) ? ignore : typeof ignore === 'string' ? ignore.split(/[\s,]+/) : [];
  return list.filter((id): id is string => typeof id === 'string' && id !== '');
}

/** The CDK construct path (`Metadata: aws:cdk:path`) of a synthesized resource. */
function cdkPath(resource: unknown): string | undefined {
  const path = asRecord(asRecord(resource)?.['Metadata'])?.['aws:cdk:path'];
  return typeof path === 'string' ? path : undefined;
}

type Endpoint = Field<'edge' | 'regional' | 'private'>;

/** API Gateway's EndpointConfiguration (a type string, a list, or {Type}/{Types}) → edge, regional or private. */
export function endpointType(configuration: unknown, resolve: (value: unknown) => unknown): Endpoint {
  if (configuration === undefined || configuration === null) return 'edge';
  const resolved = resolve(configuration);
  if (isUnresolved(resolved)) return resolved;
  const record = asRecord(resolved);
  const raw = record ? (record['Type'] ?? record['Types']) : resolved;
  const first = Array.isArray(raw) ? raw[0] : raw;
  if (first === undefined) return 'edge';
  if (isUnresolved(first)) return first;
  const text = String(first).toUpperCase();
  return text === 'REGIONAL' ? 'regional' : text === 'PRIVATE' ? 'private' : text === 'EDGE' ? 'edge' : {unresolved: String(first)};
}

/** The endpoint type of a SAM Api event's API: its RestApiId resource, else the implicit API (Globals.Api). */
function samApiEndpoint(restApiId: unknown, c: FunctionContext): Endpoint {
  if (restApiId === undefined) return endpointType(c.apiGlobals?.['EndpointConfiguration'], c.resolve);
  const id = referencedResource(restApiId);
  const api = id ? asRecord(c.resources[id]) : undefined;
  if (!api) return {unresolved: `the endpoint type of ${describeIntrinsic(restApiId)}, an API defined outside this template`};
  const properties = asRecord(api['Properties']) ?? {};
  if (api['Type'] === 'AWS::Serverless::Api') return endpointType(properties['EndpointConfiguration'] ?? c.apiGlobals?.['EndpointConfiguration'], c.resolve);
  return endpointType(properties['EndpointConfiguration'], c.resolve);
}

/** Fills in an SQS source's queue name, FIFO flag and visibility timeout from the template. */
function withQueue(source: Extract<EventSource, {type: 'sqs'}>, queueRef: unknown, resources: Resources, resolve: (value: unknown) => unknown): EventSource {
  const logicalId = referencedResource(queueRef);
  const queue = logicalId ? asRecord(resources[logicalId]) : undefined;
  if (!queue || queue['Type'] !== 'AWS::SQS::Queue') {
    const shown = typeof queueRef === 'string' ? queueRef : queueRef === undefined || queueRef === null ? 'a queue with no ARN' : describeIntrinsic(queueRef);
    return {...source, queue: shown, visibilityTimeoutSeconds: {unresolved: `the visibility timeout of ${shown}, a queue defined outside this template`}};
  }
  const properties = asRecord(queue['Properties']) ?? {};
  const visibility = 'VisibilityTimeout' in properties ? resolve(properties['VisibilityTimeout']) : getIntegrationLimit('sqs.visibilityTimeout').default;
  const fifo = resolve(properties['FifoQueue']);
  return {...source, queue: logicalId!, fifo: fifo === true || fifo === 'true', visibilityTimeoutSeconds: isUnresolved(visibility) ? visibility : toNumber(visibility) ?? {unresolved: String(visibility)}};
}

/** Event source mappings, provisioned concurrency on versions/aliases, CloudFront associations. */
function linkResources(functions: MutableConfig[], resources: Resources, resolve: (value: unknown) => unknown, locateResource: (id: string) => SourceLocation | undefined, yaml: YamlValue): void {
  const yamlOf = () => yaml;
  const add = (fn: MutableConfig, findings: readonly Finding[]) => {
    if (findings.length) fn.parseFindings = [...(fn.parseFindings ?? []), ...findings];
  };
  const byId = new Map(functions.map((fn) => [fn.name, fn]));
  const owner = (value: unknown): MutableConfig | undefined => {
    const id = referencedResource(value);
    if (!id) return undefined;
    const direct = byId.get(id);
    if (direct) return direct;
    // A version or alias resource that itself points at a function.
    const resource = asRecord(resources[id]);
    return resource ? byId.get(referencedResource(asRecord(resource['Properties'])?.['FunctionName']) ?? '') : undefined;
  };
  for (const {destination, finding: found} of checkSubscriptionFilters(resources, resolve, (id, text) => at(locateResource(id), text))) {
    const fn = owner(destination);
    if (fn) add(fn, [found]);
  }
  for (const [groupId, resource] of Object.entries(resources)) {
    const record = asRecord(resource);
    const properties = asRecord(record?.['Properties']) ?? {};
    switch (record?.['Type']) {
      case 'AWS::Lambda::EventSourceMapping': {
        const fn = owner(properties['FunctionName']);
        // Unknown properties of the mapping, from AWS's schema, reported on the function it feeds.
        if (fn) {
          const findings: Finding[] = [];
          createFieldReader(properties, `Resources.${groupId}.Properties`, {yaml: yamlOf(), resolve, findings, source: ESM_SOURCE}).unknownKeys(ESM_KEYS, 'AWS::Lambda::EventSourceMapping');
          if (findings.length) fn.parseFindings = [...(fn.parseFindings ?? []), ...findings];
        }
        // FunctionName naming the function itself (not an Alias or Version resource) invokes $LATEST.
        if (fn && byId.has(referencedResource(properties['FunctionName']) ?? '') && !/:[^:]+:[^:]+$/.test(String(resolve(properties['FunctionName'])).replace(/^arn:[^:]+:lambda:[^:]+:[^:]+:function:/, ''))) {
          fn.latestEventSources = [...(fn.latestEventSources ?? []), 'EventSourceMapping'];
        }
        const sourceId = referencedResource(properties['EventSourceArn']);
        const sourceType = sourceId ? asRecord(resources[sourceId])?.['Type'] : undefined;
        const arn = resolve(properties['EventSourceArn']);
        const isSqs = sourceType === 'AWS::SQS::Queue' || (typeof arn === 'string' && arn.startsWith('arn:aws:sqs:'));
        if (!fn) break;
        // cfn-lint E3633/E3634: StartingPosition is required for streams (Kinesis, DynamoDB, MSK) and refused for SQS.
        const streamed = sourceType === 'AWS::Kinesis::Stream' || sourceType === 'AWS::DynamoDB::Table' || sourceType === 'AWS::MSK::Cluster' || (typeof arn === 'string' && /^arn:aws[\w-]*:(kinesis|dynamodb|kafka):/.test(arn));
        const position = properties['StartingPosition'];
        if (isSqs && position !== undefined) fn.parseFindings = [...(fn.parseFindings ?? []), finding('esm.startingPosition', 'error', at(locateResource(groupId), `Event source mapping ${groupId} sets StartingPosition for an SQS queue; SQS mappings do not take one, and CreateEventSourceMapping rejects it.`), 'Remove StartingPosition.', ESM_SOURCE, 'eventSources')];
        if (streamed && position === undefined) fn.parseFindings = [...(fn.parseFindings ?? []), finding('esm.startingPosition', 'error', at(locateResource(groupId), `Event source mapping ${groupId} reads a stream (Kinesis, DynamoDB or Kafka) without StartingPosition, which such mappings require.`), 'Set StartingPosition: LATEST or TRIM_HORIZON (or AT_TIMESTAMP with StartingPositionTimestamp).', ESM_SOURCE, 'eventSources')];
        if (!isSqs) {
          fn.eventSources = [...(fn.eventSources ?? []), {type: 'other', kind: typeof sourceType === 'string' ? sourceType : 'EventSourceMapping'}];
          break;
        }
        const scaling = asRecord(properties['ScalingConfig']);
        fn.eventSources = [...(fn.eventSources ?? []), withQueue({
          type: 'sqs',
          ...defined('batchSize', numberOrUnresolved(resolve(properties['BatchSize']))),
          ...defined('maximumBatchingWindowSeconds', numberOrUnresolved(resolve(properties['MaximumBatchingWindowInSeconds']))),
          ...(scaling ? defined('maximumConcurrency', numberOrUnresolved(resolve(scaling['MaximumConcurrency']))) : {}),
        }, properties['EventSourceArn'], resources, resolve)];
        break;
      }
      case 'AWS::Lambda::Permission': {
        const fn = owner(properties['FunctionName']);
        const types = Object.fromEntries(Object.entries(resources).map(([id, r]) => [id, asRecord(r)?.['Type']]));
        if (fn) add(fn, checkPermission(groupId, properties, {types, resolve, message: (text) => at(locateResource(groupId), text)}));
        break;
      }
      case 'AWS::SNS::Subscription': {
        const fn = owner(properties['Endpoint']);
        if (fn) add(fn, checkSnsSubscription(groupId, resolve(properties['Protocol']), (text) => at(locateResource(groupId), text)));
        break;
      }
      case 'AWS::SNS::Topic': {
        const subscriptions = Array.isArray(properties['Subscription']) ? properties['Subscription'] : [];
        for (const subscription of subscriptions) {
          const entry = asRecord(subscription);
          const fn = owner(entry?.['Endpoint']);
          if (fn) add(fn, checkSnsSubscription(`${groupId} (Subscription)`, resolve(entry?.['Protocol']), (text) => at(locateResource(groupId), text)));
        }
        break;
      }
      case 'AWS::Lambda::Version':
      case 'AWS::Lambda::Alias': {
        const config = asRecord(properties['ProvisionedConcurrencyConfig']);
        const fn = owner(properties['FunctionName']);
        if (fn && config) assign(fn, 'provisionedConcurrency', numberOrUnresolved(resolve(config['ProvisionedConcurrentExecutions'])));
        break;
      }
      case 'AWS::ApiGateway::Method': {
        // REST API (v1) method integrating a function: Integration.Uri names it, TimeoutInMillis is optional.
        const integration = asRecord(properties['Integration']) ?? {};
        const fn = owner(integration['Uri']);
        if (!fn) break;
        const apiId = referencedResource(properties['RestApiId']);
        const api = apiId ? asRecord(resources[apiId]) : undefined;
        const endpoint: Endpoint = api ? endpointType(asRecord(api['Properties'])?.['EndpointConfiguration'], resolve) : {unresolved: 'the endpoint type of a REST API defined outside this template'};
        fn.eventSources = [...(fn.eventSources ?? []), {type: 'api', api: 'rest', endpoint, ...defined('integrationTimeoutMs', numberOrUnresolved(resolve(integration['TimeoutInMillis'])))}];
        break;
      }
      case 'AWS::ApiGatewayV2::Integration': {
        const fn = owner(properties['IntegrationUri']);
        if (!fn) break;
        // HTTP and WebSocket APIs share this resource: the API's ProtocolType tells them apart. An API
        // outside the template: HTTP APIs require PayloadFormatVersion for Lambda, WebSocket APIs do not take it.
        const apiId = referencedResource(properties['ApiId']);
        const api = apiId ? asRecord(resources[apiId]) : undefined;
        const protocol = api ? resolve(asRecord(api['Properties'])?.['ProtocolType']) : undefined;
        const websocket = typeof protocol === 'string' ? protocol.toUpperCase() === 'WEBSOCKET' : !api && properties['PayloadFormatVersion'] === undefined;
        fn.eventSources = [...(fn.eventSources ?? []), {type: 'api', api: websocket ? 'websocket' : 'http', ...defined('integrationTimeoutMs', numberOrUnresolved(resolve(properties['TimeoutInMillis'])))}];
        break;
      }
      case 'AWS::ElasticLoadBalancingV2::TargetGroup': {
        if (resolve(properties['TargetType']) !== 'lambda') break;
        const targets = Array.isArray(properties['Targets']) ? properties['Targets'] : [];
        const targetFunctions = targets.map((target) => owner(asRecord(target)?.['Id']));
        for (const fn of targetFunctions) {
          if (!fn) continue;
          fn.eventSources = [...(fn.eventSources ?? []), {type: 'other', kind: 'ALB'}];
          if (targets.length > 1) {
            const limit = getIntegrationLimit('elb.lambdaTargetsPerGroup');
            fn.parseFindings = [...(fn.parseFindings ?? []), finding('alb.oneFunctionPerTargetGroup', 'error', at(locateResource(groupId), `Target group ${groupId} lists ${targets.length} Lambda targets; a target group of type lambda can hold only one function, so registering them fails.`), 'Create one target group per function and route to each with its own listener rule.', limit.source, 'eventSources')];
          }
        }
        break;
      }
      case 'AWS::CloudFront::Distribution': {
        const distribution = asRecord(properties['DistributionConfig']) ?? {};
        const behaviors = [distribution['DefaultCacheBehavior'], ...(Array.isArray(distribution['CacheBehaviors']) ? distribution['CacheBehaviors'] : [])];
        for (const behavior of behaviors) {
          const associations = asRecord(behavior)?.['LambdaFunctionAssociations'];
          for (const association of Array.isArray(associations) ? associations : []) {
            const entry = asRecord(association);
            const fn = owner(entry?.['LambdaFunctionARN']);
            const eventType = resolve(entry?.['EventType']);
            if (fn && typeof eventType === 'string' && (EDGE_TRIGGERS as readonly string[]).includes(eventType)) {
              fn.edgeTrigger = eventType as EdgeTrigger;
              if (fn.region === undefined) fn.region = {unresolved: 'the Region this stack is deployed to'};
            }
          }
        }
        break;
      }
      default:
        break;
    }
  }
}

function toNumber(value: unknown): Field<number> | undefined {
  if (value === undefined || value === null) return undefined;
  if (isUnresolved(value)) return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return {unresolved: typeof value === 'object' ? describeIntrinsic(value) : String(value)};
}

const numberOrUnresolved = toNumber;

function assign<K extends keyof MutableConfig>(fn: MutableConfig, key: K, value: MutableConfig[K] | undefined): void {
  if (value !== undefined) fn[key] = value;
}

function defined<K extends string, V>(key: K, value: V | undefined): {[P in K]?: V} {
  return (value === undefined ? {} : {[key]: value}) as {[P in K]?: V};
}

function stripUndefined(fn: MutableConfig): FunctionConfig {
  return Object.fromEntries(Object.entries(fn).filter(([, value]) => value !== undefined)) as unknown as FunctionConfig;
}
