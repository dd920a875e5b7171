import {getIntegrationLimit} from '../../../data/eventSourceLimits.ts';
import {finding} from '../rules/finding.ts';
import type {EventSource, Field, FunctionConfig, SourceLocation} from '../types.ts';
import {isUnresolved} from '../types.ts';

/**
 * Terraform resources (from a `terraform show -json` plan or from .tf files) → the checker's
 * functions. Both inputs give a resource's attributes in the same shape (nested blocks are lists of
 * objects); the .tf reader puts an `Unresolved` where an attribute is an expression it cannot evaluate.
 * @see https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function
 */
export type Json = Record<string, unknown>;

export interface TerraformResource {
  /** "aws_lambda_function.worker", "module.api.aws_lambda_function.this". */
  readonly address: string;
  readonly type: string;
  readonly values: Json;
  /** Attribute → the addresses its expression refers to ("aws_sqs_queue.jobs.arn"). */
  readonly refs: ReadonlyMap<string, readonly string[]>;
  readonly location?: SourceLocation;
  /** Set when the resource has count or for_each: checked once, for every instance. */
  readonly repeated?: string;
}

const TF_SOURCE = 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_function';

export const record = (value: unknown): Json | undefined => (typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnresolved(value) ? (value as Json) : undefined);
const first = (value: unknown): Json | undefined => (Array.isArray(value) ? record(value[0]) : record(value));

const num = (value: unknown): Field<number> | undefined => (typeof value === 'number' ? value : value === undefined || value === null ? undefined : isUnresolved(value) ? value : {unresolved: String(value)});
const str = (value: unknown): Field<string> | undefined => (typeof value === 'string' ? value : value === undefined || value === null ? undefined : isUnresolved(value) ? value : {unresolved: JSON.stringify(value)});

/** The resource a reference list points at ("aws_sqs_queue.jobs.arn" → "aws_sqs_queue.jobs"). */
function target(refs: readonly string[] | undefined, types: readonly string[], byAddress: ReadonlyMap<string, TerraformResource>): TerraformResource | undefined {
  for (const ref of refs ?? []) {
    const parts = ref.split('.');
    for (let end = parts.length; end >= 2; end -= 1) {
      const candidate = byAddress.get(parts.slice(0, end).join('.')) ?? byAddress.get(parts.slice(0, end).join('.').replace(/\[[^\]]*\]$/, ''));
      if (candidate && types.includes(candidate.type)) return candidate;
    }
  }
  return undefined;
}

type Mutable = {-readonly [K in keyof FunctionConfig]: FunctionConfig[K]};

function readFunction(resource: TerraformResource): Mutable {
  const v = resource.values;
  const packageType = v['package_type'] === 'Image' ? 'Image' : 'Zip';
  const fn: Mutable = {name: resource.address, packageType};
  if (resource.location) fn.location = resource.location;
  const assign = <K extends keyof FunctionConfig>(key: K, value: FunctionConfig[K] | undefined) => {
    if (value !== undefined) fn[key] = value;
  };
  assign('functionName', str(v['function_name']));
  if (packageType === 'Zip') assign('runtime', str(v['runtime']));
  assign('handler', str(v['handler']));
  // Terraform's defaults when the attribute is left out: 128 MB, 3 s.
  fn.memoryMB = num(v['memory_size']) ?? 128;
  fn.timeoutSeconds = num(v['timeout']) ?? 3;
  assign('ephemeralStorageMB', num(first(v['ephemeral_storage'])?.['size']));
  const architectures = v['architectures'];
  if (Array.isArray(architectures) && architectures[0] !== undefined) assign('architecture', str(architectures[0]));
  else if (isUnresolved(architectures)) fn.architecture = architectures;
  const reserved = num(v['reserved_concurrent_executions']);
  // -1 is Terraform's "no reservation".
  if (reserved !== undefined && reserved !== -1) fn.reservedConcurrency = reserved;
  const environment = first(v['environment']);
  const variables = environment?.['variables'];
  if (isUnresolved(variables)) fn.environment = variables;
  else if (record(variables)) fn.environment = Object.fromEntries(Object.entries(record(variables)!).map(([key, value]) => [key, str(value) ?? '']));
  if (Array.isArray(v['layers'])) fn.layers = v['layers'].map((layer) => str(layer) ?? '');
  else if (isUnresolved(v['layers'])) fn.layers = v['layers'];
  const snap = first(v['snap_start']);
  if (snap) fn.snapStart = isUnresolved(snap['apply_on']) ? snap['apply_on'] : snap['apply_on'] === 'PublishedVersions';
  const vpc = first(v['vpc_config']);
  fn.vpc = !!vpc && (isUnresolved(vpc['subnet_ids']) || (Array.isArray(vpc['subnet_ids']) && vpc['subnet_ids'].length > 0));
  fn.efs = Array.isArray(v['file_system_config']) && v['file_system_config'].length > 0;
  const tags = v['tags_all'] ?? v['tags'];
  fn.tags = isUnresolved(tags) ? tags : Object.keys(record(tags) ?? {});
  fn.eventSources = [];
  if (resource.repeated) fn.parseFindings = [finding('unresolved', 'note', `This function has ${resource.repeated}: every instance was checked with the same settings.`, 'Nothing to do unless instances differ in settings checked here.', TF_SOURCE)];
  return fn;
}

