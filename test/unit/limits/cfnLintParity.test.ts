// One test per row of docs/tools/cfn-lint-parity.md that Lambda Lab covers: a template that
// breaks the cfn-lint rule, and the Lambda Lab rule that reports it.
import {describe, expect, it} from 'vitest';
import {checkFunctions} from '../../../src/core/limits/checkFunctions.ts';
import {parseConfigText} from '../../../src/core/limits/parse/parseConfigText.ts';

const fn = (properties: string, extra = '') => `Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties: {Role: r, Code: {ZipFile: x}, ${properties}}\n${extra}`;
const BASE = 'Runtime: python3.13, Handler: a.b';
const SAM_NO_TRANSFORM = 'Resources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties: {Runtime: python3.13, Handler: a.b, CodeUri: .}\n';
const filters = (groups: string[]) => groups.map((group, i) => `  S${i}:\n    Type: AWS::Logs::SubscriptionFilter\n    Properties: {LogGroupName: ${group}, FilterPattern: '', DestinationArn: !GetAtt F.Arn}\n`).join('');
const permission = (properties: string) => `  P:\n    Type: AWS::Lambda::Permission\n    Properties: {FunctionName: !GetAtt F.Arn, Action: lambda:InvokeFunction, ${properties}}\n`;

const ROWS: [cfnLint: string, template: string, rule: string][] = [
  ['E2530 SnapStart supports the configured runtime', fn('Runtime: python3.11, Handler: a.b, SnapStart: {ApplyOn: PublishedVersions}'), 'snapstart.runtime:error'],
  ['W2530 SnapStart needs a published version', fn('Runtime: java21, Handler: a.b, SnapStart: {ApplyOn: PublishedVersions}'), 'snapstart.versions:note'],
  ['E2531 runtime past its create-block date', fn('Runtime: python3.7, Handler: a.b'), 'runtime.deprecated:error'],
  ['W2531 runtime past its deprecation date', fn('Runtime: nodejs20.x, Handler: a.b'), 'runtime.deprecated:warning'],
  ['E2533 runtime past its update-block date', fn('Runtime: nodejs12.x, Handler: a.b'), 'runtime.deprecated:error'],
  ['W2533 a .zip function needs Runtime', fn('Handler: a.b'), 'runtime.missing:error'],
  ['E3505 SQS VisibilityTimeout below the function Timeout', fn(`${BASE}, Timeout: 60`, '  Q:\n    Type: AWS::SQS::Queue\n    Properties: {VisibilityTimeout: 30}\n  M:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties: {FunctionName: !Ref F, EventSourceArn: !GetAtt Q.Arn}\n'), 'sqs.visibility:error'],
  ['E3663 reserved environment variable names', fn(`${BASE}, Environment: {Variables: {AWS_REGION: x}}`), 'environment.reserved:error'],
  ['E3697 environment variables above 4 KB', fn(`${BASE}, Environment: {Variables: {BIG: ${'x'.repeat(4100)}}}`), 'environment.size:error'],
  ['E3705 FIFO queue batch size at most 10', fn(BASE, '  Q:\n    Type: AWS::SQS::Queue\n    Properties: {FifoQueue: true, VisibilityTimeout: 60}\n  M:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties: {FunctionName: !Ref F, EventSourceArn: !GetAtt Q.Arn, BatchSize: 20, MaximumBatchingWindowInSeconds: 1}\n'), 'sqs.batchSize:error'],
  ['E3717 / E3034 Timeout above 900 s', fn(`${BASE}, Timeout: 1000`), 'timeout.range:error'],
  ['E3034 MemorySize outside 128–10,240', fn(`${BASE}, MemorySize: 64`), 'memory.range:error'],
  ['E3034 EphemeralStorage outside 512–10,240', fn(`${BASE}, EphemeralStorage: {Size: 20000}`), 'ephemeralStorage.range:error'],
  ['E3030 Runtime not in the enumeration', fn('Runtime: python4.0, Handler: a.b'), 'runtime.unknown:error'],
  ['E3002 property not in the resource schema', fn(`${BASE}, MemorySise: 256`), 'input.unknownKey:warning'],
  ['E3012 property of the wrong type', fn(`${BASE}, MemorySize: lots`), 'input.type:error'],
  ['W2533 a .zip function needs Handler', fn('Runtime: python3.13'), 'handler.missing:error'],
  ['I2530 suggest SnapStart for Java 11+', fn('Runtime: java21, Handler: a.B::handle'), 'snapstart.suggest:note'],
  ['E3677 inline code needs a Node.js or Python runtime', fn('Runtime: java21, Handler: a.B::handle'), 'code.inlineRuntime:error'],
  ['E3677 SAM InlineCode needs a Node.js or Python runtime', 'Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties: {Runtime: ruby3.4, Handler: a.b, InlineCode: x}\n', 'code.inlineRuntime:error'],
  ['E3678 inline code without a runtime', fn('Handler: a.b'), 'runtime.missing:error'],
  ['E3685 an image function cannot set Runtime', 'Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties: {Role: r, PackageType: Image, Code: {ImageUri: x}, Runtime: python3.13}\n', 'image.runtimeHandler:error'],
  ['E3685 an image function cannot set Handler', 'Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties: {Role: r, PackageType: Image, Code: {ImageUri: x}, Handler: a.b}\n', 'image.runtimeHandler:error'],
  ['E3685 an image function cannot use Layers', 'Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties: {Role: r, PackageType: Image, Code: {ImageUri: x}, Layers: [arn:aws:lambda:us-east-1:123456789012:layer:l:1]}\n', 'layers.image:error'],
  ['E3696 log levels with LogFormat Text', fn(`${BASE}, LoggingConfig: {LogFormat: Text, ApplicationLogLevel: DEBUG}`), 'logging.levelWithText:error'],
  ['E3716 layer ARN longer than 176 + partition + Region', fn(`${BASE}, Layers: ['arn:aws:lambda:us-east-1:123456789012:layer:${'x'.repeat(160)}:1']`), 'layers.arnLength:error'],
  ['W3702 awslayer layer ARN', fn(`${BASE}, Layers: ['arn:aws:lambda:us-east-1:awslayer:AWSLambda-Python-AWS-SDK:1']`), 'layers.awslayer:warning'],
  ['E3633 a stream mapping needs StartingPosition', fn(BASE, '  S:\n    Type: AWS::Kinesis::Stream\n    Properties: {ShardCount: 1}\n  M:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties: {FunctionName: !Ref F, EventSourceArn: !GetAtt S.Arn}\n'), 'esm.startingPosition:error'],
  ['E3634 an SQS mapping takes no StartingPosition', fn(`${BASE}, Timeout: 10`, '  Q:\n    Type: AWS::SQS::Queue\n    Properties: {VisibilityTimeout: 60}\n  M:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties: {FunctionName: !Ref F, EventSourceArn: !GetAtt Q.Arn, StartingPosition: LATEST}\n'), 'esm.startingPosition:error'],
  ['E3724 / W3001 unknown key in SAM Globals.Function', 'Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Function: {Runtimee: python3.13}\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties: {Runtime: python3.13, Handler: a.b, CodeUri: .}\n', 'input.unknownKey:warning'],
  ['W3001 unknown resource-level key on a SAM function', 'Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Runtime: python3.13\n    Properties: {Runtime: python3.13, Handler: a.b, CodeUri: .}\n', 'input.unknownKey:warning'],
  ['E3681 target group of type lambda', fn(BASE, '  G:\n    Type: AWS::ElasticLoadBalancingV2::TargetGroup\n    Properties: {TargetType: lambda, Targets: [{Id: !GetAtt F.Arn}, {Id: !GetAtt F.Arn}]}\n'), 'alb.oneFunctionPerTargetGroup:error'],
  ['E3038 SAM resources without the Serverless transform', SAM_NO_TRANSFORM, 'sam.transform:error'],
  ['E3066 IgnoreGlobals without the Serverless transform', 'Resources:\n  F:\n    Type: AWS::Lambda::Function\n    IgnoreGlobals: "*"\n    Properties: {Role: r, Code: {ZipFile: x}, Runtime: python3.13, Handler: a.b}\n', 'sam.transform:error'],
  ['W3664 Principal not the service that owns the SourceArn', fn(BASE, permission('Principal: sns.amazonaws.com, SourceArn: arn:aws:s3:::my-bucket, SourceAccount: "123456789012"')), 'permission.principal:warning'],
  ['W3664 Principal for a !GetAtt source of another service', fn(BASE, `${permission('Principal: s3.amazonaws.com, SourceArn: !GetAtt R.Arn')}  R:\n    Type: AWS::Events::Rule\n    Properties: {ScheduleExpression: rate(1 hour)}\n`), 'permission.principal:warning'],
  ['W3663 an S3 SourceArn without SourceAccount', fn(BASE, `${permission('Principal: s3.amazonaws.com, SourceArn: !GetAtt B.Arn')}  B:\n    Type: AWS::S3::Bucket\n`), 'permission.sourceAccount:warning'],
  ['W3663 an S3 SourceArn built with !Sub, without SourceAccount', fn(BASE, permission('Principal: s3.amazonaws.com, SourceArn: !Sub "arn:${AWS::Partition}:s3:::my-bucket-${AWS::Region}"')), 'permission.sourceAccount:warning'],
  ['W3694 an SNS subscription to a function with Protocol sqs', fn(BASE, '  S:\n    Type: AWS::SNS::Subscription\n    Properties: {TopicArn: arn:aws:sns:us-east-1:123456789012:t, Protocol: sqs, Endpoint: !GetAtt F.Arn}\n'), 'sns.protocol:warning'],
  ['W3694 an SNS topic subscription to a function with Protocol https', fn(BASE, '  T:\n    Type: AWS::SNS::Topic\n    Properties: {Subscription: [{Protocol: https, Endpoint: !GetAtt F.Arn}]}\n'), 'sns.protocol:warning'],
  ['E2529 more than 2 subscription filters on one log group', fn(BASE, filters(['/app/a', '/app/a', '/app/a'])), 'logs.subscriptionFilters:error'],
  ['E2529 more than 2 subscription filters on one LogGroup resource', fn(BASE, `  G:\n    Type: AWS::Logs::LogGroup\n${filters(['!Ref G', '!Ref G', '!Ref G'])}`), 'logs.subscriptionFilters:error'],
  ['E2529 SAM CloudWatchLogs events and a filter: 3 on one log group', `Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: python3.13\n      Handler: a.b\n      CodeUri: .\n      Events:\n        A: {Type: CloudWatchLogs, Properties: {LogGroupName: /app/a, FilterPattern: x}}\n        B: {Type: CloudWatchLogs, Properties: {LogGroupName: /app/a, FilterPattern: y}}\n${filters(['/app/a'])}`, 'logs.subscriptionFilters:error'],
];

