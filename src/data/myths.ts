/**
 * "Myth vs now": things older Lambda notes (including the seed notes this site grew from and
 * many exam-prep sheets) say that are no longer true, or never were.
 * Each entry says what the notes say, what is true now, since when, and the AWS page that says so.
 * The schema test (test/unit/teaching/myths.test.ts) checks every entry and that each one is shown
 * on the page where it lives.
 */
import type {Sourced} from './schema.ts';

export interface Myth extends Sourced {
  /** Stable id used by `<MythCard id="…" />`. */
  readonly id: string;
  /** A short title naming the topic ("Billing granularity"). */
  readonly topic: string;
  /** What older notes say, close to their wording. */
  readonly olderNotesSay: string;
  /** What is true now, one or two sentences with the numbers. */
  readonly trueNow: string;
  /**
   * When it changed, as YYYY-MM-DD; `'never'` when the old note was never accurate (a misreading
   * rather than a change); `'unpublished'` when it changed but AWS gave no date.
   */
  readonly since: string;
  /** Doc paths (without /docs/ and extension) where the card is shown, besides the myths page. */
  readonly pages: readonly string[];
}

export const MYTHS = [
  {
    id: 'billing-100ms',
    topic: 'Billing granularity',
    olderNotesSay: 'You pay for the execution time of your function, rounded up to 100 ms.',
    trueNow: 'Duration is rounded up to the nearest 1 ms, with no minimum. A 27.55 ms invocation is billed as 28 ms, not 100 ms.',
    since: '2020-12-01',
    pages: ['pricing/how-billing-works'],
    source: 'https://aws.amazon.com/about-aws/whats-new/2020/12/aws-lambda-changes-duration-billing-granularity-from-100ms-to-1ms/',
    asOf: '2020-12-01',
    note: 'Lambda@Edge moved from 50 ms to 1 ms metering later, on 2021-04-01.',
  },
  {
    id: 'memory-3gb',
    topic: 'Maximum memory',
    olderNotesSay: 'RAM: 128 MB to 3 GB (3,008 MB, in 64 MB steps).',
    trueNow: 'Memory is 128 MB to 10,240 MB in 1 MB steps. New accounts can start with a lower memory quota that AWS raises with usage.',
    since: '2020-12-01',
    pages: ['limits/quotas'],
    source: 'https://aws.amazon.com/about-aws/whats-new/2020/12/aws-lambda-supports-10gb-memory-6-vcpu-cores-lambda-functions/',
    asOf: '2020-12-01',
  },
  {
    id: 'vcpu-at-1-5gb',
    topic: 'CPU and memory',
    olderNotesSay: '2 vCPUs are allocated after 1.5 GB of RAM.',
    trueNow: 'CPU grows in proportion to memory: at 1,769 MB a function has the equivalent of one full vCPU, and the maximum is 6 vCPUs at 10,240 MB. There is no step at 1.5 GB.',
    since: 'never',
    pages: ['limits/quotas'],
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html',
    asOf: '2026-08-05',
    note: 'How many cores the operating system reports (nproc) is a separate, unofficial observation.',
  },
  {
    id: 'tmp-fixed-512',
    topic: 'Ephemeral storage (/tmp)',
    olderNotesSay: 'Storage: 512 MB, so Lambda can\'t process big files.',
    trueNow: '/tmp is configurable from 512 MB to 10,240 MB per function. The first 512 MB are free; you pay for the rest per GB-second.',
    since: '2022-03-24',
    pages: ['configuration/timeout-storage-architecture'],
    source: 'https://aws.amazon.com/blogs/aws/aws-lambda-now-supports-up-to-10-gb-ephemeral-storage/',
    asOf: '2022-03-24',
  },
  {
    id: 'burst-concurrency',
    topic: 'How fast Lambda scales',
    olderNotesSay: 'An account gets an initial burst of 500 to 3,000 concurrent executions (by Region), then 500 more per minute.',
    trueNow: 'Each function can add up to 1,000 execution environments every 10 seconds, independently of other functions, until the account\'s concurrency quota is reached.',
    since: '2023-11-26',
    pages: ['scaling/concurrency'],
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html',
    asOf: '2026-08-05',
  },
  {
    id: 'concurrency-hard-1000',
    topic: 'The 1,000 concurrency limit',
    olderNotesSay: 'Concurrency: maximum 1,000 requests can run at a time.',
    trueNow: '1,000 is the default quota per account per Region, shared by all functions. It can be raised to tens of thousands through Service Quotas. New accounts may start lower.',
    since: 'never',
    pages: ['scaling/concurrency'],
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
    asOf: '2026-08-05',
  },
  {
    id: 'async-three-retries',
    topic: 'Asynchronous retries',
    olderNotesSay: 'When the function errors, Lambda attempts 3 retries.',
    trueNow: 'By default Lambda retries a failed asynchronous event two more times (three attempts in all), one minute and then two minutes apart. You can set 0–2 retries and a maximum event age of 60 s to 6 h.',
    since: 'never',
    pages: ['invocation/asynchronous'],
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html',
    asOf: '2026-08-05',
    note: 'Throttles and system errors are different: those events go back to the queue and are retried for up to 6 hours.',
  },
  {
    id: 'async-256kb',
    topic: 'Asynchronous payload size',
    olderNotesSay: 'An asynchronous invocation (S3, SNS, EventBridge, InvocationType=Event) carries at most 256 KB.',
    trueNow: 'Asynchronous payloads can be up to 1 MB. Each 64 KB beyond the first 256 KB is billed as one more request.',
    since: '2025-10-24',
    pages: ['invocation/asynchronous'],
    source: 'https://aws.amazon.com/about-aws/whats-new/2025/10/aws-lambda-payload-size-256-kb-1-mb-invocations/',
    asOf: '2025-10-24',
  },
  {
    id: 'init-is-free',
    topic: 'Cold-start (INIT) billing',
    olderNotesSay: 'The initialization phase is free, so heavy work outside the handler costs nothing.',
    trueNow: 'INIT time is billed for every function configuration, including on-demand .zip functions on managed runtimes, which were the last ones not billed for it.',
    since: '2025-08-01',
    pages: ['pricing/how-billing-works', 'lifecycle/cold-and-warm-starts'],
    source: 'https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase/',
    asOf: '2025-08-01',
  },
  {
    id: 'default-vpc',
    topic: 'Lambda and VPCs',
    olderNotesSay: 'Lambda sits in the AWS VPC by default, can access the internet, but cannot reach resources in a private subnet unless it is created inside that subnet.',
    trueNow: 'By default a function runs in a VPC that Lambda owns: it can reach the internet and public AWS endpoints, but nothing private in your VPCs. Attach it to your VPC (subnets and security groups) to reach private resources; it then has no internet access unless its subnets route through a NAT gateway, and reaches AWS services through VPC endpoints or NAT.',
    since: 'never',
    pages: ['security/vpc'],
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html',
    asOf: '2026-08-05',
    note: 'The function is not "created in" a subnet: Lambda creates shared Hyperplane ENIs in the subnets you choose (since 2019).',
  },
  {
    id: 's3-uses-execution-role',
    topic: 'Who lets S3 invoke a function',
    olderNotesSay: 'Amazon S3 invokes your Lambda function using the permission provided by the execution role.',
    trueNow: 'S3 may invoke the function because the function\'s resource-based policy allows it (aws lambda add-permission --principal s3.amazonaws.com). The execution role is the other direction: what the function may call, such as s3:GetObject to read the new object.',
    since: 'never',
    pages: ['integrations/s3', 'security/permissions'],
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html',
    asOf: '2026-08-05',
  },
  {
    id: 'batch-retried-until-success',
    topic: 'Errors in a batch',
    olderNotesSay: 'If the function returns an error, the entire batch is reprocessed until it succeeds.',
    trueNow: 'That is only the default for Kinesis and DynamoDB Streams (retry until the records expire). You can return partial batch failures (ReportBatchItemFailures), bisect the batch, cap retries and record age, and send discarded records to a destination. For SQS, failed messages return to the queue after the visibility timeout and go to the queue\'s dead-letter queue after maxReceiveCount.',
    since: '2021-11-23',
    pages: ['invocation/event-source-mappings'],
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html',
    asOf: '2026-08-05',
    note: 'The date is when SQS partial batch responses launched; bisect and retry limits for streams came in November 2019.',
  },
  {
    id: 'too-big-use-beanstalk',
    topic: 'Large code',
    olderNotesSay: 'If your code is too large to upload, deploy it with Elastic Beanstalk instead.',
    trueNow: 'A function can be a container image of up to 10 GB. .zip packages are limited to 50 MB zipped for direct upload and 250 MB unzipped including layers.',
    since: '2020-12-01',
    pages: ['basics/when-not-to-use-lambda', 'functions/deployment-packages-and-layers'],
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
    asOf: '2026-08-05',
  },
  {
    id: 'go1x-runtime',
    topic: 'The Go runtime',
    olderNotesSay: 'Build with `GOOS=linux go build main.go`, zip the binary and use the go1.x runtime.',
    trueNow: 'The go1.x runtime is deprecated. Build a binary named `bootstrap` (GOOS=linux, GOARCH=arm64 or amd64) and use the OS-only runtime provided.al2023.',
    since: '2023-12-31',
    pages: ['functions/runtimes', 'functions/handlers-and-context'],
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-golang.html',
    asOf: '2026-08-05',
  },
  {
    id: 'snapstart-java-only',
    topic: 'SnapStart languages',
    olderNotesSay: 'SnapStart is a Java-only feature, and it is free.',
    trueNow: 'SnapStart supports Java, Python and .NET. It is free for Java; for Python and .NET you pay for snapshot caching and restores.',
    since: '2024-11-18',
    pages: ['newer-features/snapstart-streaming-and-new-modes'],
    source: 'https://aws.amazon.com/about-aws/whats-new/2024/11/aws-lambda-snapstart-python-net-functions/',
    asOf: '2024-11-18',
  },
  {
    id: 'edge-viewer-limits',
    topic: 'Lambda@Edge viewer triggers',
    olderNotesSay: 'Viewer-request and viewer-response functions are limited to 128 MB, 5 seconds and a 1 MB package.',
    trueNow: 'CloudFront\'s current quotas list one set of limits for all four triggers: Lambda\'s memory range, 30 s timeout, 50 MB compressed package. Only the generated response size still differs (40 KB viewer, 1 MB origin).',
    since: 'unpublished',
    pages: ['edge/lambda-at-edge'],
    source: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html',
    asOf: '2026-08-05',
    note: 'AWS did not publish when the viewer limits were unified; we only know the 2026 quotas page shows one set.',
  },
  {
    id: 'always-gb-seconds',
    topic: 'How Lambda bills compute',
    olderNotesSay: 'Lambda is always billed per request and per GB-second of duration: memory × time is the price.',
    trueNow: 'On Lambda Managed Instances there is no GB-second charge: you pay the EC2 instances (busy or idle), a management fee of 15% of their on-demand price and $0.20 per million requests. Memory is not the price lever there; the instance is.',
    since: '2025-11-30',
    pages: ['newer-features/compute-choices'],
    source: 'https://aws.amazon.com/lambda/pricing/',
    asOf: '2026-06-22',
  },
  {
    id: 'lambda-always-cheaper',
    topic: 'Lambda against containers and servers',
    olderNotesSay: 'Serverless is always cheaper: you never pay for idle, so Lambda beats containers and servers.',
    trueNow: 'Lambda on demand is cheapest for low and spiky traffic; for steady, high traffic a fleet sized for the peak (Fargate, EC2 or Managed Instances) can cost less per month. Where the curves cross depends on duration, memory, CPU need and the daily shape: the comparison on this page finds the break-even points.',
    since: 'never',
    pages: ['newer-features/compute-choices'],
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances.html',
    asOf: '2026-06-22',
  },
  {
    id: 'waiting-costs-duration',
    topic: 'Waiting inside a workflow',
    olderNotesSay: 'A Lambda function that waits (for a callback, a timer or a person) pays for every second it waits, and cannot wait longer than 15 minutes.',
    trueNow: 'A durable function\'s wait suspends the execution without compute charges, for up to a year in total; you pay for the durable operations ($8.00 per million), the data they write and retain, and the invocations that replay the code after each wait.',
    since: '2025-12-02',
    pages: ['newer-features/compute-choices'],
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html',
    asOf: '2026-06-22',
  },
  {
    id: 'one-request-per-environment',
    topic: 'Requests per execution environment',
    olderNotesSay: 'An execution environment handles one request at a time, so concurrency is the number of environments and module-level state is never shared between requests in flight.',
    trueNow: 'Still true for ordinary Event Functions (on demand or with provisioned concurrency). On Lambda Managed Instances one environment runs several invocations at once (PerExecutionEnvironmentMaxConcurrency, up to 1,600), and a Web Function\'s environment serves up to maxConcurrencyPerEnvironment requests at once (1–128): code there must be safe for concurrent use.',
    since: '2025-11-30',
    pages: ['newer-features/snapstart-streaming-and-new-modes'],
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-managed-instances-core-concepts.html',
    asOf: '2026-06-22',
    note: 'Managed Instances since 2025-11-30; Web Functions since autumn 2026, their range from AWS\'s CloudFormation reference (WebFunctionRevision ServiceConfig), read 2026-12-03.',
  },
] as const satisfies readonly Myth[];

export type MythId = (typeof MYTHS)[number]['id'];

/** The myth with this id; throws for an unknown id so a typo in a page fails the build. */
export function getMyth(id: string): Myth {
  const myth = MYTHS.find((entry) => entry.id === id);
  if (!myth) throw new Error(`unknown myth '${id}'`);
  return myth;
}
