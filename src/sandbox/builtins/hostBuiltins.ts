/**
 * The host half of the playground's Node.js built-ins: work that needs an audited library or the
 * host engine's own implementation, run outside QuickJS at native speed. The guest half
 * (guest/nodeBuiltinsSource.ts) wraps these in Node's APIs. Only bytes and short strings cross.
 *
 * Libraries (why: small, pure JavaScript, widely used, MIT):
 * - @noble/hashes 2.4 (audited): sha1, sha224/256/384/512, md5, ripemd160, HMAC, PBKDF2.
 * - fflate 0.8: gzip/deflate/raw deflate and their inverses, streamed so that output is capped.
 * - path-browserify 1.0: Node's own posix `path` code, packaged standalone.
 * - URL / URLSearchParams: the host engine's WHATWG implementation (V8 in Chromium and Node).
 */
import {hmac} from '@noble/hashes/hmac.js';
import {md5, ripemd160, sha1} from '@noble/hashes/legacy.js';
import {pbkdf2} from '@noble/hashes/pbkdf2.js';
import {sha224, sha256, sha384, sha512} from '@noble/hashes/sha2.js';
import {Deflate, Gunzip, Gzip, Inflate, Unzlib, Zlib, type FlateStreamHandler} from 'fflate';
import pathPosix from 'path-browserify';
import type {CHash} from '@noble/hashes/utils.js';

type HashFn = CHash;
const HASHES: Readonly<Record<string, HashFn>> = {sha1, sha224, sha256, sha384, sha512, md5, ripemd160, rmd160: ripemd160, 'sha-1': sha1, 'sha-256': sha256, 'sha-384': sha384, 'sha-512': sha512};

/** Node's names for the algorithms above (crypto.getHashes()). */
export const HASH_NAMES = ['md5', 'ripemd160', 'rmd160', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];

export class BuiltinError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

function hashFn(algorithm: string): HashFn {
  const fn = HASHES[algorithm.toLowerCase()];
  if (!fn) throw new BuiltinError('ERR_OSSL_EVP_UNSUPPORTED', 'Digest method not supported');
  return fn;
}

export function digest(algorithm: string, data: Uint8Array, hmacKey?: Uint8Array): Uint8Array {
  const fn = hashFn(algorithm);
  return hmacKey ? hmac(fn, hmacKey, data) : fn(data);
}

export function pbkdf2Bytes(password: Uint8Array, salt: Uint8Array, iterations: number, keylen: number, algorithm: string): Uint8Array {
  return pbkdf2(hashFn(algorithm), password, salt, {c: iterations, dkLen: keylen});
}

/** Thrown when (de)compressed output would not fit in the function's memory: the runtime is killed. */
export class OutputTooLarge extends Error {}

type Op = 'gzip' | 'gunzip' | 'deflate' | 'inflate' | 'deflateRaw' | 'inflateRaw' | 'unzip';

/**
 * Runs one zlib operation, streaming, and stops as soon as the output passes `limitBytes` (so a
 * 1 KB gzip that inflates to 1 GB costs at most `limitBytes`). Errors use Node's zlib messages.
 */
export function zlibTransform(op: Op, input: Uint8Array, level: number, limitBytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const ondata: FlateStreamHandler = (chunk) => {
    total += chunk.length;
    if (total > limitBytes) throw new OutputTooLarge(`zlib output passed ${limitBytes} bytes`);
    chunks.push(chunk);
  };
  const opts = {level: (level < 0 || level > 9 ? 6 : level) as 6};
  let unzipOp: Op = op;
  if (op === 'unzip') unzipOp = input[0] === 0x1f && input[1] === 0x8b ? 'gunzip' : 'inflate';
  let stream: {push(d: Uint8Array, final?: boolean): void; ondata?: FlateStreamHandler};
  switch (unzipOp) {
    case 'gzip': stream = new Gzip(opts, ondata); break;
    case 'deflate': stream = new Zlib(opts, ondata); break;
    case 'deflateRaw': stream = new Deflate(opts, ondata); break;
    case 'gunzip': stream = new Gunzip(ondata); break;
    case 'inflate': stream = new Unzlib(ondata); break;
    default: stream = new Inflate(ondata); break;
  }
  try {
    // Small pieces, so the cap is checked often.
    const step = 64 * 1024;
    if (input.length === 0) stream.push(input, true);
    for (let at = 0; at < input.length; at += step) stream.push(input.subarray(at, at + step), at + step >= input.length);
  } catch (error) {
    if (error instanceof OutputTooLarge) throw error;
    throw zlibError(unzipOp, error);
  }
  if ((unzipOp === 'gunzip' || unzipOp === 'inflate' || unzipOp === 'inflateRaw') && total === 0 && input.length === 0) {
    throw new BuiltinError('Z_BUF_ERROR', 'unexpected end of file');
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function zlibError(op: Op, error: unknown): BuiltinError {
  const message = error instanceof Error ? error.message : String(error);
  if (/unexpected EOF/i.test(message)) return new BuiltinError('Z_BUF_ERROR', 'unexpected end of file');
  if (op === 'gunzip' && /invalid gzip/i.test(message)) return new BuiltinError('Z_DATA_ERROR', 'incorrect header check');
  if (/invalid zlib|header/i.test(message)) return new BuiltinError('Z_DATA_ERROR', 'incorrect header check');
  return new BuiltinError('Z_DATA_ERROR', message.replace(/^invalid /, 'invalid '));
}

/** `path.posix[fn](...args)` with Node's own implementation. */
export function pathCall(fn: string, args: unknown[]): unknown {
  const f = (pathPosix as Record<string, unknown>)[fn];
  if (typeof f !== 'function') throw new BuiltinError('ERR_INVALID_ARG_TYPE', `path.${fn} is not a function`);
  return (f as (...a: unknown[]) => unknown).apply(pathPosix, args);
}

const URL_FIELDS = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'] as const;

/** WHATWG URL parsing and setters with the host engine's implementation. */
export function urlCall(request: {op: 'parse'; input: string; base?: string} | {op: 'set'; href: string; field: string; value: string} | {op: 'canParse'; input: string; base?: string} | {op: 'params'; pairs?: [string, string][]; text?: string} | {op: 'domainToASCII'; input: string}): unknown {
  switch (request.op) {
    case 'parse': {
      let u: URL;
      try {
        u = request.base === undefined ? new URL(request.input) : new URL(request.input, request.base);
      } catch {
        throw new BuiltinError('ERR_INVALID_URL', 'Invalid URL');
      }
      return Object.fromEntries(URL_FIELDS.map((f) => [f, u[f]]));
    }
    case 'canParse':
      try {
        void (request.base === undefined ? new URL(request.input) : new URL(request.input, request.base));
        return true;
      } catch {
        return false;
      }
    case 'set': {
      const u = new URL(request.href);
      if (!(URL_FIELDS as readonly string[]).includes(request.field) || request.field === 'origin') return Object.fromEntries(URL_FIELDS.map((f) => [f, u[f]]));
      (u as unknown as Record<string, string>)[request.field] = request.value;
      return Object.fromEntries(URL_FIELDS.map((f) => [f, u[f]]));
    }
    case 'params':
      // text → pairs (parse) or pairs → text (serialise), with the engine's form-urlencoded rules.
      if (request.text !== undefined) return [...new URLSearchParams(request.text)];
      return new URLSearchParams(request.pairs ?? []).toString();
    case 'domainToASCII':
      try {
        return new URL(`http://${request.input}`).hostname;
      } catch {
        return '';
      }
  }
}
