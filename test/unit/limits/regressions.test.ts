// Regression tests for the bugs named in issue 16: each one failed before its fix.
import {describe, expect, it} from 'vitest';
import {checkFunctions} from '../../../src/core/limits/checkFunctions.ts';
import {parseConfigText, type ParseOptions} from '../../../src/core/limits/parse/parseConfigText.ts';
import {parse as parseYaml} from 'yaml';

const TODAY = {today: '2026-12-02'};

function check(text: string, options: ParseOptions = {}) {
  const parsed = parseConfigText(text, options);
  if (!parsed.ok) throw new Error(parsed.error);
  const report = checkFunctions(parsed.value.functions, TODAY);
  return {functions: parsed.value.functions, report, rules: report.functions.map((fn) => fn.findings.map((f) => `${f.rule}:${f.severity}`))};
}

const sam = (properties: string, extra = '') => `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      CodeUri: src/
${properties}
${extra}`;

describe('valid properties are not reported as unknown', () => {
  it('DeadLetterQueue on AWS::Serverless::Function', () => {
    const {rules} = check(sam('      DeadLetterQueue: {Type: SQS, TargetArn: arn:aws:sqs:us-east-1:123456789012:dlq}'));
    expect(rules[0]).toEqual([]);
  });
  it('TenancyConfig on both function types (no "did you mean TenantConfig?")', () => {
    expect(check(sam('      TenancyConfig: {TenantIsolationMode: PER_TENANT}')).rules[0]).toEqual([]);
    const cfn = check('Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties: {Runtime: python3.13, Handler: a.b, Role: r, Code: {ZipFile: x}, TenancyConfig: {TenantIsolationMode: PER_TENANT}}\n');
    expect(cfn.rules[0]).toEqual([]);
  });
  it('a misspelt property is still reported', () => {
    expect(check(sam('      MemorySise: 512')).rules[0]).toEqual(['input.unknownKey:warning']);
  });
});

describe('WebSocket APIs', () => {
  const template = (timeout: string) => `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties: {Runtime: nodejs24.x, Handler: index.handler, Role: r, Code: {ZipFile: x}, Timeout: 120}
  Socket:
    Type: AWS::ApiGatewayV2::Api
    Properties: {Name: chat, ProtocolType: WEBSOCKET, RouteSelectionExpression: $request.body.action}
  Integration:
    Type: AWS::ApiGatewayV2::Integration
    Properties:
      ApiId: !Ref Socket
      IntegrationType: AWS_PROXY
      IntegrationUri: !Sub arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Fn.Arn}/invocations
${timeout}`;
  it('a WebSocket route function does not get the HTTP API 30 s warning', () => {
    const {functions, rules} = check(template(''));
    expect(functions[0]!.eventSources).toEqual([{type: 'api', api: 'websocket'}]);
    expect(rules[0]).toEqual([]);
  });
  it('a WebSocket integration timeout above 29 s is an error', () => {
    expect(check(template('      TimeoutInMillis: 30000')).rules[0]).toEqual(['apigw.integrationTimeout:error']);
  });
});

describe('Serverless Framework files for other clouds', () => {
  it('says "not an AWS template" instead of "no runtime is set"', () => {
    const parsed = parseConfigText('service: hello\nprovider:\n  name: azure\n  region: West US 2\n  runtime: nodejs18\nfunctions:\n  hello:\n    handler: src/handlers/hello.sayHello\n');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/^Line 3, column 3: Not an AWS template: provider.name is "azure"/);
  });
  it('still reads aws providers', () => {
    expect(check('service: s\nprovider: {name: aws, runtime: nodejs24.x}\nfunctions: {f: {handler: h.h}}\n').rules[0]).toEqual([]);
  });
});

