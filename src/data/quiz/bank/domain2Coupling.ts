/**
 * Question bank, domain 2 (Design Resilient Architectures), task statement 2.1: loosely coupled,
 * event-driven serverless designs — queues, topics, buses, workflows and where Lambda fits.
 */
import {question, right, wrong} from '../build.ts';
import {Q_SOURCES as S} from '../sources.ts';
import {B_SOURCES as B} from './sources.ts';
import type {QuizQuestion} from '../types.ts';

const CHECKED = '2026-12-02';

export const BANK_DOMAIN_2_COUPLING: readonly QuizQuestion[] = [
  question({
    id: 'd2-sqs-buffer-database',
    domain: 2, taskStatement: '2.1',
    stem: 'A flash sale sends 20,000 order requests per minute to an API whose Lambda function writes to a relational database that handles at most 200 connections. Orders must not be lost, and customers may get their confirmation a few minutes later. Which design is most resilient?',
    options: [
      wrong('Raise the account concurrency quota so every request gets its own environment.', 'More concurrency means more database connections, which is the bottleneck.'),
      wrong('Increase the function memory to 10,240 MB.', 'Faster functions still open one connection each.'),
      right('Have the API put each order on an SQS queue and return 202; a consumer function with event source mapping maximum concurrency set below the database\'s limit writes the orders.', 'The queue absorbs the spike and keeps the orders; maximum concurrency caps how many consumers touch the database.'),
      wrong('Put CloudFront in front of the API to cache the POST responses.', 'Order submissions cannot be cached.'),
    ],
    learnMore: '/docs/invocation/event-source-mappings', source: S.sqsScaling, asOf: CHECKED,
  }),
  question({
    id: 'd2-sns-filter-policy',
    domain: 2, taskStatement: '2.1',
    stem: 'An SNS topic carries all order events. Five subscriber functions each need only some event types, and today each one is invoked for every message and discards most of them. What is the better design?',
    options: [
      wrong('Create one topic per subscriber and have the publisher send each message five times.', 'It couples the publisher to every consumer.'),
      right('Add a subscription filter policy to each subscription so SNS delivers only matching messages.', 'Filtering in SNS removes the wasted invocations without changing the publisher.'),
      wrong('Give the subscribers reserved concurrency.', 'They would still be invoked for every message.'),
      wrong('Replace SNS with a Lambda function that calls the others synchronously.', 'That rebuilds a router in code and couples all consumers to it.'),
    ],
    learnMore: '/docs/integrations/sns-ses-eventbridge', source: B.snsFiltering, asOf: CHECKED,
  }),
  question({
    id: 'd2-eventbridge-archive-replay',
    domain: 2, taskStatement: '2.1',
    stem: 'A bug in a consumer function mis-processed order events on an EventBridge bus for two days. After the fix, the team must reprocess exactly those events. What should have been configured, and will be used now?',
    options: [
      wrong('A dead-letter queue on the rule target.', 'The events did not fail; they were processed wrongly, so nothing went to the DLQ.'),
      wrong('CloudTrail data events.', 'They record API calls, not the bus\'s event payloads for replay.'),
      wrong('An SQS queue with a 14-day retention, subscribed directly to the bus.', 'It would keep events only until they are consumed.'),
      right('An EventBridge archive on the bus, then a replay of the two-day window to the fixed rule.', 'Archives keep events and replays resend them to the bus for a chosen time range.'),
    ],
    learnMore: '/docs/integrations/sns-ses-eventbridge', source: B.eventBridgeArchive, asOf: CHECKED,
  }),
  question({
    id: 'd2-eventbridge-scheduler-one-time',
    domain: 2, taskStatement: '2.1',
    stem: 'A reminder service must invoke a function once per reminder at the user-chosen time, for millions of reminders, each at a different moment. Which option is the most scalable and simplest?',
    options: [
      right('Create an EventBridge Scheduler one-time schedule per reminder, targeting the function, with a retry policy and a dead-letter queue.', 'Scheduler supports millions of one-time schedules with per-schedule targets and retries.'),
      wrong('A cron rule every minute that scans a table for due reminders.', 'It works but scans constantly, scales with table size and runs when nothing is due.'),
      wrong('An SQS delay queue with the reminder time as the delay.', 'SQS delays are limited to 15 minutes.'),
      wrong('A function that sleeps until each reminder is due.', 'Functions time out after 15 minutes and would bill the whole wait.'),
    ],
    learnMore: '/docs/integrations/sns-ses-eventbridge', source: B.eventBridgeScheduler, asOf: CHECKED,
  }),
  question({
    id: 'd2-eventbridge-pipes',
    domain: 2, taskStatement: '2.1',
    stem: 'Messages arrive on an SQS queue; each must be enriched with customer data from an API and then start a Step Functions workflow. Today a Lambda function does nothing but poll, call the enrichment function and start the execution. How can the glue code be removed?',
    options: [
      wrong('Subscribe Step Functions directly to the queue.', 'Step Functions does not poll SQS queues.'),
      wrong('Use an SNS topic in front of the queue.', 'It adds fan-out, not enrichment or the workflow start.'),
      right('An EventBridge pipe with the queue as source, the enrichment step and the state machine as target.', 'Pipes connect a source to a target with optional filtering and enrichment, without custom polling code.'),
      wrong('Increase the queue\'s visibility timeout.', 'It changes retry timing, not the architecture.'),
    ],
    learnMore: '/docs/integrations/sns-ses-eventbridge', source: B.eventBridgePipes, asOf: CHECKED,
  }),
  question({
    id: 'd2-step-functions-human-approval',
    domain: 2, taskStatement: '2.1',
    stem: 'A loan workflow runs several Lambda functions and must then wait up to seven days for a human approval before continuing. Which design fits?',
    options: [
      wrong('An Express workflow with a Wait state.', 'Express workflows run for at most five minutes and do not support the callback pattern.'),
      wrong('One Lambda function that polls a database until approval arrives.', 'A function runs for at most 15 minutes and pays for idle time.'),
      wrong('An SQS queue with a seven-day visibility timeout.', 'The maximum visibility timeout is 12 hours.'),
      right('A Standard workflow with a task using .waitForTaskToken; the approval app calls SendTaskSuccess with the token.', 'Standard workflows run for up to a year and pause at no compute cost until the token comes back.'),
    ],
    learnMore: '/docs/integrations/sns-ses-eventbridge', source: B.stepFunctionsIntegrations, asOf: CHECKED,
  }),
  question({
    id: 'd2-step-functions-express-iot',
    domain: 2, taskStatement: '2.1',
    stem: 'An IoT platform runs a short workflow (validate, transform, store) of three Lambda functions for about 5,000 events per second. Each run takes under a second, and the steps are idempotent. Which workflow type should the team choose?',
    options: [
      wrong('Standard, because it is the only type that can call Lambda.', 'Both types call Lambda.'),
      right('Express, which is built for high-volume, short event processing and is priced by requests and duration.', 'Express suits sub-five-minute, high-rate work; at-least-once execution is fine for idempotent steps.'),
      wrong('Standard, because Express workflows cannot run more than 100 executions per second.', 'The opposite: Express is the type designed for very high rates.'),
      wrong('Neither: call the three functions synchronously from a fourth function.', 'That pays for the waiting function and hand-codes retries.'),
    ],
    learnMore: '/docs/integrations/sns-ses-eventbridge', source: B.stepFunctionsChoosing, asOf: CHECKED,
  }),
  question({
    id: 'd2-distributed-map-s3',
    domain: 2, taskStatement: '2.1',
    stem: 'A nightly job must run a Lambda function on each of 3 million objects under an S3 prefix, with controlled parallelism and a report of failures. What is the most suitable orchestration?',
    options: [
      wrong('One function that lists the prefix and loops over the objects.', 'It will hit the 15-minute timeout long before finishing.'),
      wrong('An S3 event notification for every object, replayed by copying the objects onto themselves.', 'Copying 3 million objects costs requests and may create loops.'),
      wrong('An inline Map state in a Standard workflow.', 'Inline Map is limited to 40 concurrent iterations and its history fills up at this scale.'),
      right('A Step Functions Distributed Map state reading the S3 prefix, with a maximum concurrency and a tolerated failure threshold.', 'Distributed Map launches child executions over large S3 datasets, with up to 10,000 running at once, and writes results to S3.'),
    ],
    learnMore: '/docs/invocation/asynchronous', source: B.stepFunctionsDistributedMap, asOf: CHECKED,
  }),
  question({
    id: 'd2-durable-functions-workflow',
    domain: 2, taskStatement: '2.1',
    stem: 'A team wants to write a multi-step order process as ordinary sequential code in one Lambda function: call a payment service, wait up to three days for a shipping callback, then send an email. Progress must survive failures and the waiting must not be billed as compute. What fits?',
    options: [
      right('Lambda durable functions: steps are checkpointed, waits suspend the execution, and it can run for up to a year.', 'Durable functions replay completed steps from a checkpoint log and bill no duration while suspended.'),
      wrong('A standard function with a 72-hour timeout.', 'The maximum function timeout is 15 minutes.'),
      wrong('Provisioned concurrency, so the environment stays alive during the wait.', 'It keeps environments warm; it does not extend an invocation or keep its state.'),
      wrong('A function that writes its local variables to /tmp and resumes from them.', '/tmp disappears with the environment and is not shared.'),
    ],
    learnMore: '/docs/newer-features/snapstart-streaming-and-new-modes', source: B.durableFunctions, asOf: CHECKED,
  }),
  question({
    id: 'd2-webhook-ack-fast',
    domain: 2, taskStatement: '2.1',
    stem: 'A third party sends webhooks and retries any that take longer than 3 seconds to answer. Processing a webhook takes about 2 minutes. Which design avoids duplicate deliveries and lost work?',
    options: [
      wrong('Process synchronously and raise the function timeout to 3 minutes.', 'The sender still gives up at 3 seconds and retries, causing duplicates.'),
      wrong('Give the function provisioned concurrency.', 'It removes cold starts but the work still takes 2 minutes.'),
      right('A small function validates the webhook, puts it on an SQS queue, returns 200 at once; a worker function processes the queue idempotently.', 'Acknowledge fast, process later: the queue keeps the work and the worker can retry safely.'),
      wrong('Return 200 first and keep processing in the same invocation after the response.', 'In Lambda the invocation ends when the handler returns; background work is frozen or lost.'),
    ],
    learnMore: '/docs/invocation/asynchronous', source: S.sqsFifo, asOf: CHECKED,
  }),
  question({
    id: 'd2-api-direct-sqs-integration',
    domain: 2, taskStatement: '2.1',
    stem: 'An ingestion API only needs to accept JSON events and store them for later processing. A Lambda function currently does nothing but forward each request to SQS. How can this be simplified?',
    options: [
      wrong('Replace the function with an EC2 instance.', 'More to manage, not less.'),
      wrong('Keep the function and add provisioned concurrency.', 'It keeps the unnecessary hop and adds cost.'),
      wrong('Let clients call SQS directly with a shared IAM user.', 'Shared long-lived credentials on clients are insecure.'),
      right('Use an API Gateway AWS service integration (SQS SendMessage) with no function in the request path.', 'API Gateway can call SQS itself; fewer moving parts and no per-request Lambda cost.'),
    ],
    learnMore: '/docs/integrations/api-gateway-and-function-urls', source: B.httpApiAwsIntegrations, asOf: CHECKED,
  }),
  question({
    id: 'd2-fifo-group-per-customer',
    domain: 2, taskStatement: '2.1',
    stem: 'Account updates for each customer must be applied in order, but updates for different customers should be processed in parallel by a Lambda consumer. What should be used?',
    options: [
      wrong('A standard queue with batch size 1.', 'Standard queues do not guarantee order.'),
      right('A FIFO queue with the customer ID as the message group ID.', 'Order is kept within a group; Lambda processes different groups concurrently.'),
      wrong('A FIFO queue with one fixed message group ID.', 'One group means strictly one message at a time for everyone.'),
      wrong('An SNS standard topic.', 'Standard topics do not preserve order.'),
    ],
    learnMore: '/docs/invocation/event-source-mappings', source: B.sqsFifoGroups, asOf: CHECKED,
  }),
  question({
    id: 'd2-eventbridge-per-target-dlq',
    domain: 2, taskStatement: '2.1',
    stem: 'Order events must reach three consumers: billing, email and analytics. Each consumer may fail independently, and a failing email service must not delay billing. Which design isolates failures best?',
    options: [
      wrong('One function that calls the three services in sequence.', 'One failure blocks or retries all three.'),
      wrong('A single SQS queue read by the three consumers.', 'Each message is consumed once, by one consumer only.'),
      wrong('A Kinesis stream with one shard.', 'A single ordered shard means one slow consumer\'s retries block its own processing, and it is more than the use case needs.'),
      right('An EventBridge bus with one rule per consumer, each target with its own retry policy and dead-letter queue.', 'Each rule delivers independently, so one consumer\'s failures do not affect the others.'),
    ],
    learnMore: '/docs/integrations/sns-ses-eventbridge', source: S.eventBridge, asOf: CHECKED,
  }),
  question({
    id: 'd2-saga-compensation',
    domain: 2, taskStatement: '2.1',
    stem: 'Booking a trip calls three Lambda functions: reserve flight, reserve hotel, charge card. If any step fails, the earlier reservations must be cancelled. What is the most reliable way to implement this?',
    options: [
      right('A Step Functions Standard workflow with a Catch on each step that runs compensating functions (cancel hotel, cancel flight).', 'The saga pattern: the workflow keeps state and runs compensations in order.'),
      wrong('A distributed database transaction across the three services.', 'The services have separate stores and APIs; there is no shared transaction.'),
      wrong('Call the three functions in parallel and hope they all succeed.', 'Partial failures leave orphaned reservations.'),
      wrong('Put the three calls in one function with try/catch.', 'If the function times out or crashes mid-way, the compensation never runs.'),
    ],
    learnMore: '/docs/invocation/asynchronous', source: B.stepFunctionsErrors, asOf: CHECKED,
  }),
  question({
    id: 'd2-kinesis-multiple-consumers-replay',
    domain: 2, taskStatement: '2.1',
    stem: 'Clickstream events must be read in order per user by three independent applications, one of which must be able to re-read the last three days after a deployment. Which service should hold the events?',
    options: [
      wrong('An SQS standard queue.', 'Messages are deleted when consumed and have no per-key order.'),
      wrong('An SNS topic.', 'SNS does not store messages for re-reading.'),
      right('Kinesis Data Streams with retention extended beyond three days; each application reads the stream independently.', 'Streams keep records for the retention period, ordered per partition key, for any number of consumers.'),
      wrong('An SQS FIFO queue per application.', 'It would need the producer to write three times, and consumed messages cannot be re-read.'),
    ],
    learnMore: '/docs/invocation/event-source-mappings', source: S.kinesis, asOf: CHECKED,
  }),
  question({
    id: 'd2-websocket-push',
    domain: 2, taskStatement: '2.1',
    stem: 'A trading dashboard must push price updates to thousands of connected browsers as they happen. The backend is serverless. Which design fits?',
    options: [
      wrong('Browsers poll a REST API every second.', 'Polling wastes requests and adds latency.'),
      wrong('A Lambda function URL with response streaming kept open per browser.', 'An invocation lasts at most 15 minutes and bills for the whole open connection.'),
      right('An API Gateway WebSocket API: Lambda handles $connect/$disconnect and stores connection IDs; a publisher function posts to each connection.', 'WebSocket APIs keep the connections; functions run only on events.'),
      wrong('SNS with email subscriptions for each user.', 'Email is not a real-time browser channel.'),
    ],
    learnMore: '/docs/integrations/api-gateway-and-function-urls', source: B.apiWebSocket, asOf: CHECKED,
  }),
  question({
    id: 'd2-on-success-destination-chain',
    domain: 2, taskStatement: '2.1',
    stem: 'An asynchronously invoked function must hand its result to the next stage. Today the code calls the next function with the SDK at the end, and retries sometimes cause double hand-offs. Which configuration decouples the stages?',
    options: [
      wrong('Synchronous invocation of the next function.', 'It couples the two and makes the first wait and pay.'),
      wrong('A dead-letter queue.', 'DLQs receive failures, not successful results.'),
      wrong('Reserved concurrency on both functions.', 'Concurrency does not change how results are passed.'),
      right('An on-success destination (for example an EventBridge bus or SQS queue) that receives the invocation record with the result.', 'Lambda sends the record after a successful invocation; the next stage subscribes to it.'),
    ],
    learnMore: '/docs/invocation/asynchronous', source: S.asyncDestinations, asOf: CHECKED,
  }),
  question({
    id: 'd2-claim-check-large-payload',
    domain: 2, taskStatement: '2.1',
    stem: 'A producer must pass 8 MB documents to a function that processes them asynchronously. What is the standard pattern?',
    options: [
      right('Store the document in S3 and send only its bucket and key in the event (claim check).', 'Asynchronous payloads are limited to 1 MB; S3 holds the body and the event stays small.'),
      wrong('Send the document in the async Invoke payload.', '8 MB exceeds the 1 MB asynchronous payload limit.'),
      wrong('Compress the document into the event.', 'It may or may not fit, and it fails unpredictably as documents grow.'),
      wrong('Invoke synchronously, which allows 6 MB.', '8 MB is above the synchronous limit too, and the producer would wait.'),
    ],
    learnMore: '/docs/invocation/asynchronous', source: S.invokeApi, asOf: CHECKED,
  }),
  question({
    id: 'd2-avoid-sync-chain',
    domain: 2, taskStatement: '2.1',
    stem: 'Function A synchronously invokes B, which synchronously invokes C. Users see timeouts when C is slow, and the bill includes A and B waiting. Which change improves resilience and cost? (Choose two.)',
    options: [
      wrong('Give A the longest timeout so it always waits for C.', 'It pays for more waiting and the user still waits.'),
      right('Orchestrate A, B and C with Step Functions instead of nested calls.', 'The workflow waits without running a function, and adds retries and timeouts per step.'),
      wrong('Combine the three into one function with 10 GB of memory.', 'It removes the hops but couples the code and keeps the slow path.'),
      right('Where the caller does not need the result at once, pass work through a queue or an asynchronous invocation.', 'Decoupling removes the waiting function and lets each stage scale and retry on its own.'),
      wrong('Set reserved concurrency to 1 on C.', 'Requests would queue up or throttle even more.'),
    ],
    learnMore: '/docs/invocation/synchronous', source: S.bestPractices, asOf: CHECKED,
  }),
];
