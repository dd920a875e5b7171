/**
 * Node.js built-ins for the guest, evaluated in QuickJS the first time a handler requires one
 * (or touches a global such as URL or crypto). Heavy work (hashes, compression, URL parsing,
 * path) goes to the host half (builtins/hostBuiltins.ts), which uses audited libraries or the host
 * engine's own implementation; this file gives it Node's API shapes, errors and callback forms.
 */
export const NODE_BUILTINS_SOURCE = String.raw`
(function (host) {
  'use strict';
  var G = globalThis;
  var jsonStringify = JSON.stringify, jsonParse = JSON.parse;
  var cache = {};
  function req(name) { return G[Symbol.for('lambda-lab.require')](name); }
  function Buf() { return G.Buffer; }

  function nodeError(Ctor, code, message) { var e = new Ctor(message); e.code = code; return e; }
  function invalidArg(name, expected, value) {
    var got = value === null ? 'null' : value === undefined ? 'undefined' : typeof value === 'object' ? 'an instance of ' + ((value.constructor && value.constructor.name) || 'Object') : 'type ' + typeof value + ' (' + String(value).slice(0, 25) + ')';
    return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "' + name + '" argument must be ' + expected + '. Received ' + got);
  }
  function toBytes(data, encoding, name) {
    if (typeof data === 'string') return Buf().from(data, encoding || 'utf8');
    if (data instanceof Uint8Array) return data;
    if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (data instanceof ArrayBuffer) return new Uint8Array(data);
    throw invalidArg(name || 'data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  function toAB(bytes) { return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength); }
  function fromHost(r) {
    if (typeof r === 'string') { var e = jsonParse(r); var err = new Error(e.message); err.code = e.code; if (e.errno !== undefined) err.errno = e.errno; throw err; }
    return Buf().from(new Uint8Array(r));
  }
  function encodeOut(bytes, encoding) { return encoding === undefined || encoding === 'buffer' ? bytes : bytes.toString(encoding); }
  function later(fn) { G.setImmediate(fn); }

  // ---------------------------------------------------------------- crypto
  function makeCrypto() {
    function Hash(algorithm, hmacKey) {
      this._alg = String(algorithm);
      this._key = hmacKey;
      this._parts = [];
      this._done = false;
      // Fail early, as Node does, for an unknown algorithm.
      fromHost(host.digest(this._alg, new ArrayBuffer(0), undefined));
    }
    Hash.prototype.update = function (data, encoding) {
      if (this._done) throw nodeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
      this._parts.push(Buf().from(toBytes(data, encoding)));
      return this;
    };
    Hash.prototype.digest = function (encoding) {
      if (this._done) throw nodeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
      this._done = true;
      var all = Buf().concat(this._parts);
      return encodeOut(fromHost(host.digest(this._alg, toAB(all), this._key === undefined ? undefined : toAB(this._key))), encoding);
    };
    Hash.prototype.copy = function () { var h = Object.create(Hash.prototype); h._alg = this._alg; h._key = this._key; h._parts = this._parts.slice(); h._done = false; return h; };
    function seeded(n) { return new Uint8Array(host.random(n)); }
    function randomBytes(size, cb) {
      if (typeof size !== 'number' || !(size >= 0) || size > 2147483647) throw nodeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received ' + String(size));
      var b = Buf().from(seeded(size));
      if (typeof cb === 'function') { later(function () { cb(null, b); }); return undefined; }
      return b;
    }
    function getRandomValues(arr) {
      if (!ArrayBuffer.isView(arr) || arr instanceof Float32Array || arr instanceof Float64Array) { var e = new TypeError("The data argument must be an integer-type TypedArray"); e.name = 'TypeMismatchError'; throw e; }
      if (arr.byteLength > 65536) { var q = new Error("The ArrayBufferView's byte length (" + arr.byteLength + ') exceeds the number of bytes of entropy available via this API (65536)'); q.name = 'QuotaExceededError'; throw q; }
      new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength).set(seeded(arr.byteLength));
      return arr;
    }
    function randomUUID() {
      var b = seeded(16);
      b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
      var h = Buf().from(b).toString('hex');
      return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
    }
    function randomInt(min, max, cb) {
      if (max === undefined || typeof max === 'function') { cb = max; max = min; min = 0; }
      var range = max - min;
      var b = seeded(6); var n = 0; for (var i = 0; i < 6; i++) n = n * 256 + b[i];
      var v = min + Math.floor(n / 281474976710656 * range);
      if (typeof cb === 'function') { later(function () { cb(null, v); }); return undefined; }
      return v;
    }
    function timingSafeEqual(a, b) {
      a = toBytes(a, undefined, 'buf1'); b = toBytes(b, undefined, 'buf2');
      if (a.byteLength !== b.byteLength) throw nodeError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
      var d = 0; for (var i = 0; i < a.length; i++) d |= a[i] ^ b[i];
      return d === 0;
    }
    function pbkdf2Sync(password, salt, iterations, keylen, digest) {
      return fromHost(host.pbkdf2(toAB(toBytes(password, 'utf8', 'password')), toAB(toBytes(salt, 'utf8', 'salt')), iterations, keylen, String(digest)));
    }
    function notSimulated(name) {
      return function () { throw nodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'crypto.' + name + ' is not simulated in the Lambda Lab playground (it offers hashes, HMAC, PBKDF2 and random values)'); };
    }
    var subtle = {
      digest: function (algorithm, data) {
        var name = typeof algorithm === 'string' ? algorithm : algorithm && algorithm.name;
        try { var out = fromHost(host.digest(String(name).toLowerCase(), toAB(toBytes(data)), undefined)); return G.Promise.resolve(toAB(out)); }
        catch (e) { var n = new Error('Unrecognized algorithm name'); n.name = 'NotSupportedError'; return G.Promise.reject(n); }
      },
    };
    ['encrypt', 'decrypt', 'sign', 'verify', 'importKey', 'exportKey', 'generateKey', 'deriveKey', 'deriveBits', 'wrapKey', 'unwrapKey'].forEach(function (m) {
      subtle[m] = function () { var e = new Error('crypto.subtle.' + m + ' is not simulated in the Lambda Lab playground'); e.name = 'NotSupportedError'; return G.Promise.reject(e); };
    });
    var webcrypto = { getRandomValues: getRandomValues, randomUUID: randomUUID, subtle: subtle };
    var mod = {
      createHash: function (algorithm) { return new Hash(algorithm); },
      createHmac: function (algorithm, key, options) { return new Hash(algorithm, Buf().from(toBytes(key, options && options.encoding, 'key'))); },
      hash: function (algorithm, data, encoding) { return new Hash(algorithm).update(data).digest(encoding === undefined ? 'hex' : encoding); },
      getHashes: function () { return host.hashNames().split(','); },
      randomBytes: randomBytes, pseudoRandomBytes: randomBytes, randomFillSync: function (b) { getRandomValues(b instanceof DataView ? new Uint8Array(b.buffer) : b); return b; },
      randomUUID: randomUUID, randomInt: randomInt, getRandomValues: getRandomValues, timingSafeEqual: timingSafeEqual,
      pbkdf2Sync: pbkdf2Sync,
      pbkdf2: function (p, s, i, k, d, cb) { var r; try { r = pbkdf2Sync(p, s, i, k, d); } catch (e) { later(function () { cb(e); }); return; } later(function () { cb(null, r); }); },
      webcrypto: webcrypto, subtle: subtle,
      constants: {},
    };
    ['createCipheriv', 'createDecipheriv', 'createSign', 'createVerify', 'generateKeyPairSync', 'generateKeyPair', 'createPrivateKey', 'createPublicKey', 'createSecretKey', 'publicEncrypt', 'privateDecrypt', 'sign', 'verify', 'scryptSync', 'scrypt', 'createECDH', 'createDiffieHellman', 'hkdfSync'].forEach(function (n) { mod[n] = notSimulated(n); });
    return mod;
  }

  // ---------------------------------------------------------------- zlib
  function makeZlib() {
    var constants = { Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3, Z_BUF_ERROR: -5, Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1, BROTLI_PARAM_QUALITY: 1, BROTLI_PARAM_MODE: 0 };
    var ERRNO = { Z_DATA_ERROR: -3, Z_BUF_ERROR: -5 };
    function run(op, buffer, opts) {
      var bytes = toBytes(buffer, 'utf8', 'buffer');
      var level = opts && typeof opts.level === 'number' ? opts.level : -1;
      var r = host.zlib(op, toAB(bytes), level);
      if (typeof r === 'string') { var e = jsonParse(r); var err = new Error(e.message); err.errno = ERRNO[e.code]; err.code = e.code; throw err; }
      return Buf().from(new Uint8Array(r));
    }
    var mod = { constants: constants };
    var pairs = { gzip: 'gzip', gunzip: 'gunzip', deflate: 'deflate', inflate: 'inflate', deflateRaw: 'deflateRaw', inflateRaw: 'inflateRaw', unzip: 'unzip' };
    Object.keys(pairs).forEach(function (name) {
      mod[name + 'Sync'] = function (buffer, opts) { return run(pairs[name], buffer, opts); };
      mod[name] = function (buffer, opts, cb) {
        if (typeof opts === 'function') { cb = opts; opts = {}; }
        if (typeof cb !== 'function') throw invalidArg('callback', 'of type function', cb);
        var out, error = null;
        try { out = run(pairs[name], buffer, opts); } catch (e) { if (e && e.code === undefined) throw e; error = e; }
        later(function () { if (error) cb(error); else cb(null, out); });
      };
      var cls = 'create' + name.charAt(0).toUpperCase() + name.slice(1);
      mod[cls] = function (opts) { return collectingTransform(function (input) { return run(pairs[name], input, opts); }); };
    });
    ['brotliCompress', 'brotliDecompress'].forEach(function (name) {
      function unavailable() { throw nodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'zlib.' + name + ' (Brotli) is not available in the Lambda Lab playground: no small, audited pure-JavaScript Brotli encoder exists; gzip and deflate are simulated'); }
      mod[name + 'Sync'] = unavailable;
      mod[name] = unavailable;
      mod['create' + name.charAt(0).toUpperCase() + name.slice(1)] = unavailable;
    });
    return mod;
  }
  // A Transform that gathers all input and emits the result of fn at the end (zlib.createGzip()…).
  function collectingTransform(fn) {
    var stream = req('stream');
    var chunks = [];
    return new stream.Transform({
      transform: function (chunk, enc, cb) { chunks.push(Buf().from(toBytes(chunk, enc))); cb(); },
      flush: function (cb) { try { cb(null, fn(Buf().concat(chunks))); } catch (e) { cb(e); } },
    });
  }

  // ---------------------------------------------------------------- path
  function makePath() {
    var names = ['resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath', 'dirname', 'basename', 'extname', 'format', 'parse'];
    var p = { sep: '/', delimiter: ':' };
    names.forEach(function (n) {
      p[n] = function () {
        var args = [].slice.call(arguments);
        for (var i = 0; i < args.length; i++) {
          if (n === 'format' || n === 'toNamespacedPath') break;
          if (typeof args[i] !== 'string' && !(n === 'basename' && i === 1 && args[i] === undefined)) throw invalidArg(n === 'basename' && i === 1 ? 'suffix' : i === 0 && args.length === 1 ? 'path' : 'paths[' + i + ']', 'of type string', args[i]);
        }
        if (n === 'resolve') args.unshift('/var/task');
        return jsonParse(host.pathCall(n, jsonStringify(args)));
      };
    });
    p.posix = p; p.win32 = p;
    p.matchesGlob = undefined;
    return p;
  }

  // ---------------------------------------------------------------- url, URL, URLSearchParams
  function makeUrl() {
    function hostUrl(req) { var r = jsonParse(host.urlCall(jsonStringify(req))); if (r && r.error) { var e = new TypeError(r.error.message); e.code = r.error.code; if (req.input !== undefined) e.input = req.input; throw e; } return r.value; }
    var FIELDS = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
    function URLSearchParams(init) {
      this._pairs = [];
      this._url = null;
      if (init === undefined || init === null) return;
      if (typeof init === 'object') {
        if (init instanceof URLSearchParams) { this._pairs = init._pairs.map(function (p) { return [p[0], p[1]]; }); return; }
        if (typeof init[Symbol.iterator] === 'function') { var self = this; Array.from(init).forEach(function (pair) { var a = Array.from(pair); if (a.length !== 2) throw nodeError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple'); self._pairs.push([String(a[0]), String(a[1])]); }); return; }
        var keys = Object.keys(init); for (var i = 0; i < keys.length; i++) this._pairs.push([keys[i], String(init[keys[i]])]);
        return;
      }
      var text = String(init);
      if (text.charAt(0) === '?') text = text.slice(1);
      this._pairs = hostUrl({ op: 'params', text: text });
    }
    var P = URLSearchParams.prototype;
    P._update = function () { if (this._url) this._url._setSearch(this.toString()); };
    P.append = function (k, v) { this._pairs.push([String(k), String(v)]); this._update(); };
    P.delete = function (k, v) { k = String(k); this._pairs = this._pairs.filter(function (p) { return !(p[0] === k && (v === undefined || p[1] === String(v))); }); this._update(); };
    P.get = function (k) { k = String(k); for (var i = 0; i < this._pairs.length; i++) if (this._pairs[i][0] === k) return this._pairs[i][1]; return null; };
    P.getAll = function (k) { k = String(k); return this._pairs.filter(function (p) { return p[0] === k; }).map(function (p) { return p[1]; }); };
    P.has = function (k, v) { k = String(k); return this._pairs.some(function (p) { return p[0] === k && (v === undefined || p[1] === String(v)); }); };
    P.set = function (k, v) { k = String(k); v = String(v); var found = false; this._pairs = this._pairs.filter(function (p) { if (p[0] !== k) return true; if (found) return false; found = true; p[1] = v; return true; }); if (!found) this._pairs.push([k, v]); this._update(); };
    P.sort = function () { this._pairs = this._pairs.map(function (p, i) { return [p, i]; }).sort(function (a, b) { return a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1]; }).map(function (x) { return x[0]; }); this._update(); };
    P.forEach = function (fn, thisArg) { var self = this; this._pairs.slice().forEach(function (p) { fn.call(thisArg, p[1], p[0], self); }); };
    P.keys = function () { return this._pairs.map(function (p) { return p[0]; })[Symbol.iterator](); };
    P.values = function () { return this._pairs.map(function (p) { return p[1]; })[Symbol.iterator](); };
    P.entries = function () { return this._pairs.map(function (p) { return [p[0], p[1]]; })[Symbol.iterator](); };
    P[Symbol.iterator] = P.entries;
    Object.defineProperty(P, 'size', { get: function () { return this._pairs.length; } });
    P.toString = function () { return this._pairs.length === 0 ? '' : hostUrl({ op: 'params', pairs: this._pairs }); };
    Object.defineProperty(P, Symbol.toStringTag, { value: 'URLSearchParams' });

    function URL(input, base) {
      if (!(this instanceof URL)) throw new TypeError("Class constructor URL cannot be invoked without 'new'");
      if (arguments.length === 0) throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "url" argument must be specified');
      var request = { op: 'parse', input: String(input) };
      if (base !== undefined) request.base = String(base);
      this._f = hostUrl(request);
      this._params = new URLSearchParams(this._f.search);
      this._params._url = this;
    }
    URL.prototype._setSearch = function (text) { this._f = hostUrl({ op: 'set', href: this._f.href, field: 'search', value: text }); };
    FIELDS.forEach(function (f) {
      Object.defineProperty(URL.prototype, f, {
        get: function () { return this._f[f]; },
        set: f === 'origin' ? undefined : function (v) { this._f = hostUrl({ op: 'set', href: this._f.href, field: f, value: String(v) }); if (f === 'search' || f === 'href') { this._params._pairs = new URLSearchParams(this._f.search)._pairs; } },
        enumerable: true, configurable: true,
      });
    });
    Object.defineProperty(URL.prototype, 'searchParams', { get: function () { return this._params; }, enumerable: true });
    URL.prototype.toString = URL.prototype.toJSON = function () { return this._f.href; };
    URL.canParse = function (input, base) { var r = { op: 'canParse', input: String(input) }; if (base !== undefined) r.base = String(base); return hostUrl(r); };
    URL.parse = function (input, base) { try { return new URL(input, base); } catch (e) { return null; } };
    Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL' });

    // The legacy API: url.parse / url.format / url.resolve.
    function Url() { this.protocol = null; this.slashes = null; this.auth = null; this.host = null; this.port = null; this.hostname = null; this.hash = null; this.search = null; this.query = null; this.pathname = null; this.path = null; this.href = null; }
    function legacyParse(text, parseQuery) {
      text = String(text).trim();
      var u = new Url();
      var rest = text;
      var hashAt = rest.indexOf('#'); if (hashAt !== -1) { u.hash = rest.slice(hashAt); rest = rest.slice(0, hashAt); }
      var qAt = rest.indexOf('?'); if (qAt !== -1) { u.search = rest.slice(qAt); u.query = rest.slice(qAt + 1); rest = rest.slice(0, qAt); } else if (parseQuery) { u.search = ''; u.query = {}; }
      var proto = /^([a-z0-9.+-]+:)/i.exec(rest);
      if (proto) { u.protocol = proto[1].toLowerCase(); rest = rest.slice(proto[1].length); }
      var SLASHED = /^(https?|ftp|gopher|file|wss?):$/;
      var hasSlashes = rest.slice(0, 2) === '//' && !(u.protocol === 'javascript:');
      if (hasSlashes || (u.protocol && !SLASHED.test(u.protocol) && u.protocol !== 'javascript:')) {
        if (hasSlashes) { u.slashes = true; rest = rest.slice(2); }
        var end = rest.search(/[\/]/); var authority = end === -1 ? rest : rest.slice(0, end); rest = end === -1 ? '' : rest.slice(end);
        var at = authority.lastIndexOf('@'); if (at !== -1) { u.auth = decodeURIComponent(authority.slice(0, at)); authority = authority.slice(at + 1); }
        u.host = authority.toLowerCase();
        var pm = /:(\d*)$/.exec(u.host); if (pm) { u.port = pm[1] || null; u.hostname = u.host.slice(0, pm.index); } else u.hostname = u.host;
        if (rest === '' && u.protocol && /^(https?|ftp|gopher|file|wss?):$/.test(u.protocol)) rest = '/';
      }
      u.pathname = rest === '' ? null : rest;
      if (parseQuery && typeof u.query === 'string') u.query = makeQuerystring().parse(u.query);
      u.path = (u.pathname || '') + (u.search || '') || null;
      u.href = legacyFormat(u);
      return u;
    }
    function legacyFormat(u) {
      if (typeof u === 'string') u = legacyParse(u);
      if (u instanceof URL) return u.href;
      var auth = u.auth ? encodeURIComponent(u.auth).replace(/%3A/i, ':') + '@' : '';
      var protocol = u.protocol || '';
      if (protocol && protocol.slice(-1) !== ':') protocol += ':';
      var host = u.host ? u.host : u.hostname ? u.hostname + (u.port ? ':' + u.port : '') : '';
      var pathname = u.pathname || '';
      var search = u.search || (u.query && typeof u.query === 'object' && Object.keys(u.query).length ? '?' + makeQuerystring().stringify(u.query) : '');
      if (search && search.charAt(0) !== '?') search = '?' + search;
      var hash = u.hash || ''; if (hash && hash.charAt(0) !== '#') hash = '#' + hash;
      var slashes = u.slashes || /^(https?|ftp|gopher|file|wss?):$/.test(protocol) ? '//' : '';
      if (host && pathname && pathname.charAt(0) !== '/') pathname = '/' + pathname;
      return protocol + (host || slashes && protocol === 'file:' ? slashes : '') + auth + host + pathname + search.replace('#', '%23') + hash;
    }
    return {
      URL: URL, URLSearchParams: URLSearchParams, Url: Url,
      parse: legacyParse, format: function (u, opts) { if (u instanceof URL) { var c = new URL(u.href); if (opts && opts.fragment === false) c.hash = ''; if (opts && opts.search === false) c.search = ''; if (opts && opts.auth === false) { c.username = ''; c.password = ''; } return c.href; } return legacyFormat(u); },
      resolve: function (from, to) { try { var r = new URL(to, new URL(from, 'resolve://')); if (r.protocol === 'resolve:') { var pathname = r.pathname, search = r.search, hash = r.hash; return pathname + search + hash; } return r.toString(); } catch (e) { return to; } },
      fileURLToPath: function (u) { var x = typeof u === 'string' ? new URL(u) : u; if (x.protocol !== 'file:') throw nodeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file'); return decodeURIComponent(x.pathname); },
      pathToFileURL: function (p) { return new URL('file://' + encodeURI(makePath().resolve(p)).replace(/\?/g, '%3F').replace(/#/g, '%23')); },
      domainToASCII: function (d) { return hostUrl({ op: 'domainToASCII', input: String(d) }); },
      domainToUnicode: function (d) { return String(d); },
      urlToHttpOptions: function (u) { return { protocol: u.protocol, hostname: u.hostname, hash: u.hash, search: u.search, pathname: u.pathname, path: u.pathname + u.search, href: u.href, port: u.port === '' ? undefined : Number(u.port) }; },
    };
  }

  // ---------------------------------------------------------------- querystring (Node's legacy rules)
  function makeQuerystring() {
    function escape(s) { return encodeURIComponent(s); }
    // Node: decodeURIComponent, or byte by byte (as UTF-8) when the text has malformed escapes.
    function unescape(s) {
      try { return decodeURIComponent(s); } catch (e) {
        var bytes = [];
        for (var i = 0; i < s.length; i++) {
          var h = s.charAt(i) === '%' ? s.slice(i + 1, i + 3) : '';
          if (/^[0-9a-f]{2}$/i.test(h)) { bytes.push(parseInt(h, 16)); i += 2; }
          else { var enc = Buf().from(s.charAt(i)); for (var j = 0; j < enc.length; j++) bytes.push(enc[j]); }
        }
        return Buf().from(bytes).toString('utf8');
      }
    }
    function stringifyPrimitive(v) { if (typeof v === 'string') return v; if (typeof v === 'number' && isFinite(v)) return '' + v; if (typeof v === 'bigint') return '' + v; if (typeof v === 'boolean') return v ? 'true' : 'false'; return ''; }
    function stringify(obj, sep, eq, options) {
      sep = sep || '&'; eq = eq || '=';
      var enc = options && typeof options.encodeURIComponent === 'function' ? options.encodeURIComponent : mod.escape;
      if (obj === null || typeof obj !== 'object') return '';
      return Object.keys(obj).map(function (k) {
        var ks = enc(stringifyPrimitive(k)) + eq;
        var v = obj[k];
        if (Array.isArray(v)) return v.map(function (x) { return ks + enc(stringifyPrimitive(x)); }).join(sep);
        return ks + enc(stringifyPrimitive(v));
      }).filter(function (s) { return s !== ''; }).join(sep);
    }
    function parse(qs, sep, eq, options) {
      sep = sep || '&'; eq = eq || '=';
      var obj = Object.create(null);
      if (typeof qs !== 'string' || qs.length === 0) return obj;
      var max = options && typeof options.maxKeys === 'number' ? options.maxKeys : 1000;
      var dec = options && typeof options.decodeURIComponent === 'function' ? options.decodeURIComponent : mod.unescape;
      var parts = qs.split(sep);
      if (max > 0 && parts.length > max) parts = parts.slice(0, max);
      for (var i = 0; i < parts.length; i++) {
        var x = parts[i].replace(/\+/g, '%20');
        if (x === '' && parts.length > 1) continue;
        var idx = x.indexOf(eq);
        var k = idx >= 0 ? x.slice(0, idx) : x, v = idx >= 0 ? x.slice(idx + eq.length) : '';
        k = dec(k); v = dec(v);
        if (!(k in obj)) obj[k] = v; else if (Array.isArray(obj[k])) obj[k].push(v); else obj[k] = [obj[k], v];
      }
      return obj;
    }
    var mod = { stringify: stringify, encode: stringify, parse: parse, decode: parse, escape: escape, unescape: unescape, unescapeBuffer: function (s) { return Buf().from(unescape(s)); } };
    return mod;
  }

  // ---------------------------------------------------------------- string_decoder
  function makeStringDecoder() {
    function StringDecoder(encoding) {
      var enc = String(encoding || 'utf8').toLowerCase().replace('-', '');
      if (['utf8', 'utf16le', 'ucs2', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex'].indexOf(enc) === -1) throw nodeError(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + encoding);
      this.encoding = enc === 'utf8' ? 'utf8' : enc;
      this._rest = new Uint8Array(0);
    }
    // How many bytes at the end of b belong to an unfinished character.
    function pending(b, enc) {
      if (enc === 'utf8') {
        for (var back = 1; back <= Math.min(3, b.length); back++) {
          var c = b[b.length - back];
          if ((c & 0xc0) === 0x80) continue;
          var need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
          return need > back ? back : 0;
        }
        return 0;
      }
      if (enc === 'utf16le' || enc === 'ucs2') return b.length % 2;
      if (enc === 'base64' || enc === 'base64url') return b.length % 3;
      return 0;
    }
    StringDecoder.prototype.write = function (buf) {
      if (typeof buf === 'string') return buf;
      var bytes = toBytes(buf);
      var all = new Uint8Array(this._rest.length + bytes.length); all.set(this._rest); all.set(bytes, this._rest.length);
      var keep = pending(all, this.encoding);
      this._rest = all.slice(all.length - keep);
      return Buf().from(all.subarray(0, all.length - keep)).toString(this.encoding);
    };
    StringDecoder.prototype.end = function (buf) {
      var out = buf === undefined ? '' : this.write(buf);
      if (this._rest.length) { out += this.encoding === 'utf8' ? '\ufffd' : Buf().from(this._rest).toString(this.encoding); this._rest = new Uint8Array(0); }
      return out;
    };
    return { StringDecoder: StringDecoder };
  }

  // ---------------------------------------------------------------- os (what Lambda's Amazon Linux 2023 reports)
  function makeOs() {
    var info = jsonParse(host.osInfo());
    var cpu = { model: info.arch === 'arm64' ? 'Neoverse-N1' : 'Intel(R) Xeon(R) Processor @ 2.50GHz', speed: info.arch === 'arm64' ? 0 : 2500, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } };
    var cpus = []; for (var i = 0; i < info.vcpus; i++) cpus.push(cpu);
    return {
      EOL: '\n', devNull: '/dev/null',
      arch: function () { return info.arch === 'arm64' ? 'arm64' : 'x64'; },
      platform: function () { return 'linux'; }, type: function () { return 'Linux'; },
      release: function () { return info.kernel; }, version: function () { return '#1 SMP'; }, machine: function () { return info.arch === 'arm64' ? 'aarch64' : 'x86_64'; },
      hostname: function () { return info.hostname; }, homedir: function () { return '/home/sbx_user1051'; }, tmpdir: function () { return '/tmp'; },
      endianness: function () { return 'LE'; },
      totalmem: function () { return info.memoryMB * 1048576; }, freemem: function () { return Math.max(0, info.memoryMB * 1048576 - 64 * 1048576); },
      availableParallelism: function () { return info.vcpus; }, cpus: function () { return cpus.slice(); },
      loadavg: function () { return [0, 0, 0]; }, uptime: function () { return Math.floor(host.now() / 1000); },
      networkInterfaces: function () { return {}; },
      userInfo: function () { return { uid: 993, gid: 990, username: 'sbx_user1051', homedir: '/home/sbx_user1051', shell: null }; },
      constants: { signals: { SIGKILL: 9, SIGTERM: 15, SIGINT: 2 }, errno: {} },
    };
  }

  // ---------------------------------------------------------------- assert
  function makeAssert() {
    var util = req('util');
    function AssertionError(options) {
      var e = new Error(options.message);
      e.name = 'AssertionError'; e.code = 'ERR_ASSERTION';
      e.actual = options.actual; e.expected = options.expected; e.operator = options.operator; e.generatedMessage = !options.userMessage;
      Object.setPrototypeOf(e, AssertionError.prototype);
      return e;
    }
    AssertionError.prototype = Object.create(Error.prototype);
    AssertionError.prototype.constructor = AssertionError;
    function fail(actual, expected, message, operator, generated) {
      if (message instanceof Error) throw message;
      throw new AssertionError({ message: message !== undefined ? message : generated, actual: actual, expected: expected, operator: operator, userMessage: message !== undefined });
    }
    function show(v) { return util.inspect(v); }
    var isDeep = util.isDeepStrictEqual;
    function ok(value, message) { if (!value) fail(value, true, message, '==', arguments.length === 0 ? 'No value argument passed to \`assert.ok()\`' : 'The expression evaluated to a falsy value:\n\n  assert.ok(' + show(value) + ')\n'); }
    var assert = function (value, message) { if (arguments.length === 0) fail(undefined, true, message, '==', 'No value argument passed to \`assert.ok()\`'); ok(value, message); };
    assert.ok = ok;
    assert.AssertionError = AssertionError;
    assert.fail = function (message) { fail(undefined, undefined, message === undefined ? 'Failed' : message, 'fail', 'Failed'); };
    assert.equal = function (a, b, m) { if (!(a == b || (a !== a && b !== b))) fail(a, b, m, '==', show(a) + ' == ' + show(b)); };
    assert.notEqual = function (a, b, m) { if (a == b || (a !== a && b !== b)) fail(a, b, m, '!=', show(a) + ' != ' + show(b)); };
    assert.strictEqual = function (a, b, m) { if (!Object.is(a, b)) fail(a, b, m, 'strictEqual', 'Expected values to be strictly equal:\n\n' + show(a) + ' !== ' + show(b) + '\n'); };
    assert.notStrictEqual = function (a, b, m) { if (Object.is(a, b)) fail(a, b, m, 'notStrictEqual', 'Expected "actual" to be strictly unequal to: ' + show(b)); };
    assert.deepStrictEqual = function (a, b, m) { if (!isDeep(a, b)) fail(a, b, m, 'deepStrictEqual', 'Expected values to be strictly deep-equal:\n' + show(a) + '\n\nshould equal\n\n' + show(b)); };
    assert.notDeepStrictEqual = function (a, b, m) { if (isDeep(a, b)) fail(a, b, m, 'notDeepStrictEqual', 'Expected "actual" not to be strictly deep-equal to: ' + show(b)); };
    assert.deepEqual = function (a, b, m) { if (!util._looseDeepEqual(a, b)) fail(a, b, m, 'deepEqual', 'Expected values to be loosely deep-equal:\n\n' + show(a) + '\n\nshould loosely deep-equal\n\n' + show(b)); };
    assert.notDeepEqual = function (a, b, m) { if (util._looseDeepEqual(a, b)) fail(a, b, m, 'notDeepEqual', '"actual" deepEqual "expected"'); };
    function matches(err, expected) {
      if (expected === undefined) return true;
      if (typeof expected === 'function') { if (expected.prototype !== undefined && err instanceof expected) return true; if (Error.isPrototypeOf(expected) || expected === Error) return false; return expected.call({}, err) === true; }
      if (expected instanceof RegExp) return expected.test(String(err));
      if (typeof expected === 'object') return Object.keys(expected).every(function (k) { return expected[k] instanceof RegExp && typeof err[k] === 'string' ? expected[k].test(err[k]) : isDeep(err[k], expected[k]); });
      return true;
    }
    assert.throws = function (fn, expected, message) {
      if (typeof expected === 'string') { message = expected; expected = undefined; }
      try { fn(); } catch (e) { if (!matches(e, expected)) throw e; return; }
      fail(undefined, expected, message, 'throws', 'Missing expected exception' + (message ? ': ' + message : '.'));
    };
    assert.doesNotThrow = function (fn, message) { try { fn(); } catch (e) { fail(e, undefined, typeof message === 'string' ? message : undefined, 'doesNotThrow', 'Got unwanted exception.\nActual message: "' + (e && e.message) + '"'); } };
    assert.rejects = function (p, expected, message) {
      return G.Promise.resolve(typeof p === 'function' ? p() : p).then(function () {
        fail(undefined, expected, typeof expected === 'string' ? expected : message, 'rejects', 'Missing expected rejection' + (message ? ': ' + message : '.'));
      }, function (e) { if (!matches(e, typeof expected === 'string' ? undefined : expected)) throw e; });
    };
    assert.doesNotReject = function (p) { return G.Promise.resolve(typeof p === 'function' ? p() : p).then(function () {}, function (e) { fail(e, undefined, undefined, 'doesNotReject', 'Got unwanted rejection.\nActual message: "' + (e && e.message) + '"'); }); };
    assert.match = function (s, re, m) { if (typeof s !== 'string' || !re.test(s)) fail(s, re, m, 'match', 'The input did not match the regular expression ' + String(re) + '. Input:\n\n' + show(s) + '\n'); };
    assert.doesNotMatch = function (s, re, m) { if (typeof s === 'string' && re.test(s)) fail(s, re, m, 'doesNotMatch', 'The input was expected to not match the regular expression ' + String(re) + '. Input:\n\n' + show(s) + '\n'); };
    assert.ifError = function (v) { if (v !== null && v !== undefined) throw v; };
    assert.strict = assert;
    return assert;
  }

  // ---------------------------------------------------------------- stream (a compact Node-compatible core)
  function makeStream() {
    var EventEmitter = req('events');
    function inherit(C, Parent) { C.prototype = Object.create(Parent.prototype); C.prototype.constructor = C; Object.setPrototypeOf(C, Parent); }
    function Stream(opts) { EventEmitter.call(this); }
    inherit(Stream, EventEmitter);
    Stream.prototype.pipe = function (dest, opts) {
      var src = this;
      src.on('data', function (chunk) { var ok = dest.write(chunk); if (ok === false && typeof src.pause === 'function') { src.pause(); dest.once('drain', function () { src.resume(); }); } });
      if (!opts || opts.end !== false) src.on('end', function () { dest.end(); });
      src.on('error', function (e) { if (dest.listenerCount('error') === 0 && typeof dest.destroy === 'function') dest.destroy(e); });
      if (typeof dest.emit === 'function') dest.emit('pipe', src);
      if (typeof src.resume === 'function') src.resume();
      return dest;
    };

    function Readable(opts) {
      if (!(this instanceof Readable)) return new Readable(opts);
      Stream.call(this, opts);
      opts = opts || {};
      this._objectMode = !!(opts.objectMode || opts.readableObjectMode);
      this._encoding = opts.encoding || null;
      this._buffer = [];
      this._flowing = null;
      this._ended = false; this._endEmitted = false; this._reading = false;
      this.destroyed = false; this.readable = true; this.readableEnded = false;
      if (typeof opts.read === 'function') this._read = opts.read;
      if (typeof opts.destroy === 'function') this._destroy = opts.destroy;
      var self = this;
      var on = this.on;
      this.on = this.addListener = function (name, fn) {
        on.call(self, name, fn);
        if (name === 'data' && self._flowing !== false) self.resume();
        if (name === 'readable') G.queueMicrotask(function () { self._pull(); });
        return self;
      };
    }
    inherit(Readable, Stream);
    Readable.prototype._read = function () { this.destroy(nodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The _read() method is not implemented')); };
    Readable.prototype._toChunk = function (chunk, encoding) {
      if (this._objectMode) return chunk;
      if (typeof chunk === 'string') chunk = Buf().from(chunk, encoding || 'utf8');
      if (this._encoding) return Buf().from(chunk).toString(this._encoding);
      return chunk instanceof Uint8Array && !(typeof chunk.toString === 'function' && chunk.toString !== Uint8Array.prototype.toString) ? Buf().from(chunk) : chunk;
    };
    Readable.prototype.push = function (chunk, encoding) {
      if (chunk === null) { this._ended = true; this._schedule(); return false; }
      if (this._ended) { this.destroy(nodeError(Error, 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF')); return false; }
      this._buffer.push(this._toChunk(chunk, encoding));
      this._reading = false;
      this._schedule();
      return this._buffer.length < 16;
    };
    Readable.prototype.unshift = function (chunk) { this._buffer.unshift(this._toChunk(chunk)); };
    Readable.prototype._schedule = function () {
      if (this._scheduled) return;
      this._scheduled = true;
      var self = this;
      G.queueMicrotask(function () { self._scheduled = false; self._flow(); });
    };
    Readable.prototype._pull = function () {
      if (this._reading || this._ended || this.destroyed) return;
      this._reading = true;
      try { this._read(16384); } catch (e) { this.destroy(e); }
    };
    Readable.prototype._flow = function () {
      if (this.destroyed) return;
      if (this._flowing) {
        while (this._flowing && this._buffer.length) this.emit('data', this._buffer.shift());
      } else if (this._buffer.length && this.listenerCount('readable') > 0) {
        this.emit('readable');
      }
      if (this._ended && this._buffer.length === 0) { this._emitEnd(); return; }
      if (this._flowing && this._buffer.length === 0) this._pull();
    };
    Readable.prototype._emitEnd = function () {
      if (this._endEmitted) return;
      this._endEmitted = true; this.readableEnded = true; this.readable = false;
      var self = this;
      G.queueMicrotask(function () { self.emit('end'); self._close(); });
    };
    Readable.prototype._close = function () { if (this._closed) return; this._closed = true; var self = this; G.queueMicrotask(function () { self.emit('close'); }); };
    Readable.prototype.read = function () {
      if (this._buffer.length === 0) { this._pull(); if (this._ended) this._emitEnd(); return null; }
      var out;
      if (this._objectMode) out = this._buffer.shift();
      else if (this._encoding) out = this._buffer.splice(0).join('');
      else out = Buf().concat(this._buffer.splice(0));
      if (this._ended && this._buffer.length === 0) this._emitEnd(); else this._pull();
      return out;
    };
    Readable.prototype.resume = function () { this._flowing = true; this._schedule(); this._pull(); return this; };
    Readable.prototype.pause = function () { this._flowing = false; return this; };
    Readable.prototype.isPaused = function () { return this._flowing === false; };
    Readable.prototype.setEncoding = function (enc) { this._encoding = enc; return this; };
    Readable.prototype.destroy = function (err) {
      if (this.destroyed) return this;
      this.destroyed = true;
      var self = this;
      var done = function (e) { G.queueMicrotask(function () { if (e) self.emit('error', e); self._close(); }); };
      if (this._destroy) this._destroy(err || null, done); else done(err);
      return this;
    };
    Readable.prototype[Symbol.asyncIterator] = function () {
      var self = this;
      var queue = [], waiting = null, finished = false, failure = null;
      self.on('data', function (c) { if (waiting) { var w = waiting; waiting = null; w.resolve({ value: c, done: false }); } else queue.push(c); });
      self.on('end', function () { finished = true; if (waiting) { var w = waiting; waiting = null; w.resolve({ value: undefined, done: true }); } });
      self.on('error', function (e) { failure = e; if (waiting) { var w = waiting; waiting = null; w.reject(e); } });
      return {
        next: function () {
          if (queue.length) return G.Promise.resolve({ value: queue.shift(), done: false });
          if (failure) return G.Promise.reject(failure);
          if (finished) return G.Promise.resolve({ value: undefined, done: true });
          return new G.Promise(function (resolve, reject) { waiting = { resolve: resolve, reject: reject }; });
        },
        return: function () { self.destroy(); return G.Promise.resolve({ value: undefined, done: true }); },
        [Symbol.asyncIterator]: function () { return this; },
      };
    };
    Readable.prototype.toArray = function () { var out = []; var it = this[Symbol.asyncIterator](); return (function step() { return it.next().then(function (r) { if (r.done) return out; out.push(r.value); return step(); }); })(); };
    Readable.from = function (iterable, opts) {
      if (typeof iterable === 'string' || iterable instanceof Uint8Array) iterable = [iterable];
      var it = iterable[Symbol.asyncIterator] ? iterable[Symbol.asyncIterator]() : iterable[Symbol.iterator]();
      var r = new Readable(Object.assign({ objectMode: true }, opts || {}));
      r._read = function () {
        var self = this;
        G.Promise.resolve(it.next()).then(function (x) { if (x.done) self.push(null); else if (x.value === null) self.destroy(nodeError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream')); else self.push(x.value); }, function (e) { self.destroy(e); });
      };
      return r;
    };

    function Writable(opts) {
      if (!(this instanceof Writable)) return new Writable(opts);
      Stream.call(this, opts);
      initWritable(this, opts);
    }
    function initWritable(w, opts) {
      var self = w;
      opts = opts || {};
      self._writeObjectMode = !!(opts.objectMode || opts.writableObjectMode);
      self._decodeStrings = opts.decodeStrings !== false;
      if (typeof opts.write === 'function') self._write = opts.write;
      if (typeof opts.writev === 'function') self._writev = opts.writev;
      if (typeof opts.final === 'function') self._final = opts.final;
      if (typeof opts.destroy === 'function') self._destroy = opts.destroy;
      self._queue = []; self._writing = false; self._ending = false; self._finished = false;
      self.writable = true; self.writableEnded = false; self.writableFinished = false; self.destroyed = false;
    }
    inherit(Writable, Stream);
    Writable.prototype._write = function (c, e, cb) { cb(nodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The _write() method is not implemented')); };
    Writable.prototype.write = function (chunk, encoding, cb) {
      if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
      if (this._ending) { var e = nodeError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end'); var self0 = this; G.queueMicrotask(function () { if (cb) cb(e); self0.emit('error', e); }); return false; }
      if (chunk === null) throw nodeError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
      if (!this._writeObjectMode && typeof chunk !== 'string' && !(chunk instanceof Uint8Array) && !(chunk instanceof DataView)) {
        var got = typeof chunk === 'object' ? 'an instance of ' + ((chunk.constructor && chunk.constructor.name) || 'Object') : 'type ' + typeof chunk + ' (' + String(chunk) + ')';
        throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received ' + got);
      }
      if (!this._writeObjectMode && typeof chunk === 'string' && this._decodeStrings) { chunk = Buf().from(chunk, encoding || 'utf8'); encoding = 'buffer'; }
      this._queue.push([chunk, encoding || (typeof chunk === 'string' ? 'utf8' : 'buffer'), cb]);
      this._drain();
      return this._queue.length < 16;
    };
    Writable.prototype._drain = function () {
      if (this._writing || this.destroyed) return;
      var self = this;
      if (this._queue.length === 0) { if (this._ending) this._finish(); return; }
      var item = this._queue.shift();
      this._writing = true;
      var called = false;
      try {
        this._write(item[0], item[1], function (err) {
          if (called) return; called = true;
          G.queueMicrotask(function () {
            self._writing = false;
            if (item[2]) item[2](err || null);
            if (err) { self.destroy(err); return; }
            if (self._queue.length === 0 && !self._ending) self.emit('drain');
            self._drain();
          });
        });
      } catch (e) { this.destroy(e); }
    };
    Writable.prototype._finish = function () {
      if (this._finished) return;
      this._finished = true;
      var self = this;
      var done = function (err) { G.queueMicrotask(function () { if (err) { self.destroy(err); return; } self.writableFinished = true; self.emit('finish'); self._close(); }); };
      if (this._final) { try { this._final(done); } catch (e) { done(e); } } else done();
    };
    Writable.prototype._close = Readable.prototype._close;
    Writable.prototype.end = function (chunk, encoding, cb) {
      if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
      if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
      if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
      if (cb) this.once('finish', cb);
      this._ending = true; this.writableEnded = true;
      this._drain();
      return this;
    };
    Writable.prototype.cork = function () {}; Writable.prototype.uncork = function () {};
    Writable.prototype.setDefaultEncoding = function () { return this; };
    Writable.prototype.destroy = Readable.prototype.destroy;

    function Duplex(opts) {
      if (!(this instanceof Duplex)) return new Duplex(opts);
      Readable.call(this, opts);
      initWritable(this, opts);
    }
    inherit(Duplex, Readable);
    ['write', '_drain', '_finish', 'end', 'cork', 'uncork', 'setDefaultEncoding'].forEach(function (m) { Duplex.prototype[m] = Writable.prototype[m]; });

    function Transform(opts) {
      if (!(this instanceof Transform)) return new Transform(opts);
      Duplex.call(this, opts);
      if (opts && typeof opts.transform === 'function') this._transform = opts.transform;
      if (opts && typeof opts.flush === 'function') this._flush = opts.flush;
      this._objectMode = !!(opts && (opts.objectMode || opts.readableObjectMode));
      this._writeObjectMode = !!(opts && (opts.objectMode || opts.writableObjectMode));
      var self = this;
      this._write = function (chunk, enc, cb) {
        self._transform(chunk, enc, function (err, data) { if (err) { cb(err); return; } if (data !== undefined && data !== null) self.push(data); cb(); });
      };
      this._final = function (cb) {
        var finish = function (err, data) { if (err) { cb(err); return; } if (data !== undefined && data !== null) self.push(data); self.push(null); cb(); };
        if (self._flush) self._flush(finish); else finish();
      };
      this._read = function () {};
    }
    inherit(Transform, Duplex);
    Transform.prototype._transform = function (c, e, cb) { cb(nodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The _transform() method is not implemented')); };
    function PassThrough(opts) { if (!(this instanceof PassThrough)) return new PassThrough(opts); Transform.call(this, opts); }
    inherit(PassThrough, Transform);
    PassThrough.prototype._transform = function (c, e, cb) { cb(null, c); };

    function finished(stream, opts, cb) {
      if (typeof opts === 'function') { cb = opts; opts = {}; }
      var done = false;
      function once(err) { if (done) return; done = true; cb(err); }
      stream.on('error', once);
      stream.on('end', function () { once(); });
      stream.on('finish', function () { once(); });
      stream.on('close', function () { if (!stream.readableEnded && !stream.writableFinished && !(stream._ended || stream._finished)) once(nodeError(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close')); else once(); });
      return function () {};
    }
    function pipeline() {
      var streams = [].slice.call(arguments);
      var cb = typeof streams[streams.length - 1] === 'function' ? streams.pop() : null;
      if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
      if (streams.length < 2) throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "streams" argument must be specified');
      streams = streams.map(function (s, i) {
        if (typeof s === 'function') return Readable.from(s(i === 0 ? undefined : streams[i - 1]));
        if (i === 0 && !(s instanceof Stream) && s && (s[Symbol.asyncIterator] || s[Symbol.iterator])) return Readable.from(s);
        return s;
      });
      var called = false;
      function done(err) {
        if (called) return; called = true;
        if (err) streams.forEach(function (s) { if (typeof s.destroy === 'function' && !s.destroyed) s.destroy(); });
        if (cb) cb(err);
      }
      for (var i = 0; i < streams.length - 1; i++) streams[i].pipe(streams[i + 1]);
      streams.forEach(function (s, i) { s.on('error', done); });
      finished(streams[streams.length - 1], function (err) { done(err); });
      return streams[streams.length - 1];
    }
    var promises = {
      pipeline: function () { var args = [].slice.call(arguments); return new G.Promise(function (resolve, reject) { pipeline.apply(null, args.concat([function (err) { if (err) reject(err); else resolve(); }])); }); },
      finished: function (s, o) { return new G.Promise(function (resolve, reject) { finished(s, o || {}, function (err) { if (err) reject(err); else resolve(); }); }); },
    };
    var mod = Stream;
    mod.Stream = Stream; mod.Readable = Readable; mod.Writable = Writable; mod.Duplex = Duplex; mod.Transform = Transform; mod.PassThrough = PassThrough;
    mod.pipeline = pipeline; mod.finished = finished; mod.promises = promises;
    return mod;
  }
  function makeStreamConsumers() {
    function collect(stream) { var chunks = []; return new G.Promise(function (resolve, reject) { stream.on('data', function (c) { chunks.push(typeof c === 'string' ? Buf().from(c) : c); }); stream.on('end', function () { resolve(Buf().concat(chunks)); }); stream.on('error', reject); }); }
    return {
      buffer: collect,
      text: function (s) { return collect(s).then(function (b) { return b.toString('utf8'); }); },
      json: function (s) { return collect(s).then(function (b) { return jsonParse(b.toString('utf8')); }); },
      arrayBuffer: function (s) { return collect(s).then(toAB); },
    };
  }

  // ---------------------------------------------------------------- fs (the environment's virtual filesystem)
  function makeFs() {
    function call(op, args, data) {
      var r = jsonParse(host.fsCall(op, jsonStringify(args), data));
      if (r.error) throw fsError(r.error);
      return r.value;
    }
    function fsError(shape) {
      var e = new Error(shape.message);
      e.errno = shape.errno; e.code = shape.code; e.syscall = shape.syscall; if (shape.path !== undefined) e.path = shape.path;
      return e;
    }
    function pathOf(p, name) {
      if (p instanceof G.URL || (p && typeof p.href === 'string' && p.protocol === 'file:')) return decodeURIComponent(p.pathname);
      if (p instanceof Uint8Array) return p.toString();
      if (typeof p !== 'string') throw invalidArg(name || 'path', 'of type string or an instance of Buffer or URL', p);
      return p;
    }
    function flagOf(options, def) { return options && typeof options === 'object' && options.flag ? options.flag : def; }
    function encOf(options) { return typeof options === 'string' ? options : options && options.encoding ? options.encoding : null; }
    function Stats(s) {
      this.size = s.size; this.mode = s.mode; this.uid = 993; this.gid = 990; this.nlink = 1; this.dev = 2049; this.ino = 0; this.rdev = 0; this.blksize = 4096; this.blocks = Math.ceil(s.size / 512);
      this.mtimeMs = s.mtimeMs; this.ctimeMs = s.mtimeMs; this.atimeMs = s.mtimeMs; this.birthtimeMs = s.birthtimeMs;
      this.mtime = new Date(s.mtimeMs); this.ctime = new Date(s.mtimeMs); this.atime = new Date(s.mtimeMs); this.birthtime = new Date(s.birthtimeMs);
      this._kind = s.kind;
    }
    Stats.prototype.isFile = function () { return this._kind === 'file'; };
    Stats.prototype.isDirectory = function () { return this._kind === 'dir'; };
    Stats.prototype.isSymbolicLink = function () { return false; };
    Stats.prototype.isFIFO = Stats.prototype.isSocket = Stats.prototype.isBlockDevice = Stats.prototype.isCharacterDevice = function () { return false; };
    function Dirent(name, kind, parentPath) { this.name = name; this._kind = kind; this.parentPath = parentPath; this.path = parentPath; }
    Dirent.prototype.isFile = function () { return this._kind === 'file'; };
    Dirent.prototype.isDirectory = function () { return this._kind === 'dir'; };
    Dirent.prototype.isSymbolicLink = function () { return false; };
    function dataBytes(data, options) {
      if (typeof data === 'string') return Buf().from(data, encOf(options) || 'utf8');
      if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      throw invalidArg('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
    }
    var sync = {
      readFileSync: function (p, options) {
        if (typeof p === 'number') return fdRead(p, options);
        var r = host.fsRead(pathOf(p));
        if (typeof r === 'string') throw fsError(jsonParse(r).error);
        var b = Buf().from(new Uint8Array(r));
        var enc = encOf(options);
        return enc ? b.toString(enc) : b;
      },
      writeFileSync: function (p, data, options) { if (typeof p === 'number') return fdWrite(p, data); var b = dataBytes(data, options); call('write', { path: pathOf(p), flag: flagOf(options, 'w') }, toAB(b)); },
      appendFileSync: function (p, data, options) { var b = dataBytes(data, options); call('write', { path: pathOf(p), flag: flagOf(options, 'a') }, toAB(b)); },
      existsSync: function (p) { try { return call('exists', { path: pathOf(p) }); } catch (e) { return false; } },
      statSync: function (p, options) { try { return new Stats(call('stat', { path: pathOf(p) })); } catch (e) { if (options && options.throwIfNoEntry === false && e.code === 'ENOENT') return undefined; throw e; } },
      lstatSync: function (p, options) { try { return new Stats(call('stat', { path: pathOf(p), syscall: 'lstat' })); } catch (e) { if (options && options.throwIfNoEntry === false && e.code === 'ENOENT') return undefined; throw e; } },
      mkdirSync: function (p, options) { var recursive = typeof options === 'object' && options !== null && !!options.recursive; return call('mkdir', { path: pathOf(p), recursive: recursive }) || undefined; },
      readdirSync: function (p, options) {
        var list = call('readdir', { path: pathOf(p) });
        var dir = req('path').resolve(pathOf(p));
        if (options && typeof options === 'object' && options.withFileTypes) return list.map(function (d) { return new Dirent(d.name, d.kind, dir); });
        return list.map(function (d) { return d.name; });
      },
      unlinkSync: function (p) { call('unlink', { path: pathOf(p) }); },
      rmdirSync: function (p, options) { call('rmdir', { path: pathOf(p), recursive: !!(options && options.recursive) }); },
      rmSync: function (p, options) { call('rm', { path: pathOf(p), recursive: !!(options && options.recursive), force: !!(options && options.force) }); },
      renameSync: function (a, b) { call('rename', { path: pathOf(a, 'oldPath'), dest: pathOf(b, 'newPath') }); },
      copyFileSync: function (a, b, mode) { call('copyFile', { path: pathOf(a, 'src'), dest: pathOf(b, 'dest'), exclusive: ((mode || 0) & 1) === 1 }); },
      accessSync: function (p, mode) { call('access', { path: pathOf(p), mode: mode || 0 }); },
      realpathSync: function (p) { var abs = req('path').resolve(pathOf(p)); call('stat', { path: abs, syscall: 'realpath' }); return abs; },
      mkdtempSync: function (prefix) { var dir = pathOf(prefix, 'prefix') + Buf().from(new Uint8Array(host.random(6))).toString('base64').replace(/[^A-Za-z0-9]/g, 'x').slice(0, 6); call('mkdir', { path: dir, recursive: false }); return dir; },
      chmodSync: function (p) { call('stat', { path: pathOf(p), syscall: 'chmod' }); },
      utimesSync: function (p) { call('stat', { path: pathOf(p), syscall: 'utime' }); },
      truncateSync: function (p, len) { var b = sync.readFileSync(p); var n = new Uint8Array(len || 0); n.set(b.subarray(0, len || 0)); call('write', { path: pathOf(p), flag: 'w' }, toAB(n)); },
      openSync: function (p, flags) { return fdOpen(pathOf(p), flags || 'r'); },
      closeSync: function (fd) { fdClose(fd); },
      writeSync: function (fd, data) { return fdWrite(fd, data); },
      readSync: function (fd, buffer, offset, length, position) { var f = fdGet(fd); var all = sync.readFileSync(f.path); var pos = position === null || position === undefined ? f.pos : position; var n = Math.max(0, Math.min(length === undefined ? buffer.length : length, all.length - pos)); buffer.set(all.subarray(pos, pos + n), offset || 0); if (position === null || position === undefined) f.pos += n; return n; },
      fstatSync: function (fd) { return sync.statSync(fdGet(fd).path); },
    };
    // File descriptors: a table of open paths (writes go straight to the file).
    var fds = {}; var nextFd = 20;
    function fdOpen(p, flags) {
      flags = String(flags);
      if (flags.indexOf('w') !== -1) call('write', { path: p, flag: flags.indexOf('x') !== -1 ? 'wx' : 'w' }, new ArrayBuffer(0));
      else if (flags.indexOf('a') !== -1) call('write', { path: p, flag: 'a' }, new ArrayBuffer(0));
      else call('stat', { path: p, syscall: 'open' });
      var fd = nextFd++; fds[fd] = { path: p, pos: 0 }; return fd;
    }
    function fdGet(fd) { var f = fds[fd]; if (!f) { var e = new Error('EBADF: bad file descriptor'); e.code = 'EBADF'; e.errno = -9; throw e; } return f; }
    function fdClose(fd) { fdGet(fd); delete fds[fd]; }
    function fdWrite(fd, data) { var f = fdGet(fd); var b = dataBytes(data); call('write', { path: f.path, flag: 'a' }, toAB(b)); return b.length; }
    function fdRead(fd, options) { var b = sync.readFileSync(fdGet(fd).path); var enc = encOf(options); return enc ? b.toString(enc) : b; }

    var mod = { constants: { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, COPYFILE_EXCL: 1, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, O_CREAT: 64, O_EXCL: 128, O_TRUNC: 512, O_APPEND: 1024 }, Stats: Stats, Dirent: Dirent };
    mod.F_OK = 0; mod.R_OK = 4; mod.W_OK = 2; mod.X_OK = 1;
    var promises = {};
    Object.keys(sync).forEach(function (name) {
      mod[name] = sync[name];
      var base = name.slice(0, -4);
      if (name.slice(-4) !== 'Sync' || base === 'exists') return;
      mod[base] = function () {
        var args = [].slice.call(arguments);
        var cb = args.pop();
        if (typeof cb !== 'function') throw invalidArg('cb', 'of type function', cb);
        var out, error = null;
        try { out = sync[name].apply(null, args); } catch (e) { error = e; }
        later(function () { if (error) cb(error); else cb(null, out); });
      };
      promises[base] = function () {
        var args = arguments;
        return new G.Promise(function (resolve, reject) { try { resolve(sync[name].apply(null, args)); } catch (e) { reject(e); } });
      };
    });
    mod.exists = function (p, cb) { var r = sync.existsSync(p); later(function () { cb(r); }); };
    delete promises.open; delete promises.close; delete promises.write; delete promises.read; delete promises.fstat;
    promises.open = function (p, flags) {
      return new G.Promise(function (resolve, reject) {
        try {
          var fd = fdOpen(pathOf(p), flags || 'r');
          resolve({ fd: fd, writeFile: function (d) { fdWrite(fd, d); return G.Promise.resolve(); }, write: function (d) { var n = fdWrite(fd, d); return G.Promise.resolve({ bytesWritten: n }); }, readFile: function (o) { return G.Promise.resolve(fdRead(fd, o)); }, stat: function () { return G.Promise.resolve(sync.fstatSync(fd)); }, close: function () { fdClose(fd); return G.Promise.resolve(); } });
        } catch (e) { reject(e); }
      });
    };
    promises.constants = mod.constants;
    mod.promises = promises;
    mod.createWriteStream = function (p, options) {
      var path = pathOf(p);
      call('write', { path: path, flag: flagOf(options, 'w') === 'a' ? 'a' : 'w' }, new ArrayBuffer(0));
      var w = new (req('stream').Writable)({ write: function (chunk, enc, cb) { try { call('write', { path: path, flag: 'a' }, toAB(dataBytes(chunk))); cb(); } catch (e) { cb(e); } } });
      w.path = path; w.bytesWritten = 0;
      return w;
    };
    mod.createReadStream = function (p, options) {
      var path = pathOf(p);
      var done = false;
      var r = new (req('stream').Readable)({ encoding: encOf(options) || undefined, read: function () {
        if (done) return;
        done = true;
        try { var b = sync.readFileSync(path); var start = options && options.start || 0; var end = options && options.end !== undefined ? options.end + 1 : b.length; for (var at = start; at < end; at += 65536) r.push(b.subarray(at, Math.min(end, at + 65536))); r.push(null); }
        catch (e) { r.destroy(e); }
      } });
      r.path = path;
      return r;
    };
    return mod;
  }

  var makers = {
    fs: makeFs, 'fs/promises': function () { return req('fs').promises; },
    crypto: makeCrypto, zlib: makeZlib, path: makePath, 'path/posix': makePath, url: makeUrl, querystring: makeQuerystring,
    string_decoder: makeStringDecoder, os: makeOs, assert: makeAssert, 'assert/strict': makeAssert,
    stream: makeStream, 'stream/promises': function () { return req('stream').promises; }, 'stream/consumers': makeStreamConsumers,
  };
  return function load(name) {
    if (cache[name]) return cache[name];
    var make = makers[name];
    if (!make) return undefined;
    cache[name] = make();
    return cache[name];
  };
})
`;

/** Node.js built-in modules the guest source above provides. */
export const LAZY_NODE_BUILTINS = ['fs', 'fs/promises', 'crypto', 'zlib', 'path', 'path/posix', 'url', 'querystring', 'string_decoder', 'os', 'assert', 'assert/strict', 'stream', 'stream/promises', 'stream/consumers'] as const;
