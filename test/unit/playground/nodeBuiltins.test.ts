/**
 * The playground's Node.js built-ins against Node's own: the same function runs in Node (with
 * the real modules) and in the sandbox (with the simulated ones) on the same inputs, and the
 * JSON results must be identical. Compressed bytes may legitimately differ between zlib and
 * fflate, so compression is checked both ways: each side inflates what the other deflated.
 */
import {createRequire} from 'node:module';
import zlib from 'node:zlib';
import {afterAll, describe, expect, it} from 'vitest';
import {createNodeSandboxHost, run} from './hostile/support.ts';

const host = createNodeSandboxHost();
afterAll(() => host.dispose());

const MODULES = ['crypto', 'zlib', 'path', 'url', 'querystring', 'string_decoder', 'util', 'assert', 'stream', 'os'] as const;

/** Runs `compute(m, fixtures)` in the sandbox and in Node; returns both results. */
async function both(compute: string, fixtures: unknown = {}): Promise<{sandbox: unknown; node: unknown; error: unknown}> {
  const code = `const m = {${MODULES.map((n) => `${JSON.stringify(n)}: require('${n}')`).join(', ')}};
const compute = ${compute};
exports.handler = async (event) => compute(m, event);`;
  const o = await run(host, code, {filename: 'index.js', event: fixtures, timeoutMs: 10_000, memoryMB: 512});
  const require = createRequire(import.meta.url);
  const m = Object.fromEntries(MODULES.map((n) => [n, require(n) as unknown]));
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const fn = new Function(`return (${compute})`)() as (m: unknown, f: unknown) => unknown;
  const node = JSON.parse(JSON.stringify(await fn(m, fixtures))) as unknown;
  return {sandbox: o.result, node, error: o.error};
}

async function expectSame(compute: string, fixtures: unknown = {}): Promise<unknown> {
  const r = await both(compute, fixtures);
  expect(r.error).toBeNull();
  expect(r.sandbox).toEqual(r.node);
  return r.sandbox;
}

