/** Amazon S3 events (notification shape, eventVersion 2.1) and S3 Batch Operations. */
import type {EventTemplate} from './types.ts';

const S3_DOC = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html';
const AS_OF = '2026-11-24';

function s3Record(eventName: string, object: Record<string, string | number>) {
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: 'us-east-1',
    eventTime: '2026-11-24T12:00:00.000Z',
    eventName,
    userIdentity: {principalId: 'AWS:AIDAEXAMPLEPRINCIPAL'},
    requestParameters: {sourceIPAddress: '203.0.113.10'},
    responseElements: {'x-amz-request-id': 'C3D13FE58DE4C810', 'x-amz-id-2': 'FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD'},
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: 'example-notification',
      bucket: {name: 'amzn-s3-demo-bucket', ownerIdentity: {principalId: 'A3NL1KOZZKExample'}, arn: 'arn:aws:s3:::amzn-s3-demo-bucket'},
      object,
    },
  };
}

export const STORAGE_EVENTS: readonly EventTemplate[] = [
  {
    id: 's3-put', service: 'Amazon S3', name: 'S3 object created (PUT)', awsType: 'S3Event', sam: 's3 put',
    source: S3_DOC, asOf: AS_OF,
    fields: [
      {label: 'Bucket', path: ['Records', 0, 's3', 'bucket', 'name']},
      {label: 'Key', path: ['Records', 0, 's3', 'object', 'key']},
      {label: 'Size (bytes)', path: ['Records', 0, 's3', 'object', 'size']},
    ],
    event: {Records: [s3Record('ObjectCreated:Put', {key: 'uploads/photo.jpg', size: 1024, eTag: '0123456789abcdef0123456789abcdef', sequencer: '0A1B2C3D4E5F678901'})]},
  },
  {
    id: 's3-delete', service: 'Amazon S3', name: 'S3 object deleted', awsType: 'S3Event', sam: 's3 delete',
    source: S3_DOC, asOf: AS_OF,
    fields: [
      {label: 'Bucket', path: ['Records', 0, 's3', 'bucket', 'name']},
      {label: 'Key', path: ['Records', 0, 's3', 'object', 'key']},
    ],
    event: {Records: [s3Record('ObjectRemoved:Delete', {key: 'uploads/photo.jpg', sequencer: '0A1B2C3D4E5F678901'})]},
  },
  {
    id: 's3-batch-invocation', service: 'Amazon S3', name: 'S3 Batch Operations task (schema 2.0)', awsType: 'S3BatchEvent', sam: 's3 batch-invocation',
    source: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/batch-ops-invoke-lambda.html', asOf: AS_OF,
    fields: [
      {label: 'Bucket', path: ['tasks', 0, 's3Bucket']},
      {label: 'Key', path: ['tasks', 0, 's3Key']},
    ],
    event: {
      invocationSchemaVersion: '2.0',
      invocationId: 'YXNkbGZqYWRmaiBhc2RmdW9hZHNmZGpmaGFzbGtkaGZza2RmaAo',
      job: {id: 'f3cc4f60-61f6-4a2b-8a21-d07600c373ce', userArguments: {k1: 'v1'}},
      tasks: [{taskId: 'dGFza2lkZ29lc2hlcmUK', s3Key: 'customerImage1.jpg', s3VersionId: null, s3Bucket: 'amzn-s3-demo-bucket'}],
    },
  },
];
