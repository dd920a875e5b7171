import {EDGE_TRIGGERS, type EdgeTrigger} from '../../../data/edgeLimits.ts';
import {getIntegrationLimit} from '../../../data/eventSourceLimits.ts';
import {fail, ok, type Result} from '../../result.ts';
import {finding} from '../rules/finding.ts';
import type {EventSource, Field, Finding, FunctionConfig, Unresolved} from '../types.ts';
import {isUnresolved} from '../types.ts';
import {createFieldReader, type FieldReader, type ReaderContext} from './readField.ts';
import {at, type YamlValue} from './readYaml.ts';
import {describeIntrinsic, evaluateCondition, referencedResource, resolveIntrinsics, type TemplateScope} from './resolveIntrinsics.ts';

const SAM_SOURCE = 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html';
const CFN_SOURCE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-function.html';

const LAMBDA_PROPERTIES = ['Architectures', 'Code', 'CodeSigningConfigArn', 'DeadLetterConfig', 'Description', 'Environment', 'EphemeralStorage', 'FileSystemConfigs', 'FunctionName', 'Handler', 'ImageConfig', 'KmsKeyArn', 'Layers', 'LoggingConfig', 'MemorySize', 'PackageType', 'RecursiveLoop', 'ReservedConcurrentExecutions', 'Role', 'Runtime', 'RuntimeManagementConfig', 'SnapStart', 'Tags', 'Timeout', 'TracingConfig', 'VpcConfig', 'CapacityProviderConfig', 'DurableConfig', 'TenantConfig', 'FunctionScalingConfig'];
const SAM_ONLY = ['AssumeRolePolicyDocument', 'AutoPublishAlias', 'AutoPublishAliasAllProperties', 'AutoPublishCodeSha256', 'CodeUri', 'DeploymentPreference', 'Events', 'EventInvokeConfig', 'FunctionUrlConfig', 'ImageUri', 'InlineCode', 'PermissionsBoundary', 'Policies', 'PropagateTags', 'ProvisionedConcurrencyConfig', 'RolePath', 'SourceKMSKeyArn', 'Tracing', 'VersionDescription', 'VersionDeletionPolicy'];
const KNOWN_LAMBDA = new Set(LAMBDA_PROPERTIES);
const KNOWN_SAM = new Set([...LAMBDA_PROPERTIES.filter((p) => p !== 'Code' && p !== 'TracingConfig'), ...SAM_ONLY]);

const RESOURCE_KEYS = new Set(['Type', 'Properties', 'DependsOn', 'Condition', 'Metadata', 'DeletionPolicy', 'UpdateReplacePolicy', 'UpdatePolicy', 'CreationPolicy', 'IgnoreGlobals', 'Connectors']);

type Resources = Readonly<Record<string, {Type?: unknown; Properties?: unknown}>>;

