import {describe, expect, it} from 'vitest';
import {EVENT_TEMPLATES, findEventTemplate, readEventField, writeEventField} from '../../../src/data/events/index.ts';
import {validateSourced} from '../../support/validateData.ts';

// Services `sam local generate-event` covers (shared/facts/event-sources.md), by the service names used here.
const SAM_SERVICES = ['Alexa Skills Kit', 'Alexa Smart Home', 'Elastic Load Balancing', 'Amazon API Gateway', 'AWS AppSync', 'AWS Batch', 'AWS CloudFormation', 'Amazon CloudFront', 'AWS CodeCommit', 'AWS CodePipeline', 'Amazon Cognito', 'AWS Config', 'Amazon Connect', 'Amazon DynamoDB', 'Amazon CloudWatch Logs', 'Amazon Kinesis Data Streams', 'Amazon Data Firehose', 'Amazon Lex (V1)', 'Amazon Lex V2', 'Amazon Rekognition', 'Amazon S3', 'Amazon SageMaker', 'Amazon SES', 'Amazon SNS', 'Amazon SQS', 'AWS Step Functions', 'Amazon WorkMail'];

describe('event templates', () => {
  it('cover every service SAM generate-event covers, plus the common ones it lacks', () => {
    const services = new Set(EVENT_TEMPLATES.map((t) => t.service));
    for (const s of SAM_SERVICES) expect(services, s).toContain(s);
    for (const id of ['eventbridge-custom', 'scheduler-invoke', 'cognito-pre-sign-up', 'cognito-post-confirmation', 'cognito-pre-token-generation-v2', 'function-url', 'apigateway-websocket-message', 'msk', 'kafka-self-managed', 'sqs-fifo']) {
      expect(findEventTemplate(id), id).toBeDefined();
    }
  });

  it('have unique ids, sources, dates, and fields that point at existing values', () => {
    const ids = EVENT_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of EVENT_TEMPLATES) {
      expect(validateSourced(t.id, t)).toEqual([]);
      expect(t.id).toMatch(/^[a-z0-9-]+$/);
      for (const f of t.fields) expect(readEventField(t.event, f.path), `${t.id} ${f.label}`).not.toBeUndefined();
      expect(JSON.parse(JSON.stringify(t.event))).toEqual(t.event);
    }
  });

  it('match the documented shapes people rely on', () => {
    const s3 = findEventTemplate('s3-put')!.event as {Records: {eventSource: string; s3: {bucket: {name: string}; object: {key: string}}}[]};
    expect(s3.Records[0]!.eventSource).toBe('aws:s3');
    const fifo = findEventTemplate('sqs-fifo')!.event as {Records: {attributes: Record<string, string>; eventSourceARN: string}[]};
    expect(fifo.Records[0]!.attributes.MessageGroupId).toBeDefined();
    expect(fifo.Records[0]!.eventSourceARN).toMatch(/\.fifo$/);
    const url = findEventTemplate('function-url')!.event as {version: string; routeKey: string; requestContext: {domainName: string}};
    expect([url.version, url.routeKey]).toEqual(['2.0', '$default']);
    expect(url.requestContext.domainName).toMatch(/\.lambda-url\.us-east-1\.on\.aws$/);
    const kinesis = findEventTemplate('kinesis-get-records')!.event as {Records: {kinesis: {data: string}}[]};
    expect(JSON.parse(Buffer.from(kinesis.Records[0]!.kinesis.data, 'base64').toString('utf8'))).toEqual({orderId: '1234', status: 'paid'});
  });

  it('edits a field without touching the template', () => {
    const t = findEventTemplate('s3-put')!;
    const path = t.fields.find((f) => f.label === 'Key')!.path;
    const edited = writeEventField(t.event, path, 'new/key.txt');
    expect(readEventField(edited, path)).toBe('new/key.txt');
    expect(readEventField(t.event, path)).toBe('uploads/photo.jpg');
  });
});
