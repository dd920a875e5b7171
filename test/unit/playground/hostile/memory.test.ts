import {afterAll, describe, expect, it} from 'vitest';
import {createNodeSandboxHost, expectNextIsCold, expectRecovers, reportLines, run} from './support.ts';

const host = createNodeSandboxHost();
afterAll(() => host.dispose());

function expectKilled(o: Awaited<ReturnType<typeof run>>, memoryMB = 128): void {
  expect(o.status).toBe('oom');
  expect(o.error).toEqual({errorType: 'Runtime.ExitError', errorMessage: `RequestId: ${o.requestId} Error: Runtime exited with error: signal: killed`});
  expect(o.logs).toContain(`RequestId: ${o.requestId} Error: Runtime exited with error: signal: killed`);
  expect(o.report.maxMemoryUsedMB).toBe(memoryMB);
  expect(reportLines(o)[0]).toContain(`Max Memory Used: ${memoryMB} MB`);
  expect(o.environmentReset).toBe(true);
}

describe('hostile handlers: memory', () => {
  it('M01 doubling a string ends in a catchable RangeError: Invalid string length; the environment survives', async () => {
    const o = await run(host, "export const handler = async () => { let s = 'x'; for (;;) s += s; };");
    expect(o.error?.errorType).toBe('RangeError');
    expect(o.error?.errorMessage).toBe('Invalid string length');
    expect(o.environmentReset).toBe(false);
    await expectRecovers(host, false);
  });

  it('M02 one huge allocation is an out-of-memory kill', async () => {
    const code = 'export const handler = async () => new ArrayBuffer(300 * 1024 * 1024).byteLength;';
    expectKilled(await run(host, code));
    await expectNextIsCold(host, code.replace('300 * 1024 * 1024', '1024'));
  });

  it('M03 400 × 1 MiB typed arrays are stopped at the memory size', async () => {
    expectKilled(await run(host, 'const keep = []; export const handler = async () => { for (let i = 0; i < 400; i++) keep.push(new Uint8Array(1 << 20)); return keep.length; };', {timeoutMs: 10_000}));
    await expectRecovers(host, true);
  });

  it('M04 catching the out-of-memory error does not save the function', async () => {
    expectKilled(await run(host, "export const handler = async () => { const k = []; try { for (;;) k.push(new Uint8Array(1 << 20)); } catch (e) { return 'survived ' + e; } };"));
  });

  it('M05 millions of small objects are an out-of-memory kill, even when the engine throws null', async () => {
    expectKilled(await run(host, 'export const handler = async () => { const a = []; for (let i = 0; i < 5e6; i++) a.push({i}); return a.length; };', {timeoutMs: 20_000}));
    await expectRecovers(host, true);
  }, 40_000);

  it('M06 more memory lets the same allocation succeed', async () => {
    const code = 'export const handler = async () => new Uint8Array(100 * 1024 * 1024).length;';
    expect((await run(host, code, {memoryMB: 128})).status).toBe('oom');
    const big = await run(host, code, {memoryMB: 1024});
    expect(big.result).toBe(100 * 1024 * 1024);
    expect(big.report.maxMemoryUsedMB).toBeGreaterThan(100);
    expect(big.report.maxMemoryUsedMB).toBeLessThanOrEqual(1024);
  });

  it('M07 runaway recursion is a RangeError: Maximum call stack size exceeded; the environment survives', async () => {
    const o = await run(host, 'const f = (n) => f(n + 1) + 1; export const handler = async () => f(0);');
    expect(o.error?.errorType).toBe('RangeError');
    expect(o.error?.errorMessage).toBe('Maximum call stack size exceeded');
    await expectRecovers(host, false);
  });

  it('M09 a 7 MB response is Function.ResponseSizeTooLarge, checked inside the sandbox', async () => {
    const o = await run(host, "export const handler = async () => 'A'.repeat(7_000_000);", {memoryMB: 512});
    expect(o.error).toEqual({errorType: 'Function.ResponseSizeTooLarge', errorMessage: 'Response payload size exceeded maximum allowed payload size (6291556 bytes).'});
    expect(o.result).toBeNull();
  });

  it('M10 a response of multi-byte characters is measured in UTF-8 bytes', async () => {
    const o = await run(host, "export const handler = async () => 'é'.repeat(3_200_000);", {memoryMB: 512, timeoutMs: 5000});
    expect(o.error?.errorType).toBe('Function.ResponseSizeTooLarge');
    const fits = await run(host, "export const handler = async () => 'é'.repeat(3_000_000).length;", {memoryMB: 512, timeoutMs: 5000});
    expect(fits.result).toBe(3_000_000);
  });

  it('M11 sloppy CommonJS functions that use arguments survive garbage collection (quickjs-ng mapped-arguments bug)', async () => {
    // Without the unmapArguments rewrite this traps ("memory access out of bounds") in quickjs-ng.
    const code = [
      'function step(i) { arguments; return {i}; }',
      'const inner = async function (i) { return i + 1; };',
      'function viaApply(i) { return inner.apply(this, arguments); }',
      'exports.handler = async () => {',
      '  const kept = []; for (let i = 0; i < 40000; i++) kept.push(step(i));',
      '  const sums = await Promise.all(Array.from({length: 4000}, (_, i) => viaApply(i)));',
      '  return [kept.length, sums.length, step.length, (function (a, b) { return arguments.length; })(1, 2, 3)];',
      '};',
    ].join('\n');
    const o = await run(host, code, {filename: 'index.js', memoryMB: 512, timeoutMs: 20_000});
    expect(o.error).toBeNull();
    expect(o.result).toEqual([40000, 4000, 1, 3]);
  });
});
