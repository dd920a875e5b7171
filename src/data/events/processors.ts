/**
 * Record processors: Data Firehose transformation variants and Kinesis Data Analytics (v1)
 * preprocessors, as `sam local generate-event kinesis <event>` lists them. The base64 payloads are
 * our own: an Apache access line, a syslog line, gzipped CloudWatch Logs batches (what a
 * subscription filter hands Firehose), and one KPL-aggregated record of two orders.
 */
import type {EventTemplate} from './types.ts';

const AS_OF = '2026-12-02';
const FIREHOSE_DOC = 'https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html';
const ANALYTICS_DOC = 'https://docs.aws.amazon.com/kinesisanalytics/latest/dev/lambda-preprocessing.html';
const STREAM = 'arn:aws:firehose:us-east-1:123456789012:deliverystream/orders-to-s3';
const APP = 'arn:aws:kinesisanalytics:us-east-1:123456789012:application/orders-analytics';

const firehose = (records: readonly {recordId: string; data: string; [k: string]: unknown}[], deliveryStreamArn = STREAM) => ({
  invocationId: 'a7234216-12b6-4bc0-96d7-82606c0e80cf', deliveryStreamArn, region: 'us-east-1',
  records: records.map((r, i) => ({approximateArrivalTimestamp: 1764669600000 + i * 250, ...r})),
});

