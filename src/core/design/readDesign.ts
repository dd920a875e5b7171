/**
 * Reads a template into a *design*: its functions (through the limits checker's parsers) and
 * every other resource, classified as priced / free / not priced, with the edges traffic flows
 * along (an Api/HttpApi event ties a function to its API; a VPC function to the NAT gateway).
 */
import {parseCloudFormation, looksLikeCloudFormation} from '../limits/parse/parseCloudFormation.ts';
import {looksLikeServerless, parseServerless} from '../limits/parse/parseServerless.ts';
import {readYaml, type YamlValue} from '../limits/parse/readYaml.ts';
import {referencedResource} from '../limits/parse/resolveIntrinsics.ts';
import type {FunctionConfig, SourceLocation} from '../limits/types.ts';
import {fail, ok, type Result} from '../result.ts';
import {FREE_TYPES, NOT_PRICED_REASONS, PRICED_TYPES, type PricedKind} from './resourceTypes.ts';
import {asRecord} from '../asRecord.ts';

export type ResourceStatus = 'priced' | 'free' | 'not priced';

export interface DesignResource {
  readonly id: string;
  /** The CloudFormation type; SAM's implicit resources say "(implicit)". */
  readonly type: string;
  readonly status: ResourceStatus;
  readonly kind?: PricedKind;
  /** Why it is free or not priced. */
  readonly reason?: string;
  readonly location?: SourceLocation;
  /** Settings the pricer needs (FIFO, express, billing mode, cache size…). */
  readonly config: Readonly<Record<string, unknown>>;
  /** APIs: the functions whose events route through them (traffic flows from these). */
  readonly functions?: readonly string[];
  /** Functions this resource invokes (queue, stream, topic, bucket, bus → function): traffic flows back from their usage. */
  readonly triggers?: readonly Trigger[];
}

/** An edge from a resource to a function it invokes, as the template wires it. */
export interface Trigger {
  readonly function: string;
  /** SQS event source, DynamoDB stream reader, SNS subscription, S3 notification, EventBridge rule on a custom bus. */
  readonly via: 'sqs' | 'dynamodbStream' | 'sns' | 's3' | 'eventBridge';
  /** S3: true when every event the notification sends is an object-created event (one PUT/POST/COPY each). */
  readonly objectCreatedOnly?: boolean;
}

export interface DesignFunction {
  readonly config: FunctionConfig;
  readonly tracing: boolean;
  readonly vpc: boolean;
  /** Logical ID of a log group in the template that this function writes to, if any. */
  readonly logGroup?: string;
}

export interface Design {
  readonly format: 'cloudformation' | 'serverless';
  readonly functions: readonly DesignFunction[];
  readonly resources: readonly DesignResource[];
  readonly notes: readonly string[];
}

type Rec = Record<string, unknown>;
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined);

/** Parses the template text (SAM, CloudFormation JSON/YAML, serverless.yml, `cdk synth` output). */
export function readDesign(source: string, options: {readonly region?: string} = {}): Result<Design> {
  if (source.trim() === '') return fail('Line 1, column 1: the template is empty.');
  const yaml = readYaml(source);
  if (!yaml.ok) return yaml;
  const root = asRecord(yaml.value.value);
  if (root && looksLikeServerless(root)) return readServerless(yaml.value, root);
  if (root && looksLikeCloudFormation(root)) return readCloudFormation(yaml.value, root, options);
  return fail('Line 1, column 1: this is neither a SAM/CloudFormation template (no Resources) nor a serverless.yml (no functions).');
}

