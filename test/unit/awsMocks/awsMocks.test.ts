import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {answerAwsCall, formatAwsCall, matchesPartially, normalizeServiceName, operationFromCommandName, operationFromSnakeCase, parseMockFile} from '../../../src/core/awsMocks/index.ts';

const SAMPLE = JSON.stringify({
  latencyMs: 0,
  mocks: [
    {service: 'ssm', operation: 'GetParameter', input: {Name: '/app/db-url'}, output: {Parameter: {Name: '/app/db-url', Type: 'String', Value: 'postgres://db'}}},
    {service: 'ssm', operation: 'GetParameter', output: {Parameter: {Value: 'fallback'}}},
    {service: 'dynamodb', operation: 'PutItem', output: {}},
    {service: 's3', operation: 'GetObject', error: {code: 'NoSuchKey', message: 'The specified key does not exist.', statusCode: 404}},
  ],
});

function parsed() {
  const r = parseMockFile(SAMPLE);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('parseMockFile', () => {
  it('reads the contract example', () => {
    const file = parsed();
    expect(file.latencyMs).toBe(0);
    expect(file.mocks).toHaveLength(4);
    expect(file.mocks[3]!.error).toEqual({code: 'NoSuchKey', message: 'The specified key does not exist.', statusCode: 404});
  });

  it('treats empty text as no mocks and a bare array as the mocks list', () => {
    expect(parseMockFile('  ')).toEqual({ok: true, value: {latencyMs: 0, mocks: []}});
    const r = parseMockFile('[{"service":"sts","operation":"GetCallerIdentity","output":{"Account":"123456789012"}}]');
    expect(r.ok && r.value.mocks[0]!.service).toBe('sts');
  });

  it('defaults an error to status 400 and its message to the code', () => {
    const r = parseMockFile('{"mocks":[{"service":"dynamodb","operation":"GetItem","error":{"code":"ResourceNotFoundException"}}]}');
    expect(r.ok && r.value.mocks[0]!.error).toEqual({code: 'ResourceNotFoundException', message: 'ResourceNotFoundException', statusCode: 400});
  });

  it('maps boto3 service names onto the SDK v3 ones', () => {
    const r = parseMockFile('{"mocks":[{"service":"secretsmanager","operation":"GetSecretValue","output":{}},{"service":"events","operation":"PutEvents"},{"service":"stepfunctions","operation":"StartExecution"}]}');
    expect(r.ok && r.value.mocks.map((m) => m.service)).toEqual(['secrets-manager', 'eventbridge', 'sfn']);
  });

  it.each([
    ['{', /^mock file: not valid JSON/],
    ['42', /^mock file: must be a JSON object/],
    ['{"mock":[]}', /^mock: unknown field/],
    ['{"latencyMs":-1}', /^latencyMs: must be a number/],
    ['{"mocks":{}}', /^mocks: must be an array/],
    ['{"mocks":[1]}', /^mocks\[0\]: must be an object/],
    ['{"mocks":[{"service":"ssm","operation":"getParameter"}]}', /^mocks\[0\]\.operation: must be a PascalCase/],
    ['{"mocks":[{"service":"ssm","operation":"GetParameter"},{"service":"","operation":"X"}]}', /^mocks\[1\]\.service:/],
    ['{"mocks":[{"service":"ssm","operation":"GetParameter","output":{},"error":{"code":"X"}}]}', /^mocks\[0\]: has both output and error/],
    ['{"mocks":[{"service":"ssm","operation":"GetParameter","error":{"code":"X","statusCode":200}}]}', /^mocks\[0\]\.error\.statusCode:/],
    ['{"mocks":[{"service":"ssm","operation":"GetParameter","outptu":{}}]}', /^mocks\[0\]\.outptu: unknown field/],
    ['{"mocks":[{"service":"ssm","operation":"GetParameter","input":"x"}]}', /^mocks\[0\]\.input: must be an object/],
  ])('refuses %s with one line naming the path', (text, message) => {
    const r = parseMockFile(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toMatch(message);
      expect(r.error).not.toContain('\n');
    }
  });
});

describe('answerAwsCall', () => {
  it('answers from the first mock whose input matches, in file order', () => {
    const file = parsed();
    const exact = answerAwsCall(file, {service: 'ssm', operation: 'GetParameter', input: {Name: '/app/db-url', WithDecryption: true}, atMs: 3});
    expect(exact).toMatchObject({outcome: 'mock', mockIndex: 0, atMs: 3, output: {Parameter: {Value: 'postgres://db'}}});
    const other = answerAwsCall(file, {service: 'ssm', operation: 'GetParameter', input: {Name: '/other'}});
    expect(other).toMatchObject({outcome: 'mock', mockIndex: 1, output: {Parameter: {Value: 'fallback'}}});
  });

  it('answers with the mock error', () => {
    const r = answerAwsCall(parsed(), {service: 's3', operation: 'GetObject', input: {Bucket: 'b', Key: 'k'}});
    expect(r).toMatchObject({outcome: 'error', error: {code: 'NoSuchKey', statusCode: 404}, mockIndex: 3});
    expect(r.output).toBeUndefined();
  });

  it('gives the default empty answer, marked, when no mock matches', () => {
    const r = answerAwsCall(parsed(), {service: 'sqs', operation: 'SendMessage', input: {QueueUrl: 'q'}});
    expect(r).toMatchObject({outcome: 'default', output: {}, note: 'no mock set: default empty response'});
    expect(formatAwsCall(r, 1)).toBe('1. +0 ms  sqs SendMessage {"QueueUrl":"q"} → no mock set: default empty response');
  });

  it('accepts package and boto3 spellings of the service in a call', () => {
    const r = answerAwsCall(parsed(), {service: '@aws-sdk/client-dynamodb', operation: 'PutItem', input: {}});
    expect(r.outcome).toBe('mock');
  });

  it('records the latency the file sets', () => {
    const file = {latencyMs: 25, mocks: []};
    expect(answerAwsCall(file, {service: 'sts', operation: 'GetCallerIdentity', input: {}}).latencyMs).toBe(25);
  });
});

describe('names', () => {
  it('maps commands and snake_case to operation names', () => {
    expect(operationFromCommandName('GetParameterCommand')).toBe('GetParameter');
    expect(operationFromCommandName('PutCommand')).toBe('PutItem');
    expect(operationFromCommandName('BatchWriteCommand')).toBe('BatchWriteItem');
    expect(operationFromCommandName('PutItemCommand')).toBe('PutItem');
    expect(operationFromSnakeCase('get_parameter')).toBe('GetParameter');
    expect(operationFromSnakeCase('put_item')).toBe('PutItem');
    expect(normalizeServiceName('@aws-sdk/client-secrets-manager')).toBe('secrets-manager');
    expect(normalizeServiceName('@aws-sdk/lib-dynamodb')).toBe('dynamodb');
  });
});

describe('matchesPartially', () => {
  it('a value always matches itself and an empty pattern', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => matchesPartially(v, v) && (v === null || typeof v !== 'object' || Array.isArray(v) || matchesPartially(v, {}))));
  });
  it('a pattern with a key the value lacks never matches', () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.string(), (obj, key) => {
      if (Object.prototype.hasOwnProperty.call(obj, key)) return true;
      return !matchesPartially(obj, {[key]: 1});
    }));
  });
  it('compares nested arrays by length and element', () => {
    expect(matchesPartially({a: [1, {b: 2, c: 3}]}, {a: [1, {b: 2}]})).toBe(true);
    expect(matchesPartially({a: [1, 2]}, {a: [1]})).toBe(false);
    expect(matchesPartially({a: 1}, {a: '1'})).toBe(false);
  });
});
