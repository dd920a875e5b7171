import {describe, expect, it} from 'vitest';
import {memoryIO} from '../../../src/cli/io.ts';
import {main} from '../../../src/cli/main.ts';

const HANDLER = "let n = 0;\nexport const handler = async (event) => { console.log('key', event.Records[0].s3.object.key); return {n: ++n}; };";

describe('lambda-lab invoke', () => {
  it('prints one JSON object with result, error, logs, report, cost and exits 0', async () => {
    const io = memoryIO({'handler.mjs': HANDLER});
    const code = await main(['invoke', 'handler.mjs', '--event', 's3-put', '--times', '2', '--memory', '256MB', '--timeout', '3s', '--json'], io);
    expect(code).toBe(0);
    const out = JSON.parse(io.stdout) as Record<string, unknown> & {report: Record<string, number>; logs: string[]; cost: {totalUsd: number; requestUsd: number}; invocations: {cold: boolean}[]};
    expect(out.result).toEqual({n: 2});
    expect(out.error).toBeNull();
    expect(out.report.memorySizeMB).toBe(256);
    expect(out.invocations.map((i) => i.cold)).toEqual([true, false]);
    expect(out.logs.filter((l) => l.startsWith('REPORT '))).toHaveLength(2);
    expect(out.logs.some((l) => l.endsWith('\tINFO\tkey uploads/photo.jpg'))).toBe(true);
    expect(out.cost.requestUsd).toBe(0.0000002);
    expect(out.cost.totalUsd).toBeGreaterThan(0.0000002);
  });

  it('exits 0 when the function fails, with the error in the JSON', async () => {
    const io = memoryIO({'bad.mjs': "export const handler = async () => { throw new Error('boom'); };"});
    expect(await main(['invoke', 'bad.mjs', '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout).error).toMatchObject({errorType: 'Error', errorMessage: 'boom'});
  });

  it('exits 2 with one line for bad usage', async () => {
    for (const args of [['invoke'], ['invoke', 'missing.mjs'], ['invoke', 'h.mjs', '--event', 'no-such-template'], ['invoke', 'h.mjs', '--memory', '64MB'], ['invoke', 'h.mjs', '--timeout', 'soon'], ['invoke', 'h.mjs', '--env', 'AWS_REGION=x'], ['invoke', 'h.mjs', '--times', '0']]) {
      const io = memoryIO({'h.mjs': HANDLER});
      expect(await main(args, io), args.join(' ')).toBe(2);
      expect(io.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('--mocks answers the simulated AWS SDK and lists the calls (text and --json)', async () => {
    const handler = "import {SSMClient, GetParameterCommand} from '@aws-sdk/client-ssm';\nconst ssm = new SSMClient({});\nexport const handler = async () => (await ssm.send(new GetParameterCommand({Name: '/a'}))).Parameter.Value;";
    const mocks = JSON.stringify({mocks: [{service: 'ssm', operation: 'GetParameter', input: {Name: '/a'}, output: {Parameter: {Value: 'v1'}}}]});
    const io = memoryIO({'h.mjs': handler, 'm.json': mocks});
    expect(await main(['invoke', 'h.mjs', '--mocks', 'm.json', '--json'], io)).toBe(0);
    const out = JSON.parse(io.stdout) as {result: unknown; awsCalls: {service: string; operation: string; input: unknown; outcome: string}[]};
    expect(out.result).toBe('v1');
    expect(out.awsCalls).toMatchObject([{service: 'ssm', operation: 'GetParameter', input: {Name: '/a'}, outcome: 'mock'}]);
    const text = memoryIO({'h.mjs': handler, 'm.json': mocks});
    expect(await main(['invoke', 'h.mjs', '--mocks', 'm.json'], text)).toBe(0);
    expect(text.stdout).toContain('AWS calls (simulated SDK, in order):\n  1. +');
    expect(text.stdout).toContain('ssm GetParameter {"Name":"/a"} → mock #1');
  });

  it('--mocks refuses a malformed file with the JSON path, in one line', async () => {
    const io = memoryIO({'h.mjs': HANDLER, 'm.json': '{"mocks":[{"service":"ssm","operation":"GetParameter"},{"service":"s3"}]}'});
    expect(await main(['invoke', 'h.mjs', '--mocks', 'm.json'], io)).toBe(2);
    expect(io.stderr.trim()).toBe("lambda-lab invoke: --mocks 'm.json': mocks[1].operation: must be a PascalCase operation name such as GetParameter (got undefined)");
  });

  it('--invocation-type Event refuses an event over 1 MB as the Invoke API does, billing nothing; RequestResponse runs it', async () => {
    const big = JSON.stringify({blob: 'x'.repeat(1_100_000)});
    const io = memoryIO({'app.js': 'exports.lambdaHandler = async (e) => e.blob.length;', 'big.json': big});
    expect(await main(['invoke', 'app.js', '--handler', 'app.lambdaHandler', '--event', 'big.json', '--invocation-type', 'Event', '--json'], io)).toBe(0);
    const refused = JSON.parse(io.stdout) as {error: unknown; logs: string[]; cost: {totalUsd: number}};
    expect(refused.error).toEqual({errorType: 'RequestEntityTooLargeException', errorMessage: 'Request must be smaller than 1048576 bytes for the InvokeFunction operation'});
    expect(refused.logs).toEqual([]);
    expect(refused.cost.totalUsd).toBe(0);
    const sync = memoryIO({'app.js': 'exports.lambdaHandler = async (e) => e.blob.length;', 'big.json': big});
    expect(await main(['invoke', 'app.js', '--handler', 'app.lambdaHandler', '--event', 'big.json', '--json'], sync)).toBe(0);
    expect(JSON.parse(sync.stdout).result).toBe(1_100_000);
    const bad = memoryIO({'app.js': 'exports.handler = async () => 1;'});
    expect(await main(['invoke', 'app.js', '--invocation-type', 'DryRun'], bad)).toBe(2);
    expect(bad.stderr.trim()).toBe("lambda-lab invoke: --invocation-type 'DryRun' must be RequestResponse or Event (as in aws lambda invoke)");
  });
});
