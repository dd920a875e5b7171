import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {checkFunctions} from '../../../src/core/limits/checkFunctions.ts';
import {parseAwsCli, parseShorthand, tokenizeShell} from '../../../src/core/limits/parse/parseAwsCli.ts';
import {parseConfigText} from '../../../src/core/limits/parse/parseConfigText.ts';
import {readYaml} from '../../../src/core/limits/parse/readYaml.ts';
import {resolveIntrinsics, type TemplateScope} from '../../../src/core/limits/parse/resolveIntrinsics.ts';
import type {FunctionConfig} from '../../../src/core/limits/types.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/limits/${name}`, import.meta.url), 'utf8');
const TODAY = {today: '2026-11-24'};

function parse(name: string) {
  const parsed = parseConfigText(fixture(name));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}
const byName = (functions: readonly FunctionConfig[], name: string) => {
  const fn = functions.find((candidate) => candidate.name === name);
  if (!fn) throw new Error(`no function ${name}`);
  return fn;
};
const rules = (functions: readonly FunctionConfig[], name: string) => checkFunctions(functions, TODAY).functions.find((fn) => fn.name === name)!.findings.map((f) => `${f.rule}:${f.severity}`);

describe('YAML reader', () => {
  it('turns every intrinsic tag into its long form', () => {
    const text = ['a: !Ref P', 'b: !GetAtt Q.Arn', 'c: !Sub "x"', 'd: !Join [",", [a]]', 'e: !If [C, 1, 2]', 'f: !Select [0, [a]]', 'g: !FindInMap [M, a, b]', 'h: !ImportValue x', 'i: !Split [",", "a,b"]', 'j: !Base64 x', 'k: !Cidr [a, 1, 2]', 'l: !GetAZs ""', 'm: !Equals [a, b]', 'n: !And [!Condition C]', 'o: !Or [!Condition C]', 'p: !Not [!Condition C]'].join('\n');
    const read = readYaml(text);
    if (!read.ok) throw new Error(read.error);
    expect(read.value.value).toEqual({
      a: {Ref: 'P'}, b: {'Fn::GetAtt': ['Q', 'Arn']}, c: {'Fn::Sub': 'x'}, d: {'Fn::Join': [',', ['a']]}, e: {'Fn::If': ['C', 1, 2]},
      f: {'Fn::Select': [0, ['a']]}, g: {'Fn::FindInMap': ['M', 'a', 'b']}, h: {'Fn::ImportValue': 'x'}, i: {'Fn::Split': [',', 'a,b']},
      j: {'Fn::Base64': 'x'}, k: {'Fn::Cidr': ['a', 1, 2]}, l: {'Fn::GetAZs': ''}, m: {'Fn::Equals': ['a', 'b']},
      n: {'Fn::And': [{Condition: 'C'}]}, o: {'Fn::Or': [{Condition: 'C'}]}, p: {'Fn::Not': [{Condition: 'C'}]},
    });
  });
  it('reports syntax errors with line and column', () => {
    const read = readYaml(fixture('malformed.yaml'));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(/^Line 7, column 5: .*YAML syntax/);
    const duplicate = readYaml('a: 1\na: 2');
    expect(!duplicate.ok && duplicate.error).toMatch(/^Line 2, column 1: Map keys must be unique/);
  });
  it('refuses alias bombs instead of hanging', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [*${'abcdefgh'[i]}, *${'abcdefgh'[i]}, *${'abcdefgh'[i]}, *${'abcdefgh'[i]}, *${'abcdefgh'[i]}, *${'abcdefgh'[i]}, *${'abcdefgh'[i]}, *${'abcdefgh'[i]}, *${'abcdefgh'[i]}, *${'abcdefgh'[i]}]`)].join('\n');
    const read = readYaml(bomb);
    expect(!read.ok && read.error).toMatch(/too many values/);
  });
});

describe('intrinsic resolution', () => {
  const scope: TemplateScope = {
    parameters: {Memory: 512, Stage: 'prod'},
    mappings: {Size: {prod: {Mb: 2048}}},
    conditions: {IsProd: {'Fn::Equals': [{Ref: 'Stage'}, 'prod']}, Unknown: {'Fn::Equals': [{Ref: 'NoDefault'}, 'x']}},
    resources: new Set(['Queue']),
  };
  it.each([
    [{Ref: 'Memory'}, 512],
    [{'Fn::Sub': 'app-${Stage}'}, 'app-prod'],
    [{'Fn::Sub': ['${A}-${Stage}', {A: 'x'}]}, 'x-prod'],
    [{'Fn::Join': ['-', ['a', {Ref: 'Stage'}]]}, 'a-prod'],
    [{'Fn::Select': [1, {'Fn::Split': [',', 'a,b,c']}]}, 'b'],
    [{'Fn::FindInMap': ['Size', {Ref: 'Stage'}, 'Mb']}, 2048],
    [{'Fn::If': ['IsProd', 10, 20]}, 10],
    [{'Fn::If': ['IsProd', {Ref: 'AWS::NoValue'}, 1]}, undefined],
  ])('%j → %j', (input, expected) => {
    const value = resolveIntrinsics({x: input}, scope) as Record<string, unknown>;
    expect(value['x']).toEqual(expected);
  });
  it.each([
    [{Ref: 'NoDefault'}, '!Ref NoDefault (no default)'],
    [{Ref: 'Queue'}, '!Ref Queue'],
    [{Ref: 'AWS::Region'}, '!Ref AWS::Region'],
    [{'Fn::GetAtt': ['Queue', 'Arn']}, '!GetAtt Queue.Arn'],
    [{'Fn::ImportValue': 'shared'}, '!ImportValue shared'],
    [{'Fn::If': ['Unknown', 1, 2]}, '!If ["Unknown",1,2] (condition Unknown depends on deployment)'],
    [{'Fn::Sub': '${Queue.Arn}'}, '!Sub ${Queue.Arn}'],
  ])('%j stays unresolved as %s', (input, description) => {
    expect(resolveIntrinsics(input, scope)).toEqual({unresolved: description});
  });
  it('evaluates And, Or, Not and Condition', () => {
    const s = {...scope, conditions: {...scope.conditions, Both: {'Fn::And': [{Condition: 'IsProd'}, {'Fn::Not': [{'Fn::Equals': ['a', 'b']}]}]}, Either: {'Fn::Or': [{Condition: 'Unknown'}, {Condition: 'IsProd'}]}}};
    expect(resolveIntrinsics({'Fn::If': ['Both', 'y', 'n']}, s)).toBe('y');
    expect(resolveIntrinsics({'Fn::If': ['Either', 'y', 'n']}, s)).toBe('y');
  });
});

describe('SAM template', () => {
  const {format, functions} = parse('sam-app.yaml');
  it('finds the three functions and applies Globals', () => {
    expect(format).toBe('cloudformation');
    expect(functions.map((fn) => fn.name)).toEqual(['ApiFunction', 'WorkerFunction', 'PricingFunction']);
    const api = byName(functions, 'ApiFunction');
    expect(api).toMatchObject({runtime: 'python3.12', memoryMB: 256, timeoutSeconds: 30, architecture: 'arm64', location: {line: 54, column: 3}});
    expect(api.environment).toEqual({LOG_LEVEL: 'INFO', TABLE: {unresolved: '!Sub ${AWS::StackName}-orders'}, QUEUE_URL: {unresolved: '!Ref OrdersQueue'}, PARTS: 'orders-api'});
    expect(api.layers).toEqual(['arn:aws:lambda:us-east-1:123456789012:layer:shared:7']);
  });
  it('resolves parameter defaults, conditions and mappings; links the SQS queue', () => {
    const worker = byName(functions, 'WorkerFunction');
    expect(worker).toMatchObject({memoryMB: 1024, ephemeralStorageMB: 512, timeoutSeconds: 30});
    expect(worker.eventSources).toEqual([{type: 'sqs', queue: 'OrdersQueue', fifo: false, visibilityTimeoutSeconds: 120, batchSize: 50, maximumBatchingWindowSeconds: 5}]);
    expect(rules(functions, 'WorkerFunction')).toEqual(['sqs.visibility:warning']); // 120 < 6 × 30 + 5
  });
  it('flags API Gateway, SnapStart conflicts, and reports what it cannot resolve', () => {
    expect(rules(functions, 'ApiFunction')).toEqual(['apigw.timeout:warning']);
    const pricing = byName(functions, 'PricingFunction');
    expect(pricing).toMatchObject({snapStart: true, provisionedConcurrency: 5, vpc: true, ephemeralStorageMB: {unresolved: expect.stringContaining('!FindInMap')}});
    expect(rules(functions, 'PricingFunction')).toEqual(['snapstart.provisioned:error', 'snapstart.versions:note', 'unresolved:note']);
  });
});

describe('CloudFormation JSON', () => {
  const {functions} = parse('cfn-stack.json');
  it('links event source mappings, aliases and CloudFront associations', () => {
    const ingest = byName(functions, 'IngestFunction');
    expect(ingest).toMatchObject({functionName: 'ingest-orders', reservedConcurrency: 950, provisionedConcurrency: 1000, location: {line: 11, column: 5}});
    expect(ingest.eventSources).toEqual([{type: 'sqs', queue: 'IngestQueue', fifo: true, visibilityTimeoutSeconds: 30, batchSize: 20}]);
    expect(rules(functions, 'IngestFunction')).toEqual(['environment.reserved:error', 'concurrency.reserved:error', 'concurrency.provisionedVsReserved:error', 'sqs.visibility:error', 'sqs.batchSize:error', 'runtime.deprecated:warning']);
    const edge = byName(functions, 'EdgeFunction');
    expect(edge.edgeTrigger).toBe('viewer-request');
    expect(rules(functions, 'EdgeFunction')).toContain('edge.environment:error');
  });
});

describe('plain CloudFormation API Gateway', () => {
  it('links REST methods and HTTP API integrations to the function, with their timeouts', () => {
    const {functions} = parse('cfn-apigateway.yaml');
    expect(byName(functions, 'Handler').eventSources).toEqual([{type: 'api', api: 'rest', integrationTimeoutMs: 45_000, endpoint: {unresolved: 'the endpoint type of a REST API defined outside this template'}}, {type: 'api', api: 'http'}]);
    // The REST integration waits 45 s and the HTTP API 30 s, both less than the 60 s function timeout.
    const messages = checkFunctions(functions, TODAY).functions[0]!.findings.map((f) => f.message);
    expect(messages.filter((m) => m.includes('integration timeout (45 s)'))).toHaveLength(1);
    expect(messages.filter((m) => m.includes('HTTP API integration timeout (30 s)'))).toHaveLength(1);
  });
});

describe('serverless.yml', () => {
  const {format, functions} = parse('serverless.yml');
  it('applies provider defaults and framework defaults, resolves ${self:} and ${opt:, default}', () => {
    expect(format).toBe('serverless');
    expect(byName(functions, 'resize')).toMatchObject({runtime: 'nodejs20.x', memoryMB: 3008, timeoutSeconds: 20, region: 'eu-west-1'});
    expect(byName(functions, 'api')).toMatchObject({memoryMB: 1024, timeoutSeconds: 40});
    expect(byName(functions, 'resize').environment).toEqual({STAGE: 'dev', BUCKET: {unresolved: '${ssm:/thumbnails/bucket}'}});
  });
  it('reads sqs, http and cloudFront events', () => {
    expect(byName(functions, 'resize').eventSources).toEqual([{type: 'sqs', queue: 'ResizeQueue', fifo: false, visibilityTimeoutSeconds: 90, batchSize: 10}]);
    expect(rules(functions, 'resize')).toContain('sqs.visibility:warning');
    expect(rules(functions, 'api')).toContain('apigw.timeout:warning');
    expect(rules(functions, 'rewrite')).toEqual(['edge.region:error', 'edge.environment:error', 'edge.version:note']);
  });
});

describe('aws lambda command lines', () => {
  it('reads the seed example with continuations, quotes, shorthand and JSON', () => {
    const {format, functions} = parse('create-function.sh');
    expect(format).toBe('aws-cli');
    expect(functions).toHaveLength(1);
    expect(functions[0]).toMatchObject({name: 'CreateThumbnail', runtime: 'nodejs12.x', handler: 'index.handler', memoryMB: 1024, timeoutSeconds: 20, ephemeralStorageMB: 2048, snapStart: true, reservedConcurrency: 950, environment: {BUCKET: 'thumbs', SIZES: '64,128'}, location: {line: 3, column: 1}});
  });
  it('reads the one-line seed command', () => {
    const parsed = parseAwsCli('aws lambda create-function --function-name CreateThumbnail --zip-file fileb://function.zip --handler index.handler --runtime nodejs12.x --timeout 10 --memory-size 1024 --role arn:aws:iam::205850140633:role/jb-lambda-S3-role\n--cli-binary-format raw-in-base64-out \\\n');
    expect(parsed.ok && parsed.value[0]).toMatchObject({runtime: 'nodejs12.x', timeoutSeconds: 10, memoryMB: 1024});
  });
  it('tokenizes quotes and continuations', () => {
    const tokens = tokenizeShell(`aws lambda x --a 'one two' \\\n  --b "three \\"four\\""`);
    expect(tokens.ok && tokens.value.map((t) => t.text)).toEqual(['aws', 'lambda', 'x', '--a', 'one two', '--b', 'three "four"']);
    const open = tokenizeShell(`aws lambda x --a 'never closed`);
    expect(!open.ok && open.error).toBe('Line 1, column 18: The single quote opened here is never closed.');
  });
  it('parses shorthand maps and reports bad values', () => {
    expect(parseShorthand('Variables={A=1,B="x,y"}')).toEqual({ok: true, value: {Variables: {A: '1', B: 'x,y'}}});
    expect(parseShorthand('{"Size": 1024}')).toEqual({ok: true, value: {Size: 1024}});
    expect(parseShorthand('Variables={A=1').ok).toBe(false);
    const parsed = parseAwsCli('aws lambda create-function --function-name f --runtime python3.13 --handler a.b --memory-size big --colour red');
    const findings = parsed.ok ? parsed.value[0]!.parseFindings!.map((f) => f.message) : [];
    expect(findings).toEqual(['Line 1, column 99: --colour is not an option of aws lambda create-function; the CLI will reject the command.', 'Line 1, column 81: --memory-size must be a number, not "big".']);
  });
});