const analytics = (records: readonly {recordId: string; data: string; [k: string]: unknown}[], source: 'kinesis' | 'firehose' = 'kinesis') => ({
  invocationId: 'c1d4e0f2-5a9b-4c3d-8e7f-0a1b2c3d4e5f', applicationArn: APP,
  ...(source === 'kinesis' ? {streamArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/orders'} : {streamArn: STREAM}),
  records: records.map((r, i) => ({
    ...r,
    ...(source === 'kinesis'
      ? {kinesisStreamRecordMetadata: {shardId: 'shardId-000000000001', partitionKey: 'customer-42', approximateArrivalTimestamp: 1764669600000 + i, sequenceNumber: r.recordId}}
      : {kinesisFirehoseRecordMetadata: {approximateArrivalTimestamp: 1764669600000 + i}}),
  })),
});

const SEQ = ['49571347871967966406409637155186850213682522142927749122', '49571347871967966406409637141563465152445265354688561154'];

export const PROCESSOR_EVENTS: readonly EventTemplate[] = [
  {
    id: 'firehose-apache-log', service: 'Amazon Data Firehose', name: 'Firehose transformation: Apache access log', sam: 'kinesis apachelog', awsType: 'FirehoseTransformationEvent',
    source: FIREHOSE_DOC, asOf: AS_OF, note: 'data is one base64 Apache access-log line, as the Firehose Apache-log-to-JSON blueprint expects.',
    fields: [{label: 'Record data (base64)', path: ['records', 0, 'data']}],
    event: firehose([{recordId: '49546986683135544286507457936321625675700192471156785154', data: 'MjAzLjAuMTEzLjEwIC0gLSBbMDIvRGVjLzIwMjY6MTA6MDA6MDAgKzAwMDBdICJHRVQgL29yZGVycy8xMjM0IEhUVFAvMS4xIiAyMDAgNTEyICItIiAiY3VybC84LjUuMCIK'}]),
  },
  {
    id: 'firehose-syslog', service: 'Amazon Data Firehose', name: 'Firehose transformation: syslog', sam: 'kinesis syslog', awsType: 'FirehoseTransformationEvent',
    source: FIREHOSE_DOC, asOf: AS_OF, note: 'data is one base64 RFC 3164 syslog line.',
    fields: [{label: 'Record data (base64)', path: ['records', 0, 'data']}],
    event: firehose([{recordId: '49546986683135544286507457936321625675700192471156785155', data: 'PDM0PkRlYyAgMiAxMDowMDowMCB3ZWItMDEgb3JkZXJzWzQyNDJdOiBvcmRlciAxMjM0IHBhaWQK'}]),
  },
  {
    id: 'firehose-cloudwatch-logs-processor', service: 'Amazon Data Firehose', name: 'Firehose transformation: CloudWatch Logs processor', sam: 'kinesis cloudwatch-logs-processor', awsType: 'FirehoseTransformationEvent',
    source: 'https://docs.aws.amazon.com/firehose/latest/dev/writing-with-cloudwatch-logs.html', asOf: AS_OF,
    note: 'Each data is base64 of gzip of a CloudWatch Logs subscription batch: the first a DATA_MESSAGE, the second the CONTROL_MESSAGE a processor should drop.',
    fields: [{label: 'Record data (gzip, base64)', path: ['records', 0, 'data']}],
    event: firehose([
      {recordId: '49578734086442259037497492980620233840400173390482112514000000', data: 'H4sIAAAAAAAAA6WQT0vDQBTEv0oYPK4k2dRtu7eAsQh6aYKXEmSTvNSFJBt3txYp+e6S+gcRvOjcHgMz834n9OSc2lPxOhIkrtMifbzP8jzdZGAwx4EsJGKeLK7EcrWOYg6Gzuw31hxGSITq6MJO9VWjQmMbsu7dz70l1UOCR1yEMQ8jHu4u7tIiy4sy+spTVd1Q+/MGgztUrrZ69NoMN7rzc7DcwZvLVlt6Mo5QnouyFxr87J2gG0gkf1MMBq97cl71I2S8FAsh1iKaxT4hQSIv0m0RbOn5QM7fNjIQ7apKaq6CB7JOm0EGH19iYv+bxH+fFH+fdMYezAiDUekGUzm9AZTem4LXAQAA'},
      {recordId: '49578734086442259037497492980621442766219788363254202370000000', data: 'H4sIAAAAAAAAAzWOwQrCMBBEfyXsuYiCVMxNpPZSFazgQURiuzbBNinZrUWK/y6xOrfHDMwboEEiVeHx1SJIWO93x8M+u26TPF+lCUTgeos+NLXryl5xoTNXEURQuyr1rmtBwkg5e1TNiNTdqPCmZePsxtSMnkCeL99d8kTLAQcw5Thn0yCxalqQs0U8j+NlPA2J/npB4JSJn5746Umx1lg8jK2ERlWzFu4uSiQ2VoVnsTEetSOcwPvy/gAF3Vsz7AAAAA=='},
    ]),
  },
  {
    id: 'firehose-streams-as-source', service: 'Amazon Data Firehose', name: 'Firehose transformation: Kinesis stream as source', sam: 'kinesis streams-as-source', awsType: 'FirehoseTransformationEvent',
    source: FIREHOSE_DOC, asOf: AS_OF, note: 'With a Kinesis data stream as the source, each record also carries kinesisRecordMetadata.',
    fields: [{label: 'Record data (base64)', path: ['records', 0, 'data']}, {label: 'Partition key', path: ['records', 0, 'kinesisRecordMetadata', 'partitionKey']}],
    event: {...firehose([{
      recordId: '49546986683135544286507457936321625675700192471156785154', data: 'eyJvcmRlcklkIjoiMTIzNCIsInN0YXR1cyI6InBhaWQifQ==',
      kinesisRecordMetadata: {sequenceNumber: '49545115243490985018280067714973144582180062593244200961', subsequenceNumber: '0', partitionKey: 'customer-42', shardId: 'shardId-000000000000', approximateArrivalTimestamp: 1764669600000},
    }]), sourceKinesisStreamArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/orders'},
  },
  {
    id: 'kinesis-analytics', service: 'Amazon Kinesis Data Analytics', name: 'Kinesis Data Analytics preprocessor (stream source)', sam: 'kinesis analytics',
    source: ANALYTICS_DOC, asOf: AS_OF, note: 'Kinesis Data Analytics for SQL applications (v1) calls the preprocessor with records from its streaming source.',
    fields: [{label: 'Record data (base64)', path: ['records', 0, 'data']}],
    event: analytics([{recordId: SEQ[0]!, data: 'eyJvcmRlcklkIjoiMTIzNCIsInN0YXR1cyI6InBhaWQifQ=='}]),
  },
  {
    id: 'kinesis-analytics-compressed', service: 'Amazon Kinesis Data Analytics', name: 'Kinesis Data Analytics preprocessor (gzip records)', sam: 'kinesis analytics-compressed',
    source: ANALYTICS_DOC, asOf: AS_OF, note: 'data is base64 of gzip; the preprocessor gunzips it (zlib.gunzipSync works in the playground).',
    fields: [{label: 'Record data (gzip, base64)', path: ['records', 0, 'data']}],
    event: analytics([{recordId: SEQ[0]!, data: 'H4sIAAAAAAACA6tWyi9KSS3yTFGyUjI0MjZR0lEqLkksKS1WslIqSMxMUaoFAD6heo0iAAAA'}]),
  },
  {
    id: 'kinesis-analytics-dynamodb', service: 'Amazon Kinesis Data Analytics', name: 'Kinesis Data Analytics output row for DynamoDB', sam: 'kinesis analytics-dynamodb',
    source: 'https://docs.aws.amazon.com/kinesisanalytics/latest/dev/how-it-works-output-lambda.html', asOf: AS_OF, note: 'An application output row (ROWTIME plus columns) for a function that writes it to DynamoDB.',
    fields: [{label: 'Row (base64 JSON)', path: ['records', 0, 'data']}],
    event: {invocationId: 'c1d4e0f2-5a9b-4c3d-8e7f-0a1b2c3d4e5f', applicationArn: APP, records: [{recordId: SEQ[0]!, lambdaDeliveryRecordMetadata: {retryHint: 0}, data: 'eyJST1dUSU1FX1RJTUVTVEFNUCI6IjIwMjYtMTItMDIgMTA6MDA6MDAuMDAwIiwiT1JERVJTIjoiNDIifQ=='}]},
  },
  {
    id: 'kinesis-analytics-kpl', service: 'Amazon Kinesis Data Analytics', name: 'Kinesis Data Analytics preprocessor (KPL-aggregated record)', sam: 'kinesis analytics-kpl',
    source: ANALYTICS_DOC, asOf: AS_OF, note: 'data is one KPL-aggregated record (magic F3 89 9A C2, protobuf, MD5) holding two orders; de-aggregate it before use.',
    fields: [{label: 'Record data (base64)', path: ['records', 0, 'data']}],
    event: analytics([{recordId: SEQ[0]!, data: '84mawgoLY3VzdG9tZXItNDIKC2N1c3RvbWVyLTQzGiYIABoieyJvcmRlcklkIjoiMTIzNCIsInN0YXR1cyI6InBhaWQifRopCAEaJXsib3JkZXJJZCI6IjEyMzUiLCJzdGF0dXMiOiJzaGlwcGVkIn1K41E98aYiWhlI0a0aWhfW'}]),
  },
];
