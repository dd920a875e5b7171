import {afterAll, describe, expect, it} from 'vitest';
import {createNodeSandboxHost, expectRecovers, run} from './support.ts';

const host = createNodeSandboxHost();
afterAll(() => host.dispose());

describe('hostile handlers: the simulated AWS SDK', () => {
  it('K01 a circular or huge input is recorded as a short note, never copied whole; the call is still answered', async () => {
    const code = `import {SQSClient, SendMessageCommand} from '@aws-sdk/client-sqs';
const sqs = new SQSClient({});
export const handler = async () => {
  const loop = {a: 1}; loop.self = loop;
  const r1 = await sqs.send(new SendMessageCommand(loop));
  const r2 = await sqs.send(new SendMessageCommand({QueueUrl: 'q', MessageBody: 'x'.repeat(5_000_000)}));
  return [r1.$metadata.httpStatusCode, r2.$metadata.httpStatusCode];
};`;
    const o = await run(host, code, {timeoutMs: 10_000, memoryMB: 256});
    expect(o.result).toEqual([200, 200]);
    expect(JSON.stringify(o.awsCalls[0]!.input)).toContain('unserialisable input');
    expect(JSON.stringify(o.awsCalls[1]!.input)).toContain('input too large to record');
    expect(JSON.stringify(o.awsCalls).length).toBeLessThan(10_000);
  });

  it('K02 thousands of calls: the first 1,000 are recorded, all are answered; a bad send() argument is a TypeError', async () => {
    const code = `import {SNSClient, PublishCommand} from '@aws-sdk/client-sns';
const sns = new SNSClient({});
export const handler = async () => {
  for (let i = 0; i < 3000; i++) await sns.send(new PublishCommand({Message: String(i)}));
  try { await sns.send({input: {}}); } catch (e) { return e.name + ': ' + e.message; }
};`;
    const o = await run(host, code, {timeoutMs: 20_000});
    expect(o.result).toBe('TypeError: SNSClient.send() needs a command object such as new GetParameterCommand({...})');
    expect(o.awsCalls).toHaveLength(1000);
    await expectRecovers(host, false);
  });

  it('K03 the SDK cannot reach the network or the host: credentials and endpoints are inert', async () => {
    const code = `import {S3Client, ListBucketsCommand} from '@aws-sdk/client-s3';
const s3 = new S3Client({endpoint: 'http://169.254.169.254', credentials: {accessKeyId: 'AKIA', secretAccessKey: 's'}});
export const handler = async () => { const r = await s3.send(new ListBucketsCommand({})); return [Object.keys(r), (await s3.config.credentials()).accessKeyId]; };`;
    const o = await run(host, code);
    expect(o.result).toEqual([['$metadata'], 'ASIASIMULATEDKEY']);
  });
});
