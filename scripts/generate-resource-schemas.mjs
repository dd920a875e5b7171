// Generates src/data/resourceSchemas.ts: the known properties (with their types and allowed values)
// of AWS::Lambda::* resources, the event-source resources Lambda Lab reads, and the SAM resources,
// from AWS's own specifications, so a new AWS property is a regeneration, not a code change.
//
//   node scripts/generate-resource-schemas.mjs [path/to/sam.schema.json]
//
// Sources (the versions are written into the output):
// - CloudFormation: the npm package @aws-cdk/aws-service-spec (its db.json.gz is built from the
//   CloudFormation registry schemas), a devDependency.
// - SAM: schema_source/sam.schema.json of github.com/aws/serverless-application-model (not on npm;
//   give its path, default: $SAM_SCHEMA). Pass SAM_COMMIT / SAM_VERSION to record where it came from.
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gunzipSync} from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const CFN_TYPES = [
  'AWS::Lambda::Function', 'AWS::Lambda::Version', 'AWS::Lambda::Alias', 'AWS::Lambda::EventSourceMapping', 'AWS::Lambda::Permission',
  'AWS::Lambda::LayerVersion', 'AWS::Lambda::Url', 'AWS::Lambda::EventInvokeConfig', 'AWS::Lambda::CapacityProvider',
  'AWS::SQS::Queue', 'AWS::SNS::Topic', 'AWS::SNS::Subscription', 'AWS::Kinesis::Stream', 'AWS::DynamoDB::Table', 'AWS::Events::Rule',
  'AWS::ApiGateway::RestApi', 'AWS::ApiGateway::Method', 'AWS::ApiGatewayV2::Api', 'AWS::ApiGatewayV2::Integration',
  'AWS::ElasticLoadBalancingV2::TargetGroup',
];
const SAM_TYPES = {
  'AWS::Serverless::Function': 'aws_serverless_function',
  'AWS::Serverless::Api': 'aws_serverless_api',
  'AWS::Serverless::HttpApi': 'aws_serverless_httpapi',
  'AWS::Serverless::WebSocketApi': 'aws_serverless_websocketapi',
  'AWS::Serverless::LayerVersion': 'aws_serverless_layerversion',
  'AWS::Serverless::SimpleTable': 'aws_serverless_simpletable',
  'AWS::Serverless::StateMachine': 'aws_serverless_statemachine',
  'AWS::Serverless::Application': 'aws_serverless_application',
  'AWS::Serverless::CapacityProvider': 'aws_serverless_capacity_provider',
  'AWS::Serverless::Connector': 'aws_serverless_connector',
  'AWS::Serverless::GraphQLApi': 'aws_serverless_graphqlapi',
};

function typeName(type, types) {
  switch (type?.type) {
    case 'array': return `list of ${typeName(type.element, types)}`;
    case 'map': return `map of ${typeName(type.element, types)}`;
    case 'ref': return types.get(type.reference.$ref)?.name ?? 'object';
    case 'union': return type.types.map((t) => typeName(t, types)).join(' or ');
    default: return type?.type ?? 'json';
  }
}

function cfnSchemas() {
  const pkg = require('@aws-cdk/aws-service-spec/package.json');
  const db = JSON.parse(gunzipSync(readFileSync(require.resolve('@aws-cdk/aws-service-spec/db.json.gz'))));
  const types = new Map(Object.values(db.schema.typeDefinition.entities).map((t) => [t.$id, t]));
  const resources = Object.values(db.schema.resource.entities);
  const out = {};
  for (const cfnType of CFN_TYPES) {
    const resource = resources.find((r) => r.cloudFormationType === cfnType);
    if (!resource) continue;
    out[cfnType] = Object.fromEntries(Object.entries(resource.properties).sort(([a], [b]) => a.localeCompare(b)).map(([name, p]) => {
      const allowed = p.type?.allowedValues ?? (p.type?.type === 'ref' ? undefined : undefined);
      return [name, {type: typeName(p.type, types), ...(p.required ? {required: true} : {}), ...(allowed ? {allowed} : {})}];
    }));
  }
  return {version: `${pkg.name}@${pkg.version}`, resources: out};
}