function sqsSource(mapping: TerraformResource, queue: TerraformResource | undefined): EventSource {
  const v = mapping.values;
  const arn = typeof v['event_source_arn'] === 'string' ? v['event_source_arn'] : '';
  const q = queue?.values ?? {};
  const visibility = queue ? (num(q['visibility_timeout_seconds']) ?? getIntegrationLimit('sqs.visibilityTimeout').default) : {unresolved: `the visibility timeout of ${arn || 'the queue'}, which is not defined here`};
  const optional = (key: string, value: Field<number> | undefined) => (value !== undefined ? {[key]: value} : {});
  return {
    type: 'sqs',
    queue: queue?.address ?? (arn || 'the queue'),
    fifo: q['fifo_queue'] === true || arn.endsWith('.fifo'),
    ...(visibility !== undefined ? {visibilityTimeoutSeconds: visibility} : {}),
    ...optional('batchSize', num(v['batch_size'])),
    ...optional('maximumBatchingWindowSeconds', num(v['maximum_batching_window_in_seconds'])),
    ...optional('maximumConcurrency', num(first(v['scaling_config'])?.['maximum_concurrency'])),
  };
}

const FUNCTION_TYPES = ['aws_lambda_function'];
const VIA_ALIAS = ['aws_lambda_function', 'aws_lambda_alias'];

