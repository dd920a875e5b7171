/**
 * The pages a quiz question may send a reader to: the documented page paths every helper agreed on
 * (BRIEF.md, "Docs pages and their paths"). A question can only link to one of these, so a link
 * cannot point at a page nobody is writing.
 */
export const LEARN_MORE_PATHS = [
  '/docs/basics/what-is-lambda',
  '/docs/basics/when-not-to-use-lambda',
  '/docs/functions/handlers-and-context',
  '/docs/functions/runtimes',
  '/docs/functions/deployment-packages-and-layers',
  '/docs/functions/environment-variables',
  '/docs/lifecycle/execution-environment',
  '/docs/lifecycle/cold-and-warm-starts',
  '/docs/lifecycle/state-and-sessions',
  '/docs/configuration/memory-and-cpu',
  '/docs/configuration/timeout-storage-architecture',
  '/docs/invocation/synchronous',
  '/docs/invocation/asynchronous',
  '/docs/invocation/event-source-mappings',
  '/docs/integrations/s3',
  '/docs/integrations/sns-ses-eventbridge',
  '/docs/integrations/api-gateway-and-function-urls',
  '/docs/integrations/application-load-balancer',
  '/docs/integrations/dynamodb',
  '/docs/scaling/concurrency',
  '/docs/scaling/concurrency-simulator',
  '/docs/deployment/versions-and-aliases',
  '/docs/deployment/codedeploy-and-sam',
  '/docs/deployment/traffic-shifting',
  '/docs/security/permissions',
  '/docs/security/vpc',
  '/docs/security/secrets-and-compliance',
  '/docs/observability/logs-metrics-tracing',
  '/docs/edge/lambda-at-edge',
  '/docs/newer-features/snapstart-streaming-and-new-modes',
  '/docs/pricing/how-billing-works',
  '/docs/pricing/calculator',
  '/docs/pricing/bill-format',
  '/docs/limits/quotas',
  '/docs/limits/checker',
  '/docs/playground',
  '/docs/myths',
  '/docs/exam',
  '/docs/exam/quiz',
  '/docs/exam/study-guide',
] as const;

export type LearnMorePath = (typeof LEARN_MORE_PATHS)[number];