function readCloudFormation(yaml: YamlValue, root: Rec, options: {readonly region?: string}): Result<Design> {
  const parsed = parseCloudFormation(yaml, options.region ? {region: options.region} : {});
  if (!parsed.ok) return parsed;
  const resources = asRecord(root['Resources']) ?? {};
  const created = new Set(parsed.value.map((fn) => fn.name));
  const globals = asRecord(asRecord(root['Globals'])?.['Function']) ?? {};
  const out: DesignResource[] = [];
  const apiFunctions = new Map<string, Set<string>>();
  const link = (api: string, fn: string) => apiFunctions.set(api, (apiFunctions.get(api) ?? new Set()).add(fn));
  const triggers = new Map<string, Trigger[]>();
  const trigger = (source: string | undefined, edge: Trigger) => {
    if (!source || !created.has(edge.function)) return;
    const list = triggers.get(source) ?? [];
    if (!list.some((entry) => entry.function === edge.function && entry.via === edge.via)) list.push(edge);
    triggers.set(source, list);
  };
  const hasLambdaTargets = Object.values(resources).some((resource) => asRecord(resource)?.['Type'] === 'AWS::ElasticLoadBalancingV2::TargetGroup' && asRecord(asRecord(resource)?.['Properties'])?.['TargetType'] === 'lambda');

  for (const [id, value] of Object.entries(resources)) {
    const resource = asRecord(value) ?? {};
    const type = text(resource['Type']) ?? 'unknown';
    const props = asRecord(resource['Properties']) ?? {};
    const location = yaml.locate(resources, id);
    const base = {id, type, ...(location ? {location} : {})};
    if (PRICED_TYPES[type] === 'function') {
      if (!created.has(id)) continue; // its Condition is false: not created
      const events = asRecord(props['Events']) ?? {};
      for (const event of Object.values(events)) {
        const record = asRecord(event);
        const eventProps = asRecord(record?.['Properties']) ?? {};
        if (record?.['Type'] === 'HttpApi') link(referencedResource(eventProps['ApiId']) ?? 'ServerlessHttpApi', id);
        if (record?.['Type'] === 'Api') link(referencedResource(eventProps['RestApiId']) ?? 'ServerlessRestApi', id);
        const edge = samTrigger(id, text(record?.['Type']), eventProps);
        if (edge) trigger(edge.source, edge.trigger);
      }
      if (props['FunctionUrlConfig'] !== undefined) out.push({id: `${id}Url`, type: 'AWS::Lambda::Url (implicit)', status: 'free', reason: FREE_TYPES['AWS::Lambda::Url']!, config: {}});
      out.push({...base, status: 'priced', kind: 'function', config: {}});
      continue;
    }
    // Wiring that ties functions to APIs in plain CloudFormation.
    if (type === 'AWS::ApiGatewayV2::Integration') {
      const fn = referencedResource(props['IntegrationUri']);
      const api = referencedResource(props['ApiId']);
      if (fn && api) link(api, fn);
    }
    if (type === 'AWS::ApiGateway::Method') {
      const fn = referencedResource(asRecord(props['Integration'])?.['Uri']);
      const api = referencedResource(props['RestApiId']);
      if (fn && api) link(api, fn);
    }
    for (const edge of cloudFormationTriggers(id, type, props, resources)) trigger(edge.source, edge.trigger);
    out.push(classify(base, type, props, hasLambdaTargets));
  }
  for (const implicit of ['ServerlessRestApi', 'ServerlessHttpApi'] as const) {
    if (apiFunctions.has(implicit) && !(implicit in resources)) {
      out.push({id: implicit, type: implicit === 'ServerlessRestApi' ? 'AWS::Serverless::Api (implicit)' : 'AWS::Serverless::HttpApi (implicit)', status: 'priced', kind: implicit === 'ServerlessRestApi' ? 'restApi' : 'httpApi', config: {kind: implicit === 'ServerlessRestApi' ? 'rest' : 'http'}});
    }
  }
  const withEdges = out.map((resource) => {
    if (resource.kind === 'function') return resource;
    const apis = apiFunctions.get(resource.id);
    const invoked = triggers.get(resource.id);
    return {...resource, ...(apis ? {functions: [...apis]} : {}), ...(invoked && resource.status === 'priced' ? {triggers: invoked} : {})};
  });
  const lambdaLogGroups = listLambdaLogGroups(resources);
  const functions = parsed.value.map((fn): DesignFunction => {
    const props = asRecord(asRecord(resources[fn.name])?.['Properties']) ?? {};
    const isSam = asRecord(resources[fn.name])?.['Type'] === 'AWS::Serverless::Function';
    const tracing = isSam ? (props['Tracing'] ?? globals['Tracing']) === 'Active' : asRecord(props['TracingConfig'])?.['Mode'] === 'Active';
    const logGroup = findLogGroup(fn.name, props, resources, lambdaLogGroups);
    return {config: fn, tracing, vpc: fn.vpc === true, ...(logGroup ? {logGroup} : {})};
  });
  const linked = new Set(functions.flatMap((fn) => (fn.logGroup ? [fn.logGroup] : [])));
  const final = withEdges.map((resource) => (linked.has(resource.id) ? {...resource, config: {...resource.config, lambda: true}} : resource));
  return ok({format: 'cloudformation', functions, resources: final, notes: []});
}

