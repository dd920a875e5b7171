/**
 * The modules the playground offers, with the names an ES module may import from each.
 * Small Node.js built-ins live in the bootstrap; larger ones and the simulated AWS SDK are
 * loaded into the VM the first time a handler requires them (lazyModules.ts). Everything else
 * fails with Runtime.ImportModuleError, whose message says plainly what real Lambda has.
 */
const FS_BASE = ['readFile', 'writeFile', 'appendFile', 'stat', 'lstat', 'mkdir', 'readdir', 'unlink', 'rmdir', 'rm', 'rename', 'copyFile', 'access', 'realpath', 'mkdtemp', 'chmod', 'utimes', 'truncate'];
const FS_NAMES = [...FS_BASE, ...FS_BASE.map((n) => `${n}Sync`), 'existsSync', 'openSync', 'closeSync', 'writeSync', 'readSync', 'fstatSync'];
const PATH_NAMES = ['sep', 'delimiter', 'resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath', 'dirname', 'basename', 'extname', 'format', 'parse', 'posix', 'win32'];
const ASSERT_NAMES = ['ok', 'AssertionError', 'fail', 'equal', 'notEqual', 'strictEqual', 'notStrictEqual', 'deepStrictEqual', 'notDeepStrictEqual', 'deepEqual', 'notDeepEqual', 'throws', 'doesNotThrow', 'rejects', 'doesNotReject', 'match', 'doesNotMatch', 'ifError', 'strict'];

