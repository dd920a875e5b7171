/**
 * Question bank, domain 4 (Design Cost-Optimized Architectures): the Lambda bill and the bills
 * around it — workflows, queues, logs, networks, databases and storage. Prices are us-east-1 list
 * prices as published on the cited pages on the CHECKED date.
 */
import {question, right, wrong} from '../build.ts';
import {Q_SOURCES as S} from '../sources.ts';
import {B_SOURCES as B} from './sources.ts';
import type {QuizQuestion} from '../types.ts';

const CHECKED = '2026-12-02';

export const BANK_DOMAIN_4_COST: readonly QuizQuestion[] = [
  question({
    id: 'd4-monthly-cost-with-free-tier',
    domain: 4, taskStatement: '4.2',
    stem: 'A function on x86 with 512 MB runs 5 million times a month for 200 ms each. Using $0.20 per million requests, $0.0000166667 per GB-second and the monthly free tier (1 million requests and 400,000 GB-seconds), about what is the monthly Lambda charge?',
    options: [
      wrong('About $9.33.', 'That is the bill before the free tier: $1.00 for requests plus $8.33 for 500,000 GB-seconds.'),
      wrong('About $0.80.', 'That counts only the requests beyond the free tier and forgets the duration.'),
      right('About $2.47.', '4 million billable requests cost $0.80; 500,000 − 400,000 = 100,000 GB-seconds cost $1.67.'),
      wrong('About $16.67.', 'That would be 1,000,000 GB-seconds; 5 million × 0.2 s × 0.5 GB is 500,000.'),
    ],
    learnMore: '/docs/pricing/calculator', source: S.pricing, asOf: CHECKED,
  }),
  question({
    id: 'd4-memory-double-same-cost',
    domain: 4, taskStatement: '4.2',
    stem: 'A CPU-bound function takes 1,000 ms at 1,024 MB. At 2,048 MB it takes 500 ms. Ignoring requests, how does the duration cost compare?',
    options: [
      wrong('It doubles, because the memory doubles.', 'The duration halves, so GB-seconds stay the same.'),
      right('It stays the same (1 GB-second per invocation either way), and the function is twice as fast.', '1 GB × 1 s = 2 GB × 0.5 s; when more CPU makes code proportionally faster, speed comes free.'),
      wrong('It halves, because Lambda charges less per GB-second at higher memory.', 'The price per GB-second does not depend on the memory size.'),
      wrong('It cannot be compared, because Lambda bills in 100 ms steps.', 'Lambda has billed per 1 ms since December 2020.'),
    ],
    learnMore: '/docs/configuration/memory-and-cpu', source: S.pricing, asOf: CHECKED,
    staleTrap: 'Lambda rounded duration up to 100 ms until December 2020; it now bills per 1 ms.',
  }),
  question({
    id: 'd4-arm64-gb-second-arithmetic',
    domain: 4, taskStatement: '4.2',
    stem: 'A workload uses 1,000,000 GB-seconds a month on x86 at $0.0000166667 per GB-second. The code runs unchanged and equally fast on arm64 at $0.0000133334 per GB-second. What is the monthly duration saving?',
    options: [
      wrong('About $1.67.', 'That is 10% of the x86 cost; the arm64 price is 20% lower.'),
      wrong('Nothing; arm64 is only cheaper for container images.', 'The lower arm64 rate applies to zip and image functions alike.'),
      wrong('About $13.33.', 'That is the arm64 bill itself, not the saving.'),
      right('About $3.33 (from $16.67 to $13.33).', 'The arm64 rate is 20% lower per GB-second; measure, because speed can differ by workload.'),
    ],
    learnMore: '/docs/pricing/how-billing-works', source: S.pricing, asOf: CHECKED,
  }),
  question({
    id: 'd4-provisioned-break-even',
    domain: 4, taskStatement: '4.2',
    stem: 'On x86, provisioned concurrency costs $0.0000041667 per GB-second while enabled plus $0.0000097222 per GB-second of duration; on-demand duration costs $0.0000166667. Above roughly what utilisation of the provisioned environments is provisioned concurrency cheaper than on-demand?',
    options: [
      right('About 60%.', '0.0000041667 + u × 0.0000097222 = u × 0.0000166667 gives u ≈ 0.6.'),
      wrong('About 10%.', 'At 10% the standing charge dominates.'),
      wrong('Never; provisioned concurrency always costs more.', 'Its duration rate is lower, so at high utilisation it is cheaper.'),
      wrong('Exactly 100%.', 'The break-even is well below full use.'),
    ],
    learnMore: '/docs/pricing/how-billing-works', source: S.pricing, asOf: CHECKED,
  }),
  question({
    id: 'd4-express-vs-standard-cost',
    domain: 4, taskStatement: '4.2',
    stem: 'A workflow with 10 state transitions runs 50 million times a month, each run finishing in under a second. The steps are idempotent. Which workflow type is likely far cheaper?',
    options: [
      wrong('Standard, because it has a free tier.', 'At 500 million transitions a month the free tier is negligible; Standard costs $0.025 per 1,000 transitions, about $12,500.'),
      right('Express, priced per request and per GB-second of duration, which suits high-volume, short executions.', '50 million requests at $1.00 per million plus a small duration charge is far below the per-transition price.'),
      wrong('They cost the same.', 'The pricing models differ completely.'),
      wrong('Standard, because Express charges per state transition at a higher rate.', 'Express does not charge per transition.'),
    ],
    learnMore: '/docs/pricing/how-billing-works', source: B.stepFunctionsPricing, asOf: CHECKED,
  }),
  question({
    id: 'd4-sqs-batch-size-requests',
    domain: 4, taskStatement: '4.2',
    stem: 'A consumer processes 100 million SQS messages a month with batch size 1. Each message takes 5 ms of work, and there is about 20 ms of fixed overhead per invocation. What happens to the Lambda bill if the batch size is raised to 10 (with a short batching window)?',
    options: [
      wrong('Nothing changes; Lambda bills per message.', 'Lambda bills per invocation and per GB-second, not per message.'),
      wrong('It rises, because batches take longer.', 'Each batch takes longer, but there are ten times fewer batches.'),
      wrong('Only the SQS bill changes.', 'SQS requests fall too, but so do Lambda requests and overhead.'),
      right('Invocations fall from 100 million to about 10 million, cutting request charges by about $18 and most of the fixed overhead duration.', 'Fewer, larger batches amortise the per-invocation cost; handle partial failures with ReportBatchItemFailures.'),
    ],
    learnMore: '/docs/invocation/event-source-mappings', source: S.sqsConfigure, asOf: CHECKED,
  }),
  question({
    id: 'd4-log-class-retention',
    domain: 4, taskStatement: '4.2',
    stem: 'CloudWatch Logs is now the largest item on a serverless bill: debug-level logs, kept forever, rarely read except during incidents. Which two changes reduce cost most directly? (Choose two.)',
    options: [
      right('Set a retention period on the log groups (for example 30 days).', 'Log groups keep data forever by default, and storage accumulates.'),
      wrong('Turn on X-Ray for every request.', 'It adds a tracing bill.'),
      right('Lower the log level in production with Lambda\'s advanced logging controls, and use the Infrequent Access log class for logs that are only searched occasionally.', 'Fewer bytes ingested, at a lower ingestion price for the IA class.'),
      wrong('Increase the function memory.', 'Logging volume does not depend on memory.'),
      wrong('Write logs to /tmp instead.', 'They would be lost with the environment.'),
    ],
    learnMore: '/docs/observability/logs-metrics-tracing', source: B.logClasses, asOf: CHECKED,
  }),
  question({
    id: 'd4-interface-endpoint-vs-nat',
    domain: 4, taskStatement: '4.4',
    stem: 'VPC functions send 20 TB a month to SQS and Kinesis through a NAT gateway. Which change lowers the data-processing cost while keeping traffic private?',
    options: [
      wrong('Add a second NAT gateway.', 'It doubles the hourly cost and still charges per GB.'),
      wrong('Gateway endpoints for SQS and Kinesis.', 'Gateway endpoints exist only for S3 and DynamoDB.'),
      right('Interface VPC endpoints for SQS and Kinesis, whose per-GB charge is far below the NAT gateway\'s.', 'At high volume the endpoint hourly charges are small next to the NAT data-processing savings.'),
      wrong('Move the functions to a public subnet with an internet gateway.', 'Lambda functions in a VPC do not get public IPs; they still need NAT.'),
    ],
    learnMore: '/docs/security/vpc', source: B.privateLinkPricing, asOf: CHECKED,
  }),
  question({
    id: 'd4-remove-unneeded-vpc',
    domain: 4, taskStatement: '4.4',
    stem: 'A function is attached to a VPC with a NAT gateway, but it only calls public AWS APIs (S3, SNS) and a public third-party API; it accesses nothing inside the VPC. What is the cheapest correct design?',
    options: [
      right('Detach the function from the VPC; it then reaches the public endpoints directly, with no NAT gateway needed.', 'Functions outside a VPC have internet access by default, with no NAT hourly or per-GB charges.'),
      wrong('Keep the VPC and add provisioned concurrency.', 'Unrelated to network cost.'),
      wrong('Add interface endpoints for every service.', 'It still pays for endpoints the function does not need.'),
      wrong('Use a larger NAT gateway.', 'NAT gateways have no sizes and cost the same.'),
    ],
    learnMore: '/docs/security/vpc', source: S.vpcInternet, asOf: CHECKED,
  }),
  question({
    id: 'd4-dynamodb-provisioned-steady',
    domain: 4, taskStatement: '4.3',
    stem: 'A DynamoDB table behind Lambda has had steady, predictable traffic for a year in on-demand mode. How can its cost be lowered?',
    options: [
      wrong('Keep on-demand; it is always cheapest.', 'For steady, well-utilised traffic, provisioned capacity is usually cheaper.'),
      wrong('Add a second table and split the writes.', 'Same traffic, more to manage.'),
      right('Switch to provisioned capacity with auto scaling, and consider reserved capacity for the baseline.', 'Provisioned capacity at high utilisation costs less per request than on-demand.'),
      wrong('Enable DynamoDB Streams.', 'Streams add reads; they do not lower cost.'),
    ],
    learnMore: '/docs/integrations/dynamodb', source: B.dynamoDbPricing, asOf: CHECKED,
  }),
  question({
    id: 'd4-dynamodb-ttl-cleanup',
    domain: 4, taskStatement: '4.3',
    stem: 'A nightly scheduled function scans a table and deletes expired sessions, consuming read and write capacity. What is the cheaper way to remove them?',
    options: [
      wrong('Run the cleanup function hourly instead.', 'It scans more often and costs more.'),
      wrong('Move sessions to S3.', 'Sessions need fast key-value access.'),
      wrong('Give the cleanup function more memory.', 'The scan and deletes cost the same.'),
      right('Enable DynamoDB TTL on an expiry attribute; DynamoDB deletes expired items without consuming write throughput.', 'TTL deletes are free, and appear in streams if downstream needs them.'),
    ],
    learnMore: '/docs/integrations/dynamodb', source: B.dynamoDbTtl, asOf: CHECKED,
  }),
  question({
    id: 'd4-s3-lifecycle-processed',
    domain: 4, taskStatement: '4.1',
    stem: 'A function processes uploaded raw files into reports. The raw files are never read again after processing but must be kept for one year for audit. How should their storage be optimised?',
    options: [
      wrong('Keep them in S3 Standard for the year.', 'Standard is priced for frequent access.'),
      right('An S3 Lifecycle rule that moves them to an archive class (such as S3 Glacier Flexible Retrieval or Deep Archive) after processing and expires them after a year.', 'Lifecycle rules transition and expire objects automatically.'),
      wrong('Delete them immediately after processing.', 'The audit requirement forbids it.'),
      wrong('Copy them to an EBS volume.', 'EBS costs more and is tied to instances.'),
    ],
    learnMore: '/docs/integrations/s3', source: B.s3Lifecycle, asOf: CHECKED,
  }),
  question({
    id: 'd4-s3-glacier-instant',
    domain: 4, taskStatement: '4.1',
    stem: 'Medical images are processed once by a function, then read a few times a year, and when requested must be available in milliseconds. Which storage class is the most cost-effective?',
    options: [
      wrong('S3 Glacier Deep Archive.', 'Retrieval takes hours.'),
      wrong('S3 Standard.', 'It costs more to store for rarely read data.'),
      wrong('S3 One Zone-IA for the only copy.', 'Cheaper, but loses data if that AZ is lost; not right for the only copy of medical records.'),
      right('S3 Glacier Instant Retrieval.', 'Archive-level storage price with millisecond access, for data read about once a quarter.'),
    ],
    learnMore: '/docs/integrations/s3', source: B.s3StorageClasses, asOf: CHECKED,
  }),
  question({
    id: 'd4-cloudfront-origin-transfer',
    domain: 4, taskStatement: '4.4',
    stem: 'A Lambda-backed API serves large, cacheable JSON responses directly to the internet, and data transfer out has become a big line on the bill. What lowers it?',
    options: [
      wrong('Move the function to another Region.', 'Data transfer out is charged in every Region.'),
      wrong('Enable provisioned concurrency.', 'It adds cost and does not touch transfer.'),
      right('Serve the API through CloudFront with caching: transfer from AWS origins to CloudFront is not charged, and cached responses also avoid invocations.', 'Users are billed at CloudFront rates, and fewer requests reach the function.'),
      wrong('Switch the function to arm64.', 'Architecture does not affect data transfer.'),
    ],
    learnMore: '/docs/edge/lambda-at-edge', source: B.cloudFrontPricing, asOf: CHECKED,
  }),
  question({
    id: 'd4-function-url-vs-api-gateway',
    domain: 4, taskStatement: '4.2',
    stem: 'A single webhook receiver needs an HTTPS endpoint. It needs no API keys, usage plans, request validation or custom authorizers. What is the lowest-cost front door?',
    options: [
      wrong('A REST API in API Gateway.', 'It works, but charges per request for features the webhook does not use.'),
      wrong('An Application Load Balancer.', 'An ALB has an hourly charge even when idle.'),
      wrong('A CloudFront distribution with Lambda@Edge.', 'Edge functions cost more per request and are for CDN logic.'),
      right('A Lambda function URL.', 'Function URLs have no additional charge; you pay only for the invocations.'),
    ],
    learnMore: '/docs/integrations/api-gateway-and-function-urls', source: B.functionUrls, asOf: CHECKED,
  }),
  question({
    id: 'd4-alb-high-volume',
    domain: 4, taskStatement: '4.2',
    stem: 'A very high, steady-volume internal HTTP service (billions of small requests a month) is backed by Lambda and needs only path-based routing. Why might an ALB be cheaper than API Gateway here?',
    options: [
      right('ALB charges per hour and per load balancer capacity unit rather than per request, so at a steady, very high request rate it can cost less than per-request API pricing.', 'API Gateway charges per million requests; at billions of requests that dominates.'),
      wrong('ALB invokes Lambda for free and API Gateway doubles the Lambda charge.', 'Lambda is billed the same whoever invokes it.'),
      wrong('ALB responses are cached automatically.', 'ALB does not cache.'),
      wrong('API Gateway cannot invoke Lambda at that volume.', 'It can, subject to quotas; the question is cost.'),
    ],
    learnMore: '/docs/integrations/application-load-balancer', source: B.elbPricing, asOf: CHECKED,
  }),
  question({
    id: 'd4-managed-instances-savings',
    domain: 4, taskStatement: '4.2',
    stem: 'A steady, high-volume Lambda workload keeps hundreds of environments busy around the clock. The team wants lower compute cost without leaving Lambda. Which option changes the pricing model?',
    options: [
      wrong('Raise the memory to 10,240 MB.', 'Larger environments cost more per second.'),
      wrong('Move the function into a VPC.', 'That adds NAT or endpoint costs.'),
      right('Lambda Managed Instances: pay EC2 instance prices (where Savings Plans and Reserved Instances apply) plus a 15% management fee and $0.20 per million requests, with no per-request duration charge.', 'For steady load, instance pricing with discounts can beat per-GB-second billing.'),
      wrong('Enable SnapStart.', 'SnapStart improves start-up; it does not change the price model of busy environments.'),
    ],
    learnMore: '/docs/newer-features/snapstart-streaming-and-new-modes', source: S.pricing, asOf: CHECKED,
  }),
  question({
    id: 'd4-durable-wait-not-billed',
    domain: 4, taskStatement: '4.2',
    stem: 'An order function waits up to 24 hours for a payment callback. Today it polls in a loop and is re-invoked every 15 minutes to keep waiting. How can the waiting cost be removed while keeping the logic in Lambda code?',
    options: [
      wrong('Increase the timeout to 24 hours.', 'The maximum timeout is 15 minutes.'),
      wrong('Keep polling but at 128 MB.', 'Cheaper per second, still paying to wait.'),
      wrong('Use provisioned concurrency.', 'It bills for standing capacity.'),
      right('A durable function that waits for the callback: the execution is suspended and no duration is billed while it waits.', 'Durable functions charge for operations and stored data, not for suspended time.'),
    ],
    learnMore: '/docs/newer-features/snapstart-streaming-and-new-modes', source: S.pricing, asOf: CHECKED,
  }),
  question({
    id: 'd4-fargate-spot-batch',
    domain: 4, taskStatement: '4.2',
    stem: 'Nightly, fault-tolerant batch jobs each run about 3 hours and can be restarted if interrupted. What is the most cost-effective compute option?',
    options: [
      wrong('Lambda with a 15-minute timeout and checkpointing every minute.', 'Possible but awkward, and 3 hours of GB-seconds is not cheap.'),
      right('ECS tasks on Fargate Spot (or AWS Batch on Spot capacity).', 'Spot capacity is heavily discounted and suits interruptible, restartable jobs.'),
      wrong('On-demand EC2 instances running all day.', 'It pays for 21 idle hours.'),
      wrong('Lambda with provisioned concurrency.', 'It does not lift the 15-minute limit and adds standing cost.'),
    ],
    learnMore: '/docs/basics/when-not-to-use-lambda', source: B.fargatePricing, asOf: CHECKED,
  }),
  question({
    id: 'd4-dev-environments-scale-to-zero',
    domain: 4, taskStatement: '4.2',
    stem: 'Twenty developer environments each run a small API that is used a few hours a week. Today each runs on an always-on t3.medium instance. Which change cuts cost most?',
    options: [
      wrong('Buy EC2 Reserved Instances for the twenty instances.', 'Cheaper per hour, but still paying for idle time.'),
      wrong('Move them to larger instances shared by all developers.', 'Still always on.'),
      wrong('Add an Auto Scaling group with a minimum of one instance each.', 'The minimum still runs all week.'),
      right('Run the APIs on Lambda (with API Gateway or function URLs), which costs nothing while idle and fits in the free tier at this volume.', 'Lambda scales to zero; pay-per-use suits spiky, low-utilisation workloads.'),
    ],
    learnMore: '/docs/pricing/how-billing-works', source: S.pricing, asOf: CHECKED,
  }),
  question({
    id: 'd4-kinesis-provisioned-steady',
    domain: 4, taskStatement: '4.2',
    stem: 'A Kinesis stream feeding Lambda has carried a steady 4 MB/s for months in on-demand mode. How can the stream\'s cost likely be reduced?',
    options: [
      right('Switch to provisioned mode with enough shards for the steady throughput (for example 4–5 shards).', 'On-demand is convenient for unknown traffic; for steady, known throughput, provisioned shards are usually cheaper.'),
      wrong('Add enhanced fan-out for the consumer.', 'Enhanced fan-out adds charges.'),
      wrong('Increase retention to 365 days.', 'Extended retention costs more.'),
      wrong('Replace Lambda with a larger function.', 'The question is the stream\'s cost.'),
    ],
    learnMore: '/docs/invocation/event-source-mappings', source: B.kinesisPricing, asOf: CHECKED,
  }),
  question({
    id: 'd4-aurora-serverless-zero',
    domain: 4, taskStatement: '4.3',
    stem: 'A test environment\'s relational database is used for a few hours a week by Lambda-based integration tests. Which option minimises its cost while staying relational?',
    options: [
      wrong('A provisioned db.r6g.large instance running all week.', 'It bills every hour whether used or not.'),
      wrong('DynamoDB on-demand.', 'Cheap, but not relational; the tests need SQL.'),
      right('Aurora Serverless v2 with a minimum capacity of 0 ACUs, so it pauses automatically when idle.', 'With auto-pause you pay only storage while no connections are open.'),
      wrong('Multi-AZ RDS to spread the cost.', 'Multi-AZ doubles the instances.'),
    ],
    learnMore: '/docs/integrations/dynamodb', source: B.auroraServerless, asOf: CHECKED,
  }),
  question({
    id: 'd4-cost-allocation-tags',
    domain: 4, taskStatement: '4.2',
    stem: 'Finance wants each team\'s share of the Lambda bill every month. All teams share one account. What should the architect set up?',
    options: [
      wrong('One CloudWatch dashboard per team.', 'Dashboards show metrics, not costs.'),
      wrong('A separate Region per team.', 'Disruptive, and still one bill without grouping.'),
      right('Tag every function with a team tag, activate it as a cost allocation tag, and group Cost Explorer by it.', 'Activated tags appear in cost reports for grouping and filtering.'),
      wrong('Reserved concurrency per team.', 'Concurrency limits do not report cost.'),
    ],
    learnMore: '/docs/pricing/bill-format', source: B.costAllocationTags, asOf: CHECKED,
  }),
  question({
    id: 'd4-cache-secrets-calls',
    domain: 4, taskStatement: '4.2',
    stem: 'A function calls Secrets Manager GetSecretValue and KMS Decrypt on every invocation, 300 million times a month. The secret changes monthly. What reduces this cost most?',
    options: [
      wrong('Move the secret into a plaintext environment variable.', 'Cheaper, but insecure.'),
      right('Cache the secret in the execution environment (for example with the AWS Parameters and Secrets Lambda extension) with a TTL.', 'A cached value serves many invocations; API calls drop by orders of magnitude.'),
      wrong('Create one secret per function version.', 'More secrets, more monthly charges, same number of calls.'),
      wrong('Increase memory so the calls finish faster.', 'The per-call charges stay.'),
    ],
    learnMore: '/docs/security/secrets-and-compliance', source: B.secretsManagerPricing, asOf: CHECKED,
  }),
  question({
    id: 'd4-xray-sampling',
    domain: 4, taskStatement: '4.2',
    stem: 'An API with 2 billion requests a month has X-Ray active tracing and a sampling rule that records every request. The tracing bill is high. What keeps useful traces at lower cost?',
    options: [
      wrong('Turn off logging.', 'Logs and traces are billed separately.'),
      wrong('Use provisioned concurrency.', 'Unrelated to tracing cost.'),
      wrong('Store traces in DynamoDB instead.', 'X-Ray stores traces; you cannot redirect them.'),
      right('Lower the sampling rate (for example the default of one request per second plus 5% of additional requests).', 'X-Ray bills per trace recorded; sampling keeps a representative set.'),
    ],
    learnMore: '/docs/observability/logs-metrics-tracing', source: B.xrayPricing, asOf: CHECKED,
  }),
  question({
    id: 'd4-cloudfront-functions-cost',
    domain: 4, taskStatement: '4.2',
    stem: 'A site adds a security header and rewrites URLs on every viewer request, 1 billion times a month, using Lambda@Edge. The logic is a few lines with no network calls. How can it be made cheaper?',
    options: [
      wrong('Move the logic to an origin-request Lambda@Edge trigger.', 'Fewer invocations only if cached, and still Lambda@Edge prices.'),
      right('Rewrite it as a CloudFront Function, at $0.10 per million invocations.', 'Lambda@Edge costs $0.60 per million requests plus duration; CloudFront Functions suit simple, sub-millisecond viewer logic.'),
      wrong('Give the Lambda@Edge function more memory.', 'Higher duration price.'),
      wrong('Use an API Gateway in front of CloudFront.', 'It adds a layer and cost.'),
    ],
    learnMore: '/docs/edge/lambda-at-edge', source: B.cloudFrontPricing, asOf: CHECKED,
  }),
  question({
    id: 'd4-sqs-polling-empty-requests',
    domain: 4, taskStatement: '4.2',
    stem: 'A team is surprised to see SQS request charges for a queue that is empty most of the month, consumed by a Lambda event source mapping. What explains it?',
    options: [
      wrong('SQS charges for storage of empty queues.', 'SQS has no storage charge.'),
      wrong('Lambda invokes the function for empty batches.', 'Lambda invokes only with messages.'),
      right('The event source mapping\'s pollers keep long-polling the queue, and each ReceiveMessage call is a billable SQS request even when empty.', 'The cost is small per queue, but it exists; disable unused mappings.'),
      wrong('The function\'s provisioned concurrency is billed as SQS requests.', 'Provisioned concurrency appears on the Lambda bill.'),
    ],
    learnMore: '/docs/invocation/event-source-mappings', source: B.sqsPricing, asOf: CHECKED,
  }),
  question({
    id: 'd4-api-cache-cost-tradeoff',
    domain: 4, taskStatement: '4.2',
    stem: 'A team considers API Gateway caching for a REST API whose GET responses are all different per user and rarely repeated. Is it a cost saving?',
    options: [
      wrong('Yes, caching always lowers cost.', 'The cache is billed per hour by size.'),
      wrong('Yes, because cached requests are not billed by API Gateway.', 'API requests are billed whether or not they hit the cache.'),
      right('Probably not: the cache has an hourly charge, and with a low hit rate it saves few invocations.', 'Caching pays when many requests share responses.'),
      wrong('No, because caching disables the Lambda integration.', 'The integration still serves cache misses.'),
    ],
    learnMore: '/docs/integrations/api-gateway-and-function-urls', source: B.apiCaching, asOf: CHECKED,
  }),
];
