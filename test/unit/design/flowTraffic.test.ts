import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {estimateDesign, readDesign, readUsage, type Design} from '../../../src/core/design/index.ts';

const design = (text: string): Design => {
  const result = readDesign(text);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};
const usage = (d: Design, text: string) => {
  const result = readUsage(text, d);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};
const fn = (name: string, events: string, extra = '') => `  ${name}:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      MemorySize: 256${extra}
      Events:
${events}`;

/** Written for this test: one function behind each kind of edge the estimator follows. */
const EDGES = `Transform: AWS::Serverless-2016-10-31
Resources:
  Jobs: {Type: AWS::SQS::Queue}
  Alerts: {Type: AWS::SNS::Topic}
  Uploads: {Type: AWS::S3::Bucket}
  Bus: {Type: AWS::Events::EventBus, Properties: {Name: orders}}
  Orders:
    Type: AWS::DynamoDB::Table
    Properties: {BillingMode: PAY_PER_REQUEST, StreamSpecification: {StreamViewType: NEW_IMAGE}}
  WorkerLogs:
    Type: AWS::Logs::LogGroup
    Properties: {LogGroupName: !Sub "/aws/lambda/\${Worker}"}
${fn('Worker', '        Q: {Type: SQS, Properties: {Queue: !GetAtt Jobs.Arn, BatchSize: 10}}')}
${fn('Notifier', '        T: {Type: SNS, Properties: {Topic: !Ref Alerts}}')}
${fn('Thumb', '        U: {Type: S3, Properties: {Bucket: !Ref Uploads, Events: "s3:ObjectCreated:*"}}')}
${fn('OnOrder', '        E: {Type: EventBridgeRule, Properties: {EventBusName: !Ref Bus, Pattern: {source: [shop]}}}')}
${fn('Streamer', '        S: {Type: DynamoDB, Properties: {Stream: !GetAtt Orders.StreamArn, StartingPosition: LATEST}}')}
`;
const USAGE = (worker = 2_000_000) => `version: 0.1
resource_usage:
  Worker: {monthly_requests: ${worker}, request_duration_ms: 100, monthly_data_ingested_gb: 3}
  Notifier: {monthly_requests: 500000, request_duration_ms: 50}
  Thumb: {monthly_requests: 100000, request_duration_ms: 800}
  OnOrder: {monthly_requests: 1500000, request_duration_ms: 20}
  Streamer: {monthly_requests: 10000, request_duration_ms: 20}
`;

