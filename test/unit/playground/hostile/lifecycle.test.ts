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

  it('C09 an unhandled rejection in the turn the handler returns: the response stands, the runtime logs it and exits', async () => {
    // The Node.js 22 runtime's own example (aws/aws-lambda-base-images#392): "Status: Succeeded",
    // the response, then "ERROR Unhandled Promise Rejection" and a fresh environment next time.
    const code = 'async function hello() { throw new Error("HelloError"); }\nexport const handler = async () => {\n  hello();\n  return "Hello from Lambda!";\n};';
    const o = await run(host, code);
    expect(o.status).toBe('success');
    expect(o.result).toBe('Hello from Lambda!');
    expect(o.error).toBeNull();
    expect(o.environmentReset).toBe(true);
    const line = o.logs.find((l) => l.includes('\tERROR\tUnhandled Promise Rejection \t'));
    expect(line).toBeDefined();
    const logged = JSON.parse(line!.split('Unhandled Promise Rejection \t')[1]!) as Record<string, unknown>;
    expect(logged).toMatchObject({errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: 'Error: HelloError', reason: {errorType: 'Error', errorMessage: 'HelloError'}, promise: {}});
    // Lines are exact; columns on a line that starts an async function move (see the playground page).
    expect((logged.reason as {stack: string[]}).stack).toEqual(['Error: HelloError', expect.stringMatching(/^ {4}at hello \(file:\/\/\/var\/task\/index\.mjs:1:\d+\)$/), '    at handler (file:///var/task/index.mjs:3:3)']);
    await expectNextIsCold(host, code);
    // The handler's own rejection is its error, not an unhandled one.
    const own = await run(host, "export const handler = () => Promise.reject(new Error('mine'));");
    expect(own.error).toMatchObject({errorType: 'Error', errorMessage: 'mine'});
    expect(own.environmentReset).toBe(false);
  });

  it('C11 an un-awaited async call that rejects while the handler waits fails the invocation (exit status 128)', async () => {
    const code = [
      'const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));',
      "async function sendMetric() { await sleep(5); throw new Error('metric failed'); }",
      "export const handler = async () => { sendMetric(); await sleep(100); return 'never'; };",
    ].join('\n');
    const o = await run(host, code);
    expect(o.status).toBe('crash');
    expect(o.result).toBeNull();
    expect(o.error).toEqual({errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: 'Error: metric failed', trace: ['Runtime.UnhandledPromiseRejection: Error: metric failed']});
    expect(o.logs).toContain(`RequestId: ${o.requestId} Error: Runtime exited with error: exit status 128`);
    expect(o.logs.at(-1)).toBe('Runtime.ExitError');
    await expectNextIsCold(host, code);
  });

  it('C12 rejections that get a handler in the same turn are not reported, whatever attaches it', async () => {
    const handled = [
      "async function f() { throw new Error('x'); } export const handler = async () => { try { await f(); } catch (e) { return 'caught ' + e.message; } };",
      "export const handler = async () => { const p = Promise.reject(new Error('x')); await null; p.catch(() => {}); return 'later in the same drain'; };",
      'export const handler = async () => (await Promise.allSettled([Promise.reject(1), (async () => 2)()])).map((r) => r.status);',
      "export const handler = async () => { try { await Promise.all([fetch('https://example.com'), 1]); } catch (e) { return e.message; } };",
      "export const handler = async () => Promise.race([new Promise((_, reject) => reject(new Error('r'))), 1]).then(() => 'then', (e) => e.message);",
      "const util = require('node:util'); exports.handler = async () => { const f = util.promisify((cb) => cb(new Error('p'))); return f().catch((e) => e.message); };",
    ];
    for (const code of handled) {
      const o = await run(host, code, {filename: code.includes('require(') ? 'index.js' : 'index.mjs'});
      expect(o.status, code).toBe('success');
      expect(o.environmentReset, code).toBe(false);
      expect(o.logs.some((l) => l.includes('Unhandled Promise Rejection')), code).toBe(false);
    }
  });

  it('C13 a rejection nobody handles during init is an init error', async () => {
    const code = "const config = Promise.reject(new Error('config missing'));\nexport const handler = async () => { await config; };";
    const o = await run(host, code, {forceCold: true});
    expect(o.status).toBe('init-error');
    expect(o.error?.errorType).toBe('Runtime.UnhandledPromiseRejection');
    expect(o.error?.errorMessage).toBe('Error: config missing');
    expect(o.logs[0]).toMatch(/^\S+\tundefined\tERROR\tUnhandled Promise Rejection \t\{"errorType":"Runtime.UnhandledPromiseRejection"/);
    expect(o.logs).toContainEqual(expect.stringMatching(/^INIT_REPORT .*Error Type: Runtime.UnhandledPromiseRejection$/));
  });

  it('C14 any reason is reported the way Node turns it into a message: strings, undefined, objects', async () => {
    const cases: [string, string, unknown][] = [
      ["Promise.reject('nope')", 'nope', 'nope'],
      ['Promise.reject()', '', null],
      ['Promise.reject({code: 42})', '[object Object]', {code: 42}],
    ];
    for (const [expr, message, reason] of cases) {
      const o = await run(host, `export const handler = async () => { ${expr}; await new Promise((r) => setTimeout(r, 10)); return 1; };`);
      expect(o.error, expr).toEqual({errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: message, trace: [`Runtime.UnhandledPromiseRejection: ${message}`]});
      const line = o.logs.find((l) => l.includes('Unhandled Promise Rejection \t'))!;
      expect(JSON.parse(line.split(' \t')[1]!).reason, expr).toEqual(reason);
    }
  });

  it('C15 a queueMicrotask or process.nextTick callback that throws is an uncaught exception (exit status 129)', async () => {
    for (const queue of ['queueMicrotask(() => { throw new TypeError(\'micro\'); })', 'process.nextTick((m) => { throw new TypeError(m); }, \'micro\')']) {
      const o = await run(host, `export const handler = async () => { ${queue}; await new Promise((r) => setTimeout(r, 10)); return 1; };`);
      expect(o.status, queue).toBe('crash');
      expect(o.error?.errorType, queue).toBe('TypeError');
      expect(o.error?.errorMessage, queue).toBe('micro');
      expect(o.logs.some((l) => l.includes('\tERROR\tUncaught Exception \t')), queue).toBe(true);
      expect(o.logs, queue).toContain(`RequestId: ${o.requestId} Error: Runtime exited with error: exit status 129`);
    }
  });

  it('C16 a callback handler that waits for the empty event loop fails when a rejection comes first', async () => {
    const code = "exports.handler = (event, context, callback) => { Promise.reject(new Error('cb')); callback(null, 'done'); };";
    const o = await run(host, code, {filename: 'index.js'});
    expect(o.status).toBe('crash');
    expect(o.error?.errorType).toBe('Runtime.UnhandledPromiseRejection');
    // Without waiting for the loop the response goes first; the crash still ends the process.
    const eager = await run(host, "exports.handler = (event, context, callback) => { context.callbackWaitsForEmptyEventLoop = false; Promise.reject(new Error('cb')); callback(null, 'done'); };", {filename: 'index.js'});
    expect(eager.result).toBe('done');
    expect(eager.environmentReset).toBe(true);
  });

  it('C17 async functions keep their names, this, arguments and super, and traces their line numbers', async () => {
    const code = [
      "class Base { get kind() { return 'base'; } }",
      'class Service extends Base {',
      '  async describe() { return [super.kind, this.name, arguments.length, (async () => arguments.length)() instanceof Promise]; }',
      '}',
      "const service = Object.assign(new Service(), {name: 'svc'});",
      'async function failing() {',
      "  throw new Error('deep');",
      '}',
      'export const handler = async (event) => {',
      '  if (event.fail) await failing();',
      '  return [await service.describe(1, 2), failing.name, handler.name, typeof failing, Object.keys(globalThis).includes("__lambdaLabAsync")];',
      '};',
    ].join('\n');
    const ok = await run(host, code);
    expect(ok.result).toEqual([['base', 'svc', 2, true], 'failing', 'handler', 'function', false]);
    const failed = await run(host, code, {event: {fail: true}});
    expect(failed.error?.trace).toEqual(['Error: deep', '    at failing (file:///var/task/index.mjs:7:13)', '    at handler (file:///var/task/index.mjs:10:25)']);
  });

  it('C10 Billed Duration is whole milliseconds and includes Init Duration on cold starts', async () => {
    const cold = await run(host, COUNTER, {forceCold: true});
    expect(cold.report.billedDurationMs).toBe(Math.ceil(cold.report.durationMs + cold.report.initDurationMs!) || 1);
    const warm = await run(host, COUNTER);
    expect(warm.report.billedDurationMs).toBe(Math.max(1, Math.ceil(warm.report.durationMs)));
    expect(functionLines(warm)).toEqual([]);
  });
});
