/**
 * Lambda Web Functions (2026): a Web Function runs an ordinary port-listening Node.js HTTP server;
 * AWS docs call classic handler functions "Event Functions" next to it. A Web Function has
 * immutable revisions (code and configuration) and endpoints (HTTPS, routing to revisions by
 * weight). Each execution environment serves many requests at once.
 *
 * `grade` says how far to trust a fact: 'aws-docs' was read on docs.aws.amazon.com (or its
 * China-Regions copy); 'aws-repo' comes from AWS's own agent toolkit on GitHub and was not found in
 * the docs pages Lambda Lab could read. A `value` of null means the fact is not known to Lambda Lab.
 */
import type {Sourced} from './schema.ts';
import {SOURCES} from './sources.ts';

export type FactGrade = 'aws-docs' | 'aws-repo';

export interface Range {
  readonly min: number;
  readonly max: number;
  readonly default?: number;
}

export interface WebFunctionFact<T> extends Sourced {
  readonly value: T;
  readonly grade: FactGrade;
}

const AS_OF = '2026-12-03';
const DG = 'https://docs.aws.amazon.com/lambda/latest/dg/';
const API = 'https://docs.aws.amazon.com/lambda/latest/lambda-web/';
const CFN = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/';
const TOOLKIT = 'https://github.com/aws/agent-toolkit-for-aws/blob/main/skills/specialized-skills/serverless-skills/aws-lambda-web-functions/';
const ARCHITECTURE = `${DG}web-functions-configuration-architecture.html`;
const REPO_NOTE = 'From AWS\'s agent toolkit ("subject to change"); the Lambda quotas page section on Web Functions was not readable to Lambda Lab. GetWebAccountSettings returns the account\'s own values.';

/** rateLimit accepts 0 (reject all new requests), 100–1,000 in steps of 100 and 2,000–10,000 in steps of 1,000. */
const RATE_LIMIT_VALUES: readonly number[] = [0, ...Array.from({length: 10}, (_, i) => (i + 1) * 100), ...Array.from({length: 9}, (_, i) => (i + 2) * 1000)];