describe('cfn-lint parity (docs/tools/cfn-lint-parity.md)', () => {
  it.each(ROWS)('%s', (_row, template, rule) => {
    const parsed = parseConfigText(template);
    if (!parsed.ok) throw new Error(parsed.error);
    const findings = checkFunctions(parsed.value.functions, {today: '2026-12-02'}).functions[0]!.findings.map((f) => `${f.rule}:${f.severity}`);
    expect(findings).toContain(rule);
  });
  it('the valid forms of those rows give no such finding', () => {
    const valid = [
      fn(`${BASE}, LoggingConfig: {LogFormat: JSON, ApplicationLogLevel: DEBUG}`),
      fn('Runtime: nodejs22.x, Handler: index.handler'),
      'Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties: {Role: r, Code: {S3Bucket: b, S3Key: k}, Runtime: java21, Handler: a.B::handle, SnapStart: {ApplyOn: PublishedVersions}}\n',
      'Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties: {Role: r, PackageType: Image, Code: {ImageUri: x}}\n',
      fn(BASE, '  S:\n    Type: AWS::Kinesis::Stream\n    Properties: {ShardCount: 1}\n  M:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties: {FunctionName: !Ref F, EventSourceArn: !GetAtt S.Arn, StartingPosition: LATEST}\n'),
    ];
    for (const template of valid) {
      const parsed = parseConfigText(template);
      if (!parsed.ok) throw new Error(parsed.error);
      const rules = checkFunctions(parsed.value.functions, {today: '2026-12-02'}).functions[0]!.findings.map((f) => f.rule);
      expect(rules.filter((rule) => /^(logging|code|image|handler|esm|snapstart\.suggest|layers)\./.test(rule)), template).toEqual([]);
    }
  });
});

