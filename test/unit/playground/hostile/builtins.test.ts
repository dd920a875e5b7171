import {readFileSync} from 'node:fs';
import {afterAll, describe, expect, it} from 'vitest';
import {createNodeSandboxHost, expectRecovers, run} from './support.ts';

const host = createNodeSandboxHost();
afterAll(() => host.dispose());

/** gzip(gzip(1 GiB of zeros)): 1.8 KB that inflates to 1 MB, then to 1 GiB. */
const BOMB = readFileSync(new URL('../../../fixtures/hostile/gzip-bomb-1GB.gz.gz.b64', import.meta.url), 'utf8');

describe('hostile handlers: Node built-ins', () => {
  it('Z01 a 1.8 KB gzip bomb that inflates to 1 GiB ends as out of memory, promptly, not a hang', async () => {
    const code = `const zlib = require('zlib');
exports.handler = async (event) => { const inner = zlib.gunzipSync(Buffer.from(event.bomb, 'base64')); return zlib.gunzipSync(inner).length; };`;
    const o = await run(host, code, {filename: 'index.js', event: {bomb: BOMB}, timeoutMs: 10_000});
    expect(o.status).toBe('oom');
    expect(o.error?.errorMessage).toMatch(/Runtime exited with error: signal: killed$/);
    await expectRecovers(host, true);
  });

  it('Z02 the callback and stream forms of the bomb end the same way', async () => {
    const code = `const zlib = require('zlib');
exports.handler = (event, context, callback) => {
  zlib.gunzip(Buffer.from(event.bomb, 'base64'), (err, inner) => { if (err) return callback(err); zlib.inflate(inner, () => callback(null, 'unreachable')); zlib.gunzip(inner, (e2, all) => callback(e2, all && all.length)); });
};`;
    const o = await run(host, code, {filename: 'index.js', event: {bomb: BOMB}, timeoutMs: 10_000});
    expect(o.status).toBe('oom');
  });

  it('Z03 random bytes larger than the memory end as out of memory; a seed makes them reproducible', async () => {
    const big = await run(host, "import {randomBytes} from 'crypto'; export const handler = async () => randomBytes(2 ** 30).length;");
    expect(big.status).toBe('oom');
    const seeded = "import {randomUUID, randomBytes} from 'crypto'; export const handler = async () => [randomUUID(), randomBytes(4).toString('hex'), crypto.getRandomValues(new Uint8Array(2)).join()];";
    const a = await run(host, seeded, {randomSeed: 42});
    const b = await run(host, seeded, {randomSeed: 42, forceCold: true});
    const c = await run(host, seeded, {randomSeed: 43});
    expect(a.result).toEqual(b.result);
    expect(a.result).not.toEqual(c.result);
  });

  it('Z04 Brotli says plainly that it is not available, and the environment survives', async () => {
    const o = await run(host, "import zlib from 'zlib'; export const handler = async () => zlib.brotliCompressSync('x');");
    expect(o.error?.errorMessage).toMatch(/Brotli\) is not available in the Lambda Lab playground/);
    await expectRecovers(host, false);
  });

  it('Z05 built-ins cannot be used to reach the host: path.resolve stays in /var/task, URL parsing is inert, fetch still fails', async () => {
    const o = await run(host, `import path from 'path';
export const handler = async () => {
  let f; try { await fetch(new URL('http://169.254.169.254/latest/meta-data/')); } catch (e) { f = e.message; }
  return [path.resolve('..', '..', 'etc'), f, typeof process.binding, typeof require];
};`);
    expect(o.result).toEqual(['/etc', 'fetch failed', 'undefined', 'undefined']);
  });
});
