// cfn-lint parity rules that look at a template's resources together rather than one function:
// E3038/E3066 (the Serverless transform), W3663/W3664 (Lambda permissions), W3694 (SNS subscriptions).
// Each finding is reported on the function it concerns, at the line of the resource that is wrong.
import {finding} from '../rules/finding.ts';
import type {Finding} from '../types.ts';
import {intrinsicName, referencedResource} from './resolveIntrinsics.ts';
import {asRecord} from '../../asRecord.ts';

export const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';
const TRANSFORM_SOURCE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/transform-aws-serverless.html';
const PERMISSION_SOURCE = 'https://docs.aws.amazon.com/lambda/latest/api/API_AddPermission.html';
const SNS_SOURCE = 'https://docs.aws.amazon.com/sns/latest/api/API_Subscribe.html';

/** True when the template's Transform (a name, a list of names, or `{Name: …}` entries) includes SAM's. */
export function hasSamTransform(transform: unknown): boolean {
  const entries = Array.isArray(transform) ? transform : [transform];
  return entries.some((entry) => entry === SAM_TRANSFORM || asRecord(entry)?.['Name'] === SAM_TRANSFORM);
}

/** cfn-lint E3038: an AWS::Serverless::* resource in a template without the SAM transform. */
export function missingTransform(logicalId: string, type: string, message: (text: string) => string): Finding {
  return finding('sam.transform', 'error', message(`${logicalId} is an ${type}, but the template does not declare Transform: ${SAM_TRANSFORM}; without it CloudFormation rejects the resource type and the stack is not created.`), `Add "Transform: ${SAM_TRANSFORM}" at the top level of the template.`, TRANSFORM_SOURCE, 'Type');
}

/** cfn-lint E3066: SAM's resource attributes (Connectors, IgnoreGlobals) without the SAM transform. */
export function samAttributesWithoutTransform(logicalId: string, record: Record<string, unknown>, message: (key: string, text: string) => string): Finding[] {
  return ['Connectors', 'IgnoreGlobals'].filter((key) => key in record).map((key) => finding('sam.transform', 'error', message(key, `${logicalId} sets ${key}, a SAM resource attribute that only the ${SAM_TRANSFORM} transform understands; without the transform CloudFormation rejects the template.`), `Add "Transform: ${SAM_TRANSFORM}", or remove ${key}.`, TRANSFORM_SOURCE, key));
}

// The service principal that owns each kind of source ARN (the ARN's service field), for the
// services that invoke Lambda through a resource-based policy. Others are not judged.
const ARN_SERVICE_PRINCIPAL: Readonly<Record<string, string>> = {
  s3: 's3', sns: 'sns', sqs: 'sqs', events: 'events', logs: 'logs', 'execute-api': 'apigateway', iot: 'iot', 'cognito-idp': 'cognito-idp', elasticloadbalancing: 'elasticloadbalancing',
};
// The same for a `!Ref`/`!GetAtt` to a resource of the template.
const RESOURCE_SERVICE_PRINCIPAL: Readonly<Record<string, string>> = {
  'AWS::S3::Bucket': 's3', 'AWS::SNS::Topic': 'sns', 'AWS::SQS::Queue': 'sqs', 'AWS::Events::Rule': 'events', 'AWS::Logs::LogGroup': 'logs',
  'AWS::ApiGateway::RestApi': 'apigateway', 'AWS::ApiGatewayV2::Api': 'apigateway', 'AWS::IoT::TopicRule': 'iot', 'AWS::Cognito::UserPool': 'cognito-idp', 'AWS::ElasticLoadBalancingV2::TargetGroup': 'elasticloadbalancing',
};

/** The literal text of an ARN: a string, or the template of a `!Sub` (its `${…}` parts left as they are). */
function arnText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (intrinsicName(value) !== 'Fn::Sub') return undefined;
  const argument = (value as Record<string, unknown>)['Fn::Sub'];
  const template = Array.isArray(argument) ? argument[0] : argument;
  return typeof template === 'string' ? template : undefined;
}

