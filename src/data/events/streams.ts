/** Stream and broker event source mappings: DynamoDB Streams, Kinesis, Amazon MSK, self-managed Kafka. */
import type {EventTemplate} from './types.ts';

const AS_OF = '2026-11-24';
const ORDER_B64 = 'eyJvcmRlcklkIjoiMTIzNCIsInN0YXR1cyI6InBhaWQifQ==';

function kinesisRecord(sequence: string, data: string) {
  return {
    kinesis: {kinesisSchemaVersion: '1.0', partitionKey: 'customer-42', sequenceNumber: sequence, data, approximateArrivalTimestamp: 1764000000.123},
    eventSource: 'aws:kinesis', eventVersion: '1.0', eventID: `shardId-000000000006:${sequence}`, eventName: 'aws:kinesis:record',
    invokeIdentityArn: 'arn:aws:iam::123456789012:role/lambda-role', awsRegion: 'us-east-1',
    eventSourceARN: 'arn:aws:kinesis:us-east-1:123456789012:stream/orders',
  };
}

function kafkaRecords() {
  return {
    'orders-0': [{
      topic: 'orders', partition: 0, offset: 15, timestamp: 1764000000000, timestampType: 'CREATE_TIME',
      key: 'Y3VzdG9tZXItNDI=', value: ORDER_B64,
      headers: [{headerKey: [104, 101, 97, 100, 101, 114, 86, 97, 108, 117, 101]}],
    }],
  };
}

export const STREAM_EVENTS: readonly EventTemplate[] = [
  {
    id: 'dynamodb-update', service: 'Amazon DynamoDB', name: 'DynamoDB Streams batch (INSERT, MODIFY, REMOVE)', awsType: 'DynamoDBStreamEvent', sam: 'dynamodb update',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html', asOf: AS_OF,
    fields: [{label: 'New item id', path: ['Records', 0, 'dynamodb', 'NewImage', 'Id', 'N']}, {label: 'Message', path: ['Records', 0, 'dynamodb', 'NewImage', 'Message', 'S']}],
    event: {Records: ['INSERT', 'MODIFY', 'REMOVE'].map((eventName, i) => ({
      eventID: String(i + 1), eventName, eventVersion: '1.1', eventSource: 'aws:dynamodb', awsRegion: 'us-east-1',
      dynamodb: {
        ApproximateCreationDateTime: 1764000000 + i,
        Keys: {Id: {N: '101'}},
        ...(eventName !== 'REMOVE' ? {NewImage: {Message: {S: eventName === 'INSERT' ? 'New item!' : 'This item has changed'}, Id: {N: '101'}}} : {}),
        ...(eventName !== 'INSERT' ? {OldImage: {Message: {S: eventName === 'MODIFY' ? 'New item!' : 'This item has changed'}, Id: {N: '101'}}} : {}),
        SequenceNumber: String(111 + i * 111), SizeBytes: 26 + i * 12, StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
      eventSourceARN: 'arn:aws:dynamodb:us-east-1:123456789012:table/ExampleTableWithStream/stream/2026-11-24T00:00:00.000',
    }))},
  },
  {
    id: 'kinesis-get-records', service: 'Amazon Kinesis Data Streams', name: 'Kinesis batch', awsType: 'KinesisStreamEvent', sam: 'kinesis get-records',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html', asOf: AS_OF,
    fields: [{label: 'Record data (base64)', path: ['Records', 0, 'kinesis', 'data']}, {label: 'Partition key', path: ['Records', 0, 'kinesis', 'partitionKey']}],
    event: {Records: [
      kinesisRecord('49590338271490256608559692538361571095921575989136588898', ORDER_B64),
      kinesisRecord('49590338271490256608559692540925702759324208523137515618', 'eyJvcmRlcklkIjoiMTIzNSIsInN0YXR1cyI6InNoaXBwZWQifQ=='),
    ]},
  },
  {
    id: 'msk', service: 'Amazon MSK', name: 'Amazon MSK (Kafka) batch', awsType: 'MSKEvent',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html', asOf: AS_OF,
    fields: [{label: 'Value (base64)', path: ['records', 'orders-0', 0, 'value']}],
    event: {
      eventSource: 'aws:kafka',
      eventSourceArn: 'arn:aws:kafka:us-east-1:123456789012:cluster/vpc-2priv-2pub/751d2973-a626-431c-9d4e-d7975eb44dd7-2',
      bootstrapServers: 'b-2.demo-cluster-1.a1bcde.c1.kafka.us-east-1.amazonaws.com:9092,b-1.demo-cluster-1.a1bcde.c1.kafka.us-east-1.amazonaws.com:9092',
      records: kafkaRecords(),
    },
  },
  {
    id: 'kafka-self-managed', service: 'Apache Kafka (self-managed)', name: 'Self-managed Kafka batch', awsType: 'SelfManagedKafkaEvent',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/with-kafka.html', asOf: AS_OF,
    fields: [{label: 'Value (base64)', path: ['records', 'orders-0', 0, 'value']}],
    event: {eventSource: 'SelfManagedKafka', bootstrapServers: 'b-2.example.com:9092,b-1.example.com:9092', records: kafkaRecords()},
  },
];
