import {afterAll, describe, expect, it} from 'vitest';
import {parseMockFile, type MockFile} from '../../../src/core/awsMocks/index.ts';
import {createNodeSandboxHost, run} from './hostile/support.ts';

const host = createNodeSandboxHost();
afterAll(() => host.dispose());

function mocks(value: unknown): MockFile {
  const r = parseMockFile(JSON.stringify(value));
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('simulated AWS SDK v3 in the sandbox', () => {
  it('SSM read then DynamoDB document-client write: both calls recorded in order with inputs, answered from the mocks', async () => {
    const code = `import {SSMClient, GetParameterCommand} from '@aws-sdk/client-ssm';
import {DynamoDBClient} from '@aws-sdk/client-dynamodb';
import {DynamoDBDocumentClient, PutCommand} from '@aws-sdk/lib-dynamodb';
const ssm = new SSMClient({});
const ddb = DynamoDBDocumentClient.from(new DynamoDBClient({}));
export const handler = async (event) => {
  const p = await ssm.send(new GetParameterCommand({Name: '/app/table', WithDecryption: true}));
  const r = await ddb.send(new PutCommand({TableName: p.Parameter.Value, Item: {id: event.id, tags: new Set(['a'])}}));
  return {table: p.Parameter.Value, status: r.$metadata.httpStatusCode};
};`;
    const o = await run(host, code, {event: {id: 'o-1'}, mocks: mocks({mocks: [{service: 'ssm', operation: 'GetParameter', input: {Name: '/app/table'}, output: {Parameter: {Name: '/app/table', Type: 'String', Value: 'orders'}}}]})});
    expect(o.error).toBeNull();
    expect(o.result).toEqual({table: 'orders', status: 200});
    expect(o.awsCalls.map((c) => [c.service, c.operation, c.outcome])).toEqual([['ssm', 'GetParameter', 'mock'], ['dynamodb', 'PutItem', 'default']]);
    expect(o.awsCalls[0]!.input).toEqual({Name: '/app/table', WithDecryption: true});
    expect(o.awsCalls[1]!.input).toEqual({TableName: 'orders', Item: {id: 'o-1', tags: ['a']}});
    expect(o.awsCalls[1]!.note).toBe('no mock set: default empty response');
    expect(o.awsCalls[1]!.atMs).toBeGreaterThanOrEqual(o.awsCalls[0]!.atMs);
  });

  it('a mock error is thrown the way SDK v3 throws it (name, message, $metadata, $fault) and instanceof works', async () => {
    const code = `const {DynamoDBClient, GetItemCommand, ResourceNotFoundException} = require('@aws-sdk/client-dynamodb');
const client = new DynamoDBClient({region: 'eu-west-1'});
exports.handler = async () => {
  try { await client.send(new GetItemCommand({TableName: 'missing', Key: {id: {S: '1'}}})); return 'no error'; }
  catch (e) { return {name: e.name, message: e.message, status: e.$metadata.httpStatusCode, fault: e.$fault, isClass: e instanceof ResourceNotFoundException, isError: e instanceof Error}; }
};`;
    const o = await run(host, code, {filename: 'index.js', mocks: mocks({mocks: [{service: 'dynamodb', operation: 'GetItem', error: {code: 'ResourceNotFoundException', message: 'Requested resource not found', statusCode: 400}}]})});
    expect(o.result).toEqual({name: 'ResourceNotFoundException', message: 'Requested resource not found', status: 400, fault: 'client', isClass: true, isError: true});
    expect(o.awsCalls[0]).toMatchObject({outcome: 'error', error: {code: 'ResourceNotFoundException'}});
  });

  it('an unhandled SDK error fails the invocation with its name as errorType', async () => {
    const code = `import {S3Client, GetObjectCommand} from '@aws-sdk/client-s3';
export const handler = async () => { await new S3Client({}).send(new GetObjectCommand({Bucket: 'b', Key: 'k'})); };`;
    const o = await run(host, code, {mocks: mocks({mocks: [{service: 's3', operation: 'GetObject', error: {code: 'NoSuchKey', message: 'The specified key does not exist.', statusCode: 404}}]})});
    expect(o.error).toMatchObject({errorType: 'NoSuchKey', errorMessage: 'The specified key does not exist.'});
  });

  it('S3 GetObject Body has transformToString; aggregated clients and callbacks work; calls during init are recorded', async () => {
    const code = `import {S3Client, GetObjectCommand} from '@aws-sdk/client-s3';
import {SecretsManager} from '@aws-sdk/client-secrets-manager';
import {STSClient, GetCallerIdentityCommand} from '@aws-sdk/client-sts';
const sm = new SecretsManager({});
const secret = await sm.getSecretValue({SecretId: 'db'});
export const handler = async () => {
  const obj = await new S3Client({}).send(new GetObjectCommand({Bucket: 'b', Key: 'k.json'}));
  const text = await obj.Body.transformToString();
  const who = await new Promise((resolve, reject) => new STSClient({}).send(new GetCallerIdentityCommand({}), (err, data) => err ? reject(err) : resolve(data)));
  return {text, secret: secret.SecretString, account: who.Account ?? null};
};`;
    const o = await run(host, code, {mocks: mocks({mocks: [
      {service: 's3', operation: 'GetObject', output: {Body: '{"a":1}', ContentType: 'application/json'}},
      {service: 'secrets-manager', operation: 'GetSecretValue', input: {SecretId: 'db'}, output: {SecretString: 's3cr3t'}},
    ]})});
    expect(o.error).toBeNull();
    expect(o.result).toEqual({text: '{"a":1}', secret: 's3cr3t', account: null});
    expect(o.awsCalls.map((c) => `${c.service}.${c.operation}`)).toEqual(['secrets-manager.GetSecretValue', 's3.GetObject', 'sts.GetCallerIdentity']);
  });

  it('latency in the mock file is added to the duration; without it calls take no simulated time', async () => {
    const code = `import {SQSClient, SendMessageCommand} from '@aws-sdk/client-sqs';
const sqs = new SQSClient({});
export const handler = async () => { await sqs.send(new SendMessageCommand({QueueUrl: 'q', MessageBody: 'x'})); return 'sent'; };`;
    const slow = await run(host, code, {mocks: mocks({latencyMs: 200, mocks: []})});
    expect(slow.result).toBe('sent');
    expect(slow.report.durationMs).toBeGreaterThanOrEqual(200);
    expect(slow.awsCalls[0]!.latencyMs).toBe(200);
  });

  it('util-dynamodb marshall/unmarshall round-trips like the real package', async () => {
    const code = `import {marshall, unmarshall} from '@aws-sdk/util-dynamodb';
export const handler = async () => {
  const m = marshall({id: 'a', n: 3, ok: true, nil: null, list: [1, 'x'], map: {k: 'v'}});
  return {m, back: unmarshall(m)};
};`;
    const o = await run(host, code);
    expect(o.result).toEqual({
      m: {id: {S: 'a'}, n: {N: '3'}, ok: {BOOL: true}, nil: {NULL: true}, list: {L: [{N: '1'}, {S: 'x'}]}, map: {M: {k: {S: 'v'}}}},
      back: {id: 'a', n: 3, ok: true, nil: null, list: [1, 'x'], map: {k: 'v'}},
    });
  });

  it('aws-sdk v2 is not on the Node.js 18+ runtimes: Runtime.ImportModuleError, as on Lambda', async () => {
    const o = await run(host, "const AWS = require('aws-sdk'); exports.handler = async () => 1;", {filename: 'index.js'});
    expect(o.error?.errorType).toBe('Runtime.ImportModuleError');
    expect(o.error?.errorMessage).toContain("Cannot find module 'aws-sdk'");
  });
});
