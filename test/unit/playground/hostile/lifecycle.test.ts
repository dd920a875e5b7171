import {afterAll, describe, expect, it} from 'vitest';
import {createNodeSandboxHost, expectNextIsCold, functionLines, run} from './support.ts';

const host = createNodeSandboxHost();
afterAll(() => host.dispose());

const COUNTER = 'let n = 0; export const handler = async () => ++n;';

describe('hostile handlers: lifecycle', () => {
  it('C01 module state persists across warm invocations and resets on a forced cold start', async () => {
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await run(host, COUNTER));
    results.push(await run(host, COUNTER, {forceCold: true}));
    expect(results.map((r) => r.result)).toEqual([1, 2, 3, 1]);
    expect(results.map((r) => r.cold)).toEqual([true, false, false, true]);
    expect(results.map((r) => r.report.initDurationMs !== undefined)).toEqual([true, false, false, true]);
    for (const r of results) expect(r.logs.find((l) => l.startsWith('REPORT ')) ?? '').toSatisfy((l: string) => l.includes('Init Duration') === r.cold);
  });

  it('C03 after a timeout the next invocation is cold and module state is gone', async () => {
    const code = 'let n = 0; export const handler = async (event) => { n++; if (event.hang) for (;;) {} return n; };';
    expect((await run(host, code, {forceCold: true})).result).toBe(1);
    expect((await run(host, code)).result).toBe(2);
    expect((await run(host, code, {event: {hang: true}})).status).toBe('timeout');
    const next = await expectNextIsCold(host, code);
    expect(next.result).toBe(1);
  });

  it('C04 process.exit ends the runtime: Runtime.ExitError with the exit status, cold next', async () => {
    const code = 'export const handler = async (event) => { if (event.exit !== undefined) process.exit(event.exit); return 1; };';
    const o = await run(host, code, {event: {exit: 2}});
    expect(o.status).toBe('crash');
    expect(o.error).toEqual({errorType: 'Runtime.ExitError', errorMessage: `RequestId: ${o.requestId} Error: Runtime exited with error: exit status 2`});
    await expectNextIsCold(host, code);
  });

  it('C05 the request id matches START, END and REPORT; context carries the function\'s identity', async () => {
    const o = await run(host, 'export const handler = async (event, context) => ({...context, remaining: context.getRemainingTimeInMillis()});', {memoryMB: 256});
    const ctx = o.result as Record<string, unknown>;
    expect(ctx.awsRequestId).toBe(o.requestId);
    expect(o.logs.filter((l) => l.includes(o.requestId)).length).toBeGreaterThanOrEqual(3);
    expect(o.logs).toContain(`START RequestId: ${o.requestId} Version: $LATEST`);
    expect(o.logs).toContain(`END RequestId: ${o.requestId}`);
    expect(ctx).toMatchObject({
      functionName: 'playground-function', functionVersion: '$LATEST', memoryLimitInMB: '256',
      invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:playground-function',
      logGroupName: '/aws/lambda/playground-function', callbackWaitsForEmptyEventLoop: true,
    });
    expect(ctx.logStreamName).toMatch(/^\d{4}\/\d\d\/\d\d\/\[\$LATEST\][0-9a-f]{32}$/);
  });

  it('C06 init output comes before START with request id "undefined"', async () => {
    const o = await run(host, "console.log('loading config'); export const handler = async () => 1;", {forceCold: true});
    expect(o.logs[0]).toMatch(/^\S+\tundefined\tINFO\tloading config$/);
    expect(o.logs[1]).toMatch(/^START RequestId: /);
  });

  it('C07 top-level await runs during init', async () => {
    const o = await run(host, "const config = await new Promise((r) => setTimeout(() => r({ready: true}), 20)); export const handler = async () => config;", {forceCold: true});
    expect(o.result).toEqual({ready: true});
    expect(o.report.initDurationMs).toBeGreaterThanOrEqual(15);
  });

  it('C08 changing the code or the configuration starts a new environment', async () => {
    await run(host, COUNTER);
    expect((await run(host, COUNTER)).cold).toBe(false);
    expect((await run(host, COUNTER, {memoryMB: 256})).cold).toBe(true);
    expect((await run(host, `${COUNTER}\n// edited`)).cold).toBe(true);
  });

  it('C09 an unhandled rejection outside the handler does not stop a successful response', async () => {
    // Known limitation: QuickJS exposes no rejection tracker to the host, so the playground cannot
    // reproduce Runtime.UnhandledPromiseRejection; the handler's own rejection is still reported.
    const o = await run(host, "export const handler = async () => { Promise.reject(new Error('lost')); return 'ok'; };");
    expect(o.result).toBe('ok');
    const own = await run(host, "export const handler = () => Promise.reject(new Error('mine'));");
    expect(own.error?.errorMessage).toBe('mine');
  });

  it('C10 Billed Duration is whole milliseconds and includes Init Duration on cold starts', async () => {
    const cold = await run(host, COUNTER, {forceCold: true});
    expect(cold.report.billedDurationMs).toBe(Math.ceil(cold.report.durationMs + cold.report.initDurationMs!) || 1);
    const warm = await run(host, COUNTER);
    expect(warm.report.billedDurationMs).toBe(Math.max(1, Math.ceil(warm.report.durationMs)));
    expect(functionLines(warm)).toEqual([]);
  });
});