/** A literal service principal's service ("logs.us-east-1.amazonaws.com" → "logs"), else undefined. */
function principalService(principal: unknown): string | undefined {
  if (typeof principal !== 'string') return undefined;
  return /^([a-z0-9-]+)(?:\.[a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?$/.exec(principal)?.[1];
}

export interface PermissionContext {
  readonly types: Readonly<Record<string, unknown>>;
  readonly resolve: (value: unknown) => unknown;
  readonly message: (text: string) => string;
}

/**
 * cfn-lint W3664 (the Principal is the service that owns the SourceArn) and W3663 (a SourceArn
 * without an account id, such as an S3 bucket's, needs SourceAccount) for one AWS::Lambda::Permission.
 */
export function checkPermission(permissionId: string, properties: Record<string, unknown>, c: PermissionContext): Finding[] {
  const rawArn = properties['SourceArn'];
  if (rawArn === undefined) return [];
  const resolved = c.resolve(rawArn);
  // `${AWS::Partition}` holds colons: each `${…}` becomes one placeholder before splitting.
  const text = (typeof resolved === 'string' ? resolved : arnText(rawArn))?.replace(/\$\{[^}]*\}/g, 'X');
  const parts = text?.split(':');
  const arnService = parts && parts.length >= 6 && parts[0] === 'arn' ? parts[2] : undefined;
  const refId = referencedResource(rawArn);
  const refType = refId && intrinsicName(rawArn) !== 'Fn::Sub' ? c.types[refId] : undefined;
  const owner = arnService !== undefined ? ARN_SERVICE_PRINCIPAL[arnService] : typeof refType === 'string' ? RESOURCE_SERVICE_PRINCIPAL[refType] : undefined;
  const findings: Finding[] = [];
  const principal = c.resolve(properties['Principal']);
  const given = principalService(principal);
  if (owner && given && given !== owner) {
    findings.push(finding('permission.principal', 'warning', c.message(`Permission ${permissionId} lets ${String(principal)} invoke the function, but its SourceArn belongs to ${owner}.amazonaws.com; the service that sends the events is not the one allowed, so its invocations are denied.`), `Set Principal: ${owner}.amazonaws.com, or correct the SourceArn.`, PERMISSION_SOURCE, 'Principal'));
  }
  // An S3 bucket ARN has no account field: another account could own a bucket of that name later.
  const noAccount = (parts && parts.length >= 6 && parts[0] === 'arn' && parts[4] === '' && arnService === 's3') || (refType === 'AWS::S3::Bucket' && intrinsicName(rawArn) === 'Fn::GetAtt');
  if (noAccount && properties['SourceAccount'] === undefined) {
    findings.push(finding('permission.sourceAccount', 'warning', c.message(`Permission ${permissionId} has a SourceArn without an account id (an S3 bucket ARN) and no SourceAccount; if the bucket is deleted, another account that creates a bucket with that name could invoke the function.`), 'Add SourceAccount: !Ref AWS::AccountId.', PERMISSION_SOURCE, 'SourceAccount'));
  }
  return findings;
}

/**
 * cfn-lint W3694: an SNS subscription whose Endpoint is a Lambda function of the template must use
 * Protocol lambda. (A lambda subscription pointing at a queue concerns no function; cfn-lint reports it.)
 */
export function checkSnsSubscription(subscriptionId: string, protocol: unknown, message: (text: string) => string): Finding[] {
  if (typeof protocol !== 'string' || protocol === 'lambda') return [];
  return [finding('sns.protocol', 'warning', message(`SNS subscription ${subscriptionId} delivers to this Lambda function with Protocol ${protocol}; a function endpoint needs Protocol lambda, so the subscription is refused or never delivers.`), 'Set Protocol: lambda.', SNS_SOURCE, 'eventSources')];
}

// CloudWatch Logs: "Each log group can have up to two subscription filters associated with it."
export const SUBSCRIPTION_FILTERS_PER_LOG_GROUP = 2;
const SUBSCRIPTION_SOURCE = 'https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutSubscriptionFilter.html';

/** One subscription filter of the template: its label, where it delivers, the finding if over the limit. */
export interface FilterFinding {
  readonly destination: unknown;
  readonly finding: Finding;
}

/**
 * cfn-lint E2529: more than two subscription filters on one log group (the same literal name, or the
 * same `!Ref` LogGroup): AWS::Logs::SubscriptionFilter resources and SAM CloudWatchLogs events, each of
 * which creates one. Filters and functions with a Condition are not counted (they may not be created),
 * nor are filters other stacks add.
 */
export function checkSubscriptionFilters(resources: Readonly<Record<string, unknown>>, resolve: (value: unknown) => unknown, message: (resourceId: string, text: string) => string): FilterFinding[] {
  const groups = new Map<string, {label: string; resourceId: string; destination: unknown}[]>();
  const count = (raw: unknown, entry: {label: string; resourceId: string; destination: unknown}) => {
    const name = resolve(raw);
    const key = typeof name === 'string' ? `name:${name}` : intrinsicName(raw) === 'Ref' && referencedResource(raw) ? `ref:${referencedResource(raw)}` : undefined;
    if (key) groups.set(key, [...(groups.get(key) ?? []), entry]);
  };
  for (const [id, resource] of Object.entries(resources)) {
    const record = asRecord(resource);
    if (!record || record['Condition'] !== undefined) continue;
    const properties = asRecord(record['Properties']);
    if (record['Type'] === 'AWS::Logs::SubscriptionFilter') count(properties?.['LogGroupName'], {label: id, resourceId: id, destination: properties?.['DestinationArn']});
    if (record['Type'] !== 'AWS::Serverless::Function') continue;
    for (const [eventName, event] of Object.entries(asRecord(properties?.['Events']) ?? {})) {
      const entry = asRecord(event);
      if (entry?.['Type'] === 'CloudWatchLogs') count(asRecord(entry['Properties'])?.['LogGroupName'], {label: `${id}.Events.${eventName}`, resourceId: id, destination: {Ref: id}});
    }
  }
  const out: FilterFinding[] = [];
  for (const [key, entries] of groups) {
    if (entries.length <= SUBSCRIPTION_FILTERS_PER_LOG_GROUP) continue;
    const group = key.replace(/^(name|ref):/, '');
    for (const entry of entries) {
      out.push({destination: entry.destination, finding: finding('logs.subscriptionFilters', 'error', message(entry.resourceId, `Log group ${group} gets ${entries.length} subscription filters in this template (${entries.map((e) => e.label).join(', ')}); CloudWatch Logs allows ${SUBSCRIPTION_FILTERS_PER_LOG_GROUP} per log group, so creating the extra ones fails.`), 'Keep at most two subscription filters per log group: fan out from one destination (a Kinesis stream or one function), or use an account-level subscription filter.', SUBSCRIPTION_SOURCE, 'eventSources')});
    }
  }
  return out;
}
