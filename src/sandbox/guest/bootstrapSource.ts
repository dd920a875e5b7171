/**
 * The in-VM bootstrap, evaluated in QuickJS before any user code. It is guest-side JavaScript
 * (kept as a string so no bundler helper can leak into it) and returns the API the host drives.
 *
 * Why in the VM: serialising results, describing errors and formatting console arguments run
 * user-controlled code (toJSON, getters, toString). Doing it here keeps it under the deadline and
 * the memory cap, and only bounded strings ever cross to the host.
 *
 * Rules follow aws-lambda-nodejs-runtime-interface-client (Errors.js toRapidResponse,
 * Runtime.js _trySerializeResponse, CallbackContext.js, LogPatch.js).
 */
export const BOOTSTRAP_SOURCE = String.raw`
(function (host, limits) {
  'use strict';
  var G = globalThis;
  var jsonStringify = JSON.stringify;
  var jsonParse = JSON.parse;
  var objectKeys = Object.keys;
  var objectToString = Object.prototype.toString;
  var getPrototypeOf = Object.getPrototypeOf;
  var defineProperty = Object.defineProperty;
  var getOwnPropertyNames = Object.getOwnPropertyNames;
  var isArray = Array.isArray;
  var StringCtor = String;
  var ErrorCtor = Error;
  var NativePromise = Promise;
  var promiseThen = Promise.prototype.then;
  var MapCtor = Map, SetCtor = Set, DateCtor = Date, RegExpCtor = RegExp;
  var dateToISOString = Date.prototype.toISOString;
  var mathMin = Math.min, mathFloor = Math.floor;
  var hostLog = host.log, hostTimer = host.timer, hostExit = host.exit, hostRemaining = host.remaining, hostNow = host.now, hostLoad = host.load;

  // ---------- bounded string helpers ----------
  function clip(text, max) {
    return text.length > max ? text.slice(0, max) + '... [truncated ' + (text.length - max) + ' characters]' : text;
  }

  // ---------- util.inspect-like formatter (depth 2, 100 items, circular markers) ----------
  function quote(s) {
    return "'" + s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n') + "'";
  }
  function inspect(value, opts) {
    var maxDepth = opts && typeof opts.depth === 'number' ? opts.depth : 2;
    var seen = [];
    var circular = new MapCtor();
    var budget = { left: limits.maxLineChars };
    function keyText(k) { return /^[A-Za-z_$][\w$]*$/.test(k) ? k : quote(k); }
    function fmt(v, depth, nested) {
      if (budget.left <= 0) return '...';
      var t = typeof v;
      if (t === 'string') { budget.left -= v.length; return nested ? quote(v) : v; }
      if (t === 'number') return (v === 0 && 1 / v < 0) ? '-0' : StringCtor(v);
      if (t === 'bigint') return StringCtor(v) + 'n';
      if (t === 'boolean' || v === undefined || v === null) return StringCtor(v);
      if (t === 'symbol') return v.toString();
      if (t === 'function') {
        var fname = '';
        try { fname = v.name; } catch (e) {}
        return fname ? '[Function: ' + fname + ']' : '[Function (anonymous)]';
      }
      var idx = seen.indexOf(v);
      if (idx !== -1) {
        if (!circular.has(v)) circular.set(v, circular.size + 1);
        return '[Circular *' + circular.get(v) + ']';
      }
      if (v instanceof ErrorCtor) {
        var st = '';
        try { st = v.stack ? StringCtor(v.name) + ': ' + StringCtor(v.message) + '\n' + StringCtor(v.stack).replace(/\n$/, '') : StringCtor(v); } catch (e) { st = '[Error]'; }
        return st;
      }
      if (v instanceof DateCtor) { try { return dateToISOString.call(v); } catch (e) { return 'Invalid Date'; } }
      if (v instanceof RegExpCtor) return StringCtor(v);
      if (depth > maxDepth) return isArray(v) ? '[Array]' : '[Object]';
      seen.push(v);
      var parts = [];
      var out;
      try {
        if (isArray(v)) {
          var n = mathMin(v.length, 100);
          for (var i = 0; i < n; i++) parts.push(fmt(v[i], depth + 1, true));
          if (v.length > 100) parts.push('... ' + (v.length - 100) + ' more items');
          out = wrap('[', ']', parts, '');
        } else if (v instanceof MapCtor) {
          var c = 0;
          v.forEach(function (val, key) { if (c++ < 100) parts.push(fmt(key, depth + 1, true) + ' => ' + fmt(val, depth + 1, true)); });
          out = wrap('{', '}', parts, 'Map(' + v.size + ') ');
        } else if (v instanceof SetCtor) {
          var c2 = 0;
          v.forEach(function (val) { if (c2++ < 100) parts.push(fmt(val, depth + 1, true)); });
          out = wrap('{', '}', parts, 'Set(' + v.size + ') ');
        } else if (v instanceof NativePromise) {
          out = 'Promise { <pending> }';
        } else {
          var keys = objectKeys(v);
          for (var j = 0; j < keys.length && j < 100; j++) parts.push(keyText(keys[j]) + ': ' + fmt(v[keys[j]], depth + 1, true));
          if (keys.length > 100) parts.push('... ' + (keys.length - 100) + ' more properties');
          var proto = getPrototypeOf(v);
          var prefix = proto === null ? '[Object: null prototype] ' : '';
          out = wrap('{', '}', parts, prefix);
        }
      } finally {
        seen.pop();
      }
      if (circular.has(v)) out = '<ref *' + circular.get(v) + '> ' + out;
      budget.left -= out.length;
      return out;
    }
    function wrap(open, close, parts, prefix) {
      if (parts.length === 0) return prefix + open + close;
      var oneLine = prefix + open + ' ' + parts.join(', ') + ' ' + close;
      if (oneLine.length <= 72 && oneLine.indexOf('\n') === -1) return oneLine;
      return prefix + open + '\n  ' + parts.join(',\n').replace(/\n/g, '\n  ') + '\n' + close;
    }
    return fmt(value, 0, false);
  }

  // util.format: %s %d %i %f %j %o %O %c %%
  function format() {
    var args = arguments;
    var first = args[0];
    var out = '';
    var a = 1;
    if (typeof first === 'string') {
      out = first.replace(/%[sdifjoOc%]/g, function (m) {
        if (m === '%%') return '%';
        if (a >= args.length) return m;
        var v = args[a++];
        switch (m) {
          case '%s': return typeof v === 'string' ? v : (typeof v === 'object' && v !== null ? inspect(v, { depth: 1 }) : StringCtor(v));
          case '%d': return typeof v === 'bigint' ? StringCtor(v) + 'n' : StringCtor(Number(v));
          case '%i': return StringCtor(parseInt(v, 10));
          case '%f': return StringCtor(parseFloat(v));
          case '%j': try { return jsonStringify(v); } catch (e) { return '[Circular]'; }
          case '%c': return '';
          default: return inspect(v, { depth: 4 });
        }
      });
    } else {
      a = 0;
    }
    for (; a < args.length; a++) out += (out === '' && a === 0 ? '' : ' ') + inspect(args[a]);
    return out;
  }

  // ---------- console, capped in the VM ----------
  var logBudget = { used: 0, truncated: false };
  function emit(level, text) {
    if (logBudget.truncated) return;
    var line = clip(text, limits.maxLineChars);
    if (logBudget.used + line.length > limits.maxInvocationChars) {
      logBudget.truncated = true;
      hostLog('WARN', limits.truncatedMarker);
      return;
    }
    logBudget.used += line.length;
    hostLog(level, line);
  }
  function logger(level) {
    return function () { emit(level, format.apply(null, arguments)); };
  }
  var counts = {};
  var timersByLabel = {};
  var consoleObject = {
    log: logger('INFO'), info: logger('INFO'), warn: logger('WARN'), error: logger('ERROR'),
    debug: logger('DEBUG'), trace: logger('TRACE'),
    dir: function (v, o) { emit('INFO', inspect(v, o)); },
    table: function (v) { emit('INFO', inspect(v)); },
    assert: function (ok) { if (!ok) emit('ERROR', 'Assertion failed' + (arguments.length > 1 ? ': ' + format.apply(null, [].slice.call(arguments, 1)) : '')); },
    count: function (label) { label = label === undefined ? 'default' : StringCtor(label); counts[label] = (counts[label] || 0) + 1; emit('INFO', label + ': ' + counts[label]); },
    countReset: function (label) { counts[label === undefined ? 'default' : StringCtor(label)] = 0; },
    time: function (label) { timersByLabel[label === undefined ? 'default' : StringCtor(label)] = hostNow(); },
    timeEnd: function (label) { label = label === undefined ? 'default' : StringCtor(label); var s = timersByLabel[label]; if (s !== undefined) { emit('INFO', label + ': ' + (hostNow() - s).toFixed(3) + 'ms'); delete timersByLabel[label]; } },
    timeLog: function (label) { label = label === undefined ? 'default' : StringCtor(label); var s = timersByLabel[label]; if (s !== undefined) emit('INFO', label + ': ' + (hostNow() - s).toFixed(3) + 'ms'); },
    group: function () {}, groupEnd: function () {}, groupCollapsed: function () {},
  };

  // ---------- unhandled rejections ----------
  // Node emits 'unhandledRejection' when the microtask queue drains with a rejected promise that
  // has no handler; the Lambda runtime then reports Runtime.UnhandledPromiseRejection and exits.
  // QuickJS has no such hook for the host, so the global Promise is a subclass that notes every
  // rejection and every handler, and async functions are rewritten to return one
  // (instrumentAsyncFunctions.ts). The host asks takeStray() after each drain of the job queue.
  var WeakSetCtor = WeakSet;
  var weakSetAdd = WeakSet.prototype.add, weakSetHas = WeakSet.prototype.has;
  var promiseResolve = Promise.resolve;
  var handledPromises = new WeakSetCtor();
  var strayRejections = [];
  var strayExceptions = [];
  function noteRejection(promise, reason) {
    strayRejections[strayRejections.length] = { promise: promise, reason: reason };
  }
  function markHandled(promise) { weakSetAdd.call(handledPromises, promise); }
  class TrackedPromise extends NativePromise {
    // The executor gets resolve/reject wrapped, so a rejection is noted when it happens. The
    // engine also makes every derived promise (then, catch, finally, all…) through this
    // constructor and settles it through these same functions.
    constructor(executor) {
      if (typeof executor !== 'function') throw new TypeError('Promise resolver ' + StringCtor(executor) + ' is not a function');
      var self;
      var settled = false;
      var early = [];
      super(function (resolve, reject) {
        function rejectAndNote(reason) {
          if (settled) return;
          settled = true;
          if (self) noteRejection(self, reason); else early[0] = reason, early.length = 1;
          reject(reason);
        }
        function resolveAndWatch(value) {
          if (settled) return;
          settled = true;
          // Adopting a promise that later rejects rejects this one too.
          if (value instanceof NativePromise) promiseThen.call(value, undefined, function (reason) { noteRejection(self, reason); });
          resolve(value);
        }
        try { executor(resolveAndWatch, rejectAndNote); } catch (e) { rejectAndNote(e); }
      });
      self = this;
      if (early.length === 1) noteRejection(self, early[0]);
    }
    then(onFulfilled, onRejected) {
      markHandled(this);
      return promiseThen.call(this, onFulfilled, onRejected);
    }
    // Promises made by the engine itself (async generators, module loading) are still promises.
    static [Symbol.hasInstance](value) { return value instanceof NativePromise; }
  }
  defineProperty(TrackedPromise, 'name', { value: 'Promise' });
  defineProperty(G, 'Promise', { value: TrackedPromise, writable: true, enumerable: false, configurable: true });
  // Rewritten async functions hand their native promise here and return a tracked one.
  defineProperty(G, '__lambdaLabAsync', { value: function (nativePromise) {
    return new TrackedPromise(function (resolve, reject) { promiseThen.call(nativePromise, resolve, reject); });
  } });
  // A callback queued with queueMicrotask or process.nextTick that throws is an uncaught exception.
  function queueJob(fn, args) {
    promiseThen.call(promiseResolve.call(NativePromise), function () {
      try { fn(...args); } catch (e) { strayExceptions[strayExceptions.length] = e; }
    });
  }
  function requireCallback(fn) {
    if (typeof fn === 'function') return;
    var err = new TypeError('The "callback" argument must be of type function. Received ' + (fn === null ? 'null' : typeof fn));
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  // Node's message: reason?.toString(), so an Error reads "Error: message".
  function rejectionMessage(reason) {
    if (reason === undefined || reason === null) return '';
    try { return clip(StringCtor(reason.toString()), limits.maxErrorChars); } catch (e) { return ''; }
  }
  function describeRejection(reason) {
    var message = rejectionMessage(reason);
    var trace = ['Runtime.UnhandledPromiseRejection: ' + message];
    var formattedReason;
    if (isErrorLike(reason)) {
      var d = describeError(reason);
      formattedReason = { errorType: d.errorType, errorMessage: d.errorMessage, stack: d.trace || [] };
    } else {
      try { formattedReason = jsonParse(jsonStringify(reason === undefined ? null : reason)); } catch (e) { formattedReason = message; }
    }
    var log;
    try { log = jsonStringify({ errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: message, reason: formattedReason, promise: {}, stack: trace }); }
    catch (e) { log = jsonStringify({ errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: message, stack: trace }); }
    return { errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: message, trace: trace, log: clip(log, limits.maxLineChars) };
  }

  // ---------- host-owned timers ----------
  var timerCallbacks = new MapCtor();
  var nextTimerId = 1;
  function Timeout(id) { this._id = id; }
  Timeout.prototype.ref = function () { hostTimer('ref', this._id, 1); return this; };
  Timeout.prototype.unref = function () { hostTimer('ref', this._id, 0); return this; };
  Timeout.prototype.hasRef = function () { return true; };
  Timeout.prototype.refresh = function () { return this; };
  Timeout.prototype[Symbol.toPrimitive] = function () { return this._id; };
  function addTimer(fn, delay, args, repeat) {
    if (typeof fn !== 'function') {
      var err = new TypeError('The "callback" argument must be of type function. Received ' + (fn === null ? 'null' : typeof fn));
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    var id = nextTimerId++;
    timerCallbacks.set(id, { fn: fn, args: args, repeat: repeat });
    hostTimer('add', id, Number(delay), repeat ? 1 : 0);
    return new Timeout(id);
  }
  function timerId(t) { return t instanceof Timeout ? t._id : Number(t); }
  function clearTimer(t) {
    if (t === undefined || t === null) return;
    var id = timerId(t);
    if (timerCallbacks.has(id)) { timerCallbacks.delete(id); hostTimer('cancel', id, 0); }
  }
  G.setTimeout = function (fn, delay) { return addTimer(fn, delay, [].slice.call(arguments, 2), false); };
  G.setInterval = function (fn, delay) { return addTimer(fn, delay, [].slice.call(arguments, 2), true); };
  G.setImmediate = function (fn) { return addTimer(fn, 0, [].slice.call(arguments, 1), false); };
  G.clearTimeout = clearTimer;
  G.clearInterval = clearTimer;
  G.clearImmediate = clearTimer;
  G.queueMicrotask = function (fn) { requireCallback(fn); queueJob(fn, []); };

  // ---------- process, Buffer, fetch and the allowed modules ----------
  var env = {};
  var processObject = {
    env: env,
    argv: ['/var/lang/bin/node', '/var/runtime/index.mjs'],
    platform: 'linux', arch: 'x64', pid: 8, version: 'v22.11.0',
    versions: { node: '22.11.0' },
    release: { name: 'node' },
    exitCode: undefined,
    cwd: function () { return '/var/task'; },
    uptime: function () { return hostNow() / 1000; },
    hrtime: Object.assign(function (prev) {
      var ms = hostNow(); var s = mathFloor(ms / 1000); var ns = mathFloor((ms - s * 1000) * 1e6);
      if (prev) { s -= prev[0]; ns -= prev[1]; if (ns < 0) { s -= 1; ns += 1e9; } }
      return [s, ns];
    }, { bigint: function () { return BigInt(mathFloor(hostNow() * 1e6)); } }),
    memoryUsage: function () { return { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 }; },
    nextTick: function (fn) { requireCallback(fn); queueJob(fn, [].slice.call(arguments, 1)); },
    exit: function (code) { hostExit(code === undefined ? (processObject.exitCode || 0) : Number(code)); throw new ErrorCtor('process.exit'); },
    on: function () { return processObject; }, once: function () { return processObject; },
    off: function () { return processObject; }, removeListener: function () { return processObject; },
    removeAllListeners: function () { return processObject; }, emit: function () { return false; },
    emitWarning: function (w) { emit('WARN', '(node) Warning: ' + StringCtor(w)); },
    stdout: { write: function (s) { emit('INFO', StringCtor(s)); return true; } },
    stderr: { write: function (s) { emit('ERROR', StringCtor(s)); return true; } },
  };
  G.process = processObject;
  G.global = G;
  G.console = consoleObject;
  G.performance = { now: function () { return hostNow(); }, timeOrigin: 0 };

  var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  // UTF-8 through the host engine's TextEncoder/TextDecoder (native speed); the loops below are
  // the fallback for strings too long to cross in one piece.
  var hostUtf8Encode = host.utf8Encode, hostUtf8Decode = host.utf8Decode;
  function utf8Encode(str) {
    if (str.length < 8388608) return new Uint8Array(hostUtf8Encode(str));
    return utf8EncodeSlow(str);
  }
  function utf8Decode(bytes) {
    if (bytes.length < 8388608) { var u = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes); return hostUtf8Decode(u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength)); }
    return utf8DecodeSlow(bytes);
  }
  function utf8EncodeSlow(str) {
    var out = [];
    for (var i = 0; i < str.length; i++) {
      var c = str.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) { var d = str.charCodeAt(i + 1); if (d >= 0xdc00 && d <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; } else c = 0xfffd; }
      else if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return out;
  }
  function utf8DecodeSlow(bytes) {
    var out = '';
    for (var i = 0; i < bytes.length;) {
      var b = bytes[i++];
      var c;
      if (b < 0x80) c = b;
      else if (b >= 0xf0 && i + 2 < bytes.length + 0) { c = ((b & 7) << 18) | ((bytes[i++] & 63) << 12) | ((bytes[i++] & 63) << 6) | (bytes[i++] & 63); }
      else if (b >= 0xe0) { c = ((b & 15) << 12) | ((bytes[i++] & 63) << 6) | (bytes[i++] & 63); }
      else if (b >= 0xc0) { c = ((b & 31) << 6) | (bytes[i++] & 63); }
      else c = 0xfffd;
      out += StringCtor.fromCodePoint(c > 0x10ffff || c !== c ? 0xfffd : c);
    }
    return out;
  }
  function base64Decode(s) {
    s = StringCtor(s).replace(/[^A-Za-z0-9+/\-_]/g, '').replace(/-/g, '+').replace(/_/g, '/');
    var out = []; var buf = 0; var bits = 0;
    for (var i = 0; i < s.length; i++) { buf = (buf << 6) | B64.indexOf(s[i]); bits += 6; if (bits >= 8) { bits -= 8; out.push((buf >> bits) & 255); } }
    return out;
  }
  function base64Encode(bytes) {
    var out = '';
    for (var i = 0; i < bytes.length; i += 3) {
      var n = (bytes[i] << 16) | ((bytes[i + 1] || 0) << 8) | (bytes[i + 2] || 0);
      out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? B64[n & 63] : '=');
    }
    return out;
  }
  // Buffer: a Uint8Array subclass with Node's common methods (slices stay Buffers, as in Node).
  function normEnc(enc) { enc = StringCtor(enc || 'utf8').toLowerCase(); return enc === 'utf-8' ? 'utf8' : enc === 'ucs-2' || enc === 'ucs2' || enc === 'utf-16le' ? 'utf16le' : enc === 'binary' ? 'latin1' : enc; }
  function bytesOfString(v, enc) {
    enc = normEnc(enc);
    if (enc === 'base64' || enc === 'base64url') return base64Decode(v);
    if (enc === 'hex') { var hb = []; for (var i = 0; i + 1 < v.length; i += 2) { var x = parseInt(v.substr(i, 2), 16); if (x !== x) break; hb.push(x); } return hb; }
    if (enc === 'latin1' || enc === 'ascii') { var lb = new Uint8Array(v.length); for (var k = 0; k < v.length; k++) lb[k] = v.charCodeAt(k) & 255; return lb; }
    if (enc === 'utf16le') { var ub = new Uint8Array(v.length * 2); for (var u = 0; u < v.length; u++) { var c = v.charCodeAt(u); ub[u * 2] = c & 255; ub[u * 2 + 1] = c >> 8; } return ub; }
    if (enc !== 'utf8') { var e = new TypeError('Unknown encoding: ' + enc); e.code = 'ERR_UNKNOWN_ENCODING'; throw e; }
    return utf8Encode(v);
  }
  class Buffer extends Uint8Array {
    toString(enc, start, end) {
      var b = start === undefined && end === undefined ? this : this.subarray(start || 0, end === undefined ? this.length : end);
      enc = normEnc(enc);
      if (enc === 'base64') return base64Encode(b);
      if (enc === 'base64url') return base64Encode(b).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
      if (enc === 'hex') { var h = ''; for (var i = 0; i < b.length; i++) h += (b[i] < 16 ? '0' : '') + b[i].toString(16); return h; }
      if (enc === 'latin1') { var l = ''; for (var j = 0; j < b.length; j++) l += StringCtor.fromCharCode(b[j]); return l; }
      if (enc === 'ascii') { var a = ''; for (var q = 0; q < b.length; q++) a += StringCtor.fromCharCode(b[q] & 127); return a; }
      if (enc === 'utf16le') { var s16 = ''; for (var w = 0; w + 1 < b.length; w += 2) s16 += StringCtor.fromCharCode(b[w] | (b[w + 1] << 8)); return s16; }
      return utf8Decode(b);
    }
    toJSON() { return { type: 'Buffer', data: Array.prototype.slice.call(this) }; }
    equals(other) { return Buffer.compare(this, other) === 0; }
    compare(other) { return Buffer.compare(this, other); }
    slice(start, end) { return this.subarray(start, end); }
    write(string, offset, length, enc) {
      if (typeof offset === 'string') { enc = offset; offset = 0; } else if (typeof length === 'string') { enc = length; length = undefined; }
      offset = offset || 0;
      var bytes = bytesOfString(StringCtor(string), enc);
      var n = Math.min(bytes.length, this.length - offset, length === undefined ? Infinity : length);
      for (var i = 0; i < n; i++) this[offset + i] = bytes[i];
      return n;
    }
    copy(target, targetStart, sourceStart, sourceEnd) {
      targetStart = targetStart || 0; sourceStart = sourceStart || 0; sourceEnd = sourceEnd === undefined ? this.length : sourceEnd;
      var part = this.subarray(sourceStart, Math.min(sourceEnd, sourceStart + target.length - targetStart));
      target.set(part, targetStart);
      return part.length;
    }
    indexOf(value, byteOffset, enc) {
      if (typeof value === 'number') return Uint8Array.prototype.indexOf.call(this, value, byteOffset);
      var needle = typeof value === 'string' ? bytesOfString(value, enc) : value;
      outer: for (var i = byteOffset || 0; i <= this.length - needle.length; i++) { for (var j = 0; j < needle.length; j++) if (this[i + j] !== needle[j]) continue outer; return i; }
      return -1;
    }
    includes(value, byteOffset, enc) { return this.indexOf(value, byteOffset, enc) !== -1; }
    readUInt8(o) { return this[o || 0]; }
    readUInt16BE(o) { o = o || 0; return (this[o] << 8) | this[o + 1]; }
    readUInt16LE(o) { o = o || 0; return this[o] | (this[o + 1] << 8); }
    readUInt32BE(o) { o = o || 0; return new DataView(this.buffer, this.byteOffset).getUint32(o, false); }
    readUInt32LE(o) { o = o || 0; return new DataView(this.buffer, this.byteOffset).getUint32(o, true); }
    readInt32BE(o) { o = o || 0; return new DataView(this.buffer, this.byteOffset).getInt32(o, false); }
    readInt32LE(o) { o = o || 0; return new DataView(this.buffer, this.byteOffset).getInt32(o, true); }
    readDoubleLE(o) { return new DataView(this.buffer, this.byteOffset).getFloat64(o || 0, true); }
    readBigUInt64BE(o) { return new DataView(this.buffer, this.byteOffset).getBigUint64(o || 0, false); }
    writeUInt8(v, o) { o = o || 0; this[o] = v; return o + 1; }
    writeUInt16BE(v, o) { o = o || 0; new DataView(this.buffer, this.byteOffset).setUint16(o, v, false); return o + 2; }
    writeUInt32BE(v, o) { o = o || 0; new DataView(this.buffer, this.byteOffset).setUint32(o, v, false); return o + 4; }
    writeUInt32LE(v, o) { o = o || 0; new DataView(this.buffer, this.byteOffset).setUint32(o, v, true); return o + 4; }
    writeInt32BE(v, o) { o = o || 0; new DataView(this.buffer, this.byteOffset).setInt32(o, v, false); return o + 4; }
    static from(v, encOrOffset, length) {
      if (typeof v === 'string') return makeBuffer(bytesOfString(v, encOrOffset));
      if (v instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && v instanceof SharedArrayBuffer)) return new Buffer(v, encOrOffset || 0, length === undefined ? v.byteLength - (encOrOffset || 0) : length);
      if (v && v.type === 'Buffer' && isArray(v.data)) return makeBuffer(v.data);
      if (v === null || v === undefined || typeof v === 'number') { var e = new TypeError('The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received ' + (v === null ? 'null' : typeof v === 'number' ? 'type number (' + v + ')' : 'undefined')); e.code = 'ERR_INVALID_ARG_TYPE'; throw e; }
      return makeBuffer(v);
    }
    static alloc(n, fill, enc) { var b = new Buffer(n); if (fill !== undefined && fill !== 0) { if (typeof fill === 'string') { var f = bytesOfString(fill, enc); for (var i = 0; i < n && f.length; i++) b[i] = f[i % f.length]; } else b.fill(fill); } return b; }
    static allocUnsafe(n) { return new Buffer(n); }
    static allocUnsafeSlow(n) { return new Buffer(n); }
    static byteLength(s, enc) { return typeof s === 'string' ? bytesOfString(s, enc).length : s.byteLength; }
    static isBuffer(v) { return v instanceof Buffer; }
    static isEncoding(enc) { return ['utf8', 'hex', 'base64', 'base64url', 'latin1', 'ascii', 'utf16le'].indexOf(normEnc(enc)) !== -1; }
    static compare(a, b) { var n = Math.min(a.length, b.length); for (var i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1; return a.length < b.length ? -1 : a.length > b.length ? 1 : 0; }
    static concat(list, totalLength) {
      var n = 0; for (var i = 0; i < list.length; i++) n += list[i].length;
      if (totalLength !== undefined) n = totalLength;
      var all = new Buffer(n); var at = 0;
      for (var j = 0; j < list.length && at < n; j++) { var part = list[j].length > n - at ? list[j].subarray(0, n - at) : list[j]; all.set(part, at); at += part.length; }
      return all;
    }
  }
  function makeBuffer(bytes) { var b = new Buffer(bytes.length); b.set(bytes); return b; }
  // Node's Buffer.from/alloc/concat are plain functions, so old code's \`new Buffer.from(data, 'base64')\`
  // works there; class static methods are not constructible, so re-wrap them as functions.
  ['from', 'alloc', 'allocUnsafe', 'allocUnsafeSlow', 'concat'].forEach(function (name) {
    var method = Buffer[name];
    var fn = function () { return method.apply(Buffer, arguments); };
    Object.defineProperty(fn, 'name', { value: name });
    Object.defineProperty(Buffer, name, { value: fn, writable: true, configurable: true, enumerable: true });
  });
  var BufferObject = Buffer;
  G.Buffer = BufferObject;
  G.atob = function (s) { var bytes = base64Decode(s); var o = ''; for (var i = 0; i < bytes.length; i++) o += StringCtor.fromCharCode(bytes[i]); return o; };
  G.btoa = function (s) { var bytes = []; s = StringCtor(s); for (var i = 0; i < s.length; i++) bytes.push(s.charCodeAt(i) & 255); return base64Encode(bytes); };
  if (typeof G.TextEncoder === 'undefined') {
    G.TextEncoder = function TextEncoder() {};
    G.TextEncoder.prototype.encode = function (s) { return new Uint8Array(utf8Encode(StringCtor(s === undefined ? '' : s))); };
    G.TextDecoder = function TextDecoder() {};
    G.TextDecoder.prototype.decode = function (b) { return b ? utf8Decode(b) : ''; };
  }
  // No network in the playground: fetch fails the way Node's does when the network is down.
  G.fetch = function () {
    var err = new TypeError('fetch failed');
    err.cause = new ErrorCtor('network access is not available in the Lambda Lab playground');
    return TrackedPromise.reject(err);
  };

  function promisify(fn) {
    return function () {
      var args = [].slice.call(arguments);
      var self = this;
      return new TrackedPromise(function (resolve, reject) {
        args.push(function (err, value) { if (err) reject(err); else resolve(value); });
        fn.apply(self, args);
      });
    };
  }
  function EventEmitter() { this._events = {}; }
  EventEmitter.prototype.on = EventEmitter.prototype.addListener = function (name, fn) { (this._events[name] = this._events[name] || []).push(fn); return this; };
  EventEmitter.prototype.once = function (name, fn) { var self = this; function w() { self.off(name, w); fn.apply(self, arguments); } return this.on(name, w); };
  EventEmitter.prototype.off = EventEmitter.prototype.removeListener = function (name, fn) { var l = this._events[name]; if (l) { var i = l.indexOf(fn); if (i !== -1) l.splice(i, 1); } return this; };
  EventEmitter.prototype.emit = function (name) { var l = this._events[name]; if (!l || l.length === 0) return false; var args = [].slice.call(arguments, 1); l.slice().forEach(function (fn) { fn.apply(this, args); }, this); return true; };
  EventEmitter.prototype.listenerCount = function (name) { return (this._events[name] || []).length; };
  EventEmitter.EventEmitter = EventEmitter;

  // ---------- util: deep equality, callbackify, inherits, types ----------
  function isDeepEqual(a, b, strict, memo) {
    if (strict ? Object.is(a, b) : (a == b || (a !== a && b !== b))) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (strict && getPrototypeOf(a) !== getPrototypeOf(b)) return false;
    if (objectToString.call(a) !== objectToString.call(b)) return false;
    memo = memo || [];
    for (var m = 0; m < memo.length; m++) if (memo[m][0] === a && memo[m][1] === b) return true;
    memo.push([a, b]);
    if (a instanceof DateCtor) return a.getTime() === b.getTime();
    if (a instanceof RegExpCtor) return StringCtor(a) === StringCtor(b) && a.lastIndex === b.lastIndex;
    if (a instanceof ErrorCtor && (a.message !== b.message || a.name !== b.name)) return false;
    if (ArrayBuffer.isView(a)) { if (a.length !== b.length) return false; for (var i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false; }
    if (a instanceof MapCtor) {
      if (a.size !== b.size) return false;
      var okMap = true;
      a.forEach(function (v, k) { if (okMap && (!b.has(k) || !isDeepEqual(v, b.get(k), strict, memo))) okMap = false; });
      if (!okMap) return false;
    } else if (a instanceof SetCtor) {
      if (a.size !== b.size) return false;
      var okSet = true;
      a.forEach(function (v) { if (!okSet) return; if (b.has(v)) return; var found = false; b.forEach(function (w) { if (!found && typeof v === 'object' && isDeepEqual(v, w, strict, memo)) found = true; }); if (!found) okSet = false; });
      if (!okSet) return false;
    }
    var ka = objectKeys(a), kb = objectKeys(b);
    if (ka.length !== kb.length) return false;
    for (var j = 0; j < ka.length; j++) {
      if (!Object.prototype.hasOwnProperty.call(b, ka[j])) return false;
      if (!isDeepEqual(a[ka[j]], b[ka[j]], strict, memo)) return false;
    }
    if (strict) {
      var sa = Object.getOwnPropertySymbols(a).filter(function (x) { return Object.prototype.propertyIsEnumerable.call(a, x); });
      var sb = Object.getOwnPropertySymbols(b).filter(function (x) { return Object.prototype.propertyIsEnumerable.call(b, x); });
      if (sa.length !== sb.length) return false;
      for (var q = 0; q < sa.length; q++) if (!isDeepEqual(a[sa[q]], b[sa[q]], strict, memo)) return false;
    }
    return true;
  }
  // util.inspect quotes a top-level string (console.log prints it bare).
  function utilInspect(value, opts) {
    if (typeof value !== 'string') return inspect(value, opts);
    if (value.indexOf("'") === -1 || value.indexOf('"') !== -1) return quote(value);
    return '"' + value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n') + '"';
  }
  var customPromisify = Symbol.for('nodejs.util.promisify.custom');
  var customInspect = Symbol.for('nodejs.util.inspect.custom');
  inspect.custom = customInspect;
  utilInspect.custom = customInspect;
  function promisifyWithCustom(fn) {
    if (typeof fn !== 'function') { var e = new TypeError('The "original" argument must be of type function. Received ' + (fn === null ? 'null' : typeof fn)); e.code = 'ERR_INVALID_ARG_TYPE'; throw e; }
    if (fn[customPromisify]) return fn[customPromisify];
    return promisify(fn);
  }
  promisifyWithCustom.custom = customPromisify;
  function callbackify(fn) {
    return function () {
      var args = [].slice.call(arguments);
      var cb = args.pop();
      requireCallback(cb);
      var self = this;
      promiseThen.call(promiseResolve.call(NativePromise, fn.apply(self, args)), function (v) { G.process.nextTick(cb, null, v); }, function (e) {
        if (!e) { var wrapped = new ErrorCtor('Promise was rejected with a falsy value'); wrapped.code = 'ERR_FALSY_VALUE_REJECTION'; wrapped.reason = e; e = wrapped; }
        G.process.nextTick(cb, e);
      });
    };
  }
  var utilTypes = {
    isPromise: function (p) { return p instanceof NativePromise; },
    isDate: function (v) { return v instanceof DateCtor; }, isRegExp: function (v) { return v instanceof RegExpCtor; },
    isMap: function (v) { return v instanceof MapCtor; }, isSet: function (v) { return v instanceof SetCtor; },
    isNativeError: function (v) { return v instanceof ErrorCtor; }, isUint8Array: function (v) { return v instanceof Uint8Array; },
    isTypedArray: function (v) { return ArrayBuffer.isView(v) && !(v instanceof DataView); }, isArrayBuffer: function (v) { return v instanceof ArrayBuffer; },
    isAsyncFunction: function (v) { return typeof v === 'function' && v.constructor && v.constructor.name === 'AsyncFunction'; },
  };
  var warned = {};
  var utilModule = {
    inspect: utilInspect, format: format, formatWithOptions: function (o) { return format.apply(null, [].slice.call(arguments, 1)); },
    promisify: promisifyWithCustom, callbackify: callbackify,
    inherits: function (ctor, superCtor) { defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true }); Object.setPrototypeOf(ctor.prototype, superCtor.prototype); },
    deprecate: function (fn, msg, code) { return function () { if (!warned[msg]) { warned[msg] = true; emit('WARN', '(node:8) ' + (code ? '[' + code + '] ' : '') + 'DeprecationWarning: ' + msg); } return fn.apply(this, arguments); }; },
    isDeepStrictEqual: function (a, b) { return isDeepEqual(a, b, true); },
    _looseDeepEqual: function (a, b) { return isDeepEqual(a, b, false); },
    debuglog: function () { var f = function () {}; f.enabled = false; return f; },
    stripVTControlCharacters: function (s) { return StringCtor(s).replace(/\u001b\[[0-9;]*[A-Za-z]/g, ''); },
    types: utilTypes,
    isArray: isArray,
    TextEncoder: G.TextEncoder, TextDecoder: G.TextDecoder,
  };

  // ---------- web globals: structuredClone, EventTarget, AbortController ----------
  // Web globals are defined non-enumerable, like the engine's own (Object.keys(globalThis) stays short).
  function hiddenGlobal(name, value) { defineProperty(G, name, { value: value, writable: true, configurable: true, enumerable: false }); }
  hiddenGlobal('structuredClone', function structuredClone(value) {
    var seen = new MapCtor();
    function fail(v) { throw new DOMException((typeof v === 'function' ? StringCtor(v).slice(0, 60) : '#<Object>') + ' could not be cloned.', 'DataCloneError'); }
    function clone(v) {
      if (typeof v === 'function' || typeof v === 'symbol') fail(v);
      if (v === null || typeof v !== 'object') return v;
      if (seen.has(v)) return seen.get(v);
      var out;
      if (v instanceof DateCtor) out = new DateCtor(v.getTime());
      else if (v instanceof RegExpCtor) out = new RegExpCtor(v.source, v.flags);
      else if (v instanceof ArrayBuffer) out = v.slice(0);
      else if (ArrayBuffer.isView(v)) out = new v.constructor(v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength));
      else if (v instanceof MapCtor) { out = new MapCtor(); seen.set(v, out); v.forEach(function (val, key) { out.set(clone(key), clone(val)); }); return out; }
      else if (v instanceof SetCtor) { out = new SetCtor(); seen.set(v, out); v.forEach(function (val) { out.add(clone(val)); }); return out; }
      else if (v instanceof ErrorCtor) { out = new ErrorCtor(v.message); out.name = v.name; if (v.stack) out.stack = v.stack; }
      else if (v instanceof NativePromise || v instanceof WeakMap || v instanceof WeakSet) fail(v);
      else if (isArray(v)) { out = new Array(v.length); seen.set(v, out); for (var i = 0; i < v.length; i++) if (i in v) out[i] = clone(v[i]); return out; }
      else { out = {}; seen.set(v, out); var ks = objectKeys(v); for (var j = 0; j < ks.length; j++) out[ks[j]] = clone(v[ks[j]]); return out; }
      seen.set(v, out);
      return out;
    }
    if (arguments.length === 0) throw new TypeError('The "value" argument must be specified');
    return clone(value);
  });
  function Event(type, init) { this.type = StringCtor(type); this.bubbles = !!(init && init.bubbles); this.cancelable = !!(init && init.cancelable); this.defaultPrevented = false; this.timeStamp = hostNow(); this.target = null; this.currentTarget = null; }
  Event.prototype.preventDefault = function () { if (this.cancelable) this.defaultPrevented = true; };
  Event.prototype.stopPropagation = function () {}; Event.prototype.stopImmediatePropagation = function () { this._stop = true; };
  function EventTarget() { defineProperty(this, '_listeners', { value: {}, writable: true }); }
  EventTarget.prototype.addEventListener = function (type, fn, opts) {
    if (!fn) return;
    var list = this._listeners[type] = this._listeners[type] || [];
    for (var i = 0; i < list.length; i++) if (list[i].fn === fn) return;
    list.push({ fn: fn, once: !!(opts && typeof opts === 'object' && opts.once) });
  };
  EventTarget.prototype.removeEventListener = function (type, fn) { var list = this._listeners[type]; if (list) this._listeners[type] = list.filter(function (l) { return l.fn !== fn; }); };
  EventTarget.prototype.dispatchEvent = function (event) {
    event.target = this; event.currentTarget = this;
    var list = (this._listeners[event.type] || []).slice();
    var handler = this['on' + event.type];
    if (typeof handler === 'function') list.unshift({ fn: handler });
    for (var i = 0; i < list.length && !event._stop; i++) {
      if (list[i].once) this.removeEventListener(event.type, list[i].fn);
      try { if (typeof list[i].fn === 'function') list[i].fn.call(this, event); else list[i].fn.handleEvent(event); } catch (e) { strayExceptions[strayExceptions.length] = e; }
    }
    return !event.defaultPrevented;
  };
  function abortError(reason) { if (reason !== undefined) return reason; return new DOMException('This operation was aborted', 'AbortError'); }
  function AbortSignal() { throw new TypeError('Illegal constructor'); }
  AbortSignal.prototype = Object.create(EventTarget.prototype);
  AbortSignal.prototype.constructor = AbortSignal;
  AbortSignal.prototype.throwIfAborted = function () { if (this.aborted) throw this.reason; };
  function newSignal() { var s = Object.create(AbortSignal.prototype); EventTarget.call(s); s.aborted = false; s.reason = undefined; s.onabort = null; return s; }
  function abortSignal(s, reason) { if (s.aborted) return; s.aborted = true; s.reason = abortError(reason); s.dispatchEvent(new Event('abort')); }
  AbortSignal.abort = function (reason) { var s = newSignal(); abortSignal(s, reason); return s; };
  AbortSignal.timeout = function (ms) { var s = newSignal(); G.setTimeout(function () { abortSignal(s, new DOMException('The operation was aborted due to timeout', 'TimeoutError')); }, ms).unref(); return s; };
  AbortSignal.any = function (signals) { var s = newSignal(); for (var i = 0; i < signals.length; i++) { if (signals[i].aborted) { abortSignal(s, signals[i].reason); return s; } } signals.forEach(function (x) { x.addEventListener('abort', function () { abortSignal(s, x.reason); }); }); return s; };
  function AbortController() { this.signal = newSignal(); }
  AbortController.prototype.abort = function (reason) { abortSignal(this.signal, reason); };
  hiddenGlobal('Event', Event); hiddenGlobal('EventTarget', EventTarget); hiddenGlobal('AbortController', AbortController); hiddenGlobal('AbortSignal', AbortSignal);
  // URL, URLSearchParams and crypto load their modules the first time they are touched.
  function lazyGlobal(name, get) {
    defineProperty(G, name, { configurable: true, enumerable: false, get: function () { var v = get(); defineProperty(G, name, { value: v, writable: true, configurable: true, enumerable: false }); return v; },
      set: function (v) { defineProperty(G, name, { value: v, writable: true, configurable: true, enumerable: false }); } });
  }
  lazyGlobal('URL', function () { return requireModule('url').URL; });
  lazyGlobal('URLSearchParams', function () { return requireModule('url').URLSearchParams; });
  lazyGlobal('crypto', function () { return requireModule('crypto').webcrypto; });

  var modules = {
    util: utilModule,
    'util/types': utilTypes,
    events: EventEmitter,
    buffer: { Buffer: BufferObject },
    process: processObject,
    'timers/promises': {
      setTimeout: function (ms, value) { return new TrackedPromise(function (resolve) { G.setTimeout(function () { resolve(value); }, ms); }); },
      setImmediate: function (value) { return new TrackedPromise(function (resolve) { G.setImmediate(function () { resolve(value); }); }); },
    },
    timers: { setTimeout: G.setTimeout, setInterval: G.setInterval, setImmediate: G.setImmediate, clearTimeout: clearTimer, clearInterval: clearTimer, clearImmediate: clearTimer },
  };
  function moduleNotFound(name) {
    var err = new ErrorCtor("Cannot find module '" + name + "'");
    err.code = 'MODULE_NOT_FOUND';
    err.lambdaLabImport = true;
    return err;
  }
  // Larger modules (the simulated AWS SDK, crypto, zlib…) are evaluated by the host the first
  // time they are required, so a handler that does not use them does not pay for them.
  var loadedModules = {};
  function requireModule(name) {
    var key = StringCtor(name).replace(/^node:/, '');
    if (Object.prototype.hasOwnProperty.call(modules, key)) return modules[key];
    if (Object.prototype.hasOwnProperty.call(loadedModules, key)) return loadedModules[key];
    var loaded = hostLoad(key);
    if (loaded !== undefined) { loadedModules[key] = loaded; return loaded; }
    throw moduleNotFound(StringCtor(name));
  }
  defineProperty(G, Symbol.for('lambda-lab.require'), { value: requireModule });

  // ---------- serialising results and describing errors (RIC rules) ----------
  function serializeResult(value) {
    var text;
    // A string's JSON is at least as long as the string: a huge one is too large without copying it.
    if (typeof value === 'string' && value.length > limits.maxResponseBytes) {
      return { error: { errorType: 'Function.ResponseSizeTooLarge', errorMessage: 'Response payload size exceeded maximum allowed payload size (' + limits.maxResponseBytes + ' bytes).' } };
    }
    try {
      text = jsonStringify(value === undefined ? null : value);
    } catch (e) {
      // Running out of memory is not a serialisation failure: the runtime would be killed.
      if (e === null || e === '' || (e instanceof ErrorCtor && e.name === 'InternalError' && e.message === 'out of memory')) throw e;
      return { error: { errorType: 'Error', errorMessage: 'Unable to stringify response body', trace: ['Error: Unable to stringify response body'] }, cause: e };
    }
    if (text === undefined) text = 'null';
    // UTF-8 bytes >= UTF-16 code units, so longer strings never cross to the host; shorter ones
    // that might still exceed the limit in UTF-8 are measured by the host's native TextEncoder.
    if (text.length > limits.maxResponseBytes) {
      return { error: { errorType: 'Function.ResponseSizeTooLarge', errorMessage: 'Response payload size exceeded maximum allowed payload size (' + limits.maxResponseBytes + ' bytes).' } };
    }
    return { json: text };
  }
  function isErrorLike(e) {
    return (e instanceof ErrorCtor) || (!!e && !!e.name && !!e.message && !!e.stack && typeof e.name === 'string' && typeof e.message === 'string' && typeof e.stack === 'string');
  }
  // Where rewritten async functions call their body (see instrumentAsyncFunctions.ts): that frame
  // repeats the function's own, which Node would not show.
  var wrapperCalls = { filename: '', byLine: new MapCtor() };
  function isWrapperFrame(line) {
    var m = /\((.*):(\d+):(\d+)\)$/.exec(line);
    if (!m || m[1] !== wrapperCalls.filename) return false;
    var ranges = wrapperCalls.byLine.get(Number(m[2]));
    if (!ranges) return false;
    var column = Number(m[3]);
    for (var i = 0; i < ranges.length; i++) if (column >= ranges[i][0] && column <= ranges[i][1]) return true;
    return false;
  }
  function traceOf(e) {
    var stack = clip(StringCtor(e.stack === undefined ? '' : e.stack), limits.maxErrorChars);
    var lines = stack.split('\n').filter(function (l) { return l !== '' && l.indexOf('lambda-lab-bootstrap.js') === -1 && !isWrapperFrame(l); });
    // QuickJS stacks start at the first frame; V8's begin with "Name: message".
    if (lines.length === 0 || /^\s+at /.test(lines[0])) lines.unshift(StringCtor(e.name) + ': ' + clip(StringCtor(e.message), limits.maxErrorChars));
    return lines.slice(0, 100);
  }
  function describeError(e) {
    try {
      if (isErrorLike(e)) {
        var name = StringCtor(e.name);
        var message = e.message === undefined ? '' : StringCtor(e.message);
        if (name === 'InternalError' && message === 'string too long') { name = 'RangeError'; message = 'Invalid string length'; }
        if (name === 'InternalError' && message === 'stack overflow') { name = 'RangeError'; message = 'Maximum call stack size exceeded'; }
        var trace = traceOf(e);
        if (trace[0] && trace[0].indexOf(StringCtor(e.name) + ': ') === 0 && name !== StringCtor(e.name)) trace[0] = name + ': ' + message;
        var logged = { errorType: name, errorMessage: clip(message, limits.maxErrorChars) };
        var keys = objectKeys(e);
        for (var i = 0; i < keys.length && i < 50; i++) {
          var k = keys[i];
          if (k === 'stack' || k === 'message' || k === 'name' || k === 'lambdaLabImport') continue;
          try { jsonStringify(e[k]); logged[k] = e[k]; } catch (err) {}
        }
        logged.stack = trace;
        var log;
        try { log = jsonStringify(logged); } catch (err2) { log = jsonStringify({ errorType: name, errorMessage: logged.errorMessage, stack: trace }); }
        return { errorType: name, errorMessage: clip(message, limits.maxErrorChars), trace: trace, log: clip(log, limits.maxLineChars), importError: e.lambdaLabImport === true };
      }
      var text = e.toString();
      var type = typeof e;
      return { errorType: type, errorMessage: clip(StringCtor(text), limits.maxErrorChars), trace: [], log: clip(jsonStringify({ errorType: type, errorMessage: StringCtor(text), stack: [] }), limits.maxLineChars) };
    } catch (x) {
      var handled = { errorType: 'handled', errorMessage: 'callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack' };
      return { errorType: handled.errorType, errorMessage: handled.errorMessage, log: jsonStringify(handled) };
    }
  }

  // ---------- response streaming: awslambda.streamifyResponse / HttpResponseStream.from ----------
  var STREAMING = Symbol.for('aws.lambda.runtime.handler.streaming');
  var hostStreamChunk = host.streamChunk;
  function newResponseStream(startedAt) {
    var listeners = {};
    var rs = {
      writable: true, writableEnded: false, _ended: false, _bytes: 0,
      setContentType: function (t) { hostStreamChunk('content-type', StringCtor(t), 0); },
      write: function (chunk, encoding, cb) {
        if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
        if (rs._ended) { var e = new ErrorCtor('write after end'); e.code = 'ERR_STREAM_WRITE_AFTER_END'; throw e; }
        // As Node's Writable: only strings and bytes; anything else is a TypeError the handler sees.
        if (chunk === null) { var en = new TypeError('May not write null values to stream'); en.code = 'ERR_STREAM_NULL_VALUES'; throw en; }
        if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
          var got = typeof chunk === 'object' ? 'an instance of ' + ((chunk.constructor && chunk.constructor.name) || 'Object') : 'type ' + typeof chunk + ' (' + StringCtor(chunk) + ')';
          var et = new TypeError('The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received ' + got);
          et.code = 'ERR_INVALID_ARG_TYPE';
          throw et;
        }
        var text = typeof chunk === 'string' ? chunk : G.Buffer.from(chunk).toString('utf8');
        rs._bytes += typeof chunk === 'string' ? G.Buffer.byteLength(chunk) : chunk.length;
        hostStreamChunk('chunk', text, hostNow() - startedAt);
        if (typeof cb === 'function') G.queueMicrotask(function () { cb(); });
        return true;
      },
      end: function (chunk, encoding, cb) {
        if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
        if (chunk !== undefined && chunk !== null) rs.write(chunk, encoding);
        if (!rs._ended) { rs._ended = true; rs.writableEnded = true; hostStreamChunk('end', '', hostNow() - startedAt); rs.emit('finish'); rs.emit('close'); }
        if (typeof cb === 'function') G.queueMicrotask(function () { cb(); });
        return rs;
      },
      on: function (name, fn) { (listeners[name] = listeners[name] || []).push(fn); return rs; },
      once: function (name, fn) { return rs.on(name, fn); },
      off: function () { return rs; }, removeListener: function () { return rs; },
      emit: function (name) { var l = listeners[name] || []; var args = [].slice.call(arguments, 1); for (var i = 0; i < l.length; i++) l[i].apply(rs, args); return l.length > 0; },
      destroy: function (err) { rs._ended = true; if (err) rs.emit('error', err); return rs; },
      cork: function () {}, uncork: function () {},
    };
    return rs;
  }
  hiddenGlobal('awslambda', {
    streamifyResponse: function (fn, options) { fn[STREAMING] = 'response'; return fn; },
    HttpResponseStream: {
      from: function (stream, prelude) {
        hostStreamChunk('prelude', jsonStringify(prelude === undefined ? {} : prelude), 0);
        stream.setContentType('application/vnd.awslambda.http-integration-response');
        return stream;
      },
    },
  });

  // ---------- one invocation ----------
  var current = null;
  function newCallbackState() { return { called: false, error: undefined, value: undefined }; }
  function startInvoke(handler, eventJson, fieldsJson, requestId) {
    logBudget.used = 0; logBudget.truncated = false;
    var fields = jsonParse(fieldsJson);
    var state = newCallbackState();
    current = state;
    function callback(err, value) {
      if (state.called) return;
      state.called = true;
      if (err !== undefined && err !== null) { state.error = err; state.failed = true; }
      else state.value = value;
    }
    var context = {
      callbackWaitsForEmptyEventLoop: true,
      functionName: fields.functionName,
      functionVersion: fields.functionVersion,
      invokedFunctionArn: fields.invokedFunctionArn,
      memoryLimitInMB: fields.memoryLimitInMB,
      awsRequestId: fields.awsRequestId,
      logGroupName: fields.logGroupName,
      logStreamName: fields.logStreamName,
      // Set by the runtime from the invoke's headers; undefined when the caller sent none.
      clientContext: fields.clientContext,
      identity: fields.identity,
      tenantId: fields.tenantId,
      getRemainingTimeInMillis: function () { return hostRemaining(); },
      // The legacy methods respond at once, whatever callbackWaitsForEmptyEventLoop says.
      done: function (err, value) { state.immediate = !state.called; callback(err, value); },
      succeed: function (value) { state.immediate = !state.called; callback(null, value); },
      fail: function (err) { state.immediate = !state.called; callback(err === undefined || err === null ? 'handled' : err); },
    };
    state.context = context;
    var event = jsonParse(eventJson);
    if (handler[STREAMING] === 'response') {
      state.stream = newResponseStream(hostNow());
      var streamed = handler(event, state.stream, context);
      if (streamed instanceof NativePromise) { markHandled(streamed); return streamed; }
      return NativePromise.resolve(streamed);
    }
    var result = handler(event, context, callback);
    // Native promise: the host watches it with getPromiseState, so a tampered Promise.prototype.then
    // cannot hang the harness. Other thenables are chained as the runtime does.
    if (result instanceof NativePromise) { markHandled(result); return result; }
    if (result !== undefined && result !== null && typeof result.then === 'function') {
      result.then(function (v) { callback(null, v); }, function (e) { callback(e === undefined || e === null ? 'handled' : e); });
    }
    return undefined;
  }

  return {
    // The host functions lazily loaded modules may call (see lazyModules.ts); never given to user code.
    lazyHost: host,
    setWrapperCalls: function (json) {
      var parsed = jsonParse(json);
      wrapperCalls.filename = parsed.filename;
      for (var i = 0; i < parsed.calls.length; i++) {
        var c = parsed.calls[i];
        var list = wrapperCalls.byLine.get(c.line) || [];
        list.push([c.fromColumn, c.toColumn]);
        wrapperCalls.byLine.set(c.line, list);
      }
    },
    setEnv: function (json) {
      var values = jsonParse(json);
      var keys = objectKeys(values);
      for (var i = 0; i < keys.length; i++) env[keys[i]] = values[keys[i]];
    },
    // CommonJS: call the module wrapper and return module.exports.
    runCommonJs: function (wrapper, filename) {
      var module = { exports: {}, id: '.', filename: filename, loaded: false, children: [], paths: [] };
      wrapper.call(module.exports, module.exports, requireModule, module, filename, '/var/task');
      module.loaded = true;
      return module.exports;
    },
    // ESM: the module loader asks for the exported names of an allowed module.
    moduleExportNames: function (name) {
      var m = requireModule(name);
      var names = [];
      if (m && (typeof m === 'object' || typeof m === 'function')) { var ks = objectKeys(m); for (var i = 0; i < ks.length; i++) if (/^[A-Za-z_$][\w$]*$/.test(ks[i])) names.push(ks[i]); }
      return names.join(',');
    },
    setNodeVersion: function (v) { processObject.version = 'v' + v; processObject.versions = { node: v }; },
    resolveHandler: function (exportsObject, exportName, fullName, runtime) {
      var h;
      try { h = exportsObject === null || exportsObject === undefined ? undefined : exportsObject[exportName]; } catch (e) { h = undefined; }
      if (h === undefined || h === null) return { errorType: 'Runtime.HandlerNotFound', errorMessage: fullName + ' is undefined or not exported' };
      if (typeof h !== 'function') return { errorType: 'Runtime.HandlerNotFound', errorMessage: fullName + ' is not a function' };
      // nodejs24.x decides by arity: a third parameter (callback) is refused at init.
      if (runtime !== 'nodejs20.x' && runtime !== 'nodejs22.x' && h.length >= 3 && h[STREAMING] !== 'response') return { errorType: 'Runtime.CallbackHandlerDeprecated', errorMessage: 'ERROR: AWS Lambda has removed support for callback-based function handlers starting with Node.js 24. You need to modify this function to use a supported handler signature to use Node.js 24 or later. For more information see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html.' };
      return h;
    },
    startInvoke: startInvoke,
    // 0 = callback not called yet, 1 = called.
    callbackState: function () { return current && current.called ? 1 : 0; },
    waitsForEmptyLoop: function () { return current && (current.immediate || (current.context && current.context.callbackWaitsForEmptyEventLoop === false)) ? 0 : 1; },
    finishCallback: function () {
      var s = current;
      if (!s.called) return jsonStringify({ json: 'null' });
      if (s.failed) return jsonStringify({ error: describeError(s.error) });
      return finishValue(s.value);
    },
    finishFulfilled: function (value) {
      // A streaming handler's response is what it wrote; the runtime closes the stream when the handler's promise settles.
      if (current && current.stream) { if (!current.stream._ended) current.stream.end(); return jsonStringify({ json: 'null', streamed: true }); }
      return finishValue(value);
    },
    finishRejected: function (reason) { return jsonStringify({ error: describeError(reason === undefined || reason === null ? 'handled' : reason) }); },
    describe: function (e) { return jsonStringify(describeError(e)); },
    // Cheap look at a thrown value, so the host never copies a huge error out just to classify it.
    classify: function (e) {
      if (e === null || e === '') return 'empty';
      if (e instanceof ErrorCtor && e.name === 'InternalError') {
        if (e.message === 'out of memory') return 'oom';
        if (e.message === 'interrupted') return 'interrupted';
      }
      return 'other';
    },
    // After a drain of the job queue: a callback's uncaught exception, or the first rejection that
    // still has no handler, as JSON; '' when there is neither. Either ends the runtime process.
    takeStray: function () {
      if (strayExceptions.length > 0) {
        var thrown = strayExceptions[0];
        strayExceptions.length = 0;
        strayRejections.length = 0;
        return jsonStringify({ kind: 'uncaught', error: describeError(thrown) });
      }
      if (strayRejections.length === 0) return '';
      var found;
      for (var i = 0; i < strayRejections.length; i++) {
        if (!weakSetHas.call(handledPromises, strayRejections[i].promise)) { found = strayRejections[i]; break; }
      }
      strayRejections.length = 0;
      return found ? jsonStringify({ kind: 'rejection', error: describeRejection(found.reason) }) : '';
    },
    fireTimer: function (id) {
      var t = timerCallbacks.get(id);
      if (!t) return;
      if (!t.repeat) timerCallbacks.delete(id);
      t.fn.apply(null, t.args);
    },
  };
  function finishValue(value) {
    var r = serializeResult(value);
    if (r.error) return jsonStringify({ error: r.error });
    return jsonStringify({ json: r.json });
  }
})
`;