describe('resource conditions and keys', () => {
  const template = (condition: string) => `Parameters:\n  Stage: {Type: String, Default: dev}\n  Other: {Type: String}\nConditions:\n  IsProd: !Equals [!Ref Stage, prod]\n  IsOther: !Equals [!Ref Other, x]\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Condition: ${condition}\n    Propertes: {}\n    Properties: {Runtime: python3.13, Handler: a.b}\n`;
  it('skips a function whose Condition is false, notes one that depends on deployment', () => {
    const skipped = parseConfigText(template('IsProd'));
    expect(skipped.ok && skipped.value.functions).toEqual([]);
    const kept = parseConfigText(template('IsOther'));
    const messages = kept.ok ? kept.value.functions[0]!.parseFindings!.map((f) => f.message) : [];
    expect(messages).toEqual([
      'Line 11, column 5: Resources.Fn.Propertes is not a known resource property (did you mean Properties?); it is ignored here and may be rejected on deploy.',
      'Line 10, column 5: This function is created only when condition IsOther holds, which depends on deployment; it was checked as if created.',
    ]);
  });
});

describe('malformed input', () => {
  it('wrong types and unknown keys become findings with positions, the rest is still checked', () => {
    const {functions} = parse('wrong-types.yaml');
    const messages = checkFunctions(functions, TODAY).functions[0]!.findings.map((f) => `${f.severity}: ${f.message}`);
    expect(messages).toEqual([
      'error: Line 7, column 7: Resources.Fn.Properties.MemorySize must be a number, not "lots".',
      'error: Line 9, column 7: Resources.Fn.Properties.Layers must be a list, not "arn:aws:lambda:us-east-1:1:layer:x:1".',
      'warning: Line 8, column 7: Resources.Fn.Properties.Timout is not a known AWS::Serverless::Function property (did you mean Timeout?); it is ignored here and may be rejected on deploy.',
    ]);
  });
  it.each([
    ['', /empty/],
    ['just: text', /^Line 1, column 1: this is neither/],
    ['Resources: [1, 2]', /no Resources mapping/],
    ['Resources:\n  Fn: 5', /^Line 2, column 3: Resources.Fn must be a mapping/],
    ['service: x\nfunctions: [a]', /^Line 2, column 1: functions must be a mapping/],
    ['aws lambda list-functions', /do not configure a function/],
    ['{"Resources": {"Fn": {"Type": "AWS::Lambda::Function"}}', /^Line 1, column \d+: .*YAML syntax/],
  ])('%j → clear message', (text, message) => {
    const parsed = parseConfigText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});