/** Reads every aws_lambda_function and links what points at it (mappings, queues, APIs, permissions, URLs, provisioned concurrency). */
export function terraformFunctions(resources: readonly TerraformResource[]): FunctionConfig[] {
  const byAddress = new Map(resources.map((r) => [r.address, r]));
  const functions = new Map<string, Mutable>();
  for (const resource of resources) if (resource.type === 'aws_lambda_function') functions.set(resource.address, readFunction(resource));
  /** The function an attribute names, directly or through an alias; and whether it was through an alias. */
  const owner = (resource: TerraformResource, attribute: string): {fn: Mutable; qualified: boolean} | undefined => {
    const refs = resource.refs.get(attribute);
    const found = target(refs, VIA_ALIAS, byAddress);
    if (!found) return undefined;
    if (found.type === 'aws_lambda_alias') {
      const fn = functions.get(target(found.refs.get('function_name'), FUNCTION_TYPES, byAddress)?.address ?? '');
      return fn ? {fn, qualified: true} : undefined;
    }
    const fn = functions.get(found.address);
    // function_name = aws_lambda_function.x.qualified_arn names a version, not $LATEST.
    return fn ? {fn, qualified: (refs ?? []).some((ref) => /\.(qualified_arn|qualified_invoke_arn|version)$/.test(ref))} : undefined;
  };
  const addSource = (fn: Mutable, source: EventSource) => {
    fn.eventSources = [...(fn.eventSources ?? []), source];
  };
  const addLatest = (fn: Mutable, kind: string) => {
    fn.latestEventSources = [...(fn.latestEventSources ?? []), kind];
  };
  for (const resource of resources) {
    const v = resource.values;
    switch (resource.type) {
      case 'aws_lambda_event_source_mapping': {
        const found = owner(resource, 'function_name');
        if (!found) break;
        const queue = target(resource.refs.get('event_source_arn'), ['aws_sqs_queue'], byAddress);
        const arn = typeof v['event_source_arn'] === 'string' ? v['event_source_arn'] : '';
        const kind = target(resource.refs.get('event_source_arn'), ['aws_kinesis_stream', 'aws_dynamodb_table', 'aws_msk_cluster', 'aws_mq_broker', 'aws_docdb_cluster'], byAddress)?.type ?? (arn.split(':')[2] || 'event source mapping');
        addSource(found.fn, queue || arn.includes(':sqs:') ? sqsSource(resource, queue) : {type: 'other', kind});
        if (!found.qualified && !/:function:[^:]+:[^:]+$/.test(arn)) addLatest(found.fn, 'EventSourceMapping');
        break;
      }
      case 'aws_lambda_provisioned_concurrency_config': {
        const found = owner(resource, 'function_name');
        const value = num(v['provisioned_concurrent_executions']);
        if (found && value !== undefined) found.fn.provisionedConcurrency = value;
        break;
      }
      case 'aws_lambda_alias': {
        // Provisioned concurrency is set on its own resource in Terraform; an alias only routes.
        break;
      }
      case 'aws_lambda_permission': {
        const found = owner(resource, 'function_name');
        if (!found) break;
        const principal = typeof v['principal'] === 'string' ? v['principal'] : 'a principal';
        addSource(found.fn, {type: 'other', kind: `permission for ${principal}`});
        if (!found.qualified && v['qualifier'] === undefined) addLatest(found.fn, `Permission (${principal})`);
        break;
      }
      case 'aws_lambda_function_url': {
        const found = owner(resource, 'function_name');
        if (!found) break;
        addSource(found.fn, {type: 'other', kind: 'FunctionUrl'});
        if (!found.qualified && v['qualifier'] === undefined) addLatest(found.fn, 'FunctionUrl');
        break;
      }
      case 'aws_api_gateway_integration': {
        const found = owner(resource, 'uri');
        if (!found) break;
        const api = target(resource.refs.get('rest_api_id'), ['aws_api_gateway_rest_api'], byAddress);
        const types = first(api?.values['endpoint_configuration'])?.['types'];
        const type = Array.isArray(types) ? types[0] : types;
        // API Gateway's default endpoint type is EDGE.
        const endpoint = !api ? {unresolved: 'the endpoint type of a REST API defined elsewhere'} : isUnresolved(type) ? type : type === undefined ? 'edge' : String(type).toLowerCase() === 'regional' ? 'regional' : String(type).toLowerCase() === 'private' ? 'private' : 'edge';
        const timeout = num(v['timeout_milliseconds']);
        addSource(found.fn, {type: 'api', api: 'rest', endpoint: endpoint as Field<'edge' | 'regional' | 'private'>, ...(timeout !== undefined ? {integrationTimeoutMs: timeout} : {})});
        break;
      }
      case 'aws_apigatewayv2_integration': {
        const found = owner(resource, 'integration_uri');
        if (!found) break;
        const api = target(resource.refs.get('api_id'), ['aws_apigatewayv2_api'], byAddress);
        const protocol = api?.values['protocol_type'];
        const websocket = typeof protocol === 'string' ? protocol.toUpperCase() === 'WEBSOCKET' : !api && v['payload_format_version'] === undefined;
        const timeout = num(v['timeout_milliseconds']);
        addSource(found.fn, {type: 'api', api: websocket ? 'websocket' : 'http', ...(timeout !== undefined ? {integrationTimeoutMs: timeout} : {})});
        break;
      }
      default:
        break;
    }
  }
  return [...functions.values()];
}
