import {describe, expect, it} from 'vitest';
import {invokeHandler} from '../../../src/sandbox/node/invokeHandler.ts';

describe('invokeHandler (Node entry of the playground sandbox)', () => {
  it('runs a TypeScript ES module handler cold, then warm with module state kept', async () => {
    const out = await invokeHandler({
      code: `import type {Handler} from 'aws-lambda';\nlet count = 0;\nexport const handler: Handler<{name: string}> = async (event, context) => {\n  console.log('hello', event.name);\n  return {count: ++count, fn: context.functionName};\n};`,
      filename: 'handler.ts',
      event: {name: 'Ada'},
      timeoutMs: 3000,
      memoryMB: 128,
      times: 2,
    });
    expect(out.invocations.map((i) => i.cold)).toEqual([true, false]);
    expect(out.result).toEqual({count: 2, fn: 'playground-function'});
    expect(out.error).toBeNull();
    expect(out.invocations[0]!.report.initDurationMs).toBeGreaterThan(0);
    expect(out.report.initDurationMs).toBeUndefined();
    expect(out.logs.filter((l) => l.startsWith('REPORT RequestId: '))).toHaveLength(2);
    expect(out.logs.some((l) => /\tINFO\thello Ada$/.test(l))).toBe(true);
  });

  it('runs a CommonJS callback handler', async () => {
    const out = await invokeHandler({
      code: `exports.handler = function (event, context, callback) { callback(null, {ok: event.n * 2}); };`,
      filename: 'index.js',
      event: {n: 21},
      timeoutMs: 3000,
      memoryMB: 256,
      runtime: 'nodejs22.x',
    });
    expect(out.result).toEqual({ok: 42});
    expect(out.report.memorySizeMB).toBe(256);
  });

  it('reports a TypeScript syntax error as Runtime.UserCodeSyntaxError without running anything', async () => {
    const out = await invokeHandler({code: 'export const handler = async ( => 1;', filename: 'bad.ts', event: {}, timeoutMs: 3000, memoryMB: 128});
    expect(out.error?.errorType).toBe('Runtime.UserCodeSyntaxError');
    expect(out.result).toBeNull();
  });

  it('rejects invalid settings with a message naming the field and range', async () => {
    await expect(invokeHandler({code: '', filename: 'a.js', event: {}, timeoutMs: 3000, memoryMB: 64})).rejects.toThrow(/memory: 64 MB is outside Lambda's range of 128–10,240 MB/);
    await expect(invokeHandler({code: '', filename: 'a.js', event: {}, timeoutMs: 901_000, memoryMB: 128})).rejects.toThrow(/timeout: 901 s/);
    await expect(invokeHandler({code: '', filename: 'a.js', event: {}, timeoutMs: 3000, memoryMB: 128, env: {AWS_REGION: 'x'}})).rejects.toThrow(/AWS_REGION is reserved/);
  });
});
