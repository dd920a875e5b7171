/**
 * The service rules the concurrency and traffic-shifting simulators follow, as sourced data.
 * Each rule says what AWS documents, where, and as of when; the simulators read numbers from here
 * so a documentation change is a change to this file, not to the engine.
 */
import type {Sourced} from './schema.ts';
import {SOURCES} from './sources.ts';

/** A documented rule of Lambda's scaling behaviour, with the number the simulator uses. */
export interface ScalingRule extends Sourced {
  readonly id: string;
  /** What the rule says, in one or two sentences a learner can check against the source. */
  readonly statement: string;
  /** The figure the simulator uses, when the rule has one. */
  readonly value?: number;
  readonly unit?: string;
}

const ASYNC_ERRORS = 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html';
const ASYNC_CONFIG = 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-configuring.html';
const CONCURRENCY = 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html';
const PROVISIONED = 'https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html';
const SQS_SCALING = 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html';
const SCALE_12X_BLOG = 'https://aws.amazon.com/blogs/aws/aws-lambda-functions-now-scale-12-times-faster-when-handling-high-volume-requests/';
const INIT_PHASE = 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html';

/** Archived copies of the AWS pages read for this file date from 2025–2026; see each entry. */
const DOCS_AS_OF = '2026-08-05';

export const SCALING_RULES = [
  {
    id: 'concurrencyFormula',
    statement: 'Concurrency = (average requests per second) × (average request duration in seconds).',
    source: CONCURRENCY,
    asOf: DOCS_AS_OF,
  },
  {
    id: 'accountConcurrency',
    statement: 'By default an account has a total concurrency limit of 1,000 concurrent executions across all functions in a Region; it can be raised with a quota request.',
    value: 1_000,
    unit: 'concurrent executions',
    source: CONCURRENCY,
    asOf: DOCS_AS_OF,
    note: 'New accounts start with a reduced quota that AWS raises automatically with usage (no number is published).',
  },
  {
    id: 'scalingRate',
    statement: 'In each Region and for each function, the concurrency scaling rate is 1,000 execution environment instances every 10 seconds (or 10,000 requests per second every 10 seconds); each function scales independently.',
    value: 1_000,
    unit: 'environments per 10 seconds per function',
    source: SOURCES.scaling,
    asOf: DOCS_AS_OF,
  },
  {
    id: 'scalingRefill',
    statement: 'Lambda makes a best attempt to refill the scaling rate continuously rather than in one 1,000-unit step every 10 seconds, and unused scaling rate does not accumulate: at any time it is at most 1,000 units.',
    value: 1_000,
    unit: 'new environments in any 10-second window',
    source: SOURCES.scaling,
    asOf: DOCS_AS_OF,
    note: 'The simulator counts the environments a function created in the last 10 seconds (a sliding window): capacity used returns 10 seconds later, second by second, and no 10-second window ever holds more than 1,000.',
  },
  {
    id: 'throttle429',
    statement: 'When a function cannot scale fast enough for incoming requests, or has reached its maximum concurrency, additional requests fail with a throttling error (HTTP 429).',
    source: SOURCES.scaling,
    asOf: DOCS_AS_OF,
  },
  {
    id: 'requestsPerEnvironment',
    statement: 'Each execution environment can serve up to 10 requests per second, so a function\'s invocation rate is limited to 10 × its concurrency.',
    value: 10,
    unit: 'requests per second per environment',
    source: SOURCES.quotas,
    asOf: DOCS_AS_OF,
  },
  {
    id: 'reservedConcurrency',
    statement: 'Reserved concurrency is both the maximum and the minimum concurrency of a function: no other function can use it, and the function cannot scale beyond it. It costs nothing.',
    source: SOURCES.reservedConcurrency,
    asOf: DOCS_AS_OF,
  },
  {
    id: 'unreservedMinimum',
    statement: 'You can reserve up to the unreserved account concurrency minus 100; those 100 stay available to functions without reserved concurrency.',
    value: 100,
    unit: 'concurrent executions',
    source: SOURCES.reservedConcurrency,
    asOf: DOCS_AS_OF,
  },
  {
    id: 'reservedZero',
    statement: 'Reserved concurrency of 0 stops all invocations of the function (every request is throttled); asynchronous events then go to the dead-letter queue or on-failure destination without retries.',
    value: 0,
    source: SOURCES.reservedConcurrency,
    asOf: '2022-11-14',
    note: 'The DLQ behaviour is from the archived awsdocs developer guide (last synced 2022-11-14).',
  },
  {
    id: 'provisionedConcurrency',
    statement: 'Provisioned concurrency is a number of pre-initialised execution environments that respond immediately; it counts against the function\'s reserved concurrency and the account quota, and requests beyond it use on-demand (unreserved or reserved) concurrency with normal cold starts.',
    source: PROVISIONED,
    asOf: DOCS_AS_OF,
  },
  {
    id: 'asyncFunctionErrorRetries',
    statement: 'For function errors in asynchronous invocations, Lambda by default retries twice: one minute after the first attempt and two minutes after the second.',
    value: 2,
    unit: 'retries',
    source: ASYNC_ERRORS,
    asOf: DOCS_AS_OF,
  },
  {
    id: 'asyncThrottleRetries',
    statement: 'For throttling errors (429) and system errors (5xx) on asynchronous invocations, Lambda returns the event to its queue and retries for up to 6 hours by default; the interval grows exponentially from 1 second to a maximum of 5 minutes.',
    value: 21_600,
    unit: 'seconds of maximum event age (default)',
    source: ASYNC_ERRORS,
    asOf: DOCS_AS_OF,
    note: 'The simulator doubles the interval each retry (1, 2, 4 … s) up to 300 s. AWS also slows retries when the queue is long; the simulator does not.',
  },
  {
    id: 'asyncMaxEventAge',
    statement: 'MaximumEventAgeInSeconds can be set from 60 to 21,600 seconds (6 hours, the default); older events are discarded or sent to the on-failure destination.',
    value: 21_600,
    unit: 'seconds',
    source: ASYNC_CONFIG,
    asOf: DOCS_AS_OF,
  },
  {
    id: 'sqsScaling',
    statement: 'An SQS event source mapping starts with 5 concurrent batches, adds up to 300 more instances per minute while messages wait, and processes at most 1,000 batches at once.',
    value: 300,
    unit: 'instances per minute',
    source: SQS_SCALING,
    asOf: DOCS_AS_OF,
    note: 'Was 60 per minute in 2022 documentation.',
  },
  {
    id: 'initTimeLimit',
    statement: 'The Init phase of an on-demand execution environment is limited to 10 seconds.',
    value: 10,
    unit: 'seconds',
    source: INIT_PHASE,
    asOf: DOCS_AS_OF,
  },
] as const satisfies readonly ScalingRule[];

