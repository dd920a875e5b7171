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
});