function samSchemas(path) {
  const schema = JSON.parse(readFileSync(path, 'utf8'));
  const defs = schema.definitions;
  const out = {};
  for (const [type, key] of Object.entries(SAM_TYPES)) {
    const props = defs[`samtranslator__internal__schema_source__${key}__Properties`]?.properties;
    if (!props) continue;
    const globals = defs[`samtranslator__internal__schema_source__${key}__Globals`]?.properties;
    const attributes = defs[`samtranslator__internal__schema_source__${key}__Resource`]?.properties;
    out[type] = {properties: Object.keys(props).sort(), ...(globals ? {globals: Object.keys(globals).sort()} : {}), ...(attributes ? {resourceKeys: Object.keys(attributes).sort()} : {})};
  }
  // Function event types: Type → the names its Properties take.
  const events = {};
  for (const [name, def] of Object.entries(defs)) {
    const typeEnum = def.properties?.Type?.enum;
    const propsRef = def.properties?.Properties?.allOf?.[0]?.$ref ?? def.properties?.Properties?.$ref;
    if (!typeEnum || !propsRef || name.includes('statemachine')) continue;
    const target = defs[propsRef.split('/').pop()];
    if (target?.properties) events[typeEnum[0]] = Object.keys(target.properties).sort();
  }
  return {version: `${process.env.SAM_VERSION ?? 'unknown version'} (${process.env.SAM_COMMIT ?? 'unknown commit'})`, resources: out, events};
}

const samPath = process.argv[2] ?? process.env.SAM_SCHEMA;
if (!samPath) {
  console.error('usage: node scripts/generate-resource-schemas.mjs path/to/sam.schema.json (from aws/serverless-application-model schema_source/)');
  process.exit(2);
}
const cfn = cfnSchemas();
const sam = samSchemas(samPath);
const today = new Date().toISOString().slice(0, 10);
const text = `// GENERATED by scripts/generate-resource-schemas.mjs on ${today}. Do not edit: regenerate.
// CloudFormation: ${cfn.version}. SAM: aws/serverless-application-model schema_source/sam.schema.json ${sam.version}.

/** One CloudFormation property: its type as the schema names it, whether required, its allowed values. */
export interface PropertySpec {
  readonly type: string;
  readonly required?: boolean;
  readonly allowed?: readonly string[];
}

export interface SamResourceSpec {
  readonly properties: readonly string[];
  /** Properties the SAM Globals section accepts for this type. */
  readonly globals?: readonly string[];
  /** Resource-level keys (Type, Properties, Condition, Metadata, Connectors, IgnoreGlobals …). */
  readonly resourceKeys?: readonly string[];
}

export const RESOURCE_SCHEMA_SOURCES = {
  cloudFormation: ${JSON.stringify(cfn.version)},
  sam: ${JSON.stringify(`aws/serverless-application-model ${sam.version}`)},
  generated: ${JSON.stringify(today)},
} as const;

export const CFN_PROPERTIES: Readonly<Record<string, Readonly<Record<string, PropertySpec>>>> = ${JSON.stringify(cfn.resources, null, 1)};

export const SAM_RESOURCES: Readonly<Record<string, SamResourceSpec>> = ${JSON.stringify(sam.resources, null, 1)};

/** SAM function event types and the properties each takes. */
export const SAM_EVENT_PROPERTIES: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(sam.events, null, 1)};
`;
writeFileSync(join(root, 'src/data/resourceSchemas.ts'), text);
console.log(`src/data/resourceSchemas.ts: ${Object.keys(cfn.resources).length} CloudFormation and ${Object.keys(sam.resources).length} SAM resource types, ${Object.keys(sam.events).length} SAM event types`);
