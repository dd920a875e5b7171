import {afterAll, describe, expect, it} from 'vitest';
import {createNodeSandboxHost, expectNextIsCold, expectRecovers, functionLines, reportLines, run} from './support.ts';

const host = createNodeSandboxHost();
afterAll(() => host.dispose());

describe('hostile handlers: time', () => {
  it('T01 for(;;){} times out at 3.00 s with Lambda\'s message, REPORT and a reset', async () => {
    const code = 'export const handler = async () => { for (;;) {} };';
    const o = await run(host, code, {timeoutMs: 3000});
    expect(o.status).toBe('timeout');
    // Real elapsed seconds, as Lambda prints them: 3.00 normally, a few hundredths more on a loaded machine.
    expect(o.error?.errorMessage).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z [0-9a-f-]{36} Task timed out after 3\.[0-4]\d seconds$/);
    expect(o.logs.at(-1)).toMatch(/ Task timed out after 3\.[0-4]\d seconds$/);
    expect(o.report.durationMs).toBeGreaterThanOrEqual(3000);
    expect(o.report.billedDurationMs).toBeGreaterThanOrEqual(3000);
    expect(reportLines(o)).toHaveLength(1);
    expect(o.environmentReset).toBe(true);
    await expectNextIsCold(host, code.replace('for (;;) {}', 'return 1'));
  });

  it('T03 an infinite loop in finally after an infinite loop still times out', async () => {
    const o = await run(host, 'export const handler = async () => { try { for (;;) {} } finally { for (;;) {} } };');
    expect(o.status).toBe('timeout');
    expect(o.error?.errorMessage).toMatch(/Task timed out after 1\.[0-4]\d seconds$/);
    await expectRecovers(host, true);
  });

  it('T04 catching the interrupt does not help', async () => {
    const o = await run(host, 'export const handler = async () => { for (;;) { try { for (;;) {} } catch (e) {} } };');
    expect(o.status).toBe('timeout');
  });

  it('T05 catastrophic regex backtracking (ReDoS) times out', async () => {
    const o = await run(host, "export const handler = async () => /^(a+)+$/.test('a'.repeat(40) + 'b');");
    expect(o.status).toBe('timeout');
    await expectRecovers(host, true);
  });

  it('T06 an async loop of awaits times out', async () => {
    const o = await run(host, 'export const handler = async () => { for (;;) await null; };');
    expect(o.status).toBe('timeout');
  });

  it('T07 a promise that never settles ends at once with Runtime.NodeJsExit, not a hang', async () => {
    const o = await run(host, 'export const handler = async () => { await new Promise(() => {}); };', {timeoutMs: 3000});
    expect(o.error?.errorType).toBe('Runtime.NodeJsExit');
    await expectRecovers(host, true);
  });

  it('T08 overriding Date.now cannot extend the deadline', async () => {
    const o = await run(host, 'Date.now = () => 0; export const handler = async () => { for (;;) {} };');
    expect(o.status).toBe('timeout');
  });

  it('T09 setInterval freezes between invocations and thaws in the next warm one', async () => {
    const code = `let started = false;
export const handler = async (event) => {
  if (!started) { started = true; setInterval(() => console.log('tick'), 50); return 'ok'; }
  await new Promise((r) => setTimeout(r, event.wait ?? 0));
  return 'second';
};`;
    const first = await run(host, code);
    expect(first.result).toBe('ok');
    expect(functionLines(first).some((l) => l.endsWith('\ttick'))).toBe(false);
    await new Promise((r) => setTimeout(r, 200));
    const second = await run(host, code, {event: {wait: 220}});
    expect(second.cold).toBe(false);
    const ticks = functionLines(second).filter((l) => l.endsWith('\tINFO\ttick'));
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    // Every tick is logged inside the invocation, with its request id.
    for (const t of ticks) expect(t).toContain(second.requestId);
    const cold = await run(host, code, {forceCold: true});
    expect(cold.cold).toBe(true);
    expect(functionLines(cold).some((l) => l.endsWith('\ttick'))).toBe(false);
  });

  it('T11 callbackWaitsForEmptyEventLoop: true waits for a pending timer (and times out); false returns at once', async () => {
    const waits = await run(host, "exports.handler = (event, context, callback) => { setTimeout(() => {}, 5000); callback(null, 'ok'); };", {filename: 'index.js'});
    expect(waits.status).toBe('timeout');
    const noWait = await run(host, "exports.handler = (event, context, callback) => { context.callbackWaitsForEmptyEventLoop = false; setTimeout(() => {}, 5000); callback(null, 'ok'); };", {filename: 'index.js'});
    expect(noWait.status).toBe('success');
    expect(noWait.result).toBe('ok');
    expect(noWait.report.durationMs).toBeLessThan(5000); // before the 5 s timer, which it must not wait for
  });

  it('T12 a callback handler waits for a short timer, then responds', async () => {
    const o = await run(host, "exports.handler = (event, context, callback) => { setTimeout(() => console.log('later'), 30); callback(null, 'ok'); };", {filename: 'index.js'});
    expect(o.result).toBe('ok');
    expect(functionLines(o).some((l) => l.endsWith('\tlater'))).toBe(true);
  });

  it('T13 context.getRemainingTimeInMillis follows the host clock and decreases', async () => {
    const o = await run(host, 'export const handler = async (e, context) => { const a = context.getRemainingTimeInMillis(); const t = Date.now(); while (Date.now() - t < 100) {} return [a, context.getRemainingTimeInMillis()]; };', {timeoutMs: 2000});
    const [a, b] = o.result as [number, number];
    expect(a).toBeGreaterThan(1500);
    expect(a).toBeLessThanOrEqual(2000);
    expect(b).toBeLessThan(a);
    expect(a - b).toBeGreaterThanOrEqual(90);
  });

  it('T14 a builtin that never polls the interrupt is stopped by the host watchdog', async () => {
    const before = host.watchdogKills;
    const o = await run(host, "export const handler = async () => { console.log('before the stuck call'); return Array.prototype.indexOf.call({length: 2 ** 32 - 1}, 99); };");
    expect(o.status).toBe('timeout');
    // Lines logged before the engine got stuck were streamed to the host and survive the kill.
    expect(functionLines(o).some((l) => l.endsWith('\tINFO\tbefore the stuck call'))).toBe(true);
    expect(o.error?.errorMessage).toMatch(/Task timed out after 1\.00 seconds$/);
    expect(host.watchdogKills).toBe(before + 1);
    await expectRecovers(host, true);
  }, 30_000);
});