describe('Node built-ins in the sandbox behave like Node', () => {
  it('crypto: hash and HMAC digests (sha1/sha256/sha512/md5 …) in hex, base64, latin1; timingSafeEqual; pbkdf2Sync', async () => {
    const out = await expectSame(`(m) => {
      const c = m.crypto;
      const inputs = ['', 'abc', 'The quick brown fox jumps over the lazy dog', 'é€😀', 'x'.repeat(20000)];
      const r = {};
      for (const alg of ['sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'md5']) {
        r[alg] = inputs.map((s) => c.createHash(alg).update(s).digest('hex'));
        r[alg + '-b64'] = c.createHash(alg).update('abc').update(Buffer.from([0, 1, 255])).digest('base64');
        r[alg + '-hmac'] = inputs.map((s) => c.createHmac(alg, 'secret-key').update(s).digest('hex'));
        r[alg + '-hmac-longkey'] = c.createHmac(alg, 'k'.repeat(200)).update('data').digest('base64');
      }
      r.copy = (() => { const h = c.createHash('sha256').update('a'); const h2 = h.copy(); h2.update('b'); return [h.digest('hex'), h2.digest('hex')]; })();
      r.tse = [c.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), c.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd'))];
      try { c.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')); } catch (e) { r.tseError = [e.name, e.code, e.message]; }
      try { c.createHash('nope'); } catch (e) { r.unknownHash = e.message; }
      try { const h = c.createHash('sha1'); h.digest(); h.digest(); } catch (e) { r.twice = [e.code, e.message]; }
      r.pbkdf2 = c.pbkdf2Sync('password', 'salt', 1000, 32, 'sha256').toString('hex');
      r.pbkdf2sha512 = c.pbkdf2Sync(Buffer.from('pw'), 'NaCl', 10, 64, 'sha512').toString('base64');
      r.uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(c.randomUUID());
      r.randomLen = [c.randomBytes(0).length, c.randomBytes(33).length];
      r.getRandom = c.webcrypto.getRandomValues(new Uint32Array(4)).length;
      return r;
    }`);
    expect((out as {sha256: string[]}).sha256[1]).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('zlib: sync, callback and promisified forms round-trip; each side inflates what the other deflated; errors match', async () => {
    const text = 'Lambda '.repeat(2000) + 'é€😀';
    const fixtures = {
      text,
      gz: zlib.gzipSync(text).toString('base64'), df: zlib.deflateSync(text).toString('base64'), raw: zlib.deflateRawSync(text).toString('base64'),
    };
    const r = await both(`async (m, f) => {
      const z = m.zlib;
      const r = {};
      r.fromNode = [z.gunzipSync(Buffer.from(f.gz, 'base64')).toString(), z.inflateSync(Buffer.from(f.df, 'base64')).toString(), z.inflateRawSync(Buffer.from(f.raw, 'base64')).toString(), z.unzipSync(Buffer.from(f.gz, 'base64')).toString(), z.unzipSync(Buffer.from(f.df, 'base64')).toString()].map((s) => s === f.text);
      r.roundTrip = [z.gunzipSync(z.gzipSync(f.text)).toString() === f.text, z.inflateSync(z.deflateSync(f.text, {level: 9})).toString() === f.text, z.inflateRawSync(z.deflateRawSync(Buffer.from(f.text))).toString() === f.text];
      r.callback = await new Promise((resolve, reject) => z.gzip(f.text, (err, gz) => err ? reject(err) : z.gunzip(gz, (e2, back) => e2 ? reject(e2) : resolve(back.toString() === f.text))));
      r.promisified = (await m.util.promisify(z.inflate)(await m.util.promisify(z.deflate)('abc'))).toString();
      r.empty = z.gunzipSync(z.gzipSync('')).length;
      for (const [name, fn, input] of [['gunzipGarbage', 'gunzipSync', Buffer.from('not gzip data')], ['inflateGarbage', 'inflateSync', Buffer.from('xyz123')], ['gunzipTruncated', 'gunzipSync', Buffer.from(f.gz, 'base64').subarray(0, 20)]]) {
        try { z[fn](input); r[name] = 'no error'; } catch (e) { r[name] = [e.code, e.message, e.errno]; }
      }
      r.callbackError = await new Promise((resolve) => z.gunzip(Buffer.from('nope'), (err) => resolve(err && err.code)));
      r.sandboxGzip = z.gzipSync(f.text).toString('base64');
      return r;
    }`, fixtures);
    expect(r.error).toBeNull();
    const {sandboxGzip, ...sandbox} = r.sandbox as {sandboxGzip: string};
    const {sandboxGzip: _n, ...node} = r.node as {sandboxGzip: string};
    expect(sandbox).toEqual(node);
    expect(zlib.gunzipSync(Buffer.from(sandboxGzip, 'base64')).toString()).toBe(text);
  });

  it('path, url, querystring and string_decoder on the same cases', async () => {
    await expectSame(`(m) => {
      const p = m.path;
      const paths = ['/a/b/c', 'a/b/', '/a//b/../c/.', '', '.', '/', 'file.tar.gz', '.bashrc', '/var/task/index.mjs', 'a/../../b'];
      const r = {
        join: [p.join('/a', 'b', '../c'), p.join('a', '', 'b/'), p.join(), p.join('/', '..', 'x')],
        normalize: paths.map((x) => p.normalize(x)), dirname: paths.map((x) => p.dirname(x)), basename: paths.map((x) => p.basename(x)),
        basenameExt: [p.basename('/a/b.txt', '.txt'), p.basename('b.txt', 'txt')], extname: paths.map((x) => p.extname(x)),
        isAbsolute: paths.map((x) => p.isAbsolute(x)), parse: paths.map((x) => p.parse(x)),
        format: p.format({dir: '/home/u', name: 'f', ext: '.txt'}), relative: [p.relative('/a/b/c', '/a/d'), p.relative('/a', '/a'), p.relative('/a/b', '/a/b/c/d')],
        resolveAbs: [p.resolve('/a', 'b', '../c'), p.resolve('/x', '/y', 'z')], sep: p.sep, delimiter: p.delimiter,
      };
      try { p.join(1); } catch (e) { r.joinError = [e.name, e.code]; }
      const u = new URL('HTTPS://User:Pa ss@Example.COM:443/a/./b/../c%20d?q=1&q=2&x=a+b#frag');
      r.url = [u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash, u.searchParams.getAll('q'), u.searchParams.get('x'), u.toString(), JSON.stringify(u)];
      const v = new URL('../x/y?z#w', 'http://h.example/a/b/c'); v.searchParams.set('k', 'v w&'); v.hash = ''; v.port = '8080';
      r.relativeUrl = v.href;
      try { new URL('not a url'); } catch (e) { r.badUrl = [e.name, e.code, e.message]; }
      r.canParse = [URL.canParse('http://x'), URL.canParse('nope'), URL.canParse('/p', 'http://x')];
      const sp = new URLSearchParams({b: '2', a: '1 2', c: 'é&='}); sp.append('a', '3'); sp.sort();
      r.params = [sp.toString(), [...sp], sp.has('a'), sp.get('missing'), new URLSearchParams('?a=1&a=2&b=%20x+y').getAll('a'), new URLSearchParams('a=%zz&b').toString(), sp.size];
      r.legacy = ['http://user:pw@host.com:8080/p/a/t/h?query=string#hash', '/relative/path?x=1', 'mailto:someone@example.com'].map((s) => { const o = m.url.parse(s); return [o.protocol, o.slashes, o.auth, o.host, o.port, o.hostname, o.hash, o.search, o.query, o.pathname, o.path, o.href]; });
      r.legacyQuery = m.url.parse('http://x.com/?a=1&a=2&b=3', true).query;
      r.format = [m.url.format({protocol: 'https', hostname: 'example.com', pathname: '/a', query: {x: '1', y: 'a b'}}), m.url.format(new URL('http://a.com/b?c#d'), {fragment: false})];
      r.resolve = [m.url.resolve('http://a.com/b/c', '../d'), m.url.resolve('/one/two/three', 'four'), m.url.resolve('http://example.com/', '/one')];
      r.fileUrl = [m.url.fileURLToPath('file:///var/task/a%20b.js'), m.url.pathToFileURL('/tmp/x y#z').href];
      const q = m.querystring;
      r.qs = [q.stringify({a: [1, 2], b: 'x y', c: '', d: true, e: null, f: undefined, g: 'é&=', h: {}}), q.stringify({w: 'a', x: 'b'}, ';', ':'), q.escape('a b&é'), q.unescape('%E2%82%AC+%zz')];
      r.qp = [q.parse('a=1&a=2&b=x+y&c&=d&e=%E2%82%AC&f=%zz'), q.parse('w:a;x:b', ';', ':'), q.parse('')];
      const D = m.string_decoder.StringDecoder;
      const bytes = Buffer.from('a€😀é');
      r.decoder = [1, 2, 3].map((step) => { const d = new D('utf8'); let s = ''; for (let i = 0; i < bytes.length; i += step) s += d.write(bytes.subarray(i, i + step)); return s + d.end(); });
      const trunc = new D('utf8'); r.decoderTruncated = trunc.write(bytes.subarray(0, 2)) + trunc.end();
      const hex = new D('hex'); r.decoderHex = hex.write(Buffer.from([1, 255])) + hex.end();
      return r;
    }`);
  });

  it('util, assert, structuredClone, streams, os', async () => {
    await expectSame(`async (m) => {
      const u = m.util;
      const r = {};
      r.format = [u.format('%s=%d %i %j %%', 'a', 4.5, '7.9', {x: 1}), u.format('a', 'b', 3), u.format('%s', 'x', 'extra'), u.format('no args %s')];
      r.inspect = [u.inspect('str'), u.inspect(1), u.inspect([1, 2, 3]), u.inspect({a: 1, b: 'x'}), u.inspect(null), u.inspect(undefined), u.inspect(new Map([[1, 2]])), u.inspect(new Set([1]))];
      r.deep = [u.isDeepStrictEqual({a: [1, {b: 2}]}, {a: [1, {b: 2}]}), u.isDeepStrictEqual({a: 1}, {a: '1'}), u.isDeepStrictEqual(new Map([[1, {x: 1}]]), new Map([[1, {x: 1}]])), u.isDeepStrictEqual([1, 2], [2, 1]), u.isDeepStrictEqual(NaN, NaN), u.isDeepStrictEqual(new Date(0), new Date(0)), u.isDeepStrictEqual(new Set([1, 2]), new Set([2, 1]))];
      r.promisify = await u.promisify((a, cb) => setTimeout(() => cb(null, a * 2), 1))(21);
      r.callbackify = await new Promise((resolve) => u.callbackify(async (x) => x + 1)(1, (err, v) => resolve([err, v])));
      r.types = [u.types.isPromise(Promise.resolve()), u.types.isDate(new Date()), u.types.isRegExp(/x/), u.types.isUint8Array(Buffer.from('a'))];
      function Base() {} function Child() {} u.inherits(Child, Base); r.inherits = [new Child() instanceof Base, Child.super_ === Base];
      const a = m.assert;
      const errs = [];
      for (const f of [() => a.strictEqual(1, 2), () => a.deepStrictEqual({a: 1}, {a: 2}), () => a.ok(0), () => a.equal(1, 2, 'custom message'), () => a.throws(() => {}), () => a.notStrictEqual(1, 1), () => a.match('abc', /x/), () => a.fail('boom')]) {
        try { f(); errs.push('no error'); } catch (e) { errs.push([e.name, e.code, e instanceof a.AssertionError, e.operator]); }
      }
      r.assert = errs;
      a.deepStrictEqual({x: [1, new Map([[1, 2]])]}, {x: [1, new Map([[1, 2]])]});
      a.throws(() => { throw new TypeError('t'); }, TypeError);
      a.throws(() => { throw new Error('hello world'); }, /hello/);
      a.throws(() => { throw new Error('x'); }, {message: 'x'});
      await a.rejects(Promise.reject(new Error('r')), Error);
      r.customMessage = (() => { try { a.equal(1, 2, 'custom message'); } catch (e) { return e.message; } })();
      const original = {d: new Date(5), m: new Map([['k', [1]]]), s: new Set(['x']), r: /ab+c/gi, n: null, u: [undefined], nested: {a: {b: {c: 1}}}, bytes: new Uint8Array([1, 2])};
      original.self = original;
      const copy = structuredClone(original);
      r.clone = [copy !== original, copy.self === copy, copy.d.getTime(), copy.m.get('k'), [...copy.s], copy.r.source + copy.r.flags, copy.u.length, copy.nested.a.b.c, Array.from(copy.bytes), copy.bytes instanceof Uint8Array];
      try { structuredClone({f() {}}); } catch (e) { r.cloneError = e.name; }
      const {Readable, Writable, Transform, PassThrough, pipeline} = m.stream;
      const seen = [];
      await new Promise((resolve, reject) => pipeline(
        Readable.from(['a', 'b', 'c']),
        new Transform({transform(chunk, enc, cb) { cb(null, String(chunk).toUpperCase() + '!'); }}),
        new PassThrough(),
        new Writable({write(chunk, enc, cb) { seen.push(chunk.toString()); cb(); }}),
        (err) => err ? reject(err) : resolve()));
      r.pipeline = seen;
      const collected = [];
      for await (const chunk of Readable.from([1, 2, 3])) collected.push(chunk);
      r.asyncIter = collected;
      r.pipelineError = await new Promise((resolve) => pipeline(Readable.from(['x']), new Transform({transform(c, e, cb) { cb(new Error('transform failed')); }}), new PassThrough(), (err) => resolve(err && err.message)));
      const rs = new Readable({read() {}}); rs.push('p'); rs.push('q'); rs.push(null);
      r.readAll = await new Promise((resolve) => { let s = ''; rs.on('data', (c) => { s += c; }); rs.on('end', () => resolve(s)); });
      r.osShape = [m.os.platform(), m.os.type(), m.os.EOL, m.os.endianness(), typeof m.os.totalmem(), Array.isArray(m.os.cpus())];
      return r;
    }`);
  });

  it('Buffer: encodings, slices that stay Buffers, concat, compare, read/write, JSON', async () => {
    await expectSame(`(m) => {
      const b = Buffer.from('héllo world', 'utf8');
      const w = Buffer.alloc(8); w.writeUInt32BE(0xdeadbeef, 0); w.write('hi', 4);
      return [b.slice(0, 2).toString(), b.toString('base64'), b.toString('base64url'), b.toString('latin1'), b.toString('utf16le').length, Buffer.from('aGk=', 'base64').toString(), Buffer.from('aGk', 'base64url').toString(),
        b.subarray(1).toString('hex'), Buffer.from('c3a9', 'hex').toString(), Buffer.isBuffer(b.slice(1)), Buffer.isBuffer(new Uint8Array(1)), b.equals(Buffer.from('héllo world')), b.indexOf('world'), b.includes('xyz'),
        Buffer.concat([Buffer.from('a'), Buffer.from('bc')], 2).toString(), Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.alloc(5, 'ab').toString(), JSON.stringify(Buffer.from('AB')),
        Buffer.byteLength('é€😀'), Buffer.byteLength('aGk=', 'base64'), b.readUInt16BE(0), b.readUInt32LE(1), w.toString('hex'), Buffer.from(Buffer.from('x').toJSON()).toString(), b.toString('utf8', 1, 3), Buffer.isEncoding('UTF-8'), Buffer.from([256, -1, 65]).toString('hex')];
    }`);
  });

  it('Buffer: old code calling new Buffer.from / new Buffer.alloc works as in Node (found in a real CloudWatch Logs handler)', async () => {
    await expectSame(`(m) => {
      const a = new Buffer.from('aGk=', 'base64');
      const z = new Buffer.alloc(3, 1);
      return [a.toString(), Buffer.isBuffer(a), z.toString('hex'), Buffer.from.name, Object.keys(Buffer).includes('from')];
    }`);
  });

  it('stream: Writable.write refuses what is not a string or bytes with the same TypeError', async () => {
    await expectSame(`(m) => {
      const w = new m.stream.Writable({write(c, e, cb) { cb(); }});
      return [[1], {a: 1}, 42].map((v) => { try { w.write(v); return 'ok'; } catch (e) { return [e.name, e.code, e.message]; } });
    }`);
  });
});