export const ALLOWED_MODULES: Readonly<Record<string, readonly string[]>> = {
  util: ['inspect', 'format', 'formatWithOptions', 'promisify', 'callbackify', 'inherits', 'deprecate', 'isDeepStrictEqual', 'types', 'TextEncoder', 'TextDecoder', 'debuglog', 'stripVTControlCharacters', 'toUSVString', 'parseArgs'],
  'util/types': ['isPromise', 'isDate', 'isRegExp', 'isMap', 'isSet', 'isNativeError', 'isUint8Array', 'isTypedArray', 'isArrayBuffer', 'isAsyncFunction'],
  fs: [...FS_NAMES, 'promises', 'constants', 'Stats', 'Dirent', 'createReadStream', 'createWriteStream', 'exists', 'F_OK', 'R_OK', 'W_OK', 'X_OK'],
  'fs/promises': [...FS_NAMES.filter((n) => !n.endsWith('Sync')), 'open', 'constants'],
  crypto: ['createHash', 'createHmac', 'hash', 'getHashes', 'randomBytes', 'pseudoRandomBytes', 'randomFillSync', 'randomUUID', 'randomInt', 'getRandomValues', 'timingSafeEqual', 'pbkdf2', 'pbkdf2Sync', 'webcrypto', 'subtle', 'constants', 'createCipheriv', 'createDecipheriv', 'createSign', 'createVerify', 'generateKeyPairSync', 'generateKeyPair', 'createPrivateKey', 'createPublicKey', 'createSecretKey', 'publicEncrypt', 'privateDecrypt', 'sign', 'verify', 'scryptSync', 'scrypt', 'createECDH', 'createDiffieHellman', 'hkdfSync'],
  zlib: ['constants', 'gzip', 'gzipSync', 'gunzip', 'gunzipSync', 'deflate', 'deflateSync', 'inflate', 'inflateSync', 'deflateRaw', 'deflateRawSync', 'inflateRaw', 'inflateRawSync', 'unzip', 'unzipSync', 'createGzip', 'createGunzip', 'createDeflate', 'createInflate', 'createDeflateRaw', 'createInflateRaw', 'createUnzip', 'brotliCompress', 'brotliCompressSync', 'brotliDecompress', 'brotliDecompressSync', 'createBrotliCompress', 'createBrotliDecompress'],
  path: PATH_NAMES,
  'path/posix': PATH_NAMES,
  url: ['URL', 'URLSearchParams', 'Url', 'parse', 'format', 'resolve', 'fileURLToPath', 'pathToFileURL', 'domainToASCII', 'domainToUnicode', 'urlToHttpOptions'],
  querystring: ['stringify', 'encode', 'parse', 'decode', 'escape', 'unescape', 'unescapeBuffer'],
  string_decoder: ['StringDecoder'],
  os: ['EOL', 'devNull', 'arch', 'platform', 'type', 'release', 'version', 'machine', 'hostname', 'homedir', 'tmpdir', 'endianness', 'totalmem', 'freemem', 'availableParallelism', 'cpus', 'loadavg', 'uptime', 'networkInterfaces', 'userInfo', 'constants'],
  assert: ASSERT_NAMES,
  'assert/strict': ASSERT_NAMES,
  stream: ['Stream', 'Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'pipeline', 'finished', 'promises'],
  'stream/promises': ['pipeline', 'finished'],
  'stream/consumers': ['buffer', 'text', 'json', 'arrayBuffer'],
  events: ['EventEmitter'],
  buffer: ['Buffer'],
  process: ['env', 'exit', 'nextTick', 'hrtime', 'memoryUsage', 'version', 'versions', 'platform', 'arch'],
  'timers/promises': ['setTimeout', 'setImmediate'],
  timers: ['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate'],
};

/** Packages of the AWS SDK for JavaScript v3 that the simulated SDK answers (every client-*). */
export function isSimulatedAwsSdkPackage(name: string): boolean {
  return /^@aws-sdk\/client-[a-z0-9-]+$/.test(name) || ['@aws-sdk/lib-dynamodb', '@aws-sdk/util-dynamodb', '@aws-sdk/s3-request-presigner'].includes(name);
}

/** Node.js 22's built-in modules (require('module').builtinModules, without internals). */
export const NODE_BUILTIN_MODULES: readonly string[] = ["assert","assert/strict","async_hooks","buffer","child_process","cluster","console","constants","crypto","dgram","diagnostics_channel","dns","dns/promises","domain","events","fs","fs/promises","http","http2","https","inspector","inspector/promises","module","net","os","path","path/posix","path/win32","perf_hooks","process","punycode","querystring","readline","readline/promises","repl","stream","stream/consumers","stream/promises","stream/web","string_decoder","sys","timers","timers/promises","tls","trace_events","tty","url","util","util/types","v8","vm","wasi","worker_threads","zlib"];

/** What the playground offers, for error messages and the page. */
export const ALLOWED_MODULES_SENTENCE =
  'The Lambda Lab playground offers simulated node:util, node:events, node:buffer, node:process, node:timers, node:timers/promises, ' +
  'node:fs (a virtual /tmp and a read-only /var/task), node:crypto (hashes, HMAC, PBKDF2, random), node:zlib (gzip/deflate), node:stream, node:path, node:url, node:querystring, node:string_decoder, node:os, node:assert ' +
  'and a simulated AWS SDK for JavaScript v3 (every @aws-sdk/client-* package, lib-dynamodb, util-dynamodb, s3-request-presigner) answered from the AWS mocks.';

/** Why `specifier` cannot be imported here, and what real Lambda would do with it. */
export function importErrorSentence(specifier: string): string {
  const name = specifier.replace(/^node:/, '');
  if (NODE_BUILTIN_MODULES.includes(name)) return `${ALLOWED_MODULES_SENTENCE} Real Lambda has node:${name} (every Node.js built-in); the playground does not simulate it.`;
  if (name === 'aws-sdk') return `${ALLOWED_MODULES_SENTENCE} The AWS SDK for JavaScript v2 ('aws-sdk') is not included in the nodejs18.x and later runtimes, so real Lambda fails the same way unless you bundle it; use the v3 @aws-sdk/client-* packages.`;
  if (/^\.{0,2}\//.test(specifier) || specifier.startsWith('/var/task/')) return `${ALLOWED_MODULES_SENTENCE} The playground runs a single file, so other files of your deployment package ('${specifier}') do not exist here.`;
  return `${ALLOWED_MODULES_SENTENCE} '${specifier}' is not a Node.js built-in: on real Lambda it must be in your deployment package or a layer, and the playground runs a single file without installed packages.`;
}

/** The bare name a specifier refers to ("node:util" → "util"), or undefined if it cannot resolve. */
export function allowedModuleName(specifier: string): string | undefined {
  const name = specifier.replace(/^node:/, '');
  if (Object.prototype.hasOwnProperty.call(ALLOWED_MODULES, name)) return name;
  return isSimulatedAwsSdkPackage(name) ? name : undefined;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * The names an ES module import of `name` needs. SDK packages make their exports on demand, so
 * the names come from the handler's own import clauses plus every SDK-looking identifier in it.
 */
export function moduleExportNames(name: string, userCode: string): readonly string[] {
  const fixed = ALLOWED_MODULES[name];
  if (fixed) return fixed;
  const names = new Set<string>();
  const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const clause = new RegExp(`import\\s+(?:type\\s+)?(?:[\\w$]+\\s*,\\s*)?\\{([^}]*)\\}\\s*from\\s*['"]${escaped}['"]`, 'g');
  for (const m of userCode.matchAll(clause)) {
    for (const part of m[1]!.split(',')) {
      const imported = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]!.trim();
      if (IDENTIFIER.test(imported)) names.add(imported);
    }
  }
  for (const m of userCode.matchAll(/\b([A-Z][A-Za-z0-9]*(?:Command|Client|Exception)|paginate[A-Z]\w*|waitUntil[A-Z]\w*)\b/g)) names.add(m[1]!);
  if (name === '@aws-sdk/lib-dynamodb') names.add('DynamoDBDocumentClient').add('DynamoDBDocument');
  if (name === '@aws-sdk/util-dynamodb') ['marshall', 'unmarshall', 'convertToAttr', 'convertToNative'].forEach((n) => names.add(n));
  if (name === '@aws-sdk/s3-request-presigner') names.add('getSignedUrl');
  names.delete('default');
  return [...names];
}