describe('traffic along the template’s edges', () => {
  const d = design(EDGES);
  const e = estimateDesign(d, usage(d, USAGE()), {freeTier: 'none'});
  const line = (label: string) => e.lines.find((entry) => entry.label === label);

  it('reads every edge from the SAM events', () => {
    const triggers = Object.fromEntries(d.resources.filter((r) => r.triggers).map((r) => [r.id, r.triggers!.map((t) => `${t.function}:${t.via}`)]));
    expect(triggers).toEqual({Jobs: ['Worker:sqs'], Alerts: ['Notifier:sns'], Uploads: ['Thumb:s3'], Bus: ['OnOrder:eventBridge'], Orders: ['Streamer:dynamodbStream']});
  });

  it('an SQS event source’s queue gets its function’s invocations as receives: 2,000,000 × $0.40/1M = $0.80', () => {
    expect(line('SQS standard requests')?.usd).toBe(0.8);
    expect(line('SQS standard requests')?.formula).toContain('at least 1 ReceiveMessage per invocation of Worker 2,000,000');
    expect(line('SQS standard requests')?.formula).toContain('give Jobs its own monthly_requests to override');
  });

  it('an SNS topic with a Lambda subscriber: publishes = its invocations, deliveries to Lambda free: 500,000 × $0.50/1M = $0.25', () => {
    expect(line('SNS publishes')?.usd).toBe(0.25);
    expect(e.lines.some((entry) => entry.label.startsWith('SNS HTTP'))).toBe(false);
  });

  it('an S3 object-created trigger: at least one write per invocation: 100,000 × $0.005/1,000 = $0.50', () => {
    expect(line('S3 PUT/COPY/POST/LIST requests')?.usd).toBe(0.5);
  });

  it('a rule on a custom bus: custom events ≥ its target’s invocations: 1,500,000 × $1.00/1M = $1.50', () => {
    expect(line('EventBridge custom events')?.usd).toBe(1.5);
  });

  it('a DynamoDB stream read by Lambda adds no line (Lambda triggers’ GetRecords are free) and says so', () => {
    expect(e.lines.some((entry) => entry.dimension === 'streamReads')).toBe(false);
    expect(e.notes.some((note) => note.includes('its stream is read by Streamer'))).toBe(true);
    expect(e.unpriced.some((entry) => entry.keys?.includes('monthly_streams_read_request_units'))).toBe(false);
  });

  it('a function’s log data flows to the log group the template gives it: 3 GB × $0.50 = $1.50 (no free tier)', () => {
    expect(line('Lambda log ingestion (CloudWatch Logs, tiered)')?.usd).toBe(1.5);
    expect(line('Lambda log ingestion (CloudWatch Logs, tiered)')?.resources.map((r) => r.resource)).toEqual(['WorkerLogs']);
  });

  it('the usage file overrides every flowed value', () => {
    const own = estimateDesign(d, usage(d, `${USAGE()}  Jobs: {monthly_requests: 7000000}\n  Alerts: {monthly_requests: 1000000}\n  WorkerLogs: {monthly_data_ingested_gb: 10}\n`), {freeTier: 'none'});
    const get = (label: string) => own.lines.find((entry) => entry.label === label);
    expect(get('SQS standard requests')?.usd).toBe(2.8); // 7M × $0.40/1M
    expect(get('SQS standard requests')?.formula).not.toContain('ReceiveMessage');
    expect(get('SNS publishes')?.usd).toBe(0.5); // 1M × $0.50/1M
    expect(get('Lambda log ingestion (CloudWatch Logs, tiered)')?.usd).toBe(5); // 10 GB × $0.50
  });

  it('a function fed by two queues does not guess how its invocations split, and says so', () => {
    const two = design(`Transform: AWS::Serverless-2016-10-31
Resources:
  A: {Type: AWS::SQS::Queue}
  B: {Type: AWS::SQS::Queue}
${fn('Worker', '        A: {Type: SQS, Properties: {Queue: !GetAtt A.Arn}}\n        B: {Type: SQS, Properties: {Queue: !GetAtt B.Arn}}')}
`);
    const est = estimateDesign(two, usage(two, 'version: 0.1\nresource_usage:\n  Worker: {monthly_requests: 1000000, request_duration_ms: 10}\n'));
    expect(est.lines.some((entry) => entry.service === 'Amazon SQS')).toBe(false);
    expect(est.unpriced.filter((entry) => entry.service === 'Amazon SQS').map((entry) => entry.resource)).toEqual(['A', 'B']);
    expect(est.notes.some((note) => note.includes('Worker has 2 event sources'))).toBe(true);
  });

  it('plain CloudFormation: an event source mapping and an SNS subscription are edges too', () => {
    const cfn = design(`Resources:
  Q: {Type: AWS::SQS::Queue}
  T: {Type: AWS::SNS::Topic, Properties: {Subscription: [{Protocol: lambda, Endpoint: !GetAtt F.Arn}]}}
  T2: {Type: AWS::SNS::Topic}
  Sub: {Type: AWS::SNS::Subscription, Properties: {Protocol: lambda, TopicArn: !Ref T2, Endpoint: !GetAtt G.Arn}}
  Map: {Type: AWS::Lambda::EventSourceMapping, Properties: {EventSourceArn: !GetAtt Q.Arn, FunctionName: !Ref H}}
  F: {Type: AWS::Lambda::Function, Properties: {Runtime: nodejs22.x, Handler: i.h, Role: arn:aws:iam::1:role/r, Code: {ZipFile: x}}}
  G: {Type: AWS::Lambda::Function, Properties: {Runtime: nodejs22.x, Handler: i.h, Role: arn:aws:iam::1:role/r, Code: {ZipFile: x}}}
  H: {Type: AWS::Lambda::Function, Properties: {Runtime: nodejs22.x, Handler: i.h, Role: arn:aws:iam::1:role/r, Code: {ZipFile: x}}}
`);
    const triggers = Object.fromEntries(cfn.resources.filter((r) => r.triggers).map((r) => [r.id, r.triggers!.map((t) => `${t.function}:${t.via}`)]));
    expect(triggers).toEqual({Q: ['H:sqs'], T: ['F:sns'], T2: ['G:sns']});
  });

  it('property: the queue line is monotone in its worker’s traffic and never below 1 receive per invocation', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 50_000_000}), fc.integer({min: 0, max: 50_000_000}), (a, extra) => {
        const small = estimateDesign(d, usage(d, USAGE(a)), {freeTier: 'none'}).lines.find((entry) => entry.dimension === 'standardRequests')!;
        const large = estimateDesign(d, usage(d, USAGE(a + extra)), {freeTier: 'none'}).lines.find((entry) => entry.dimension === 'standardRequests')!;
        expect(large.usdUnrounded).toBeGreaterThanOrEqual(small.usdUnrounded);
        expect(small.quantity).toBe(a);
      }),
      {numRuns: 40},
    );
  });

  it('property: the free tier never raises the flowed lines (SQS’s 1M free requests)', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 50_000_000}), (a) => {
        const paid = estimateDesign(d, usage(d, USAGE(a)), {freeTier: 'none'}).total;
        const free = estimateDesign(d, usage(d, USAGE(a))).total;
        expect(free).toBeLessThanOrEqual(paid);
      }),
      {numRuns: 30},
    );
  });
});

describe('a Region without a service’s rates', () => {
  it('prices Lambda there and names each other line it cannot price, never a silent us-east-1 rate', () => {
    const d = design(EDGES);
    const e = estimateDesign(d, usage(d, USAGE()), {freeTier: 'none', region: 'eu-west-1'});
    expect(e.lines.map((line) => line.service)).toEqual(['AWS Lambda', 'AWS Lambda']);
    expect(e.lines.every((line) => line.region === 'eu-west-1')).toBe(true);
    const sqs = e.unpriced.find((entry) => entry.service === 'Amazon SQS');
    expect(sqs?.reason).toBe("no Amazon SQS rate for eu-west-1 in Lambda Lab's data, so this line is not in the total (Regions known: us-east-1; rates: https://aws.amazon.com/sqs/pricing/)");
  });
});

describe('--usage-template and the edges', () => {
  it('comments out each edge-fed key with where its default comes from, and reads back', async () => {
    const {usageTemplate} = await import('../../../src/core/design/usageTemplate.ts');
    const d = design(EDGES);
    const text = usageTemplate(d);
    expect(text).toContain('  Jobs: # AWS::SQS::Queue\n    # monthly_requests: 0 # default: a lower bound from Worker');
    expect(text).toContain('      # monthly_tier_1_requests: 0 # default: a lower bound from Thumb');
    expect(text).toContain('    # glacier_deep_archive:\n      # storage_gb: 0');
    expect(readUsage(text, d).ok).toBe(true);
  });
});
