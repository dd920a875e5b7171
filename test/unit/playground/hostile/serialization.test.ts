import {afterAll, describe, expect, it} from 'vitest';
import {createNodeSandboxHost, expectRecovers, run} from './support.ts';

const host = createNodeSandboxHost();
afterAll(() => host.dispose());

const UNABLE = {errorType: 'Error', errorMessage: 'Unable to stringify response body', trace: ['Error: Unable to stringify response body']};

describe('hostile handlers: serialisation', () => {
  it('S01 returning undefined (or nothing) responds null', async () => {
    for (const body of ['return undefined;', '']) {
      const o = await run(host, `export const handler = async () => { ${body} };`);
      expect(o.status).toBe('success');
      expect(o.result).toBeNull();
    }
  });

  it('S02 a circular result is "Unable to stringify response body"', async () => {
    const o = await run(host, 'export const handler = async () => { const a = {}; a.self = a; return a; };');
    expect(o.error).toEqual(UNABLE);
    await expectRecovers(host, false);
  });

  it('S03 a BigInt result is "Unable to stringify response body"', async () => {
    expect((await run(host, 'export const handler = async () => ({n: 10n});')).error).toEqual(UNABLE);
  });

  it('S04 a throwing toJSON is "Unable to stringify response body"', async () => {
    expect((await run(host, "export const handler = async () => ({toJSON() { throw new Error('no'); }});")).error).toEqual(UNABLE);
  });

  it('S05 a toJSON that builds 100 MB ends as out-of-memory or too large, never a host-side copy', async () => {
    const o = await run(host, "export const handler = async () => ({toJSON() { return 'x'.repeat(1e8); }});");
    expect(['oom', 'error']).toContain(o.status);
    if (o.status === 'error') expect(o.error?.errorType).toBe('Function.ResponseSizeTooLarge');
    expect(JSON.stringify(o).length).toBeLessThan(100_000);
  });

  it('S06 a toJSON that loops forever times out (serialisation runs under the deadline)', async () => {
    expect((await run(host, 'export const handler = async () => ({toJSON() { for (;;) {} }});')).status).toBe('timeout');
  });

  it('S07 special values follow JSON.stringify', async () => {
    const o = await run(host, "export const handler = async () => [NaN, Infinity, -0, new Date(0), new Map([[1, 2]]), '\\uD800', undefined, () => 1];");
    expect(o.result).toEqual([null, null, 0, '1970-01-01T00:00:00.000Z', {}, '\ud800', null, null]);
  });

  it('S08 a callback handler result is serialised the same way', async () => {
    const o = await run(host, 'exports.handler = (e, c, cb) => { const a = []; a.push(a); cb(null, a); };', {filename: 'index.js'});
    expect(o.error).toEqual(UNABLE);
  });

  it('S09 a thenable that is not a Promise is awaited like the runtime does', async () => {
    const o = await run(host, "exports.handler = () => ({then(resolve) { resolve('from thenable'); }});", {filename: 'index.js'});
    expect(o.result).toBe('from thenable');
  });
});