export const WEB_FUNCTIONS = {
  launched: {value: null, grade: 'aws-docs', source: 'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_lambda.CfnWebFunctionProps.html', asOf: AS_OF, note: 'No AWS page Lambda Lab read gives a launch date. The CDK reference lists the CloudFormation types from aws-cdk-lib v2.273.0 (8 October 2026).'},
  eventFunctionsName: {value: 'Event Functions', grade: 'aws-docs', source: ARCHITECTURE, asOf: AS_OF, note: 'Lambda\'s docs call classic handler functions "Lambda Event Functions" next to Web Functions.'},
  runtimes: {value: ['nodejs24.x'], grade: 'aws-docs', source: `${DG}web-functions-runtimes.html`, asOf: AS_OF, note: 'Node.js only. The server listens on the host and port in AWS_LAMBDA_HTTP_ENDPOINT; the runtime loads index.js unless AWS_LAMBDA_NODEJS_ENTRYPOINT names another file. No runtime management controls.'},
  architecture: {value: 'arm64', grade: 'aws-docs', source: ARCHITECTURE, asOf: AS_OF, note: 'Arm64 (Graviton) only; there is no architecture setting. Native dependencies need Linux arm64 builds.'},
  vcpusPerEnvironment: {value: 2, grade: 'aws-docs', source: ARCHITECTURE, asOf: AS_OF, note: 'Each execution environment uses 2 Arm64 vCPUs; a per-Region quota limits the account\'s Arm64 vCPUs.'},
  memoryGBPerEnvironment: {value: 2, grade: 'aws-repo', source: `${TOOLKIT}SKILL.md`, asOf: AS_OF, note: 'There is no memory setting: a revision\'s ServiceConfig has none (Lambda Web API reference, ServiceConfig). The 2 GB figure is from AWS\'s agent toolkit, not from the docs pages Lambda Lab read.'},
  timeoutSeconds: {value: {min: 3, max: 900, default: 30}, grade: 'aws-docs', source: `${DG}web-functions-revisions-timeout.html`, asOf: AS_OF, note: 'timeoutSeconds bounds one HTTP request (a whole stream, when streaming); past it Lambda returns HTTP 504 with lambda-web-error-type Runtime.RequestTimeout.'},
  concurrencyPerEnvironment: {value: {min: 1, max: 128}, grade: 'aws-docs', source: `${CFN}aws-properties-lambda-webfunctionrevision-serviceconfig.html`, asOf: AS_OF, note: 'MaxConcurrencyPerEnvironment, set on the revision, is the upper bound of a limit Lambda adjusts to resource use. The 1–128 range was read in the China-Regions copy of this page and a mirror of it.'},
  concurrencyPerEnvironmentDefault: {value: 64, grade: 'aws-repo', source: `${TOOLKIT}references/scaling-and-concurrency.md`, asOf: AS_OF, note: `maxConcurrencyPerEnvironment defaults to 64. ${REPO_NOTE}`},
  maxEnvironments: {value: {min: 2, max: 10_000}, grade: 'aws-docs', source: `${API}API_ScalingConfig.html`, asOf: AS_OF, note: 'Per endpoint, optional, no default: without it an endpoint is limited only by the account\'s vCPU quota. An endpoint scales from zero.'},
  rateLimitValues: {value: RATE_LIMIT_VALUES, grade: 'aws-docs', source: `${API}API_ThrottleConfig.html`, asOf: AS_OF, note: 'Per endpoint, requests per second, optional, no default; also bounded by the account\'s total rate limit. Applied before requests reach environments.'},
  endpointsPerFunction: {value: 10, grade: 'aws-docs', source: `${DG}web-functions-endpoints.html`, asOf: AS_OF, note: 'A Web Function can have up to 10 endpoints, each with its own domain name, auth type, scaling and routing.'},
  revisionsPerEndpoint: {value: 2, grade: 'aws-docs', source: `${CFN}aws-resource-lambda-webfunctionendpoint.html`, asOf: AS_OF, note: 'RevisionWeights with two entries splits traffic between two revisions (canary or blue-green).'},
  endpointTypes: {value: ['HomeRegion', 'MultiRegion', 'PerRegion'], grade: 'aws-docs', source: `${API}API_EndpointConfig.html`, asOf: AS_OF, note: 'HomeRegion: one Region. MultiRegion: the Regions you choose behind one domain, latency-based routing. PerRegion: a separate domain in each Region. Chosen at creation, cannot be changed.'},
  authTypes: {value: ['ApplicationManaged', 'IamAuth'], grade: 'aws-docs', source: `${API}API_EndpointConfig.html`, asOf: AS_OF, note: 'ApplicationManaged: the endpoint is public and the application authorizes requests. IamAuth: requests must be signed with SigV4.'},
  billingDimensions: {value: ['requests', 'active CPU time', 'memory over the life of each execution environment', 'data transfer'], grade: 'aws-docs', source: SOURCES.webFunctions, asOf: AS_OF},
  rates: {value: null, grade: 'aws-docs', source: SOURCES.pricing, asOf: AS_OF, note: 'Not known to Lambda Lab yet: the pricing page\'s rate tables render in the browser and no AWS page Lambda Lab could read states Web Function rates.'},
  revisionsRetained: {value: 50, grade: 'aws-repo', source: `${TOOLKIT}SKILL.md`, asOf: AS_OF, note: `Revisions kept per Web Function; the oldest unreferenced ones are deleted automatically. ${REPO_NOTE}`},
  accountArmVcpus: {value: 2000, grade: 'aws-repo', source: `${TOOLKIT}SKILL.md`, asOf: AS_OF, note: `Arm64 vCPUs per account and Region across all Web Functions (maxTotalArmVCpus): at 2 vCPUs each, 1,000 environments. ${REPO_NOTE}`},
  accountRateLimit: {value: 100_000, grade: 'aws-repo', source: `${TOOLKIT}SKILL.md`, asOf: AS_OF, note: `Requests per second across all endpoints in an account and Region (maxTotalRateLimit). ${REPO_NOTE}`},
} as const satisfies Record<string, WebFunctionFact<unknown>>;

export type WebFunctionFactId = keyof typeof WEB_FUNCTIONS;

export interface WebFunctionResourceType extends Sourced {
  readonly type: string;
  /** What the resource is, in a few words. */
  readonly role: string;
}

/** The CloudFormation types of a Web Function; the checker and the design pricer recognise them by these. */
export const WEB_FUNCTION_RESOURCE_TYPES: readonly WebFunctionResourceType[] = [
  {type: 'AWS::Lambda::WebFunction', role: 'the Web Function (a container for revisions and endpoints)', source: `${CFN}aws-resource-lambda-webfunction.html`, asOf: AS_OF},
  {type: 'AWS::Lambda::WebFunctionRevision', role: 'an immutable revision (code and configuration)', source: `${CFN}aws-resource-lambda-webfunctionrevision.html`, asOf: AS_OF},
  {type: 'AWS::Lambda::WebFunctionEndpoint', role: 'an HTTPS endpoint routing to one or two revisions', source: `${CFN}aws-resource-lambda-webfunctionendpoint.html`, asOf: AS_OF},
];

/** Why the design pricer cannot price a Web Function resource. */
export const WEB_FUNCTIONS_NOT_PRICED = 'Web Function rates are not known to Lambda Lab yet (AWS bills requests, active CPU, memory and data transfer)';
