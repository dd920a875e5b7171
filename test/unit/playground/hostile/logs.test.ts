import {afterAll, describe, expect, it} from 'vitest';
import {LOG_LIMITS} from '../../../../src/core/runtime/logLimits.ts';
import {createNodeSandboxHost, expectRecovers, functionLines, run} from './support.ts';

const host = createNodeSandboxHost();
afterAll(() => host.dispose());

describe('hostile handlers: log floods and formatting', () => {
  it('L01 a log flood is capped per line and per invocation, with one marker, and still times out', async () => {
    const o = await run(host, "const big = 'x'.repeat(1e6); export const handler = async () => { for (;;) console.log(big); };", {timeoutMs: 3000});
    expect(o.status).toBe('timeout');
    const lines = functionLines(o);
    const total = lines.reduce((n, l) => n + l.length, 0);
    expect(total).toBeLessThan(LOG_LIMITS.maxInvocationChars + 10_000);
    for (const l of lines) expect(l.length).toBeLessThan(LOG_LIMITS.maxLineChars + 200);
    expect(lines.filter((l) => l.endsWith(LOG_LIMITS.truncatedMarker))).toHaveLength(1);
    await expectRecovers(host, true);
  });

  it('L02 many small lines are capped too, and the next invocation logs again', async () => {
    const code = "let first = true; export const handler = async () => { if (first) { first = false; for (let i = 0; i < 60000; i++) console.log('a line of about forty characters, padded', i); } else console.log('again'); return 1; };";
    const o = await run(host, code, {timeoutMs: 30_000});
    expect(o.status).toBe('success');
    expect(functionLines(o).at(-1)).toMatch(/WARN\t\[playground\] log output truncated/);
    const next = await run(host, code, {timeoutMs: 30_000});
    expect(next.cold).toBe(false);
    expect(functionLines(next).map((l) => l.split('\t').slice(2).join('\t'))).toEqual(['INFO\tagain']);
  });

  it('L03 objects are formatted like util.inspect: circular markers, Map/Set, depth limit', async () => {
    const o = await run(host, "export const handler = async () => { const a = {name: 'a', list: [1, 'two']}; a.self = a; console.log(a); console.log(new Map([['k', 1]]), new Set([1])); console.log({l1: {l2: {l3: {l4: 1}}}}); console.log('%s is %d years', 'Ada', 36, {x: 1}); return 1; };");
    const texts = functionLines(o).map((l) => l.split('\t').slice(3).join('\t'));
    expect(texts[0]).toBe("<ref *1> { name: 'a', list: [ 1, 'two' ], self: [Circular *1] }");
    expect(texts[1]).toBe("Map(1) { 'k' => 1 } Set(1) { 1 }");
    expect(texts[2]).toBe('{ l1: { l2: { l3: [Object] } } }');
    expect(texts[3]).toBe('Ada is 36 years { x: 1 }');
  });

  it('L04 console levels and multi-line messages follow the runtime\'s text format', async () => {
    const o = await run(host, "export const handler = async () => { console.info('i'); console.warn('w'); console.error('e'); console.debug('d'); console.log('a\\nb'); return 1; };");
    const parts = functionLines(o).map((l) => l.split('\t'));
    expect(parts.map((p) => p[2])).toEqual(['INFO', 'WARN', 'ERROR', 'DEBUG', 'INFO']);
    for (const p of parts) {
      expect(p[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(p[1]).toBe(o.requestId);
    }
    expect(parts[4]![3]).toBe('a\rb');
  });

  it('L05 printing errors shows name, message and stack', async () => {
    const o = await run(host, "export const handler = async () => { console.error(new TypeError('bad')); return 1; };");
    expect(functionLines(o)[0]).toMatch(/\tERROR\tTypeError: bad\r {4}at handler/);
  });
});