describe('the template-level rows (E3038, E3066, W3663, W3664, W3694, E2529): valid forms give no finding', () => {
  const rules = (template: string) => {
    const parsed = parseConfigText(template);
    if (!parsed.ok) throw new Error(parsed.error);
    return checkFunctions(parsed.value.functions, {today: '2026-12-02'}).functions.flatMap((f) => f.findings.map((x) => x.rule)).filter((rule) => /^(sam|permission|sns|logs)\./.test(rule));
  };
  it.each([
    ['SAM with the transform', `Transform: AWS::Serverless-2016-10-31\n${SAM_NO_TRANSFORM}`],
    ['SAM with the transform in a list beside LanguageExtensions', `Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]\n${SAM_NO_TRANSFORM}`],
    ['IgnoreGlobals with the transform', 'Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    IgnoreGlobals: "*"\n    Properties: {Runtime: python3.13, Handler: a.b, CodeUri: .}\n'],
    ['S3 permission with SourceAccount', fn(BASE, `${permission('Principal: s3.amazonaws.com, SourceArn: !GetAtt B.Arn, SourceAccount: !Ref AWS::AccountId')}  B:\n    Type: AWS::S3::Bucket\n`)],
    ['S3 permission by !Sub with SourceAccount', fn(BASE, permission('Principal: s3.amazonaws.com, SourceArn: !Sub "arn:${AWS::Partition}:s3:::${B}", SourceAccount: !Ref AWS::AccountId'))],
    ['API Gateway permission by !Sub', fn(BASE, permission('Principal: apigateway.amazonaws.com, SourceArn: !Sub "arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/*/GET/x"'))],
    ['Logs permission with a regional principal', fn(BASE, permission('Principal: logs.us-east-1.amazonaws.com, SourceArn: "arn:aws:logs:us-east-1:123456789012:log-group:g:*"'))],
    ['EventBridge rule permission', fn(BASE, `${permission('Principal: events.amazonaws.com, SourceArn: !GetAtt R.Arn')}  R:\n    Type: AWS::Events::Rule\n    Properties: {ScheduleExpression: rate(1 hour)}\n`)],
    ['SNS permission by !Ref topic', fn(BASE, `${permission('Principal: sns.amazonaws.com, SourceArn: !Ref T')}  T:\n    Type: AWS::SNS::Topic\n`)],
    ['CloudWatch alarm permission (a principal not judged)', fn(BASE, permission('Principal: lambda.alarms.cloudwatch.amazonaws.com, SourceArn: "arn:aws:cloudwatch:us-east-1:123456789012:alarm:a"'))],
    ['Cognito trigger permission by !GetAtt UserPool.Arn', fn(BASE, `${permission('Principal: cognito-idp.amazonaws.com, SourceArn: !GetAtt U.Arn')}  U:\n    Type: AWS::Cognito::UserPool\n`)],
    ['CloudFront function-URL permission (a service not judged)', fn(BASE, permission('Principal: cloudfront.amazonaws.com, SourceArn: !Sub "arn:aws:cloudfront::${AWS::AccountId}:distribution/${D}"'))],
    ['HTTP API permission by !Sub without a partition variable', fn(BASE, permission('Principal: apigateway.amazonaws.com, SourceArn: !Sub "arn:aws:execute-api:${AWS::Region}:${AWS::AccountId}:${HttpApi}/*/POST/x"'))],
    ['two subscription filters on one log group', fn(BASE, filters(['/app/a', '/app/a']))],
    ['three subscription filters on three log groups', fn(BASE, filters(['/app/a', '/app/b', '!Ref G']))],
    ['SNS subscription with Protocol lambda', fn(BASE, '  S:\n    Type: AWS::SNS::Subscription\n    Properties: {TopicArn: arn:aws:sns:us-east-1:123456789012:t, Protocol: lambda, Endpoint: !GetAtt F.Arn}\n')],
  ])('%s', (_name, template) => {
    expect(rules(template)).toEqual([]);
  });
});

