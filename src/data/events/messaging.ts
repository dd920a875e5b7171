/** Queues, topics, buses, schedules, mail and log subscriptions. */
import type {EventTemplate} from './types.ts';

const AS_OF = '2026-11-24';
const ORDER_B64 = 'eyJvcmRlcklkIjoiMTIzNCIsInN0YXR1cyI6InBhaWQifQ==';

function sqsRecord(queue: string, body: string, extraAttributes: Record<string, string> = {}) {
  return {
    messageId: '059f36b4-87a3-44ab-83d2-661975830a7d',
    receiptHandle: 'AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a...',
    body,
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '1764000000000',
      SenderId: 'AIDAIENQZJOLO23YVJ4VO',
      ApproximateFirstReceiveTimestamp: '1764000000001',
      ...extraAttributes,
    },
    messageAttributes: {},
    md5OfBody: 'e4e68fb7bd0e697a0ae8f1bb342846b3',
    eventSource: 'aws:sqs',
    eventSourceARN: `arn:aws:sqs:us-east-1:123456789012:${queue}`,
    awsRegion: 'us-east-1',
  };
}

export const MESSAGING_EVENTS: readonly EventTemplate[] = [
  {
    id: 'sqs-receive-message', service: 'Amazon SQS', name: 'SQS batch (standard queue)', awsType: 'SQSEvent', sam: 'sqs receive-message',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html', asOf: AS_OF,
    fields: [{label: 'Message body', path: ['Records', 0, 'body']}, {label: 'Second message body', path: ['Records', 1, 'body']}],
    event: {Records: [
      sqsRecord('my-queue', 'Hello from SQS!'),
      {...sqsRecord('my-queue', 'Second message'), messageId: '2e1424d4-f796-459a-8184-9c92662be6da'},
    ]},
  },
  {
    id: 'sqs-fifo', service: 'Amazon SQS', name: 'SQS batch (FIFO queue)', awsType: 'SQSEvent',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html', asOf: AS_OF,
    fields: [{label: 'Message body', path: ['Records', 0, 'body']}, {label: 'Message group', path: ['Records', 0, 'attributes', 'MessageGroupId']}],
    event: {Records: [sqsRecord('my-queue.fifo', '{"orderId":"1234"}', {SequenceNumber: '18849496460467696128', MessageGroupId: 'customer-42', MessageDeduplicationId: '1234-created'})]},
  },
  {
    id: 'sns-notification', service: 'Amazon SNS', name: 'SNS notification', awsType: 'SNSEvent', sam: 'sns notification',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/with-sns.html', asOf: AS_OF,
    fields: [{label: 'Subject', path: ['Records', 0, 'Sns', 'Subject']}, {label: 'Message', path: ['Records', 0, 'Sns', 'Message']}],
    event: {Records: [{
      EventVersion: '1.0',
      EventSubscriptionArn: 'arn:aws:sns:us-east-1:123456789012:sns-lambda:21be56ed-a058-49f5-8c98-aedd2564c486',
      EventSource: 'aws:sns',
      Sns: {
        SignatureVersion: '1',
        Timestamp: '2026-11-24T12:00:00.000Z',
        Signature: 'tcc6faL2yUC6dgZdmrwh1Y4cGa/ebXEkAi6RibDsvpi+tE/1+82j...65r==',
        SigningCertUrl: 'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-ac565b8b1a6c5d002d285f9598aa1d9b.pem',
        MessageId: '95df01b4-ee98-5cb9-9903-4c221d41eb5e',
        Message: 'Hello from SNS!',
        MessageAttributes: {Test: {Type: 'String', Value: 'TestString'}},
        Type: 'Notification',
        UnsubscribeUrl: 'https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&amp;SubscriptionArn=arn:aws:sns:us-east-1:123456789012:test-lambda:21be56ed-a058-49f5-8c98-aedd2564c486',
        TopicArn: 'arn:aws:sns:us-east-1:123456789012:sns-lambda',
        Subject: 'TestInvoke',
      },
    }]},
  },
  {
    id: 'eventbridge-custom', service: 'Amazon EventBridge', name: 'EventBridge custom event', awsType: 'EventBridgeEvent<string, Record<string, unknown>>',
    source: 'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-events-structure.html', asOf: AS_OF,
    fields: [{label: 'detail-type', path: ['detail-type']}, {label: 'source', path: ['source']}, {label: 'detail.orderId', path: ['detail', 'orderId']}],
    event: {
      version: '0', id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718', 'detail-type': 'OrderPlaced', source: 'com.example.orders',
      account: '123456789012', time: '2026-11-24T12:00:00Z', region: 'us-east-1', resources: [],
      detail: {orderId: '1234', amount: 42.5, currency: 'USD'},
    },
  },
  {
    id: 'eventbridge-scheduled', service: 'Amazon EventBridge', name: 'EventBridge rule schedule (Scheduled Event)', awsType: 'ScheduledEvent', sam: 'cloudwatch scheduled-event',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/with-eventbridge-scheduler.html', asOf: AS_OF,
    fields: [{label: 'Rule ARN', path: ['resources', 0]}, {label: 'Time', path: ['time']}],
    event: {
      version: '0', id: '53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa', 'detail-type': 'Scheduled Event', source: 'aws.events',
      account: '123456789012', time: '2026-11-24T12:00:00Z', region: 'us-east-1',
      resources: ['arn:aws:events:us-east-1:123456789012:rule/my-schedule'], detail: {},
    },
  },
  {
    id: 'scheduler-invoke', service: 'Amazon EventBridge Scheduler', name: 'EventBridge Scheduler (input with context attributes)',
    source: 'https://docs.aws.amazon.com/scheduler/latest/UserGuide/managing-schedule-context-attributes.html', asOf: AS_OF,
    note: 'Scheduler sends the Input you configure; this one uses the four context attributes, shown as Scheduler fills them in.',
    fields: [{label: 'Schedule ARN', path: ['scheduleArn']}, {label: 'Scheduled time', path: ['scheduledTime']}, {label: 'Attempt', path: ['attemptNumber']}],
    event: {
      scheduleArn: 'arn:aws:scheduler:us-east-1:123456789012:schedule/default/nightly-report',
      scheduledTime: '2026-11-24T02:00:00Z',
      executionId: 'd32c5kddcf5bb8c3',
      attemptNumber: '1',
      report: 'nightly',
    },
  },
  {
    id: 'ses-email-receiving', service: 'Amazon SES', name: 'SES email receiving', awsType: 'SESEvent', sam: 'ses email-receiving',
    source: 'https://docs.aws.amazon.com/ses/latest/dg/receiving-email-action-lambda-event.html', asOf: AS_OF,
    fields: [{label: 'From', path: ['Records', 0, 'ses', 'mail', 'source']}, {label: 'Subject', path: ['Records', 0, 'ses', 'mail', 'commonHeaders', 'subject']}],
    event: {Records: [{
      eventSource: 'aws:ses', eventVersion: '1.0',
      ses: {
        mail: {
          timestamp: '2026-11-24T12:00:00.000Z', source: 'sender@example.com', messageId: 'o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1x', destination: ['recipient@example.com'],
          headersTruncated: false, headers: [{name: 'From', value: 'Sender <sender@example.com>'}, {name: 'To', value: 'recipient@example.com'}, {name: 'Subject', value: 'Hello'}],
          commonHeaders: {returnPath: 'sender@example.com', from: ['Sender <sender@example.com>'], date: 'Tue, 24 Nov 2026 12:00:00 +0000', to: ['recipient@example.com'], messageId: '<0123456789example.com>', subject: 'Hello'},
        },
        receipt: {
          timestamp: '2026-11-24T12:00:00.000Z', processingTimeMillis: 574, recipients: ['recipient@example.com'],
          spamVerdict: {status: 'PASS'}, virusVerdict: {status: 'PASS'}, spfVerdict: {status: 'PASS'}, dkimVerdict: {status: 'PASS'}, dmarcVerdict: {status: 'PASS'},
          action: {type: 'Lambda', functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:playground-function', invocationType: 'Event'},
        },
      },
    }]},
  },
  {
    id: 'workmail-email', service: 'Amazon WorkMail', name: 'WorkMail email flow rule', sam: 'workmail email',
    source: 'https://docs.aws.amazon.com/workmail/latest/adminguide/lambda.html', asOf: AS_OF,
    fields: [{label: 'Sender', path: ['sender', 'address']}, {label: 'Subject', path: ['subject']}],
    event: {
      summaryVersion: '2018-10-10',
      envelope: {mailFrom: {address: 'from@example.com'}, recipients: [{address: 'recipient1@example.com'}]},
      sender: {address: 'sender@example.com'}, subject: 'Hello From Amazon WorkMail!',
      messageId: '00000000-0000-0000-0000-000000000000', invocationId: '00000000000000000000000000000000', flowDirection: 'INBOUND', truncated: false,
    },
  },
  {
    id: 'cloudwatch-logs', service: 'Amazon CloudWatch Logs', name: 'CloudWatch Logs subscription', awsType: 'CloudWatchLogsEvent', sam: 'cloudwatch logs',
    source: 'https://docs.aws.amazon.com/lambda/latest/dg/services-cloudwatchlogs.html', asOf: AS_OF,
    note: 'data is base64 of gzip; the playground cannot gunzip it (no node:zlib), real Lambda can.',
    fields: [],
    event: {awslogs: {data: 'H4sIAAAAAAAAA6WQXWvCMBSG/4ocdtnRJk2TJneFVRlsE2zvREa0xy7QtCWJcyL+96FDGcKudu7eD94HzhEseq9brA8jgoKnoi7eX8uqKmYlRDDse3SggNCUZVzkMiEUIuiGduaG3QgKYr33caftutExfmk7dvi43fWbYIb+p1kFh9qCAppQHhMSUxYvH16KuqzqVXJb1utNg9t7DRH43dpvnBnPi1PTBXQe1BJusIsFqwur/MQ+nOMjmAYUpEKyhNGMScFEnqScCZkzLnhOJZc8pYSJLGdUZDylLEslOXcIhwiCseiDtiMoIjhLrhddPwYKysVivpj4wWL4MH072WrTYQOn6H948Tee/MY/v03nE4fBHUzfwml1+gb00AENzgEAAA=='}},
  },
  {
    id: 'kinesis-firehose', service: 'Amazon Data Firehose', name: 'Firehose data transformation', awsType: 'FirehoseTransformationEvent', sam: 'kinesis kinesis-firehose',
    source: 'https://docs.aws.amazon.com/firehose/latest/dev/data-transformation.html', asOf: AS_OF,
    fields: [{label: 'Record data (base64)', path: ['records', 0, 'data']}],
    event: {
      invocationId: 'invocationIdExample', deliveryStreamArn: 'arn:aws:firehose:us-east-1:123456789012:deliverystream/example', region: 'us-east-1',
      records: [{recordId: '49546986683135544286507457936321625675700192471156785154', approximateArrivalTimestamp: 1764000000000, data: ORDER_B64}],
    },
  },
];
