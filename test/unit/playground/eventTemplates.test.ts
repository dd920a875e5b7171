import {describe, expect, it} from 'vitest';
import {EVENT_TEMPLATES, findEventTemplate, readEventField, writeEventField} from '../../../src/data/events/index.ts';
import {validateSourced} from '../../support/validateData.ts';

// Every `sam local generate-event <service> <event>` pair (event-mapping.json in aws-sam-cli, listed in
// shared/facts/event-sources.md: 26 services, 68 events).
const SAM_EVENTS = `alexa-skills-kit end-session|alexa-skills-kit intent-answer|alexa-skills-kit intent-getnewfact|alexa-skills-kit intent-mycoloris|alexa-skills-kit intent-recipe|alexa-skills-kit start-session
alexa-smart-home smart-home-control-turn-off-request|alexa-smart-home smart-home-control-turn-on-request|alexa-smart-home smart-home-discovery-request|alb request
apigateway authorizer|apigateway request-authorizer|apigateway aws-proxy|apigateway http-api-proxy|appsync resolver|batch get-job|batch submit-job|cloudformation create-request
cloudfront ab-test|cloudfront access-request-in-response|cloudfront http-redirect|cloudfront modify-querystring|cloudfront modify-response-header|cloudfront multiple-remote-calls-aggregate-response
cloudfront normalize-querystring-to-improve-cache-hit|cloudfront redirect-on-viewer-country|cloudfront redirect-unauthenticated-users|cloudfront response-generation|cloudfront serve-object-on-viewer-device|cloudfront simple-remote-call
codecommit repository|codepipeline job|cognito sync-trigger|config item-change-notification|config oversized-item-change-notification|config periodic-rule|connect contact-flow-event|dynamodb update
cloudwatch logs|cloudwatch scheduled-event|kinesis get-records|kinesis kinesis-firehose|kinesis analytics|kinesis analytics-compressed|kinesis analytics-dynamodb|kinesis analytics-kpl|kinesis apachelog
kinesis cloudwatch-logs-processor|kinesis streams-as-source|kinesis syslog|lex book-car|lex book-hotel|lex make-appointment|lex order-flowers|lex-v2 banking-bot|lex-v2 book-car|lex-v2 book-hotel
rekognition s3-request|s3 batch-invocation|s3 delete|s3 put|sagemaker ground-truth-pre-human|sagemaker ground-truth-annotation-consolidation|ses email-receiving|sns notification|sqs receive-message
stepfunctions error|workmail email`.split(/[|\n]/);

describe('event templates', () => {
  it('cover every event SAM generate-event has, one template each, plus the common ones it lacks', () => {
    expect(SAM_EVENTS).toHaveLength(68);
    expect(new Set(SAM_EVENTS.map((e) => e.split(' ')[0])).size).toBe(26);
    const sam = EVENT_TEMPLATES.flatMap((t) => (t.sam ? [t.sam] : []));
    expect(sam.filter((s) => !SAM_EVENTS.includes(s)), 'sam values that are not SAM events').toEqual([]);
    expect(SAM_EVENTS.filter((e) => !sam.includes(e)), 'SAM events without a template').toEqual([]);
    expect(new Set(sam).size).toBe(sam.length);
    expect(EVENT_TEMPLATES.length - sam.length).toBeGreaterThanOrEqual(12);
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
