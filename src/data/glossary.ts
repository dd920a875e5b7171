/**
 * The Lambda glossary: each term, a one-line definition and the page that teaches it. The
 * glossary page (docs/glossary.mdx) lists them; the remark plugin src/remark/glossaryLinks.ts
 * links the first use of each term on every other docs page to its entry.
 *
 * `match` are the spellings linked in text (case-insensitive, whole words); keep them specific
 * enough that ordinary prose does not get linked by accident.
 */
export interface GlossaryTerm {
  /** Anchor on the glossary page, e.g. "cold-start". */
  readonly id: string;
  readonly term: string;
  readonly definition: string;
  /** The page that teaches it (a /docs path, optionally with #anchor). */
  readonly taught: string;
  readonly match: readonly string[];
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {id: 'alias', term: 'Alias', definition: 'A named pointer to a function version (for example "live"), which callers invoke; moving it deploys or rolls back, and it can split traffic between two versions.', taught: '/docs/deployment/versions-and-aliases', match: ['alias', 'aliases']},
  {id: 'asynchronous-invocation', term: 'Asynchronous invocation', definition: 'Lambda queues the event and returns at once (HTTP 202); it retries function errors twice and can send failures to a dead-letter queue or destination.', taught: '/docs/invocation/asynchronous', match: ['asynchronous invocation', 'asynchronous invocations', 'invoked asynchronously']},
  {id: 'cold-start', term: 'Cold start', definition: 'An invocation that needs a new execution environment, so it waits for the INIT phase (download code, start the runtime, run init code) before the handler runs.', taught: '/docs/lifecycle/cold-and-warm-starts', match: ['cold start', 'cold starts']},
  {id: 'concurrency', term: 'Concurrency', definition: 'How many requests a function serves at the same moment, roughly request rate × duration; each on-demand execution environment serves one at a time.', taught: '/docs/scaling/concurrency', match: ['concurrency']},
  {id: 'dead-letter-queue', term: 'Dead-letter queue (DLQ)', definition: 'An SQS queue or SNS topic that receives events Lambda (for asynchronous invocations) or SQS (for its own redrive policy) could not process.', taught: '/docs/invocation/asynchronous', match: ['dead-letter queue', 'dead-letter queues']},
  {id: 'deployment-package', term: 'Deployment package', definition: 'The function\'s code and dependencies: a .zip archive (50 MB zipped upload, 250 MB unzipped) or a container image (up to 10 GB).', taught: '/docs/functions/deployment-packages-and-layers', match: ['deployment package', 'deployment packages']},
  {id: 'destination', term: 'Destination', definition: 'Where Lambda sends a record of an asynchronous invocation on success or failure (SQS, SNS, EventBridge or another function), including the error for failures.', taught: '/docs/invocation/asynchronous', match: ['on-failure destination', 'on-success destination']},
  {id: 'durable-functions', term: 'Durable functions', definition: 'Lambda functions that checkpoint their steps and can suspend while waiting, so one execution can run for up to a year without paying for the wait.', taught: '/docs/newer-features/snapstart-streaming-and-new-modes', match: ['durable functions', 'durable function']},
  {id: 'environment-variable', term: 'Environment variable', definition: 'A key-value setting of the function (4 KB in total), encrypted at rest and read by the code at run time; not the place for secrets.', taught: '/docs/functions/environment-variables', match: ['environment variables', 'environment variable']},
  {id: 'ephemeral-storage', term: 'Ephemeral storage (/tmp)', definition: 'Scratch disk of each execution environment, 512 MB by default and up to 10,240 MB, kept between invocations of the same environment only.', taught: '/docs/configuration/timeout-storage-architecture', match: ['ephemeral storage']},
  {id: 'event-source-mapping', term: 'Event source mapping', definition: 'A Lambda resource that polls a queue or stream (SQS, Kinesis, DynamoDB Streams, Kafka, MQ) and invokes the function with batches of records.', taught: '/docs/invocation/event-source-mappings', match: ['event source mapping', 'event source mappings']},
  {id: 'execution-environment', term: 'Execution environment', definition: 'The isolated micro-VM in which a function runs: its runtime, memory, /tmp and any state from earlier invocations.', taught: '/docs/lifecycle/execution-environment', match: ['execution environment', 'execution environments']},
  {id: 'execution-role', term: 'Execution role', definition: 'The IAM role a function assumes when it runs; its policies say what the function may call.', taught: '/docs/security/permissions', match: ['execution role', 'execution roles']},
  {id: 'function-url', term: 'Function URL', definition: 'A dedicated HTTPS endpoint for one function, with auth type AWS_IAM or NONE, at no extra charge.', taught: '/docs/integrations/api-gateway-and-function-urls', match: ['function URL', 'function URLs']},
  {id: 'gb-second', term: 'GB-second', definition: 'The unit of Lambda duration billing: memory in GB (1 GB = 1,024 MB) × billed duration in seconds, metered per 1 ms.', taught: '/docs/pricing/how-billing-works', match: ['GB-second', 'GB-seconds']},
  {id: 'handler', term: 'Handler', definition: 'The function in your code that Lambda calls for each event, with the event and a context object.', taught: '/docs/functions/handlers-and-context', match: ['handler function']},
  {id: 'init-phase', term: 'INIT phase', definition: 'The first phase of a new execution environment: extensions start, the runtime boots and the code outside the handler runs; billed since August 2025.', taught: '/docs/lifecycle/execution-environment', match: ['INIT phase', 'Init phase']},
  {id: 'lambda-at-edge', term: 'Lambda@Edge', definition: 'Lambda functions replicated to CloudFront Regional edge caches, triggered by CloudFront viewer and origin events.', taught: '/docs/edge/lambda-at-edge', match: ['Lambda@Edge']},
  {id: 'lambda-authorizer', term: 'Lambda authorizer', definition: 'A function API Gateway calls to decide whether a request is allowed, from a token or request parameters, returning an IAM policy.', taught: '/docs/integrations/api-gateway-and-function-urls', match: ['Lambda authorizer', 'Lambda authorizers']},
  {id: 'layer', term: 'Layer', definition: 'A .zip archive of libraries or data shared between functions and extracted into /opt; up to five per function.', taught: '/docs/functions/deployment-packages-and-layers', match: ['Lambda layer', 'Lambda layers']},
  {id: 'managed-instances', term: 'Lambda Managed Instances', definition: 'A compute mode that runs functions on EC2 instances Lambda manages in your account, with several requests per environment and EC2 pricing.', taught: '/docs/newer-features/snapstart-streaming-and-new-modes', match: ['Lambda Managed Instances', 'Managed Instances']},
  {id: 'partial-batch-response', term: 'Partial batch response', definition: 'A handler reply (ReportBatchItemFailures) that names only the failed records of a batch, so the others are not retried.', taught: '/docs/invocation/event-source-mappings', match: ['partial batch response', 'partial batch responses']},
  {id: 'provisioned-concurrency', term: 'Provisioned concurrency', definition: 'Execution environments initialised in advance for a version or alias, so requests up to that number never wait for a cold start; billed while enabled.', taught: '/docs/scaling/concurrency', match: ['provisioned concurrency']},
  {id: 'reserved-concurrency', term: 'Reserved concurrency', definition: 'Concurrency set aside for one function and also its maximum; 0 stops the function.', taught: '/docs/scaling/concurrency', match: ['reserved concurrency']},
  {id: 'resource-based-policy', term: 'Resource-based policy', definition: 'The function\'s own policy that says who may invoke it: services such as S3 or SNS, or other accounts.', taught: '/docs/security/permissions', match: ['resource-based policy', 'resource-based policies']},
  {id: 'response-streaming', term: 'Response streaming', definition: 'Sending a response to the caller in chunks as it is produced, through a function URL or the InvokeWithResponseStream API, up to 200 MB.', taught: '/docs/newer-features/snapstart-streaming-and-new-modes', match: ['response streaming']},
  {id: 'runtime', term: 'Managed runtime', definition: 'A language environment AWS provides and patches (Node.js, Python, Java, .NET, Ruby), identified like nodejs22.x; custom runtimes use the OS-only runtime.', taught: '/docs/functions/runtimes', match: ['managed runtime', 'managed runtimes']},
  {id: 'snapstart', term: 'SnapStart', definition: 'Lambda snapshots an initialised execution environment of a published version and restores it on cold starts (Java, Python, .NET).', taught: '/docs/newer-features/snapstart-streaming-and-new-modes', match: ['SnapStart']},
  {id: 'synchronous-invocation', term: 'Synchronous invocation', definition: 'The caller waits for the function\'s response (API Gateway, ALB, the SDK with RequestResponse); errors go back to the caller, Lambda does not retry.', taught: '/docs/invocation/synchronous', match: ['synchronous invocation', 'synchronous invocations', 'invoked synchronously']},
  {id: 'throttling', term: 'Throttling', definition: 'Lambda rejecting an invocation because the function or account is at its concurrency limit: HTTP 429 for synchronous calls, retries for asynchronous ones.', taught: '/docs/scaling/concurrency', match: ['throttling', 'throttled']},
  {id: 'version', term: 'Version', definition: 'An immutable snapshot of a function\'s code and configuration with its own number and ARN; $LATEST is the editable one.', taught: '/docs/deployment/versions-and-aliases', match: ['published version', 'published versions']},
];