/** A SAM event that makes a resource of this template invoke the function. */
function samTrigger(fn: string, type: string | undefined, props: Rec): {source: string | undefined; trigger: Trigger} | undefined {
  switch (type) {
    case 'SQS':
      return {source: referencedResource(props['Queue']), trigger: {function: fn, via: 'sqs'}};
    case 'DynamoDB':
      return {source: referencedResource(props['Stream']), trigger: {function: fn, via: 'dynamodbStream'}};
    case 'SNS':
      return {source: referencedResource(props['Topic']), trigger: {function: fn, via: 'sns'}};
    case 'S3': {
      const events = Array.isArray(props['Events']) ? props['Events'] : [props['Events']];
      return {source: referencedResource(props['Bucket']), trigger: {function: fn, via: 's3', objectCreatedOnly: events.every((event) => typeof event === 'string' && event.startsWith('s3:ObjectCreated:'))}};
    }
    case 'EventBridgeRule':
    case 'CloudWatchEvent':
      // Only a custom bus of this template: events on the default bus from AWS services are free.
      return {source: referencedResource(props['EventBusName']), trigger: {function: fn, via: 'eventBridge'}};
    default:
      return undefined;
  }
}

/** The same edges wired in plain CloudFormation: event source mappings and SNS subscriptions. */
function cloudFormationTriggers(id: string, type: string, props: Rec, resources: Rec): {source: string | undefined; trigger: Trigger}[] {
  const fnOf = (value: unknown) => referencedResource(value);
  if (type === 'AWS::Lambda::EventSourceMapping') {
    const source = referencedResource(props['EventSourceArn']);
    const fn = fnOf(props['FunctionName']);
    const sourceType = source ? asRecord(resources[source])?.['Type'] : undefined;
    const via = sourceType === 'AWS::SQS::Queue' ? 'sqs' : sourceType === 'AWS::DynamoDB::Table' || sourceType === 'AWS::DynamoDB::GlobalTable' ? 'dynamodbStream' : undefined;
    return fn && via ? [{source, trigger: {function: fn, via}}] : [];
  }
  const lambdaEndpoint = (subscription: Rec | undefined) => (text(subscription?.['Protocol'])?.toLowerCase() === 'lambda' ? fnOf(subscription?.['Endpoint']) : undefined);
  if (type === 'AWS::SNS::Subscription') {
    const fn = lambdaEndpoint(props);
    return fn ? [{source: referencedResource(props['TopicArn']), trigger: {function: fn, via: 'sns'}}] : [];
  }
  if (type === 'AWS::SNS::Topic' && Array.isArray(props['Subscription'])) {
    return props['Subscription'].flatMap((entry) => {
      const fn = lambdaEndpoint(asRecord(entry));
      return fn ? [{source: id, trigger: {function: fn, via: 'sns' as const}}] : [];
    });
  }
  return [];
}

/** Each log group named /aws/lambda/…, with its name as JSON text (it may be a !Sub or a Join); listed once per template. */
function listLambdaLogGroups(resources: Rec): {id: string; name: string}[] {
  const found: {id: string; name: string}[] = [];
  for (const [id, value] of Object.entries(resources)) {
    const resource = asRecord(value);
    if (resource?.['Type'] !== 'AWS::Logs::LogGroup') continue;
    const name = JSON.stringify(asRecord(resource['Properties'])?.['LogGroupName'] ?? '');
    if (name.includes('/aws/lambda/')) found.push({id, name});
  }
  return found;
}

/** The template's log group a function writes to: LoggingConfig.LogGroup, or a LogGroupName of /aws/lambda/<that function>. */
function findLogGroup(fnId: string, props: Rec, resources: Rec, logGroups: readonly {id: string; name: string}[]): string | undefined {
  const configured = referencedResource(asRecord(props['LoggingConfig'])?.['LogGroup']);
  if (configured && asRecord(resources[configured])?.['Type'] === 'AWS::Logs::LogGroup') return configured;
  const functionName = text(props['FunctionName']);
  for (const {id, name} of logGroups) {
    if (name.includes(`\${${fnId}}`) || name.includes(`"Ref":"${fnId}"`) || (functionName && name.includes(`/aws/lambda/${functionName}`))) return id;
  }
  return undefined;
}

