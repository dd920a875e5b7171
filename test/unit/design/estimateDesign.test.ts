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

const VPC_NAT = `
Resources:
  Worker:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      Code: {ZipFile: "exports.handler = async () => 1"}
      Role: !GetAtt Role.Arn
      MemorySize: 1024
      VpcConfig: {SubnetIds: [!Ref Subnet], SecurityGroupIds: [!Ref Sg]}
  Role: {Type: AWS::IAM::Role, Properties: {AssumeRolePolicyDocument: {}}}
  Subnet: {Type: AWS::EC2::Subnet, Properties: {VpcId: vpc-1, CidrBlock: 10.0.0.0/24}}
  Sg: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: x}}
  Nat: {Type: AWS::EC2::NatGateway, Properties: {SubnetId: !Ref Subnet}}
  Ip: {Type: AWS::EC2::EIP}
  WorkerLogs:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: !Sub /aws/lambda/\${Worker}
      RetentionInDays: 14
`;

describe('design estimator', () => {
  it('the NAT trap: a VPC function’s traffic flows to the template’s NAT gateway; IAM and subnets are free; an EIP is listed as not priced', () => {
    const d = design(VPC_NAT);
    const e = estimateDesign(d, usage(d, 'version: 0.1\nresource_usage:\n  Worker:\n    monthly_requests: 1000000\n    request_duration_ms: 100\n    monthly_nat_data_processed_gb: 200\n  WorkerLogs:\n    monthly_data_ingested_gb: 1\n'));
    const line = (label: string) => e.lines.find((entry) => entry.label === label)?.usd;
    expect(line('NAT gateway hours')).toBe(32.85); // 730 × $0.045
    expect(line('NAT gateway data processed')).toBe(9); // 200 GB × $0.045
    expect(line('Lambda log ingestion (CloudWatch Logs, tiered)')).toBe(0); // the explicit group gets Lambda’s rates; 1 GB ≤ 5 GB free
    const status = Object.fromEntries(e.resources.map((r) => [r.id, r.status]));
    expect(status).toMatchObject({Worker: 'priced', Role: 'free', Subnet: 'free', Sg: 'free', Nat: 'priced', Ip: 'not priced', WorkerLogs: 'priced'});
    // Lambda is free here (1M requests and 100,000 GB-s are inside the free tier): the NAT is the whole bill.
    expect(e.total).toBe(41.85);
    expect(e.lambdaShare).toBe(0);
    expect(e.notes.join(' ')).toContain('Ip (AWS::EC2::EIP)');
  });

  it('SAM implicit REST API from Api events, Function URL free, SQS FIFO, express state machine, provisioned table', () => {
    const d = design(`
Transform: AWS::Serverless-2016-10-31
Globals: {Function: {Tracing: Active}}
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      FunctionUrlConfig: {AuthType: NONE}
      Events:
        Get: {Type: Api, Properties: {Path: /, Method: get}}
        Jobs: {Type: SQS, Properties: {Queue: !GetAtt Jobs.Arn}}
  Jobs: {Type: AWS::SQS::Queue, Properties: {FifoQueue: true}}
  Flow: {Type: AWS::Serverless::StateMachine, Properties: {Type: EXPRESS, Definition: {}}}
  Table: {Type: AWS::DynamoDB::Table, Properties: {ProvisionedThroughput: {ReadCapacityUnits: 5, WriteCapacityUnits: 5}, KeySchema: [], AttributeDefinitions: []}}
`);
    const byId = Object.fromEntries(d.resources.map((r) => [r.id, r]));
    expect(byId['ServerlessRestApi']).toMatchObject({kind: 'restApi', functions: ['Fn']});
    expect(byId['FnUrl']?.status).toBe('free');
    expect(byId['Jobs']?.config).toEqual({fifo: true});
    expect(byId['Flow']?.config).toEqual({express: true});
    expect(byId['Table']?.config).toMatchObject({onDemand: false, readCapacityUnits: 5, writeCapacityUnits: 5});
    expect(d.functions[0]?.tracing).toBe(true);
    const e = estimateDesign(d, usage(d, 'version: 0.1\nresource_usage:\n  Fn:\n    monthly_requests: 2000000\n    request_duration_ms: 50\n    monthly_traces_recorded: 200000\n  Jobs:\n    monthly_requests: 3000000\n'), {freeTier: 'none'});
    const line = (label: string) => e.lines.find((entry) => entry.label === label)?.usd;
    expect(line('REST API requests')).toBe(7); // 2M × $3.50/M, carried from Fn
    expect(line('SQS FIFO requests')).toBe(1.5); // 3M × $0.50/M
    expect(line('X-Ray traces recorded')).toBe(1); // 200,000 × $5/M
    expect(line('DynamoDB provisioned write capacity')).toBe(2.37); // 5 × 730 × $0.00065 = $2.3725
    expect(e.unpriced.map((entry) => entry.resource)).toEqual(expect.arrayContaining(['Fn', 'Flow', 'Table']));
  });

  it('plain CloudFormation: an ApiGatewayV2 integration ties the function to its API; WebSocket APIs are told apart', () => {
    const d = design(JSON.stringify({
      Resources: {
        Fn: {Type: 'AWS::Lambda::Function', Properties: {Runtime: 'nodejs22.x', Handler: 'i.h', Code: {ZipFile: 'x'}, Role: 'arn:aws:iam::1:role/r'}},
        Http: {Type: 'AWS::ApiGatewayV2::Api', Properties: {ProtocolType: 'HTTP', Name: 'h'}},
        Ws: {Type: 'AWS::ApiGatewayV2::Api', Properties: {ProtocolType: 'WEBSOCKET', Name: 'w'}},
        Integration: {Type: 'AWS::ApiGatewayV2::Integration', Properties: {ApiId: {Ref: 'Http'}, IntegrationType: 'AWS_PROXY', IntegrationUri: {'Fn::GetAtt': ['Fn', 'Arn']}}},
      },
    }));
    const byId = Object.fromEntries(d.resources.map((r) => [r.id, r]));
    expect(byId['Http']).toMatchObject({kind: 'httpApi', functions: ['Fn']});
    expect(byId['Ws']?.kind).toBe('websocketApi');
    expect(byId['Integration']?.status).toBe('free');
  });

  it('serverless.yml: http and httpApi events create the Framework’s APIs', () => {
    const d = design(`service: shop
provider: {name: aws, runtime: nodejs22.x, region: eu-west-1}
functions:
  list: {handler: h.list, events: [{httpApi: {path: /, method: get}}]}
  legacy: {handler: h.legacy, events: [{http: {path: /old, method: get}}]}
resources:
  Resources:
    Orders: {Type: AWS::DynamoDB::Table, Properties: {BillingMode: PAY_PER_REQUEST}}
`);
    expect(d.resources.map((r) => [r.id, r.kind ?? r.status])).toEqual([['list', 'function'], ['legacy', 'function'], ['ApiGatewayRestApi', 'restApi'], ['HttpApi', 'httpApi'], ['Orders', 'table']]);
    const e = estimateDesign(d, usage(d, 'version: 0.1\nresource_usage:\n  list:\n    monthly_requests: 1000\n    request_duration_ms: 10\n'));
    expect(e.region).toBe('eu-west-1');
    // Lambda has eu-west-1 prices; API Gateway data is us-east-1 only, so the API line says so instead of guessing.
    expect(e.unpriced.find((line) => line.resource === 'HttpApi')?.reason).toMatch(/no Amazon API Gateway rate for eu-west-1/);
  });

  it('property: more traffic on any function never lowers the design’s bill; the free tier never raises it', () => {
    const d = design(VPC_NAT);
    fc.assert(
      fc.property(fc.integer({min: 0, max: 1e9}), fc.integer({min: 1, max: 60_000}), fc.integer({min: 0, max: 1e5}), fc.integer({min: 1, max: 1e8}), (requests, duration, gb, extra) => {
        const text = (n: number) => `version: 0.1\nresource_usage:\n  Worker:\n    monthly_requests: ${n}\n    request_duration_ms: ${duration}\n    monthly_nat_data_processed_gb: ${gb}\n`;
        const before = estimateDesign(d, usage(d, text(requests)));
        const after = estimateDesign(d, usage(d, text(requests + extra)));
        expect(after.totalUnrounded).toBeGreaterThanOrEqual(before.totalUnrounded - 1e-9);
        expect(before.total).toBeLessThanOrEqual(estimateDesign(d, usage(d, text(requests)), {freeTier: 'none'}).total);
        expect(Math.round(before.total * 100)).toBe(before.lines.reduce((acc, line) => acc + Math.round(line.usd * 100), 0));
      }),
      {numRuns: 60},
    );
  });
});

describe('a function Lambda would refuse', () => {
  it('is listed as unpriced with Lambda’s reason, never a crash (SnapStart with 1,024 MB of /tmp)', () => {
    const d = design(`Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    CodeUri: s3://bucket/code.zip
    Handler: hello.handler
    Runtime: python3.12
    AutoPublishAlias: live
    SnapStart: {ApplyOn: PublishedVersions}
    EphemeralStorage: {Size: 1024}
Resources:
  Fn:
    Type: AWS::Serverless::Function
`);
    const e = estimateDesign(d, usage(d, 'version: 0.1\nresource_usage:\n  Fn: {monthly_requests: 1000, request_duration_ms: 10}\n'));
    expect(e.lines).toEqual([]);
    expect(e.unpriced.find((line) => line.resource === 'Fn')?.reason).toMatch(/SnapStart/);
  });
});
