import {afterAll, describe, expect, it} from 'vitest';
import {createNodeSandboxHost, expectNextIsCold, expectRecovers, run} from './support.ts';

const host = createNodeSandboxHost();
afterAll(() => host.dispose());

describe('hostile handlers: errors', () => {
  it('E01 a thrown Error gives errorType/errorMessage/trace and an "Invoke Error" log line; the environment survives', async () => {
    const o = await run(host, "export const handler = async () => {\n  throw new Error('boom');\n};");
    expect(o.error?.errorType).toBe('Error');
    expect(o.error?.errorMessage).toBe('boom');
    expect(o.error?.trace?.[0]).toBe('Error: boom');
    expect(o.error?.trace?.[1]).toMatch(/^ {4}at handler \(file:\/\/\/var\/task\/index\.mjs:2:\d+\)$/);
    const line = o.logs.find((l) => l.includes('\tERROR\tInvoke Error \t'));
    expect(line).toBeDefined();
    expect(line).toContain(o.requestId);
    expect(JSON.parse(line!.split('Invoke Error \t')[1]!)).toMatchObject({errorType: 'Error', errorMessage: 'boom', stack: o.error?.trace});
    expect(o.environmentReset).toBe(false);
    await expectRecovers(host, false);
  });

  it('E02 custom error classes keep their name and enumerable properties in the log', async () => {
    const o = await run(host, "class ValidationError extends Error { constructor(m) { super(m); this.name = 'ValidationError'; this.field = 'email'; } }\nexport const handler = async () => { throw new ValidationError('bad email'); };");
    expect(o.error?.errorType).toBe('ValidationError');
    expect(o.logs.find((l) => l.includes('Invoke Error'))).toContain('"field":"email"');
  });

  it('E03 thrown non-Errors use typeof and String()', async () => {
    expect((await run(host, "export const handler = async () => { throw 'boom'; };")).error).toEqual({errorType: 'string', errorMessage: 'boom', trace: []});
    expect((await run(host, 'export const handler = async () => { throw 42; };')).error).toEqual({errorType: 'number', errorMessage: '42', trace: []});
    expect((await run(host, 'export const handler = async () => { throw {code: 1}; };')).error).toEqual({errorType: 'object', errorMessage: '[object Object]', trace: []});
  });

  it('E04 rejecting with null or undefined reports "handled"', async () => {
    for (const v of ['null', 'undefined']) {
      expect((await run(host, `export const handler = async () => { throw ${v}; };`)).error).toEqual({errorType: 'string', errorMessage: 'handled', trace: []});
    }
  });

  it('E05 an error whose toString fails reports the runtime\'s "handled" message', async () => {
    expect((await run(host, 'export const handler = async () => { throw Object.create(null); };')).error).toEqual({
      errorType: 'handled', errorMessage: 'callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack',
    });
  });

  it('E06 a getter that loops while the error is described times out instead of hanging', async () => {
    const o = await run(host, "export const handler = async () => { throw {name: 'X', stack: 's', get message() { for (;;) {} }}; };");
    expect(o.status).toBe('timeout');
  });

  it('E07 a 10 MB error message is truncated before it leaves the sandbox', async () => {
    const o = await run(host, "export const handler = async () => { throw new Error('x'.repeat(1e7)); };", {memoryMB: 512, timeoutMs: 10_000});
    expect(['error', 'oom']).toContain(o.status);
    expect(JSON.stringify(o).length).toBeLessThan(2_000_000);
    if (o.status === 'error') expect(o.error!.errorMessage.length).toBeLessThanOrEqual(256 * 1024 + 100);
  });

  it('E09 an exception thrown from a timer crashes the runtime: Uncaught Exception, exit 129, cold next', async () => {
    const code = "export const handler = async () => { setTimeout(() => { throw new Error('t'); }, 0); await new Promise((r) => setTimeout(r, 50)); return 'never'; };";
    const o = await run(host, code);
    expect(o.status).toBe('crash');
    expect(o.error?.errorType).toBe('Error');
    expect(o.error?.errorMessage).toBe('t');
    expect(o.logs.some((l) => l.includes('\tERROR\tUncaught Exception \t'))).toBe(true);
    expect(o.logs).toContain(`RequestId: ${o.requestId} Error: Runtime exited with error: exit status 129`);
    await expectNextIsCold(host, code);
  });

  it('E10 a callback error is reported like a thrown one', async () => {
    const o = await run(host, "exports.handler = (e, c, callback) => callback(new TypeError('bad input'));", {filename: 'index.js'});
    expect(o.error?.errorType).toBe('TypeError');
    expect(o.error?.errorMessage).toBe('bad input');
  });

  it('E11 a missing handler export is Runtime.HandlerNotFound', async () => {
    const o = await run(host, 'export const handlr = async () => 1;');
    expect(o.error).toEqual({errorType: 'Runtime.HandlerNotFound', errorMessage: 'index.handler is undefined or not exported'});
    expect(o.logs.some((l) => l.startsWith('INIT_REPORT Init Duration: ') && l.endsWith('Error Type: Runtime.HandlerNotFound'))).toBe(true);
    expect((await run(host, 'export const handler = 42;')).error).toEqual({errorType: 'Runtime.HandlerNotFound', errorMessage: 'index.handler is not a function'});
  });

  it('E12 a syntax error is Runtime.UserCodeSyntaxError', async () => {
    const o = await run(host, 'export const handler = async ( => 1;');
    expect(o.error?.errorType).toBe('Runtime.UserCodeSyntaxError');
    expect(o.error?.errorMessage).toMatch(/^SyntaxError: /);
  });

  it('E13 importing a module the playground does not offer is Runtime.ImportModuleError that says so', async () => {
    for (const [code, filename] of [
      ["import net from 'node:net'; export const handler = async () => 1;", 'index.mjs'],
      ["import sharp from 'sharp'; export const handler = async () => 1;", 'index.mjs'],
      ["const cp = require('child_process'); exports.handler = async () => 1;", 'index.js'],
      ["import x from './lib.mjs'; export const handler = async () => x;", 'index.mjs'],
    ] as const) {
      const o = await run(host, code, {filename});
      expect(o.error?.errorType, code).toBe('Runtime.ImportModuleError');
      expect(o.error?.errorMessage).toMatch(/^Error: Cannot find (module|package) '.+'/);
      expect(o.error?.errorMessage).toMatch(/\(Lambda Lab\) The Lambda Lab playground offers simulated node:util.*AWS SDK/);
    }
  });

  it('E13b ES module and CommonJS import errors have the shapes the Node.js runtime gives them', async () => {
    const esm = await run(host, "import axios from 'axios'; export const handler = async () => 1;");
    expect(esm.error?.errorMessage.split('\n')[0]).toBe("Error: Cannot find package 'axios' imported from /var/task/index.mjs");
    const rel = await run(host, "import x from './lib.mjs'; export const handler = async () => x;");
    expect(rel.error?.errorMessage.split('\n')[0]).toBe("Error: Cannot find module '/var/task/lib.mjs' imported from /var/task/index.mjs");
    expect(rel.error?.errorMessage).toContain('runs a single file');
    const cjs = await run(host, "const axios = require('axios'); exports.handler = async () => 1;", {filename: 'index.js'});
    expect(cjs.error?.errorMessage.split('\n').slice(0, 4)).toEqual(["Error: Cannot find module 'axios'", 'Require stack:', '- /var/task/index.js', '- /var/runtime/index.mjs']);
    expect(cjs.error?.errorMessage).toContain("'axios' is not a Node.js built-in");
    const builtin = await run(host, "const net = require('net'); exports.handler = async () => 1;", {filename: 'index.js'});
    expect(builtin.error?.errorMessage).toContain('Real Lambda has node:net');
  });

  it('E14 the simulated modules work from import and require', async () => {
    const esm = await run(host, "import {format} from 'node:util'; import {setTimeout as sleep} from 'node:timers/promises'; export const handler = async () => { await sleep(10); return format('%s=%d', 'n', 42); };");
    expect(esm.result).toBe('n=42');
    const cjs = await run(host, "const {EventEmitter} = require('events'); exports.handler = async () => { const e = new EventEmitter(); let got; e.on('x', (v) => { got = v; }); e.emit('x', 7); return got; };", {filename: 'index.js'});
    expect(cjs.result).toBe(7);
  });

  it('E15 a throw at module scope is an init error, and init is retried on the next invoke', async () => {
    const code = "throw new Error('init failed'); export const handler = async () => 1;";
    const o = await run(host, code);
    expect(o.status).toBe('init-error');
    expect(o.error?.errorMessage).toBe('init failed');
    expect(o.logs[0]).toMatch(/\tundefined\tERROR\tUncaught Exception \t/);
    await expectNextIsCold(host, code);
    await expectRecovers(host, true);
  });
});
