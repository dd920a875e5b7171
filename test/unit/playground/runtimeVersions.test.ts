import {afterAll, describe, expect, it} from 'vitest';
import {memoryIO} from '../../../src/cli/io.ts';
import {main} from '../../../src/cli/main.ts';
import {createNodeSandboxHost, run} from './hostile/support.ts';

const host = createNodeSandboxHost();
afterAll(() => host.dispose());

const CALLBACK = "exports.handler = (event, context, callback) => { callback(null, process.version.slice(0, 3) + ' ' + process.env.AWS_EXECUTION_ENV); };";

describe('runtime versions and the limits Lambda enforces before and around a handler', () => {
  it('callback handlers run on nodejs22.x and nodejs20.x and are refused at init on nodejs24.x with the runtime\'s message', async () => {
    expect((await run(host, CALLBACK, {filename: 'index.js', runtime: 'nodejs22.x'})).result).toBe('v22 AWS_Lambda_nodejs22.x');
    expect((await run(host, CALLBACK, {filename: 'index.js', runtime: 'nodejs20.x'})).result).toBe('v20 AWS_Lambda_nodejs20.x');
    const o = await run(host, CALLBACK, {filename: 'index.js', runtime: 'nodejs24.x'});
    expect(o.status).toBe('init-error');
    expect(o.error).toEqual({errorType: 'Runtime.CallbackHandlerDeprecated', errorMessage: expect.stringMatching(/^ERROR: AWS Lambda has removed support for callback-based function handlers starting with Node\.js 24\./)});
    expect((await run(host, 'export const handler = async () => process.version.slice(0, 3);', {runtime: 'nodejs24.x'})).result).toBe('v24');
  });

  it('context has clientContext, identity and tenantId (undefined when absent)', async () => {
    const o = await run(host, "export const handler = async (e, context) => ['clientContext', 'identity', 'tenantId'].map((k) => [k in context, context[k] === undefined]);");
    expect(o.result).toEqual([[true, true], [true, true], [true, true]]);
  });

  it('callbackWaitsForEmptyEventLoop = false answers at once; context.succeed answers at once even when it is true', async () => {
    const noWait = await run(host, "exports.handler = (e, context, cb) => { context.callbackWaitsForEmptyEventLoop = false; setTimeout(() => {}, 5000); cb(null, 'now'); };", {filename: 'index.js', timeoutMs: 3000});
    expect(noWait.result).toBe('now');
    // Answered before the 5 s timer fired (the status proves it did not wait for the 3 s timeout).
    expect(noWait.status).toBe('success');
    expect(noWait.report.durationMs).toBeLessThan(5000);
    const succeed = await run(host, "exports.handler = (e, context) => { setTimeout(() => {}, 5000); context.succeed('legacy'); };", {filename: 'index.js', timeoutMs: 3000});
    expect(succeed.result).toBe('legacy');
    expect(succeed.status).toBe('success');
    expect(succeed.report.durationMs).toBeLessThan(5000);
    const async3 = await run(host, "exports.handler = async (e, context, cb) => { context.callbackWaitsForEmptyEventLoop = false; cb(null, 'from callback'); };", {filename: 'index.js'});
    expect(async3.result).toBe('from callback');
  });

  it('a synchronous event over 6 MB is refused before the function runs (no START line); a 1 MB event still runs', async () => {
    const big = {data: 'x'.repeat(6 * 1024 * 1024)};
    const o = await run(host, "export const handler = async () => 'ran';", {event: big});
    expect(o.error).toEqual({errorType: 'RequestEntityTooLargeException', errorMessage: 'Request must be smaller than 6291456 bytes for the InvokeFunction operation'});
    expect(o.logs).toEqual([]);
    const fits = await run(host, "export const handler = async (e) => e.data.length;", {event: {data: 'x'.repeat(1024 * 1024)}});
    expect(fits.result).toBe(1024 * 1024);
  });

  it('a 50 MB response ends promptly as Function.ResponseSizeTooLarge, not a timeout', async () => {
    const o = await run(host, "export const handler = async () => 'x'.repeat(50 * 1024 * 1024);", {timeoutMs: 10_000, memoryMB: 512});
    expect(o.error?.errorType).toBe('Function.ResponseSizeTooLarge');
    expect(o.report.durationMs).toBeLessThan(10_000);
  });

  it('the timeout message names the configured timeout', async () => {
    const o = await run(host, 'export const handler = async () => { for (;;) {} };', {timeoutMs: 1000});
    expect(o.error?.errorMessage).toMatch(/Task timed out after 1\.00 seconds$/);
  });

  it('the CLI escapes control characters in the text output and accepts --runtime', async () => {
    const io = memoryIO({'h.mjs': "export const handler = async () => { console.log('\\x1b[31mred\\x07'); return 1; };"});
    expect(await main(['invoke', 'h.mjs'], io)).toBe(0);
    expect(io.stdout).toContain('\\x1b[31mred\\x07');
    expect(io.stdout).not.toContain('\x1b');
    const bad = memoryIO({'h.mjs': 'export const handler = async () => 1;'});
    expect(await main(['invoke', 'h.mjs', '--runtime', 'nodejs18.x'], bad)).toBe(2);
    expect(bad.stderr).toContain("runtime: 'nodejs18.x' is Node.js 18, which the playground does not emulate; choose nodejs24.x, nodejs22.x, nodejs20.x");
  });
});
