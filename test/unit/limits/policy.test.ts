import {readFileSync} from 'node:fs';
import {parse as parseYaml} from 'yaml';
import {describe, expect, it} from 'vitest';
import {memoryIO} from '../../../src/cli/io.ts';
import {main} from '../../../src/cli/main.ts';
import {checkFunctions} from '../../../src/core/limits/checkFunctions.ts';
import {parseConfigText} from '../../../src/core/limits/parse/parseConfigText.ts';
import {readPolicy} from '../../../src/core/limits/policy.ts';

const policyText = readFileSync(new URL('../../fixtures/policy/policy.yml', import.meta.url), 'utf8');
const policy = (() => {
  const read = readPolicy(parseYaml(policyText), 'policy.yml');
  if (!read.ok) throw new Error(read.error);
  return read.value;
})();

function rules(text: string) {
  const parsed = parseConfigText(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return checkFunctions(parsed.value.functions, {today: '2026-12-02', policy}).functions.map((fn) => fn.findings.map((f) => `${f.rule}:${f.severity}`));
}

describe('team policy', () => {
  it('a compliant SAM function has no policy findings', () => {
    expect(rules('Transform: AWS::Serverless-2016-10-31\nGlobals:\n  Function: {Tags: {team: a, cost-center: b}}\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties: {Runtime: python3.13, Handler: a.b, CodeUri: s, Architectures: [arm64], MemorySize: 1024, Timeout: 30, ReservedConcurrentExecutions: 5, AutoPublishAlias: live, Events: {Q: {Type: SQS, Properties: {Queue: arn:aws:sqs:us-east-1:1:q}}}}\n')).toEqual([['unresolved:note']]);
  });
  it('reports each rule it breaks', () => {
    expect(rules('Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties: {Runtime: nodejs22.x, Handler: a.b, CodeUri: s, MemorySize: 4096, Timeout: 120, Tags: {team: a}, Events: {Q: {Type: Schedule, Properties: {Schedule: rate(1 minute)}}}}\n')[0]).toEqual(['policy.runtime:error', 'policy.architecture:error', 'policy.memory:error', 'policy.timeout:error', 'policy.tags:error', 'policy.reservedConcurrency:error', 'policy.latest:error', 'runtime.deprecationSoon:note']);
  });
  it('an event source mapping on the function itself is $LATEST; on an alias it is not', () => {
    const template = (target: string) => `Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties: {Runtime: nodejs24.x, Handler: a.b, Role: r, Code: {ZipFile: x}, Architectures: [arm64], ReservedConcurrentExecutions: 1, Tags: [{Key: team, Value: a}, {Key: cost-center, Value: b}]}\n  Live:\n    Type: AWS::Lambda::Alias\n    Properties: {FunctionName: !Ref F, FunctionVersion: '1', Name: live}\n  Q:\n    Type: AWS::SQS::Queue\n    Properties: {VisibilityTimeout: 60}\n  M:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties: {FunctionName: ${target}, EventSourceArn: !GetAtt Q.Arn}\n`;
    expect(rules(template('!Ref F'))[0]).toEqual(['policy.latest:error']);
    expect(rules(template('!Ref Live'))[0]).toEqual([]);
  });
  it('bad policy files get one line naming the key and the accepted values', () => {
    expect(readPolicy({memory: {max: 99_999}})).toEqual({ok: false, error: 'memory.max must be a number of MB from 128 to 10,240, got 99999'});
    expect(readPolicy({runtime: ['x']})).toMatchObject({ok: false, error: expect.stringMatching(/^unknown policy key "runtime"; the keys are runtimes, /)});
    expect(readPolicy({reservedConcurrency: 'yes'})).toMatchObject({ok: false, error: 'reservedConcurrency must be "required" (or true/false)'});
  });
  it('lambda-lab check --policy applies it; a bad file is exit 2 with one line', async () => {
    const io = memoryIO({'p.yml': policyText, 's.yml': 'service: s\nprovider: {name: aws, runtime: nodejs24.x, architecture: arm64, tags: {team: a, cost-center: b}}\nfunctions: {f: {handler: h.h, reservedConcurrency: 2, memorySize: 4096}}\n'});
    expect(await main(['check', 's.yml', '--policy', 'p.yml', '--json', '--today', '2026-12-02'], io)).toBe(1);
    expect(JSON.parse(io.stdout).functions[0].findings.map((f: {rule: string}) => f.rule)).toEqual(['policy.memory']);
    const bad = memoryIO({'p.yml': 'timeout: {max: 0}\n', 's.yml': 'service: s\nfunctions: {}\n'});
    expect(await main(['check', 's.yml', '--policy', 'p.yml'], bad)).toBe(2);
    expect(bad.stderr).toBe("lambda-lab check: --policy 'p.yml': timeout.max must be a number of seconds from 1 to 5,400, got 0 (docs/tools/policy.md)\n");
  });
});
