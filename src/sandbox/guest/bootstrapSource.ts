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
  var hostLog = host.log, hostTimer = host.timer, hostExit = host.exit, hostRemaining = host.remaining, hostNow = host.now;

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
  function utf8Encode(str) {
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
  function utf8Decode(bytes) {
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
  function makeBuffer(bytes) {
    var b = new Uint8Array(bytes);
    defineProperty(b, 'toString', { value: function (enc) {
      enc = (enc || 'utf8').toLowerCase();
      if (enc === 'base64') return base64Encode(b);
      if (enc === 'hex') { var h = ''; for (var i = 0; i < b.length; i++) h += (b[i] < 16 ? '0' : '') + b[i].toString(16); return h; }
      if (enc === 'latin1' || enc === 'binary' || enc === 'ascii') { var l = ''; for (var j = 0; j < b.length; j++) l += StringCtor.fromCharCode(b[j]); return l; }
      return utf8Decode(b);
    } });
    defineProperty(b, 'toJSON', { value: function () { return { type: 'Buffer', data: [].slice.call(b) }; } });
    return b;
  }
  var BufferObject = {
    from: function (v, enc) {
      if (typeof v === 'string') {
        enc = (enc || 'utf8').toLowerCase();
        if (enc === 'base64' || enc === 'base64url') return makeBuffer(base64Decode(v));
        if (enc === 'hex') { var hb = []; for (var i = 0; i + 1 < v.length; i += 2) hb.push(parseInt(v.substr(i, 2), 16)); return makeBuffer(hb); }
        if (enc === 'latin1' || enc === 'binary' || enc === 'ascii') { var lb = []; for (var k = 0; k < v.length; k++) lb.push(v.charCodeAt(k) & 255); return makeBuffer(lb); }
        return makeBuffer(utf8Encode(v));
      }
      return makeBuffer(v);
    },
    byteLength: function (s) { return typeof s === 'string' ? utf8Encode(s).length : s.length; },
    isBuffer: function (v) { return v instanceof Uint8Array; },
    alloc: function (n) { return makeBuffer(new Uint8Array(n)); },
    concat: function (list) { var all = []; for (var i = 0; i < list.length; i++) for (var j = 0; j < list[i].length; j++) all.push(list[i][j]); return makeBuffer(all); },
  };
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

  var modules = {
    util: { inspect: inspect, format: format, promisify: promisify, types: { isPromise: function (p) { return p instanceof NativePromise; } } },
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
  function requireModule(name) {
    var key = StringCtor(name).replace(/^node:/, '');
    if (Object.prototype.hasOwnProperty.call(modules, key)) return modules[key];
    throw moduleNotFound(StringCtor(name));
  }
  defineProperty(G, Symbol.for('lambda-lab.require'), { value: requireModule });

  // ---------- serialising results and describing errors (RIC rules) ----------
  function serializeResult(value) {
    var text;
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
      getRemainingTimeInMillis: function () { return hostRemaining(); },
      done: function (err, value) { callback(err, value); },
      succeed: function (value) { callback(null, value); },
      fail: function (err) { callback(err === undefined || err === null ? 'handled' : err); },
    };
    state.context = context;
    var event = jsonParse(eventJson);
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
    resolveHandler: function (exportsObject, exportName, fullName) {
      var h;
      try { h = exportsObject === null || exportsObject === undefined ? undefined : exportsObject[exportName]; } catch (e) { h = undefined; }
      if (h === undefined || h === null) return { errorType: 'Runtime.HandlerNotFound', errorMessage: fullName + ' is undefined or not exported' };
      if (typeof h !== 'function') return { errorType: 'Runtime.HandlerNotFound', errorMessage: fullName + ' is not a function' };
      return h;
    },
    startInvoke: startInvoke,
    // 0 = callback not called yet, 1 = called.
    callbackState: function () { return current && current.called ? 1 : 0; },
    waitsForEmptyLoop: function () { return current && current.context && current.context.callbackWaitsForEmptyEventLoop === false ? 0 : 1; },
    finishCallback: function () {
      var s = current;
      if (!s.called) return jsonStringify({ json: 'null' });
      if (s.failed) return jsonStringify({ error: describeError(s.error) });
      return finishValue(s.value);
    },
    finishFulfilled: function (value) { return finishValue(value); },
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
