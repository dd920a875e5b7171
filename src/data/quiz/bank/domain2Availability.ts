/**
 * Question bank, domain 2 (Design Resilient Architectures), task statement 2.2: failures, retries,
 * dead-letter paths, safe deployments and multi-Region designs for Lambda workloads.
 */
import {question, right, wrong} from '../build.ts';
import {Q_SOURCES as S} from '../sources.ts';
import {B_SOURCES as B} from './sources.ts';
import type {QuizQuestion} from '../types.ts';

const CHECKED = '2026-12-02';

export const BANK_DOMAIN_2_AVAILABILITY: readonly QuizQuestion[] = [
  question({
    id: 'd2-sqs-redrive-not-function-dlq',
    domain: 2, taskStatement: '2.2',
    stem: 'A function consumes an SQS queue through an event source mapping. Poison messages are retried forever. The team configured a dead-letter queue on the function, but nothing ever arrives there. What should they do?',
    options: [
      wrong('Set the function\'s maximum retry attempts to 2.', 'That setting is for asynchronous invocations, not for SQS event source mappings.'),
      wrong('Add an on-failure destination to the function.', 'Function destinations apply to asynchronous invocations; SQS messages are handled by the queue.'),
      right('Configure a redrive policy on the source queue with a dead-letter queue and a maxReceiveCount.', 'With SQS the queue owns retries: after maxReceiveCount receives, SQS moves the message to its DLQ.'),
      wrong('Shorten the queue\'s retention period to one minute.', 'Messages would be lost instead of kept for inspection.'),
    ],
    learnMore: '/docs/invocation/event-source-mappings', source: S.sqsErrorHandling, asOf: CHECKED,
  }),
  question({
    id: 'd2-kinesis-retry-limits',
    domain: 2, taskStatement: '2.2',
    stem: 'One malformed record in a Kinesis shard makes the consumer function fail. With default settings, processing of that shard stops while the rest of the stream moves on. Which settings keep the shard flowing and keep the bad record? (Choose two.)',
    options: [
      right('Set MaximumRetryAttempts (and/or MaximumRecordAgeInSeconds) on the event source mapping to a small value.', 'By default failed records are retried until they expire, blocking the shard; limits let Lambda move on.'),
      wrong('Increase the stream\'s retention to 365 days.', 'That makes the blocking last longer.'),
      right('Add an on-failure destination (SQS, SNS or S3) to the event source mapping.', 'Discarded batches are then recorded for inspection and replay instead of being lost.'),
      wrong('Use a standard SQS queue as a dead-letter queue on the function.', 'Function DLQs apply to asynchronous invocations, not stream event source mappings.'),
      wrong('Increase the function timeout.', 'The record is malformed; more time will not make it succeed.'),
    ],
    learnMore: '/docs/invocation/event-source-mappings', source: S.streamErrors, asOf: CHECKED,
  }),
  question({
    id: 'd2-dynamodb-streams-retention',
    domain: 2, taskStatement: '2.2',
    stem: 'A function processes a DynamoDB stream. After a 30-hour outage of a downstream API, the team finds that some changes were never processed. Why?',
    options: [
      wrong('DynamoDB Streams delivers each change at most once and then deletes it.', 'Records stay available for the stream\'s retention window and can be read repeatedly.'),
      wrong('The function\'s reserved concurrency was too high.', 'Concurrency does not make records disappear.'),
      wrong('DynamoDB Streams only keeps the last 1,000 records.', 'Retention is by time, not by count.'),
      right('DynamoDB stream records are kept for 24 hours; records not processed within that time expired.', 'For longer outages, route failures to an on-failure destination or use Kinesis Data Streams with longer retention.'),
    ],
    learnMore: '/docs/integrations/dynamodb', source: S.dynamoDbStreams, asOf: CHECKED,
  }),
  question({
    id: 'd2-multi-region-active-active',
    domain: 2, taskStatement: '2.2',
    stem: 'A serverless API (API Gateway, Lambda, DynamoDB) must keep serving users if a whole Region fails, with an RTO of minutes and writes accepted in both Regions. Which combination fits? (Choose two.)',
    options: [
      right('DynamoDB global tables replicating between the two Regions.', 'Global tables give multi-Region, multi-active replication.'),
      wrong('A single Lambda function configured for two Regions.', 'Functions are regional; each Region needs its own deployment.'),
      right('The API and functions deployed in both Regions, with Route 53 latency-based routing and health checks in front.', 'Route 53 sends users to the nearest healthy Region and fails over when checks fail.'),
      wrong('Cross-Region replication on the Lambda deployment package bucket only.', 'It copies code, not the running service or the data.'),
      wrong('Multi-AZ provisioned concurrency.', 'Lambda is already multi-AZ within a Region; that does not survive a Region failure.'),
    ],
    learnMore: '/docs/basics/what-is-lambda', source: B.dynamoDbGlobalTables, asOf: CHECKED,
  }),
  question({
    id: 'd2-pilot-light-serverless',
    domain: 2, taskStatement: '2.2',
    stem: 'An internal serverless application needs a disaster-recovery plan with an RTO of 4 hours and the lowest standing cost. Which approach fits?',
    options: [
      wrong('Run a full active copy in a second Region with provisioned concurrency.', 'That is the most expensive option and far exceeds the RTO need.'),
      right('Keep the stack as infrastructure as code and the data backed up or replicated to the second Region; deploy the stack there when needed.', 'Serverless resources cost almost nothing idle and deploy in minutes, so backup-and-restore or pilot light meets a 4-hour RTO cheaply.'),
      wrong('Nothing: Lambda automatically fails over to another Region.', 'Lambda is multi-AZ, not multi-Region.'),
      wrong('Keep EC2 instances running in the second Region.', 'It pays for idle servers the application does not even use.'),
    ],
    learnMore: '/docs/deployment/codedeploy-and-sam', source: S.route53Failover, asOf: CHECKED,
  }),
  question({
    id: 'd2-reserved-concurrency-guarantee',
    domain: 2, taskStatement: '2.2',
    stem: 'In one account, a batch function sometimes scales to use almost all account concurrency, and the customer-facing checkout function is then throttled. What ensures checkout always has capacity?',
    options: [
      wrong('Provisioned concurrency on the batch function.', 'It pre-warms the batch function; it does not cap it.'),
      wrong('Request a higher timeout for checkout.', 'Timeouts do not reserve capacity.'),
      wrong('Move checkout to arm64.', 'Architecture does not affect concurrency sharing.'),
      right('Reserved concurrency on checkout (and, to cap it, on the batch function).', 'Reserved concurrency sets aside capacity no other function can use, and caps the function that has it.'),
    ],
    learnMore: '/docs/scaling/concurrency', source: S.reservedConcurrency, asOf: CHECKED,
  }),
  question({
    id: 'd2-provisioned-concurrency-schedule',
    domain: 2, taskStatement: '2.2',
    stem: 'A ticketing API has a predictable surge every weekday at 09:00 and must not show cold-start latency then, but traffic is low the rest of the day. How should provisioned concurrency be managed?',
    options: [
      wrong('Keep a high provisioned concurrency all day.', 'It bills idle capacity for most of the day.'),
      wrong('Schedule a function to invoke the API every minute to keep it warm.', 'It keeps a few environments warm, not the hundreds the surge needs.'),
      right('Use Application Auto Scaling scheduled actions to raise provisioned concurrency on the alias before 09:00 and lower it afterwards.', 'Scheduled scaling matches pre-warmed capacity to the known pattern.'),
      wrong('Enable SnapStart on the $LATEST version.', 'SnapStart works on published versions, and does not remove all of the start latency the scenario forbids.'),
    ],
    learnMore: '/docs/scaling/concurrency', source: S.provisionedConcurrency, asOf: CHECKED,
  }),
  question({
    id: 'd2-powertools-idempotency',
    domain: 2, taskStatement: '2.2',
    stem: 'A payment function triggered from SQS occasionally charges a customer twice, because standard queues deliver at least once. What is the recommended fix with the least custom code?',
    options: [
      wrong('Switch to a FIFO queue and remove all checks.', 'FIFO deduplication covers 5 minutes at send time; retries after a failure can still run twice.'),
      wrong('Set batch size to 1.', 'Duplicates come from redelivery, not batch size.'),
      wrong('Increase the visibility timeout to 12 hours.', 'It delays redelivery but does not prevent it.'),
      right('Make the handler idempotent with Powertools for AWS Lambda\'s idempotency utility, keyed on the payment ID and stored in DynamoDB.', 'The utility records each key and returns the saved result for repeats instead of charging again.'),
    ],
    learnMore: '/docs/lifecycle/state-and-sessions', source: B.powertoolsPython, asOf: CHECKED,
  }),
  question({
    id: 'd2-api-gateway-29s-timeout',
    domain: 2, taskStatement: '2.2',
    stem: 'A REST API endpoint invokes a report function that takes 2–4 minutes. Callers get HTTP 504 after about 29 seconds, while the function keeps running. Which design fixes this?',
    options: [
      right('Start the report asynchronously (return a job ID with 202), and let the client poll a status endpoint or be notified when the report is in S3.', 'Long work does not belong in a synchronous API request; the API stays quick and the job runs to completion.'),
      wrong('Raise the function timeout to 15 minutes.', 'The function is not timing out; the API\'s integration timeout ends the request.'),
      wrong('Add provisioned concurrency.', 'The delay is the work itself, not a cold start.'),
      wrong('Use an edge-optimized endpoint.', 'Endpoint type does not change the integration timeout.'),
    ],
    learnMore: '/docs/invocation/synchronous', source: B.apiGatewayQuotas, asOf: CHECKED,
  }),
  question({
    id: 'd2-codedeploy-pre-traffic-hook',
    domain: 2, taskStatement: '2.2',
    stem: 'A team deploys Lambda with SAM and CodeDeploy. They want integration tests to run against the new version before it takes any production traffic, and the deployment to stop automatically if the tests fail. What should they use?',
    options: [
      wrong('An on-failure destination on the function.', 'Destinations handle async invocation results, not deployments.'),
      right('A PreTraffic hook: a function CodeDeploy runs before shifting traffic, which reports success or failure.', 'A failed hook stops the deployment before any traffic moves.'),
      wrong('A CloudWatch alarm on Throttles.', 'Alarms trigger rollback during the shift, after traffic has moved.'),
      wrong('Deploy with AllAtOnce.', 'All traffic moves at once, with no test window.'),
    ],
    learnMore: '/docs/deployment/codedeploy-and-sam', source: S.samGradualDeploy, asOf: CHECKED,
  }),
  question({
    id: 'd2-alias-rollback',
    domain: 2, taskStatement: '2.2',
    stem: 'An API Gateway stage invokes the "live" alias of a function. Version 14 was just published and "live" was moved to it; errors spike. What is the fastest rollback?',
    options: [
      wrong('Edit $LATEST back to the old code and redeploy.', 'Slow, and "live" points to version 14, not $LATEST.'),
      wrong('Delete version 14.', 'A version an alias points to cannot be deleted.'),
      right('Point the "live" alias back at version 13.', 'Versions are immutable, so moving the alias restores the previous code in one call.'),
      wrong('Change the API Gateway stage to call $LATEST.', 'It changes the API and still runs new code.'),
    ],
    learnMore: '/docs/deployment/versions-and-aliases', source: S.aliases, asOf: CHECKED,
  }),
  question({
    id: 'd2-sqs-vs-async-backlog',
    domain: 2, taskStatement: '2.2',
    stem: 'A producer invokes a function asynchronously. During downstream outages, the team wants to see how many events are waiting, pause processing, and redrive failed events later. Which change gives this control?',
    options: [
      wrong('Keep async invocation and raise the retry attempts to 10.', 'The maximum is 2, and the internal queue cannot be inspected or paused.'),
      wrong('Invoke the function synchronously.', 'The producer would have to handle every failure itself.'),
      wrong('Add X-Ray tracing.', 'It shows traces, not a controllable backlog.'),
      right('Put an SQS queue between producer and function: the backlog is visible in queue metrics, the event source mapping can be disabled, and a DLQ allows redrive.', 'A queue you own gives visibility and control that Lambda\'s internal async queue does not.'),
    ],
    learnMore: '/docs/invocation/asynchronous', source: S.sqsConfigure, asOf: CHECKED,
  }),
  question({
    id: 'd2-iterator-age-alarm',
    domain: 2, taskStatement: '2.2',
    stem: 'A function consumes a Kinesis stream. The team needs an alarm that fires when processing falls behind, before records reach the end of retention. Which metric should they alarm on?',
    options: [
      wrong('Invocations.', 'It can stay steady while the consumer falls behind.'),
      right('IteratorAge.', 'It is the age of the last record in each batch when processed; a rising value means the consumer is lagging.'),
      wrong('ConcurrentExecutions.', 'It shows how many environments run, not how far behind they are.'),
      wrong('Duration.', 'It measures invocation time, not lag.'),
    ],
    learnMore: '/docs/observability/logs-metrics-tracing', source: S.metrics, asOf: CHECKED,
  }),
  question({
    id: 'd2-async-events-dropped',
    domain: 2, taskStatement: '2.2',
    stem: 'An asynchronously invoked function has no dead-letter queue or destination yet. The team wants to be alerted whenever Lambda drops events without processing them. Which metric fits?',
    options: [
      wrong('Errors.', 'It counts failed attempts, including ones retried successfully.'),
      wrong('Throttles.', 'Throttled async events are retried, so throttles do not mean loss.'),
      right('AsyncEventsDropped.', 'It counts events dropped after retries or age limits were exhausted, or because of throttling with concurrency 0.'),
      wrong('DeadLetterErrors.', 'It counts failures to write to a DLQ, which this function does not have.'),
    ],
    learnMore: '/docs/invocation/asynchronous', source: S.metrics, asOf: CHECKED,
  }),
  question({
    id: 'd2-sync-no-lambda-retry',
    domain: 2, taskStatement: '2.2',
    stem: 'An application invokes a function synchronously with the SDK. The function throws an error. Which statement about retries is correct?',
    options: [
      right('Lambda does not retry synchronous invocations; the error goes back to the caller, whose SDK or code decides whether to retry.', 'Retries for synchronous calls are the client\'s job; beware that they re-run non-idempotent work.'),
      wrong('Lambda retries twice, 1 and 2 minutes apart.', 'That is the behaviour for asynchronous invocations.'),
      wrong('Lambda retries until the event expires after 6 hours.', 'That applies to throttled asynchronous events.'),
      wrong('Lambda sends the event to the function\'s dead-letter queue.', 'DLQs apply to asynchronous invocations.'),
    ],
    learnMore: '/docs/invocation/synchronous', source: S.invokeApi, asOf: CHECKED,
  }),
  question({
    id: 'd2-step-functions-retry-catch',
    domain: 2, taskStatement: '2.2',
    stem: 'A workflow calls a Lambda function that talks to a flaky partner API. Transient errors should be retried three times with backoff; anything else should route to a manual-review step. Where is this best expressed?',
    options: [
      wrong('In the function, with sleep calls between retries.', 'Sleeping bills function duration and can run into the timeout.'),
      wrong('With a longer function timeout.', 'Time does not fix errors.'),
      wrong('With reserved concurrency on the function.', 'It caps concurrency; it does not retry.'),
      right('In the Task state: a Retry with MaxAttempts 3 and BackoffRate for the transient error names, and a Catch that goes to the review state.', 'Step Functions retries and routes errors declaratively, without paying for waiting code.'),
    ],
    learnMore: '/docs/invocation/asynchronous', source: B.stepFunctionsErrors, asOf: CHECKED,
  }),
  question({
    id: 'd2-fifo-blocked-group',
    domain: 2, taskStatement: '2.2',
    stem: 'A FIFO queue feeds a function. One message for customer 42 keeps failing, and no later messages for customer 42 are processed, although other customers are fine. What is happening and what should be done?',
    options: [
      wrong('The queue is throttled; request a higher FIFO quota.', 'Other groups flow, so this is not a throughput limit.'),
      right('FIFO keeps order within a message group, so the failing message blocks the group; set a redrive policy with a DLQ so it moves aside after maxReceiveCount.', 'Once the poison message goes to the DLQ, the group continues in order.'),
      wrong('Lambda has stopped the event source mapping; re-enable it.', 'The mapping still processes other groups.'),
      wrong('Switch to batch size 10 to skip the message.', 'Batching does not skip a failing message in a FIFO group.'),
    ],
    learnMore: '/docs/invocation/event-source-mappings', source: S.sqsFifo, asOf: CHECKED,
  }),
  question({
    id: 'd2-idempotent-s3-duplicate-events',
    domain: 2, taskStatement: '2.2',
    stem: 'An S3-triggered function occasionally processes the same upload twice, producing duplicate rows. Which statement explains it and gives the right fix?',
    options: [
      wrong('S3 sends each notification exactly once; the duplicates come from the code.', 'S3 event notifications are delivered at least once and can be duplicated.'),
      wrong('The function needs more memory.', 'Memory does not change delivery semantics.'),
      wrong('Use an SQS FIFO queue as the S3 notification target.', 'S3 event notifications cannot target FIFO queues.'),
      right('Events can be delivered more than once (and the async invocation may be retried); write idempotently, for example a conditional put keyed on bucket, key and version or sequencer.', 'Design every event consumer for at-least-once delivery.'),
    ],
    learnMore: '/docs/integrations/s3', source: B.s3Notifications, asOf: CHECKED,
  }),
  question({
    id: 'd2-lambda-multi-az-default',
    domain: 2, taskStatement: '2.2',
    stem: 'A team asks what they must do so a non-VPC Lambda function survives the loss of one Availability Zone. What is the answer?',
    options: [
      wrong('Deploy the function three times, once per AZ.', 'Functions are regional resources; you cannot pin them to an AZ.'),
      wrong('Enable provisioned concurrency in each AZ.', 'Provisioned concurrency is not configured per AZ.'),
      right('Nothing: Lambda runs functions in multiple AZs in the Region by default.', 'Lambda maintains compute capacity across AZs; VPC functions should have subnets in several AZs.'),
      wrong('Create an Auto Scaling group for the function.', 'Lambda has no instances for you to manage.'),
    ],
    learnMore: '/docs/basics/what-is-lambda', source: B.resilience, asOf: CHECKED,
  }),
];
