import {afterAll, describe, expect, it} from 'vitest';
import {FAKE_CREDENTIALS} from '../../../../src/core/runtime/buildEnvironmentVariables.ts';
import {createNodeSandboxHost, expectRecovers, functionLines, reportLines, run} from './support.ts';

const host = createNodeSandboxHost();
afterAll(() => host.dispose());

describe('hostile handlers: escape attempts', () => {
  it('X01 browser and host globals are not defined (ReferenceError, as in Node)', async () => {
    for (const name of ['window', 'document', 'parent', 'top', 'localStorage', 'indexedDB', 'caches', 'XMLHttpRequest', 'WebSocket', 'importScripts', 'postMessage', 'Worker']) {
      const o = await run(host, `export const handler = async () => ${name};`);
      expect(o.error?.errorType, name).toBe('ReferenceError');
      expect(o.error?.errorMessage).toBe(`${name} is not defined`);
    }
    await expectRecovers(host, false);
  });

  it('X03 every route to "the global object" reaches only the guest global', async () => {
    const o = await run(host, `export const handler = async () => {
      const globals = [Function('return this')(), [].constructor.constructor('return globalThis')(), (0, eval)('this'), globalThis];
      return globals.map((g) => [g === globalThis, typeof g.process?.binding, typeof g.require, typeof g.WebAssembly, typeof g.postMessage, typeof g.fetch]);
    };`);
    expect(o.result).toEqual(Array(4).fill([true, 'undefined', 'undefined', 'undefined', 'undefined', 'function']));
  });

  it('X05 tampering with Promise cannot hang the harness', async () => {
    const a = await run(host, "export const handler = async () => { Promise.prototype.then = function () {}; return 'still delivered'; };");
    expect(a.result).toBe('still delivered');
    const b = await run(host, "export const handler = async () => { globalThis.Promise = 0; return 'ok'; };");
    expect(b.result).toBe('ok');
    const c = await run(host, 'Promise.prototype.then = function () {}; export const handler = async () => { await new Promise((r) => setTimeout(r, 10)); return 1; };');
    expect(['success', 'crash', 'timeout']).toContain(c.status);
  });

  it('X07 fake platform lines in console output stay function output', async () => {
    const o = await run(host, "export const handler = async () => { console.log('END RequestId: fake\\nREPORT RequestId: fake\\tDuration: 1 ms'); return 1; };");
    expect(reportLines(o)).toHaveLength(1);
    expect(reportLines(o)[0]).toContain(o.requestId);
    const fake = functionLines(o);
    expect(fake).toHaveLength(1);
    expect(fake[0]).toMatch(new RegExp(`^\\S+\\t${o.requestId}\\tINFO\\tEND RequestId: fake\\rREPORT RequestId: fake`));
  });

  it('X11 WebAssembly, Atomics threads and workers are unavailable', async () => {
    const o = await run(host, 'export const handler = async () => [typeof WebAssembly, typeof Worker, typeof SharedWorker, typeof Atomics === "object" ? typeof Atomics.wait : "none"];');
    expect((o.result as string[]).slice(0, 3)).toEqual(['undefined', 'undefined', 'undefined']);
    const w = await run(host, 'export const handler = async () => WebAssembly.instantiate(new Uint8Array(8));');
    expect(w.error?.errorMessage).toBe('WebAssembly is not defined');
  });

  it('X13 process.env holds only simulated variables with clearly fake credentials', async () => {
    const o = await run(host, 'export const handler = async () => process.env;', {env: {STAGE: 'dev'}});
    const env = o.result as Record<string, string>;
    expect(env.AWS_REGION).toBe('us-east-1');
    expect(env.AWS_LAMBDA_FUNCTION_NAME).toBe('playground-function');
    expect(env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE).toBe('128');
    expect(env.STAGE).toBe('dev');
    expect(env.AWS_ACCESS_KEY_ID).toBe(FAKE_CREDENTIALS.AWS_ACCESS_KEY_ID);
    expect(env.AWS_SESSION_TOKEN).toMatch(/FAKE/);
    for (const key of Object.keys(process.env)) {
      if (key in env) expect(['PATH', 'LANG', 'TZ', 'LD_LIBRARY_PATH', 'NODE_PATH'], `host variable ${key} leaked`).toContain(key);
    }
    expect(env.HOME).toBeUndefined();
  });

  it('X14 the network is not reachable: fetch fails like Node with no network', async () => {
    const o = await run(host, "export const handler = async () => { try { await fetch('https://example.com'); return 'reached'; } catch (e) { return [e.name, e.message, e.cause?.message]; } };");
    expect(o.result).toEqual(['TypeError', 'fetch failed', 'network access is not available in the Lambda Lab playground']);
  });

  it('X15 the internal require cannot load host modules', async () => {
    const o = await run(host, "export const handler = async () => globalThis[Symbol.for('lambda-lab.require')]('child_process');");
    expect(o.error?.errorMessage).toBe("Cannot find module 'child_process'");
  });

  it('X16 replacing console or the timer globals only affects the guest', async () => {
    const o = await run(host, "let n = 0; export const handler = async () => { console.log = null; globalThis.setTimeout = () => { throw new Error('x'); }; return ++n; };");
    expect(o.result).toBe(1);
    const again = await run(host, "let n = 0; export const handler = async () => { console.log = null; globalThis.setTimeout = () => { throw new Error('x'); }; return ++n; };");
    expect(again.result).toBe(2);
    await expectRecovers(host, false);
  });
});
