/**
 * The "Learn Lambda" track: an ordered path through existing pages for someone new to Lambda.
 * Each step says what you will learn, roughly how long it takes, and which quiz questions make
 * its check at the end (3–5 ids from src/data/quiz; test/unit/track checks they exist).
 *
 * Extra steps (a team's own pages) are appended from outside through one seam:
 * `customFields.learningTrack.extraSteps` in docusaurus.config.ts (see TrackStepInput and
 * parseExtraSteps in src/core/track/track.ts). The built-in steps below never change for that.
 */
export interface TrackStep {
  /** Stable, so stored progress keeps pointing at the same step. */
  readonly id: string;
  readonly title: string;
  /** The page to read first (a /docs path). */
  readonly page: string;
  /** Further pages of the step, in reading order. */
  readonly alsoRead: readonly string[];
  /** What you will learn, as short outcomes. */
  readonly learn: readonly string[];
  /** Reading time plus the check, in minutes. */
  readonly minutes: number;
  /** Quiz question ids for the check; empty for a step that is completed by marking it read. */
  readonly checkQuestionIds: readonly string[];
  /** Where the step came from: the site itself, or a team's configuration. */
  readonly origin: 'lambda-lab' | 'team';
}

const step = (s: Omit<TrackStep, 'origin'>): TrackStep => ({...s, origin: 'lambda-lab'});

export const LEARNING_TRACK: readonly TrackStep[] = [
  step({
    id: 'what-lambda-is',
    title: 'What Lambda is',
    page: '/docs/basics/what-is-lambda',
    alsoRead: ['/docs/basics/when-not-to-use-lambda'],
    learn: ['What "serverless" means for you and for AWS', 'Functions, events and the pay-per-use model', 'When Lambda is the wrong tool'],
    minutes: 15,
    checkQuestionIds: ['d4-spiky-low-traffic', 'd2-lambda-multi-az-default', 'd2-long-job-not-lambda', 'd3-no-gpu-lambda'],
  }),
  step({
    id: 'handlers-and-events',
    title: 'Handlers and events',
    page: '/docs/functions/handlers-and-context',
    alsoRead: ['/docs/functions/runtimes', '/docs/functions/environment-variables'],
    learn: ['How a handler receives an event and a context', 'Which services invoke a function and what they send', 'Configuration through environment variables'],
    minutes: 20,
    checkQuestionIds: ['d3-parallel-downstream-calls', 'd3-init-outside-handler', 'd2-which-sources-async', 'd2-claim-check-large-payload'],
  }),
  step({
    id: 'environment-and-cold-starts',
    title: 'The execution environment and cold starts',
    page: '/docs/lifecycle/execution-environment',
    alsoRead: ['/docs/lifecycle/cold-and-warm-starts', '/docs/lifecycle/state-and-sessions'],
    learn: ['The INIT, INVOKE and SHUTDOWN phases', 'What survives between invocations and what does not', 'What makes a cold start slow, and the fixes'],
    minutes: 25,
    checkQuestionIds: ['d1-tmp-data-reuse', 'd3-provisioned-concurrency-latency', 'd3-bundle-smaller-init', 'd3-session-store-dynamodb-ttl'],
  }),
  step({
    id: 'invocation-modes',
    title: 'Invocation modes',
    page: '/docs/invocation/synchronous',
    alsoRead: ['/docs/invocation/asynchronous', '/docs/invocation/event-source-mappings'],
    learn: ['Synchronous, asynchronous and polled (event source mapping) invocation', 'Who retries, how often, and where failures go', 'Batches and partial batch failures'],
    minutes: 30,
    checkQuestionIds: ['d2-sync-no-lambda-retry', 'd2-async-function-error-retries', 'd2-sqs-redrive-not-function-dlq', 'd2-sqs-partial-batch'],
  }),
  step({
    id: 'scaling-and-concurrency',
    title: 'Scaling and concurrency',
    page: '/docs/scaling/concurrency',
    alsoRead: ['/docs/scaling/concurrency-simulator'],
    learn: ['Concurrency = request rate × duration', 'Reserved and provisioned concurrency', 'How fast a function scales, and what throttling looks like'],
    minutes: 25,
    checkQuestionIds: ['d3-concurrency-littles-law', 'd2-reserved-concurrency-guarantee', 'd2-scaling-rate-per-function', 'd2-sync-throttle-429'],
  }),
  step({
    id: 'pricing',
    title: 'Pricing',
    page: '/docs/pricing/how-billing-works',
    alsoRead: ['/docs/pricing/calculator'],
    learn: ['Requests plus GB-seconds, billed per 1 ms', 'The free tier, arm64 and memory trade-offs', 'Pricing a design with the calculator'],
    minutes: 20,
    checkQuestionIds: ['d4-monthly-cost-with-free-tier', 'd4-billing-1ms', 'd4-memory-double-same-cost', 'd4-arm64-savings'],
  }),
  step({
    id: 'security-and-vpc',
    title: 'Security and VPC',
    page: '/docs/security/permissions',
    alsoRead: ['/docs/security/vpc', '/docs/security/secrets-and-compliance'],
    learn: ['Execution role versus resource-based policy', 'What changes when a function joins a VPC', 'Where secrets belong'],
    minutes: 30,
    checkQuestionIds: ['d1-execution-role-vs-caller', 'd1-resource-policy-s3-invoke', 'd1-vpc-nat-internet', 'd1-vpc-endpoint-dynamodb'],
  }),
  step({
    id: 'deployment',
    title: 'Deployment',
    page: '/docs/deployment/versions-and-aliases',
    alsoRead: ['/docs/deployment/codedeploy-and-sam', '/docs/deployment/traffic-shifting'],
    learn: ['Immutable versions and movable aliases', 'Canary and linear traffic shifting with CodeDeploy', 'Rolling back in one call'],
    minutes: 25,
    checkQuestionIds: ['d2-versions-immutable', 'd2-alias-rollback', 'd2-codedeploy-canary', 'd2-codedeploy-pre-traffic-hook'],
  }),
  step({
    id: 'observability',
    title: 'Observability',
    page: '/docs/observability/logs-metrics-tracing',
    alsoRead: [],
    learn: ['Where a function\'s output goes', 'The metrics to alarm on', 'Tracing requests with X-Ray, and what logs cost'],
    minutes: 20,
    checkQuestionIds: ['d2-metrics-to-alarm', 'd2-iterator-age-alarm', 'd2-xray-tracing', 'd4-log-class-retention'],
  }),
  step({
    id: 'new-compute-modes',
    title: 'The new compute modes',
    page: '/docs/newer-features/snapstart-streaming-and-new-modes',
    alsoRead: [],
    learn: ['SnapStart and response streaming', 'Durable functions for long workflows', 'Lambda Managed Instances for steady load'],
    minutes: 20,
    checkQuestionIds: ['d3-snapstart-java-spiky', 'd3-response-streaming', 'd2-durable-functions-workflow', 'd3-managed-instances-steady'],
  }),
];