describe('unknown properties of event sources, from AWS\'s schemas', () => {
  const rules = (template: string) => {
    const parsed = parseConfigText(template);
    if (!parsed.ok) throw new Error(parsed.error);
    return checkFunctions(parsed.value.functions, {today: '2026-12-02'}).functions[0]!.findings.filter((f) => f.rule === 'input.unknownKey').map((f) => f.message);
  };
  it('a misspelt AWS::Lambda::EventSourceMapping property is reported on the function it feeds, with its line', () => {
    const messages = rules(fn(`${BASE}, Timeout: 10`, '  Q:\n    Type: AWS::SQS::Queue\n    Properties: {VisibilityTimeout: 60}\n  M:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties: {FunctionName: !Ref F, EventSourceArn: !GetAtt Q.Arn, BatchSise: 5}\n'));
    expect(messages).toEqual([expect.stringMatching(/^Line 10, column 71: Resources\.M\.Properties\.BatchSise is not a known AWS::Lambda::EventSourceMapping property \(did you mean BatchSize\?\)/)]);
  });
  it('a misspelt SAM event property is reported; the properties SAM documents but its schema lacks are not', () => {
    const sam = (events: string) => `Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: python3.13\n      Handler: a.b\n      CodeUri: .\n      Events:\n${events}`;
    expect(rules(sam('        Q:\n          Type: SQS\n          Properties: {Queue: arn:aws:sqs:us-east-1:123456789012:q, BatchSise: 5}\n'))).toEqual([expect.stringMatching(/Events\.Q\.Properties\.BatchSise is not a known SAM SQS event property \(did you mean BatchSize\?\)/)]);
    expect(rules(sam('        R:\n          Type: EventBridgeRule\n          Properties: {Pattern: {source: [x]}, State: DISABLED}\n'))).toEqual([]);
  });
});