export interface CloudFormationOptions {
  /** Region the stack deploys to, when known (Lambda@Edge must be us-east-1). */
  readonly region?: string;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
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
export function parseCloudFormation(yaml: YamlValue, options: CloudFormationOptions = {}): Result<FunctionConfig[]> {
  const root = asRecord(yaml.value);
  if (!root) return fail(at(yaml.locate(yaml.value), 'A template must be a mapping with a Resources section.'));
  const resources = asRecord(root['Resources']) as Resources | undefined;
  if (!resources) return fail(at(yaml.locate(root, 'Resources') ?? {line: 1, column: 1}, 'The template has no Resources mapping, so there is nothing to check.'));

  const parameters: Record<string, unknown> = {};
  for (const [name, definition] of Object.entries(asRecord(root['Parameters']) ?? {})) {
    const record = asRecord(definition);
    if (record && 'Default' in record) parameters[name] = record['Default'];
  }
  const scope: TemplateScope = {
    parameters,
    mappings: asRecord(root['Mappings']) ?? {},
    conditions: asRecord(root['Conditions']) ?? {},
    resources: new Set(Object.keys(resources)),
    ...(options.region ? {region: options.region} : {}),
  };
  const resolve = (value: unknown) => resolveIntrinsics(value, scope);
  const globals = asRecord(asRecord(root['Globals'])?.['Function']);
  const globalFindings: Finding[] = [];
  const globalsContext: ReaderContext = {yaml, resolve, findings: globalFindings, source: SAM_SOURCE};
  const globalsReader = globals ? createFieldReader(globals, 'Globals.Function', globalsContext) : undefined;
  if (globals && globalsReader) globalsReader.unknownKeys(KNOWN_SAM, 'SAM Globals.Function');

  const functions: FunctionConfig[] = [];
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
    const context: ReaderContext = {yaml, resolve, findings, source: isSam ? SAM_SOURCE : CFN_SOURCE};
    createFieldReader(record, `Resources.${logicalId}`, context).unknownKeys(RESOURCE_KEYS, 'resource');
    // A resource whose Condition is false is not created: nothing to check.
    const condition = record['Condition'];
    if (typeof condition === 'string') {
      const created = evaluateCondition(condition, scope);
      if (created === false) continue;
      if (created === undefined) findings.push(finding('unresolved', 'note', at(yaml.locate(record, 'Condition'), `This function is created only when condition ${condition} holds, which depends on deployment; it was checked as if created.`), 'Nothing to do unless the condition is meant to be false.', CFN_SOURCE, 'Condition'));
    }
    const own = createFieldReader(properties, `Resources.${logicalId}.Properties`, context);
    own.unknownKeys(isSam ? KNOWN_SAM : KNOWN_LAMBDA, isSam ? 'AWS::Serverless::Function' : 'AWS::Lambda::Function');
    // SAM: a function's own property wins over Globals; maps merge and lists append (below).
    const pick = (key: string): FieldReader => (isSam && globalsReader && !(key in properties) && globals && key in globals ? globalsReader : own);
    functions.push(readFunction(logicalId, properties, {own, pick, globalsReader: isSam ? globalsReader : undefined, resources, resolve, yaml, findings, isSam, ...(options.region ? {region: options.region} : {})}));
  }
  linkResources(functions, resources, resolve, yaml);
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
  const architectures = c.pick('Architectures').list('Architectures');
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
  if (c.region) fn.region = c.region;
  if (c.isSam) fn.eventSources = readSamEvents(properties, c);
  return fn;
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
    if (type === 'SQS') {
      const scaling = reader.map('ScalingConfig');
      sources.push(withQueue({
        type: 'sqs',
        ...defined('batchSize', reader.number('BatchSize')),
        ...defined('maximumBatchingWindowSeconds', reader.number('MaximumBatchingWindowInSeconds')),
        ...(scaling && !isUnresolved(scaling) ? defined('maximumConcurrency', toNumber(scaling['MaximumConcurrency'])) : {}),
      }, props['Queue'], c.resources, c.resolve));
    } else if (type === 'Api' || type === 'HttpApi') {
      sources.push({type: 'api', api: type === 'Api' ? 'rest' : 'http', ...defined('integrationTimeoutMs', reader.number('TimeoutInMillis'))});
    } else {
      sources.push({type: 'other', kind: type});
    }
  }
  return sources;
}

/** Fills in an SQS source's queue name, FIFO flag and visibility timeout from the template. */
function withQueue(source: Extract<EventSource, {type: 'sqs'}>, queueRef: unknown, resources: Resources, resolve: (value: unknown) => unknown): EventSource {
  const logicalId = referencedResource(queueRef);
  const queue = logicalId ? asRecord(resources[logicalId]) : undefined;
  if (!queue || queue['Type'] !== 'AWS::SQS::Queue') {
    const shown = typeof queueRef === 'string' ? queueRef : describeIntrinsic(queueRef);
    return {...source, queue: shown, visibilityTimeoutSeconds: {unresolved: `the visibility timeout of ${shown}, a queue defined outside this template`}};
  }
  const properties = asRecord(queue['Properties']) ?? {};
  const visibility = 'VisibilityTimeout' in properties ? resolve(properties['VisibilityTimeout']) : getIntegrationLimit('sqs.visibilityTimeout').default;
  const fifo = resolve(properties['FifoQueue']);
  return {...source, queue: logicalId!, fifo: fifo === true || fifo === 'true', visibilityTimeoutSeconds: isUnresolved(visibility) ? visibility : toNumber(visibility) ?? {unresolved: String(visibility)}};
}

/** Event source mappings, provisioned concurrency on versions/aliases, CloudFront associations. */
function linkResources(functions: MutableConfig[], resources: Resources, resolve: (value: unknown) => unknown, yaml: YamlValue): void {
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
  for (const [, resource] of Object.entries(resources)) {
    const record = asRecord(resource);
    const properties = asRecord(record?.['Properties']) ?? {};
    switch (record?.['Type']) {
      case 'AWS::Lambda::EventSourceMapping': {
        const fn = owner(properties['FunctionName']);
        const sourceId = referencedResource(properties['EventSourceArn']);
        const sourceType = sourceId ? asRecord(resources[sourceId])?.['Type'] : undefined;
        const arn = resolve(properties['EventSourceArn']);
        const isSqs = sourceType === 'AWS::SQS::Queue' || (typeof arn === 'string' && arn.startsWith('arn:aws:sqs:'));
        if (!fn) break;
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
      case 'AWS::Lambda::Version':
      case 'AWS::Lambda::Alias': {
        const config = asRecord(properties['ProvisionedConcurrencyConfig']);
        const fn = owner(properties['FunctionName']);
        if (fn && config) assign(fn, 'provisionedConcurrency', numberOrUnresolved(resolve(config['ProvisionedConcurrentExecutions'])));
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
  void yaml;
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