describe('Fn::ForEach (AWS::LanguageExtensions)', () => {
  const template = `Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]
Parameters:
  Names: {Type: CommaDelimitedList, Default: "orders,refunds"}
  Unknown: {Type: CommaDelimitedList}
Resources:
  Fn::ForEach::Workers:
    - Name
    - !Ref Names
    - 'Worker\${Name}':
        Type: AWS::Serverless::Function
        Properties:
          Runtime: python3.13
          Handler: !Sub '\${Name}.handler'
          MemorySize: 20000
  Fn::ForEach::Others:
    - Other
    - !Ref Unknown
    - 'Other&{Other}':
        Type: AWS::Lambda::Function
        Properties: {Runtime: python3.13, Handler: a.b, Role: r, Code: {ZipFile: x}}
`;
  it('expands each loop and checks the functions, with the loop line', () => {
    const {functions, rules} = check(template);
    expect(functions.map((fn) => fn.name)).toEqual(['Workerorders', 'Workerrefunds', 'OtherOther']);
    expect(functions[0]).toMatchObject({handler: 'orders.handler', memoryMB: 20000, location: {line: 6, column: 3}});
    expect(rules[0]).toEqual(['memory.range:error']);
    expect(rules[2]).toEqual(['unresolved:note']);
  });
});

describe('YAML merge keys and anchors', () => {
  it('merges <<: *defaults instead of reporting an unknown "<<" property', () => {
    const text = `service: merge
provider: {name: aws, runtime: nodejs24.x}
custom:
  defaults: &defaults
    memorySize: 20000
    timeout: 10
functions:
  a:
    <<: *defaults
    handler: a.handler
    timeout: 20
  b:
    <<: [*defaults]
    handler: b.handler
`;
    const {functions, rules} = check(text);
    expect(functions[0]).toMatchObject({memoryMB: 20000, timeoutSeconds: 20});
    expect(functions[1]).toMatchObject({memoryMB: 20000, timeoutSeconds: 10});
    expect(rules).toEqual([['memory.range:error'], ['memory.range:error']]);
  });
});

