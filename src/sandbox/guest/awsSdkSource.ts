/**
 * The simulated AWS SDK for JavaScript v3, guest-side (evaluated in QuickJS the first time a
 * handler requires an `@aws-sdk/*` package). Every client's `send()` hands the command to the
 * host (`host.awsCall`), which records the call and answers it from the user's mock file
 * (src/core/awsMocks); the answer comes back as the SDK would give it: output plus `$metadata`,
 * or a thrown ServiceException-shaped Error. Nothing leaves the sandbox.
 *
 * The factory returns `load(packageName)`, which makes one package's module object. Commands,
 * clients and exception classes are made on demand (a Proxy), so every client package and every
 * command resolves: the mock file decides what each answers.
 */
export const AWS_SDK_SOURCE = String.raw`
(function (host) {
  'use strict';
  var G = globalThis;
  var hostAwsCall = host.awsCall;
  var jsonStringify = JSON.stringify, jsonParse = JSON.parse;
  var MAX_INPUT_CHARS = 262144;
  var cache = {};

  function noop() {}
  function middlewareStack() {
    return { add: noop, addRelativeTo: noop, use: noop, remove: function () { return false; }, clone: function () { return middlewareStack(); }, concat: function () { return middlewareStack(); }, applyToStack: noop, identify: function () { return []; } };
  }
  // Bytes (Buffer, Uint8Array) are recorded as a short description, not as thousands of numbers.
  function replacer(key, value) {
    if (value instanceof Uint8Array) {
      var text = '';
      try { text = value.toString('utf8'); } catch (e) {}
      return value.length <= 4096 && /^[\x09\x0a\x0d\x20-\x7e\u00a0-\uffff]*$/.test(text) ? text : '[' + value.length + ' bytes]';
    }
    if (value instanceof ArrayBuffer) return '[' + value.byteLength + ' bytes]';
    if (value instanceof Set) return Array.from(value);
    if (value instanceof Map) return Object.fromEntries(value);
    if (typeof value === 'bigint') return String(value);
    if (value && typeof value.pipe === 'function' && typeof value.on === 'function') return '[stream]';
    return value;
  }
  function inputJson(input) {
    var text;
    try { text = jsonStringify(input === undefined ? {} : input, replacer); } catch (e) { text = jsonStringify({ '[unserialisable input]': String(e && e.message) }); }
    if (text === undefined) text = '{}';
    if (text.length > MAX_INPUT_CHARS) text = jsonStringify({ '[input too large to record]': text.length + ' characters' });
    return text;
  }
  function metadata(r) {
    return { httpStatusCode: r.statusCode, requestId: r.requestId, extendedRequestId: undefined, cfId: undefined, attempts: 1, totalRetryDelay: 0 };
  }
  // S3 GetObject and Lambda Invoke return bytes; the SDK wraps GetObject's Body in a stream with helpers.
  function toBytes(v) {
    if (v instanceof Uint8Array) return v;
    if (typeof v === 'string') return G.Buffer.from(v, 'utf8');
    return G.Buffer.from(jsonStringify(v), 'utf8');
  }
  function streamBody(v) {
    var bytes = toBytes(v);
    var body = {
      transformToString: function (enc) { return G.Promise.resolve(G.Buffer.from(bytes).toString(enc || 'utf8')); },
      transformToByteArray: function () { return G.Promise.resolve(new Uint8Array(bytes)); },
      transformToWebStream: function () { throw new Error('transformToWebStream is not simulated in the Lambda Lab playground'); },
    };
    body[Symbol.asyncIterator] = function () {
      var done = false;
      return { next: function () { if (done) return G.Promise.resolve({ done: true, value: undefined }); done = true; return G.Promise.resolve({ done: false, value: G.Buffer.from(bytes) }); } };
    };
    body.on = function (name, fn) {
      var self = this;
      G.setTimeout(function () { if (name === 'data') fn(G.Buffer.from(bytes)); if (name === 'end') fn(); }, 0);
      return self;
    };
    body.pipe = function (dest) { if (dest && typeof dest.end === 'function') dest.end(G.Buffer.from(bytes)); return dest; };
    return body;
  }
  // Blob outputs are Uint8Arrays with the SDK's transformToString (Uint8ArrayBlobAdapter).
  function blob(v) {
    var bytes = new Uint8Array(toBytes(v));
    bytes.transformToString = function (enc) { return G.Buffer.from(bytes).toString(enc || 'utf8'); };
    return bytes;
  }
  function shapeOutput(service, operation, output) {
    if (service === 's3' && operation === 'GetObject' && output.Body !== undefined) output.Body = streamBody(output.Body);
    if (service === 'lambda' && (operation === 'Invoke' || operation === 'InvokeWithResponseStream') && output.Payload !== undefined) output.Payload = blob(output.Payload);
    // Bedrock InvokeModel answers the model's JSON as bytes; a mock may give it as an object or a string.
    if (service === 'bedrock-runtime' && operation === 'InvokeModel' && output.body !== undefined) output.body = blob(output.body);
    if (service === 'kms' && output.Plaintext !== undefined && typeof output.Plaintext === 'string') output.Plaintext = G.Buffer.from(output.Plaintext, 'base64');
    if (service === 'kms' && output.CiphertextBlob !== undefined && typeof output.CiphertextBlob === 'string') output.CiphertextBlob = G.Buffer.from(output.CiphertextBlob, 'base64');
    return output;
  }
  function serviceError(r) {
    var e = new Error(r.error.message);
    e.name = r.error.code;
    e.$fault = r.error.statusCode >= 500 ? 'server' : 'client';
    e.$metadata = metadata({ statusCode: r.error.statusCode, requestId: r.requestId });
    e.Code = r.error.code;
    return e;
  }
  // One call: the host records it and answers now; latency (if the mock file sets it) is a real wait.
  function send(service, commandName, input, documentClient) {
    var P = G.Promise;
    var r = jsonParse(hostAwsCall(service, commandName, inputJson(input), documentClient ? 1 : 0));
    return new P(function (resolve, reject) {
      function settle() {
        if (r.outcome === 'error') { reject(serviceError(r)); return; }
        var out = shapeOutput(service, r.operation, r.output || {});
        out.$metadata = metadata({ statusCode: 200, requestId: r.requestId });
        resolve(out);
      }
      if (r.latencyMs > 0) G.setTimeout(settle, r.latencyMs); else settle();
    });
  }
  function withCallback(promise, cb) {
    if (typeof cb !== 'function') return promise;
    promise.then(function (v) { cb(null, v); }, function (e) { cb(e); });
    return undefined;
  }
  function commandClass(name) {
    function Command(input) {
      if (!(this instanceof Command)) throw new TypeError("Class constructor " + name + " cannot be invoked without 'new'");
      this.input = input === undefined ? {} : input;
      this.middlewareStack = middlewareStack();
    }
    Object.defineProperty(Command, 'name', { value: name });
    Command.prototype.resolveMiddleware = function () { return function () { return G.Promise.reject(new Error('resolveMiddleware is not simulated')); }; };
    Command.__lambdaLabCommand = name;
    return Command;
  }
  function exceptionClass(name) {
    function ServiceException(opts) {
      var e = new Error(opts && opts.message || name);
      e.name = name;
      e.$fault = opts && opts.$fault || 'client';
      e.$metadata = opts && opts.$metadata || {};
      return e;
    }
    Object.defineProperty(ServiceException, 'name', { value: name });
    Object.defineProperty(ServiceException, Symbol.hasInstance, { value: function (v) {
      return v instanceof Error && (name.slice(-16) === 'ServiceException' ? typeof v.$fault === 'string' : v.name === name);
    } });
    return ServiceException;
  }
  function clientConfig(options) {
    var region = (options && options.region) || (G.process && G.process.env.AWS_REGION) || 'us-east-1';
    return {
      region: function () { return G.Promise.resolve(typeof region === 'function' ? region() : region); },
      credentials: function () { return G.Promise.resolve({ accessKeyId: 'ASIASIMULATEDKEY', secretAccessKey: 'simulated' }); },
      endpoint: options && options.endpoint,
      maxAttempts: function () { return G.Promise.resolve(3); },
      serviceId: 'simulated',
    };
  }
  function clientClass(service, name, documentClient) {
    function Client(options) {
      if (!(this instanceof Client)) throw new TypeError("Class constructor " + name + " cannot be invoked without 'new'");
      this.config = clientConfig(options || {});
      this.middlewareStack = middlewareStack();
    }
    Object.defineProperty(Client, 'name', { value: name });
    Client.prototype.send = function (command, optionsOrCb, cb) {
      if (!command || typeof command !== 'object' || !command.constructor || typeof command.constructor.__lambdaLabCommand !== 'string') {
        return G.Promise.reject(new TypeError(name + '.send() needs a command object such as new GetParameterCommand({...})'));
      }
      var p = send(service, command.constructor.__lambdaLabCommand, command.input, documentClient);
      return withCallback(p, typeof optionsOrCb === 'function' ? optionsOrCb : cb);
    };
    Client.prototype.destroy = noop;
    return Client;
  }
  function lowerFirst(s) { return s.charAt(0).toLowerCase() + s.slice(1); }
  function upperFirst(s) { return s.charAt(0).toUpperCase() + s.slice(1); }
  // The aggregated client (new SSM({}).getParameter(input)): every method is an operation.
  function aggregatedClass(service, name, documentClient) {
    var Base = clientClass(service, name + 'Client', documentClient);
    function Aggregated(options) {
      Base.call(this, options);
      return new Proxy(this, { get: function (target, key) {
        if (key in target || typeof key !== 'string' || key === 'then') return target[key];
        return function (input, optionsOrCb, cb) {
          return withCallback(send(service, upperFirst(key) + 'Command', input, documentClient), typeof optionsOrCb === 'function' ? optionsOrCb : cb);
        };
      } });
    }
    Aggregated.prototype = Object.create(Base.prototype);
    Object.defineProperty(Aggregated, 'name', { value: name });
    return Aggregated;
  }
  // paginateListObjectsV2(config, input): pages until the output has no continuation token.
  function paginator(service, operation) {
    var TOKENS = [['NextToken', 'NextToken'], ['NextContinuationToken', 'ContinuationToken'], ['LastEvaluatedKey', 'ExclusiveStartKey'], ['NextMarker', 'Marker'], ['nextToken', 'nextToken']];
    return function (config, input) {
      var client = config && config.client;
      var next = Object.assign({}, input || {});
      var pages = 0;
      var finished = false;
      var iterator = {
        next: function () {
          if (finished || pages >= 100) return G.Promise.resolve({ done: true, value: undefined });
          pages++;
          return send(service, operation + 'Command', next, !!(client && client.__lambdaLabDocumentClient)).then(function (out) {
            var more = false;
            for (var i = 0; i < TOKENS.length; i++) if (out[TOKENS[i][0]] !== undefined) { next[TOKENS[i][1]] = out[TOKENS[i][0]]; more = true; }
            if (!more) finished = true;
            return { done: false, value: out };
          });
        },
        return: function () { finished = true; return G.Promise.resolve({ done: true, value: undefined }); },
      };
      iterator[Symbol.asyncIterator] = function () { return iterator; };
      return iterator;
    };
  }
  // The exports of one @aws-sdk/client-* package, made when first asked for.
  function clientPackage(service) {
    var made = {};
    var target = { __esModule: true };
    return new Proxy(target, {
      get: function (t, key) {
        if (typeof key !== 'string') return t[key];
        if (key in t) return t[key];
        if (made[key]) return made[key];
        var value;
        if (/Command$/.test(key)) value = commandClass(key);
        else if (/Client$/.test(key)) value = clientClass(service, key, false);
        else if (/(Exception|Error|Fault)$/.test(key)) value = exceptionClass(key);
        else if (/^paginate[A-Z]/.test(key)) value = paginator(service, key.slice(8));
        else if (/^waitUntil[A-Z]|^waitFor[A-Z]/.test(key)) value = function () { return G.Promise.resolve({ state: 'SUCCESS', reason: 'simulated waiter: the Lambda Lab playground does not poll' }); };
        else if (/^[A-Z]/.test(key)) value = aggregatedClass(service, key, false);
        else return undefined;
        made[key] = value;
        return value;
      },
      has: function (t, key) { return typeof key === 'string' && /^[A-Z]|^paginate|^waitUntil/.test(key); },
    });
  }

  // ---------- @aws-sdk/util-dynamodb and @aws-sdk/lib-dynamodb ----------
  function marshallValue(v, opts) {
    if (v === null) return { NULL: true };
    if (v === undefined) { if (opts && opts.removeUndefinedValues) return undefined; throw new Error('Pass options.removeUndefinedValues=true to remove undefined values from map/array/set.'); }
    var t = typeof v;
    if (t === 'string') return { S: v };
    if (t === 'number') { if (!isFinite(v)) throw new Error('Special numeric value ' + String(v) + ' is not allowed'); return { N: String(v) }; }
    if (t === 'bigint') return { N: String(v) };
    if (t === 'boolean') return { BOOL: v };
    if (v instanceof Uint8Array) return { B: v };
    if (v instanceof Set) {
      var items = Array.from(v);
      if (items.length === 0) throw new Error('Cannot marshall an empty set');
      if (typeof items[0] === 'number' || typeof items[0] === 'bigint') return { NS: items.map(String) };
      if (typeof items[0] === 'string') return { SS: items };
      return { BS: items };
    }
    if (Array.isArray(v)) return { L: v.map(function (x) { return marshallValue(x, opts); }).filter(function (x) { return x !== undefined; }) };
    if (v instanceof Map) { var mm = {}; v.forEach(function (val, key) { var mv = marshallValue(val, opts); if (mv !== undefined) mm[key] = mv; }); return { M: mm }; }
    if (t === 'object') {
      if (typeof v.toJSON === 'function' && !(opts && opts.convertClassInstanceToMap)) { var j = v.toJSON(); if (j !== v) return marshallValue(j, opts); }
      return { M: marshall(v, opts) };
    }
    throw new Error('Unsupported type passed: ' + String(v));
  }
  function marshall(obj, opts) {
    var out = {};
    var keys = Object.keys(obj);
    for (var i = 0; i < keys.length; i++) { var m = marshallValue(obj[keys[i]], opts); if (m !== undefined) out[keys[i]] = m; }
    return out;
  }
  function unmarshallValue(a, opts) {
    if (!a || typeof a !== 'object') throw new Error('Unsupported type passed: ' + String(a));
    if ('S' in a) return a.S;
    if ('N' in a) return opts && opts.wrapNumbers ? { value: a.N } : Number(a.N);
    if ('BOOL' in a) return a.BOOL;
    if ('NULL' in a) return null;
    if ('B' in a) return a.B;
    if ('L' in a) return a.L.map(function (x) { return unmarshallValue(x, opts); });
    if ('M' in a) return unmarshall(a.M, opts);
    if ('SS' in a) return new Set(a.SS);
    if ('NS' in a) return new Set(a.NS.map(Number));
    if ('BS' in a) return new Set(a.BS);
    throw new Error('Unsupported type passed: ' + jsonStringify(a));
  }
  function unmarshall(obj, opts) {
    if (obj && typeof obj === 'object' && (('S' in obj) || ('N' in obj) || ('M' in obj)) && Object.keys(obj).length === 1) return unmarshallValue(obj, opts);
    var out = {};
    var keys = Object.keys(obj || {});
    for (var i = 0; i < keys.length; i++) out[keys[i]] = unmarshallValue(obj[keys[i]], opts);
    return out;
  }
  var utilDynamodb = { marshall: marshall, unmarshall: unmarshall, convertToAttr: marshallValue, convertToNative: unmarshallValue };

  function libDynamodb() {
    var DocClient = clientClass('dynamodb', 'DynamoDBDocumentClient', true);
    DocClient.from = function (client, translateConfig) {
      var c = new DocClient({});
      c.config = client && client.config || c.config;
      c.translateConfig = translateConfig;
      c.__lambdaLabDocumentClient = true;
      return c;
    };
    var Aggregated = aggregatedClass('dynamodb', 'DynamoDBDocument', true);
    Aggregated.from = function (client, translateConfig) { var a = new Aggregated({}); a.translateConfig = translateConfig; return a; };
    var pkg = clientPackage('dynamodb');
    var fixed = { DynamoDBDocumentClient: DocClient, DynamoDBDocument: Aggregated, __esModule: true };
    return new Proxy(fixed, { get: function (t, key) {
      if (key in t) return t[key];
      if (typeof key === 'string' && /^paginate[A-Z]/.test(key)) return paginator('dynamodb', key.slice(8));
      return pkg[key];
    } });
  }

  function presigner() {
    return {
      getSignedUrl: function (client, command, options) {
        var input = command && command.input || {};
        var expires = options && options.expiresIn || 900;
        return client.config.region().then(function (region) {
          var bucket = encodeURIComponent(input.Bucket || 'bucket');
          var key = String(input.Key || '').split('/').map(encodeURIComponent).join('/');
          return 'https://' + bucket + '.s3.' + region + '.amazonaws.com/' + key + '?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIASIMULATEDKEY&X-Amz-Expires=' + expires + '&X-Amz-SignedHeaders=host&X-Amz-Signature=simulated-by-lambda-lab';
        });
      },
    };
  }

  return function load(name) {
    if (cache[name]) return cache[name];
    var m;
    var match = /^@aws-sdk\/client-([a-z0-9-]+)$/.exec(name);
    if (match) m = clientPackage(match[1]);
    else if (name === '@aws-sdk/lib-dynamodb') m = libDynamodb();
    else if (name === '@aws-sdk/util-dynamodb') m = utilDynamodb;
    else if (name === '@aws-sdk/s3-request-presigner') m = presigner();
    else return undefined;
    cache[name] = m;
    return m;
  };
})
`;
