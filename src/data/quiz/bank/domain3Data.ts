/**
 * Question bank, domain 3 (Design High-Performing Architectures), task statements 3.1, 3.3 and
 * 3.5: storage, databases and data ingestion around Lambda.
 */
import {question, right, wrong} from '../build.ts';
import {Q_SOURCES as S} from '../sources.ts';
import {B_SOURCES as B} from './sources.ts';
import type {QuizQuestion} from '../types.ts';

const CHECKED = '2026-12-02';

export const BANK_DOMAIN_3_DATA: readonly QuizQuestion[] = [
  question({
    id: 'd3-dynamodb-on-demand',
    domain: 3, taskStatement: '3.3',
    stem: 'A new serverless app has unknown, spiky traffic: near zero at night, sudden bursts during campaigns. Its DynamoDB table with provisioned capacity throttles during bursts. Which change fits best?',
    options: [
      wrong('Provision capacity for the highest burst permanently.', 'It pays for idle capacity most of the day.'),
      right('Switch the table to on-demand capacity mode.', 'On-demand serves requests as they come and bills per request, a good match for unpredictable serverless traffic.'),
      wrong('Add a DAX cluster.', 'DAX caches reads; the throttled writes would remain.'),
      wrong('Lower the Lambda concurrency to zero during campaigns.', 'That stops the app during the campaign.'),
    ],
    learnMore: '/docs/integrations/dynamodb', source: B.dynamoDbCapacityModes, asOf: CHECKED,
  }),
  question({
    id: 'd3-session-store-dynamodb-ttl',
    domain: 3, taskStatement: '3.3',
    stem: 'A web app on API Gateway and Lambda must keep a user\'s shopping-cart session between requests and drop it after 24 hours of inactivity. Where should the session live?',
    options: [
      wrong('In a global variable in the function.', 'Each request may land in a different execution environment, and environments are recycled.'),
      wrong('In /tmp on the execution environment.', 'It is per environment and not shared.'),
      right('In a DynamoDB table keyed by session ID, with a TTL attribute refreshed on each request.', 'DynamoDB is shared by all environments; TTL deletes expired sessions at no extra cost.'),
      wrong('In the function\'s environment variables.', 'They are configuration, the same for every user and read-only at run time.'),
    ],
    learnMore: '/docs/lifecycle/state-and-sessions', source: B.dynamoDbTtl, asOf: CHECKED,
  }),
  question({
    id: 'd3-aurora-data-api',
    domain: 3, taskStatement: '3.3',
    stem: 'Many short-lived functions need to run SQL against Aurora PostgreSQL. The team wants no connection pool management in the functions and no VPC configuration for them. What fits?',
    options: [
      wrong('Open a new database connection per invocation from outside the VPC.', 'Aurora in private subnets is not reachable, and connection storms follow.'),
      wrong('DynamoDB Accelerator.', 'DAX is for DynamoDB, not Aurora.'),
      wrong('Larger Aurora instances.', 'More capacity does not remove connection management.'),
      right('The RDS Data API for Aurora: functions send SQL over HTTPS with IAM authentication and credentials from Secrets Manager.', 'The Data API manages connections for you; callers need no VPC access or driver pool.'),
    ],
    learnMore: '/docs/security/vpc', source: B.auroraDataApi, asOf: CHECKED,
  }),
  question({
    id: 'd3-dynamodb-hot-partition',
    domain: 3, taskStatement: '3.3',
    stem: 'An IoT ingestion function writes every reading to a DynamoDB table whose partition key is the date (for example "2026-12-02"). Writes throttle even though the table has plenty of total capacity. What is the fix?',
    options: [
      right('Choose a high-cardinality partition key, such as the device ID (with the timestamp as sort key), so writes spread across partitions.', 'All of a day\'s writes go to one partition; a well-distributed key spreads the load.'),
      wrong('Use strongly consistent writes.', 'Writes are always durable; consistency is a read option.'),
      wrong('Increase the function\'s memory.', 'The table throttles, not the function.'),
      wrong('Add a global secondary index on the date.', 'The index would have the same hot key.'),
    ],
    learnMore: '/docs/integrations/dynamodb', source: B.dynamoDbPartitionKeys, asOf: CHECKED,
  }),
  question({
    id: 'd3-dynamodb-scan-vs-query',
    domain: 3, taskStatement: '3.3',
    stem: 'An API function finds a customer\'s orders by scanning the whole Orders table and filtering on customerId. Latency grows as the table grows. What is the better access pattern?',
    options: [
      wrong('Keep the scan and add a FilterExpression.', 'Filters apply after the items are read, so the whole table is still read.'),
      wrong('Run parallel scans from 10 functions.', 'Faster, but still reads and pays for the whole table.'),
      right('Add a global secondary index with customerId as partition key and query it.', 'A query reads only the items for that key.'),
      wrong('Export the table to S3 on every request.', 'Far slower and more expensive.'),
    ],
    learnMore: '/docs/integrations/dynamodb', source: B.dynamoDbQueryScan, asOf: CHECKED,
  }),
  question({
    id: 'd3-dynamodb-strong-read',
    domain: 3, taskStatement: '3.3',
    stem: 'A function writes an item and, in the next step of the same request, reads it back with GetItem; occasionally the read returns the old value. What should be changed?',
    options: [
      wrong('Add a 1-second sleep between write and read.', 'It usually hides the problem and always adds latency.'),
      wrong('Use a global secondary index for the read.', 'GSI reads are always eventually consistent.'),
      wrong('Switch to on-demand capacity.', 'Capacity mode does not change consistency.'),
      right('Use a strongly consistent read (ConsistentRead: true) on the base table, or use the value the write already returned.', 'Default reads are eventually consistent; strong reads return the latest committed write.'),
    ],
    learnMore: '/docs/integrations/dynamodb', source: B.dynamoDbReadConsistency, asOf: CHECKED,
  }),
  question({
    id: 'd3-dynamodb-batch-write',
    domain: 3, taskStatement: '3.3',
    stem: 'A function processing an SQS batch writes 10 items to DynamoDB one PutItem call at a time, and duration is dominated by network round trips. What improves throughput?',
    options: [
      wrong('Run the function in a VPC.', 'It adds no throughput.'),
      right('Write the items with one BatchWriteItem call (up to 25 items), retrying any UnprocessedItems.', 'One round trip for many items; unprocessed items must be retried with backoff.'),
      wrong('Increase the SQS batch size to 10,000 and keep single writes.', 'More items per invocation, same number of round trips per item.'),
      wrong('Use strongly consistent reads.', 'Reads are not the bottleneck.'),
    ],
    learnMore: '/docs/integrations/dynamodb', source: B.dynamoDbBatchWrite, asOf: CHECKED,
  }),
  question({
    id: 'd3-s3-prefix-throughput',
    domain: 3, taskStatement: '3.1',
    stem: 'Thousands of concurrent functions write processed files to one S3 prefix and some requests fail with 503 Slow Down. What is the recommended change?',
    options: [
      wrong('Enable S3 Transfer Acceleration.', 'It speeds long-distance transfers; it does not raise per-prefix request rates.'),
      wrong('Reduce the function timeout.', 'Failures would just come sooner.'),
      right('Spread the objects across several prefixes (for example by a hash or date/hour component) and retry with backoff.', 'S3 supports at least 3,500 PUT and 5,500 GET requests per second per prefix; more prefixes scale it further.'),
      wrong('Switch the bucket to S3 Glacier.', 'A storage class for archives, with slower access.'),
    ],
    learnMore: '/docs/integrations/s3', source: B.s3Performance, asOf: CHECKED,
  }),
  question({
    id: 'd3-firehose-parquet',
    domain: 3, taskStatement: '3.5',
    stem: 'JSON events from many producers must land in S3 in Apache Parquet, batched every few minutes, for Athena queries. The team wants no servers and as little custom code as possible. What should they use?',
    options: [
      right('Amazon Data Firehose with record format conversion to Parquet (and a Lambda transform only if records need reshaping).', 'Firehose buffers, converts with a Glue table schema, and delivers to S3.'),
      wrong('A Lambda function per event that appends to a Parquet file in S3.', 'S3 objects cannot be appended to, and per-event files are inefficient.'),
      wrong('An SQS queue with a 5-minute delay.', 'A queue does not convert or deliver to S3.'),
      wrong('DynamoDB Streams.', 'Streams carry table changes, not producer events to S3.'),
    ],
    learnMore: '/docs/invocation/event-source-mappings', source: B.firehoseFormatConversion, asOf: CHECKED,
  }),
  question({
    id: 'd3-firehose-vs-kinesis',
    domain: 3, taskStatement: '3.5',
    stem: 'Which requirement points to Kinesis Data Streams with a Lambda consumer rather than Amazon Data Firehose?',
    options: [
      wrong('Deliver logs to S3 in batches with no code.', 'That is what Firehose does.'),
      wrong('Load data into Amazon Redshift.', 'Firehose delivers to Redshift directly.'),
      wrong('Compress and partition data before storage.', 'Firehose can compress and partition on delivery.'),
      right('Process each record in order per key within about a second, with custom logic and the ability to replay.', 'Data Streams give ordered shards, low-latency consumers and retention for replay.'),
    ],
    learnMore: '/docs/invocation/event-source-mappings', source: B.firehose, asOf: CHECKED,
  }),
  question({
    id: 'd3-msk-event-source',
    domain: 3, taskStatement: '3.5',
    stem: 'A company already streams events through Amazon MSK (Kafka). It wants serverless consumers without writing a polling service. What is the native option?',
    options: [
      wrong('Mirror the Kafka topics into SQS first.', 'An extra hop and service to run.'),
      wrong('Invoke Lambda from a Kafka Connect cluster on EC2.', 'It adds servers to manage.'),
      right('A Lambda event source mapping for Amazon MSK, which polls the topic and invokes the function with batches.', 'Lambda supports MSK and self-managed Kafka as event sources.'),
      wrong('An SNS subscription to the Kafka topic.', 'SNS cannot subscribe to Kafka topics.'),
    ],
    learnMore: '/docs/invocation/event-source-mappings', source: B.msk, asOf: CHECKED,
  }),
  question({
    id: 'd3-glue-long-etl',
    domain: 3, taskStatement: '3.5',
    stem: 'A nightly job joins and transforms 2 TB of CSV files in S3 and takes about 90 minutes on a large machine. The team wants a serverless option. Which fits best?',
    options: [
      wrong('One Lambda function with 10 GB of memory.', 'The job exceeds Lambda\'s 15-minute limit and memory.'),
      right('An AWS Glue (Spark) ETL job.', 'Glue runs serverless Spark jobs for large, long transformations.'),
      wrong('Lambda@Edge.', 'Edge functions are for CDN requests.'),
      wrong('An SQS FIFO queue.', 'A queue stores messages; it does not transform data.'),
    ],
    learnMore: '/docs/basics/when-not-to-use-lambda', source: B.glue, asOf: CHECKED,
  }),
  question({
    id: 'd3-athena-instead-of-lambda',
    domain: 3, taskStatement: '3.1',
    stem: 'Analysts want ad-hoc SQL over months of JSON logs in S3. A developer proposes a Lambda function that downloads and scans the files for each question. What is the better approach?',
    options: [
      wrong('Increase the function\'s ephemeral storage to 10 GB.', 'It still downloads and scans months of logs for every question.'),
      wrong('Load the logs into DynamoDB.', 'DynamoDB is a key-value store, not an ad-hoc SQL engine.'),
      wrong('Use Step Functions to parallelise the downloads.', 'It scales the wrong design.'),
      right('Query the logs in place with Amazon Athena, partitioned by date and ideally stored as Parquet.', 'Athena is serverless SQL over S3, billed by data scanned.'),
    ],
    learnMore: '/docs/basics/when-not-to-use-lambda', source: B.athena, asOf: CHECKED,
  }),
  question({
    id: 'd3-kinesis-tumbling-window',
    domain: 3, taskStatement: '3.5',
    stem: 'A function consuming a Kinesis stream must compute a per-minute total of sales per shard, without an external database for intermediate state. Which feature supports this?',
    options: [
      wrong('Parallelization factor of 10.', 'It adds concurrency per shard, not state across invocations.'),
      right('Tumbling windows on the event source mapping: Lambda passes the state returned by one invocation to the next within each window.', 'Windows of up to 15 minutes aggregate across batches without a separate store.'),
      wrong('Maximum batching window of 60 seconds.', 'It groups records into bigger batches but gives no state between batches.'),
      wrong('Bisect batch on function error.', 'That is error handling.'),
    ],
    learnMore: '/docs/invocation/event-source-mappings', source: B.kinesisWindows, asOf: CHECKED,
  }),
  question({
    id: 'd3-step-functions-direct-dynamodb',
    domain: 3, taskStatement: '3.3',
    stem: 'A Step Functions workflow has a Lambda function whose only job is to call DynamoDB PutItem with values from the state. How can this step be made faster and simpler?',
    options: [
      wrong('Give the function provisioned concurrency.', 'It keeps an unnecessary function.'),
      wrong('Switch the table to provisioned capacity.', 'Unrelated to the extra hop.'),
      right('Replace the function with a direct DynamoDB PutItem service integration in the Task state.', 'Step Functions calls DynamoDB directly; no function to run, pay for or maintain.'),
      wrong('Use an Express workflow for the same Lambda step.', 'The function would still be there.'),
    ],
    learnMore: '/docs/integrations/dynamodb', source: B.stepFunctionsDynamoDb, asOf: CHECKED,
  }),
  question({
    id: 'd3-kinesis-on-demand',
    domain: 3, taskStatement: '3.5',
    stem: 'A new event stream has unpredictable throughput, from a few KB/s to bursts of tens of MB/s. The team does not want to manage shard counts. What should it choose?',
    options: [
      right('Kinesis Data Streams in on-demand capacity mode.', 'On-demand streams scale shards automatically with traffic.'),
      wrong('Provisioned mode with one shard.', 'One shard accepts only 1 MB/s of writes.'),
      wrong('An SQS FIFO queue with one message group.', 'One group processes strictly in sequence.'),
      wrong('A DynamoDB stream.', 'DynamoDB streams only carry changes to a table.'),
    ],
    learnMore: '/docs/invocation/event-source-mappings', source: B.kinesisSizing, asOf: CHECKED,
  }),
  question({
    id: 'd3-dynamodb-streams-materialized-view',
    domain: 3, taskStatement: '3.3',
    stem: 'An orders table must also serve a "top products today" view that would need an expensive scan per request. How can the view be kept fast and current with serverless parts?',
    options: [
      wrong('Scan the orders table on each request with a larger function.', 'Slow and expensive as the table grows.'),
      wrong('Store the view in the function\'s memory.', 'Each environment would have its own, incomplete copy.'),
      wrong('Query CloudWatch Logs for orders.', 'Logs are not a database for serving views.'),
      right('Enable DynamoDB Streams and have a function update an aggregate item (the materialized view) for each change.', 'Reads become a single GetItem; the stream keeps the view up to date.'),
    ],
    learnMore: '/docs/integrations/dynamodb', source: S.dynamoDbStreams, asOf: CHECKED,
  }),
];