describe('serverless.yml variables', () => {
  const files: Record<string, string> = {
    'functions.yml': 'hello:\n  handler: handler.hello\n  memorySize: ${self:custom.memory.${sls:stage}}\n',
    'config/settings.json': '{"timeout": 40}',
  };
  const options: ParseOptions = {readFile: (path) => files[path.replace(/^\.\//, '')], parse: (text) => parseYaml(text)};
  const text = `service: vars
provider:
  name: aws
  runtime: nodejs24.x
  stage: \${opt:stage, 'prod'}
  timeout: \${file(./config/settings.json):timeout}
custom:
  memory: {prod: 2048, dev: 128}
functions: \${file(./functions.yml)}
`;
  it('reads functions: ${file(...)} and nested ${self:…${sls:stage}}', () => {
    const {functions} = check(text, options);
    expect(functions.map((fn) => fn.name)).toEqual(['hello']);
    expect(functions[0]).toMatchObject({memoryMB: 2048, timeoutSeconds: 40});
  });
  it('without a file reader (the site) says which file it needs, in one line', () => {
    const parsed = parseConfigText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/functions is \$\{file\(\.\/functions\.yml\)\}, which could not be read here/);
  });
  it('functions as a list of ${file()} and mappings is merged', () => {
    const {functions} = check("service: v\nprovider: {name: aws, runtime: nodejs24.x}\nfunctions:\n  - ${file(./functions.yml)}\n  - other: {handler: o.h}\ncustom: {memory: {dev: 256}}\n", options);
    expect(functions.map((fn) => [fn.name, fn.memoryMB])).toEqual([['hello', 256], ['other', 1024]]);
  });
  it('${env:} and ${opt:} without a fallback stay unresolved (a note), with one they take it', () => {
    const {functions, rules} = check("service: v\nprovider: {name: aws, runtime: nodejs24.x}\nfunctions:\n  f: {handler: h.h, memorySize: '${env:MEMORY}', timeout: '${opt:timeout, 12}'}\n");
    expect(functions[0]).toMatchObject({memoryMB: {unresolved: '${env:MEMORY}'}, timeoutSeconds: 12});
    expect(rules[0]).toEqual(['unresolved:note']);
  });
});

describe('REST API integration timeouts above 29 s', () => {
  const template = (endpoint: string) => `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties: {StageName: prod${endpoint}}
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      Timeout: 40
      Events:
        Get: {Type: Api, Properties: {RestApiId: !Ref Api, Path: /, Method: get, TimeoutInMillis: 45000}}
`;
  it('is an error on an edge-optimized API (the default endpoint type)', () => {
    expect(check(template('')).rules[0]).toEqual(['apigw.edgeIntegrationTimeout:error']);
  });
  it('is a note on a Regional API (needs a quota increase)', () => {
    expect(check(template(', EndpointConfiguration: REGIONAL')).rules[0]).toEqual(['apigw.integrationTimeoutQuota:note']);
    expect(check(template(', EndpointConfiguration: {Type: PRIVATE}')).rules[0]).toEqual(['apigw.integrationTimeoutQuota:note']);
  });
  it('plain CloudFormation: RestApi EndpointConfiguration.Types', () => {
    const cfn = (types: string) => `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties: {Runtime: python3.13, Handler: a.b, Role: r, Code: {ZipFile: x}, Timeout: 20}
  Rest:
    Type: AWS::ApiGateway::RestApi
    Properties: {Name: r${types}}
  Method:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Rest
      HttpMethod: GET
      ResourceId: !GetAtt Rest.RootResourceId
      Integration: {Type: AWS_PROXY, Uri: !Sub 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/\${Fn.Arn}/invocations', TimeoutInMillis: 60000}
`;
    expect(check(cfn('')).rules[0]).toEqual(['apigw.edgeIntegrationTimeout:error']);
    expect(check(cfn(', EndpointConfiguration: {Types: [REGIONAL]}')).rules[0]).toEqual(['apigw.integrationTimeoutQuota:note']);
  });
});

describe('ALB target groups', () => {
  it('two Lambda targets in one target group is an error', () => {
    const fn = (name: string) => `  ${name}:\n    Type: AWS::Lambda::Function\n    Properties: {Runtime: python3.13, Handler: a.b, Role: r, Code: {ZipFile: x}}\n`;
    const text = `Resources:\n${fn('A')}${fn('B')}  Group:\n    Type: AWS::ElasticLoadBalancingV2::TargetGroup\n    Properties:\n      TargetType: lambda\n      Targets: [{Id: !GetAtt A.Arn}, {Id: !GetAtt B.Arn}]\n`;
    const {rules, report} = check(text);
    expect(rules).toEqual([['alb.oneFunctionPerTargetGroup:error'], ['alb.oneFunctionPerTargetGroup:error']]);
    expect(report.functions[0]!.findings[0]!.message).toMatch(/^Line 8, column 3: Target group Group lists 2 Lambda targets/);
    const one = `Resources:\n${fn('A')}  Group:\n    Type: AWS::ElasticLoadBalancingV2::TargetGroup\n    Properties: {TargetType: lambda, Targets: [{Id: !GetAtt A.Arn}]}\n`;
    expect(check(one).rules).toEqual([[]]);
  });
});

describe('shell command input', () => {
  it('shell variables are unresolved values (a note), never errors', () => {
    const {functions, rules} = check('FN=orders\nsize=512\naws lambda create-function --function-name "$FN" --runtime python3.13 --handler a.b --memory-size $size --timeout "${TIMEOUT}"\n');
    expect(functions[0]).toMatchObject({name: '$FN', memoryMB: {unresolved: '$size (a shell variable)'}, timeoutSeconds: {unresolved: '${TIMEOUT} (a shell variable)'}});
    expect(rules[0]).toEqual(['unresolved:note', 'unresolved:note', 'unresolved:note']);
  });
  it('redirections and pipes end the command', () => {
    const {functions, rules} = check('aws lambda create-function --function-name f --runtime python3.13 --handler a.b >/dev/null 2>&1\naws lambda update-function-configuration --function-name f --timeout 30 | jq .\naws lambda put-function-concurrency --function-name f --reserved-concurrent-executions 5 && echo done\n');
    expect(functions[0]).toMatchObject({name: 'f', timeoutSeconds: 30, reservedConcurrency: 5});
    expect(rules[0]).toEqual([]);
  });
  it('update-function-configuration alone does not need a runtime', () => {
    const {rules} = check('aws lambda update-function-configuration --function-name f --memory-size 1024\n');
    expect(rules[0]).toEqual([]);
    expect(check('aws lambda create-function --function-name f --handler a.b\n').rules[0]).toEqual(['runtime.missing:error']);
  });
});

describe('ignoring rules', () => {
  it('Metadata lambda-lab ignore switches a rule off for one resource', () => {
    const text = 'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Metadata: {lambda-lab: {ignore: [memory.range]}}\n    Properties: {Runtime: python3.13, Handler: a.b, Role: r, Code: {ZipFile: x}, MemorySize: 20000}\n  Other:\n    Type: AWS::Lambda::Function\n    Properties: {Runtime: python3.13, Handler: a.b, Role: r, Code: {ZipFile: x}, MemorySize: 20000}\n';
    expect(check(text).rules).toEqual([[], ['memory.range:error']]);
  });
  it('a "# lambda-lab: ignore" comment above a serverless.yml function', () => {
    const text = 'service: s\nprovider: {name: aws, runtime: nodejs24.x}\nfunctions:\n  # lambda-lab: ignore memory.range\n  a: {handler: a.h, memorySize: 20000}\n  b: {handler: b.h, memorySize: 20000}\n';
    expect(check(text).rules).toEqual([[], ['memory.range:error']]);
  });
  it('CheckOptions.ignore switches rules off everywhere, by id or family prefix', () => {
    const parsed = parseConfigText('service: s\nprovider: {name: aws, runtime: python3.7}\nfunctions: {a: {handler: a.h, memorySize: 20000}}\n');
    if (!parsed.ok) throw new Error(parsed.error);
    const rules = (ignore: string[]) => checkFunctions(parsed.value.functions, {...TODAY, ignore}).functions[0]!.findings.map((f) => f.rule);
    expect(rules([])).toEqual(['runtime.deprecated', 'memory.range']);
    expect(rules(['memory.range'])).toEqual(['runtime.deprecated']);
    expect(rules(['runtime.*', 'memory.'])).toEqual([]);
  });
});

describe('found on the real-world corpus', () => {
  it('a serverless.yml event with no settings ("- alexaSkill") is valid', () => {
    expect(check('service: s\nprovider: {name: aws, runtime: nodejs24.x}\nfunctions:\n  f:\n    handler: h.h\n    events:\n      - alexaSkill\n').rules[0]).toEqual([]);
  });
  it('a language name a plugin turns into a runtime ("rust" + serverless-rust) is unresolved, not an error', () => {
    expect(check('service: s\nprovider: {name: aws, runtime: rust}\nplugins: [serverless-rust]\nfunctions: {f: {handler: h}}\n').rules[0]).toEqual(['unresolved:note']);
    expect(check('service: s\nprovider: {name: aws, runtime: rust}\nfunctions: {f: {handler: h}}\n').rules[0]).toEqual(['runtime.unknown:error']);
  });
  it('a serverless.yml with resources but no functions is checked (0 functions), not refused', () => {
    expect(check('service: s\nprovider: {name: aws}\nresources: {Resources: {}}\n').functions).toEqual([]);
  });
  it('Architectures: !Ref to a String parameter is a one-item list', () => {
    const {functions, rules} = check('Transform: AWS::Serverless-2016-10-31\nParameters: {Arch: {Type: String, Default: arm64}}\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties: {Runtime: python3.13, Handler: a.b, CodeUri: s, Architectures: !Ref Arch}\n');
    expect(functions[0]!.architecture).toBe('arm64');
    expect(rules[0]).toEqual([]);
  });
});