function classify(base: {id: string; type: string; location?: SourceLocation}, type: string, props: Rec, lambdaTargets: boolean): DesignResource {
  const kind = PRICED_TYPES[type];
  const priced = (k: PricedKind, config: Rec = {}): DesignResource => ({...base, status: 'priced', kind: k, config});
  if (kind === undefined) {
    const free = FREE_TYPES[type];
    if (free !== undefined) return {...base, status: 'free', reason: free, config: {}};
    return {...base, status: 'not priced', reason: NOT_PRICED_REASONS[type] ?? `${type} is not priced by Lambda Lab yet`, config: {}};
  }
  switch (kind) {
    case 'restApi': {
      const cache = props['CacheClusterEnabled'] === true || props['CacheClusterEnabled'] === 'true' ? text(props['CacheClusterSize']) ?? '0.5' : undefined;
      return priced('restApi', {kind: 'rest', ...(cache ? {cacheSizeGB: cache} : {})});
    }
    case 'httpApi':
      return text(props['ProtocolType']) === 'WEBSOCKET' ? priced('websocketApi', {kind: 'websocket'}) : priced('httpApi', {kind: 'http'});
    case 'queue':
      return priced('queue', {fifo: props['FifoQueue'] === true || props['FifoQueue'] === 'true'});
    case 'stateMachine':
      return priced('stateMachine', {express: text(props['Type']) === 'EXPRESS' || text(props['StateMachineType']) === 'EXPRESS'});
    case 'table': {
      const throughput = asRecord(props['ProvisionedThroughput']);
      const mode = text(props['BillingMode']);
      const onDemand = type === 'AWS::Serverless::SimpleTable' ? !throughput : type === 'AWS::DynamoDB::GlobalTable' ? mode !== 'PROVISIONED' : mode === 'PAY_PER_REQUEST';
      const number = (value: unknown) => (typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined);
      const wcu = number(throughput?.['WriteCapacityUnits']);
      const rcu = number(throughput?.['ReadCapacityUnits']);
      return priced('table', {onDemand, streams: props['StreamSpecification'] !== undefined, ...(wcu !== undefined ? {writeCapacityUnits: wcu} : {}), ...(rcu !== undefined ? {readCapacityUnits: rcu} : {})});
    }
    case 'vpcEndpoint': {
      if ((text(props['VpcEndpointType']) ?? 'Gateway') !== 'Interface') return {...base, status: 'free', reason: 'gateway endpoints (S3, DynamoDB) are free', config: {}};
      return priced('vpcEndpoint', {azCount: Array.isArray(props['SubnetIds']) ? props['SubnetIds'].length : 1});
    }
    case 'parameter':
      return text(props['Tier']) === 'Advanced' ? priced('parameter', {advanced: true}) : {...base, status: 'free', reason: 'standard parameters are free', config: {}};
    case 'loadBalancer':
      return (text(props['Type']) ?? 'application') === 'application' ? priced('loadBalancer', {lambdaTargets}) : {...base, status: 'not priced', reason: `${text(props['Type'])} load balancers are not priced yet`, config: {}};
    case 'kmsKey':
      return priced('kmsKey');
    default:
      return priced(kind);
  }
}

function readServerless(yaml: YamlValue, root: Rec): Result<Design> {
  const parsed = parseServerless(yaml);
  if (!parsed.ok) return parsed;
  const provider = asRecord(root['provider']) ?? {};
  const providerTracing = asRecord(provider['tracing'])?.['lambda'] === true;
  const rawFunctions = asRecord(root['functions']) ?? {};
  const out: DesignResource[] = [];
  const rest = new Set<string>();
  const http = new Set<string>();
  const functions = parsed.value.map((fn): DesignFunction => {
    const raw = asRecord(rawFunctions[fn.name]) ?? {};
    for (const source of fn.eventSources ?? []) {
      if (source.type === 'api') (source.api === 'rest' ? rest : http).add(fn.name);
    }
    if (raw['url'] !== undefined) out.push({id: `${fn.name}Url`, type: 'AWS::Lambda::Url (implicit)', status: 'free', reason: FREE_TYPES['AWS::Lambda::Url']!, config: {}});
    out.push({id: fn.name, type: 'AWS::Lambda::Function (serverless.yml)', status: 'priced', kind: 'function', config: {}, ...(fn.location ? {location: fn.location} : {})});
    const tracing = raw['tracing'] === 'Active' || raw['tracing'] === true || providerTracing;
    return {config: fn, tracing, vpc: fn.vpc === true};
  });
  // The Serverless Framework's logical IDs for the APIs it creates.
  if (rest.size > 0) out.push({id: 'ApiGatewayRestApi', type: 'AWS::ApiGateway::RestApi (implicit)', status: 'priced', kind: 'restApi', config: {kind: 'rest'}, functions: [...rest]});
  if (http.size > 0) out.push({id: 'HttpApi', type: 'AWS::ApiGatewayV2::Api (implicit)', status: 'priced', kind: 'httpApi', config: {kind: 'http'}, functions: [...http]});
  const resources = asRecord(asRecord(root['resources'])?.['Resources']) ?? {};
  for (const [id, value] of Object.entries(resources)) {
    const resource = asRecord(value) ?? {};
    const type = text(resource['Type']) ?? 'unknown';
    const location = yaml.locate(resources, id);
    out.push(classify({id, type, ...(location ? {location} : {})}, type, asRecord(resource['Properties']) ?? {}, false));
  }
  return ok({format: 'serverless', functions, resources: out, notes: []});
}