export type ScalingRuleId = (typeof SCALING_RULES)[number]['id'];

/** Finds a rule by id; the id type makes a typo a compile error. */
export function getScalingRule(id: ScalingRuleId): ScalingRule {
  const rule = SCALING_RULES.find((entry) => entry.id === id);
  if (!rule) throw new Error(`unknown scaling rule '${id}'`);
  return rule;
}

/**
 * The pre-November-2023 model, kept as history: many study guides still teach it.
 * It was an account-level burst shared by every function in the Region.
 */
export const LEGACY_BURST_MODEL = {
  statement: 'Before 2023-11-26 functions scaled at the account level: an initial burst of 3,000 (us-east-1, us-west-2, eu-west-1), 1,000 (ap-northeast-1, eu-central-1, us-east-2) or 500 (other Regions) concurrent executions in the first minute, then 500 more per minute, shared by all functions in the account and Region.',
  burstByRegion: {'us-east-1': 3_000, 'us-west-2': 3_000, 'eu-west-1': 3_000, 'ap-northeast-1': 1_000, 'eu-central-1': 1_000, 'us-east-2': 1_000},
  defaultBurst: 500,
  perMinuteAfterBurst: 500,
  replacedOn: '2023-11-26',
  source: SCALE_12X_BLOG,
  asOf: '2023-11-26',
  note: 'AWS News Blog "AWS Lambda functions now scale 12 times faster when handling high-volume requests"; the per-Region burst figures are from the archived awsdocs developer guide (2022-11-14).',
} as const satisfies Sourced & Record<string, unknown>;

/**
 * What the simulator assumes where AWS publishes no number. Shown next to results so nobody
 * mistakes an assumption for a documented fact.
 */
export const SIMULATOR_ASSUMPTIONS = {
  idleEnvironmentSeconds: {
    value: 300,
    statement: 'An idle on-demand execution environment is kept warm for 5 minutes before Lambda reclaims it. AWS does not publish this; real lifetimes vary.',
  },
  sqsThrottleBackOff: {
    value: 0,
    statement: 'An SQS event source mapping that gets throttled stops adding pollers until the throttling stops. AWS documents that throttles slow the mapping down but gives no exact rule.',
  },
  newEnvironmentFirstSecond: {
    value: 1,
    statement: 'A new execution environment serves one request in the second it is created (the request that caused it, including its Init time).',
  },
} as const;
