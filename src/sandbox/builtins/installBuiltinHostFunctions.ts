/**
 * Puts the host half of the Node.js built-ins (hostBuiltins.ts) on the bootstrap's `host` object
 * as QuickJS functions. Bytes cross as ArrayBuffers; failures come back as a JSON string
 * `{code, message}` that the guest turns into Node's error.
 */
import type {QuickJSContext, QuickJSHandle} from 'quickjs-emscripten-core';
import type {FunctionConfig} from '../../core/runtime/types.ts';
import {absolutePath, FsError, type VirtualFs} from './virtualFs.ts';
import {BuiltinError, digest, HASH_NAMES, OutputTooLarge, pathCall, pbkdf2Bytes, urlCall, zlibTransform} from './hostBuiltins.ts';

export interface BuiltinHooks {
  readonly config: FunctionConfig;
  /** Random bytes: the platform's CSPRNG, or a seeded generator when the user asked for one. */
  random(n: number): Uint8Array;
  /** Bytes the guest may still allocate before the function is out of memory. */
  memoryLeft(): number;
  /** The output of a built-in would not fit: the runtime is killed, as Lambda's would be. */
  outOfMemory(): void;
  now(): number;
  /** The environment's filesystem (/tmp, /var/task). */
  readonly fs: VirtualFs;
}

/** The bytes as a whole ArrayBuffer (copied only when the view is part of a larger buffer). */
function wholeBuffer(u8: Uint8Array): ArrayBuffer {
  return u8.byteOffset === 0 && u8.byteLength === u8.buffer.byteLength && u8.buffer instanceof ArrayBuffer ? u8.buffer : u8.slice().buffer;
}

interface FsArgs {
  readonly path?: string;
  readonly dest?: string;
  readonly flag?: string;
  readonly recursive?: boolean;
  readonly force?: boolean;
  readonly exclusive?: boolean;
  readonly mode?: number;
  readonly syscall?: string;
}

function errorJson(error: unknown): string {
  if (error instanceof FsError) return JSON.stringify(error.shape);
  if (error instanceof BuiltinError) return JSON.stringify({code: error.code, message: error.message});
  return JSON.stringify({code: 'ERR_INTERNAL', message: error instanceof Error ? error.message : String(error)});
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

export function installBuiltinHostFunctions(ctx: QuickJSContext, host: QuickJSHandle, hooks: BuiltinHooks): void {
  const bytes = (h: QuickJSHandle | undefined): Uint8Array => {
    if (!h || ctx.typeof(h) === 'undefined') return new Uint8Array(0);
    const view = ctx.getArrayBuffer(h);
    const copy = view.value.slice();
    view.dispose();
    return copy;
  };
  const out = (fn: () => Uint8Array): QuickJSHandle => {
    try {
      return ctx.newArrayBuffer(wholeBuffer(fn()));
    } catch (error) {
      if (error instanceof OutputTooLarge) {
        hooks.outOfMemory();
        throw new Error('out of memory');
      }
      return ctx.newString(errorJson(error));
    }
  };
  const text = (fn: () => unknown): QuickJSHandle => {
    try {
      return ctx.newString(JSON.stringify({value: fn()}));
    } catch (error) {
      return ctx.newString(JSON.stringify({error: JSON.parse(errorJson(error)) as unknown}));
    }
  };
  const fns: [string, (...args: QuickJSHandle[]) => QuickJSHandle][] = [
    ['digest', (alg, data, key) => out(() => digest(ctx.getString(alg!), bytes(data), key && ctx.typeof(key) !== 'undefined' ? bytes(key) : undefined))],
    ['pbkdf2', (pw, salt, iter, len, alg) => out(() => {
      const iterations = ctx.getNumber(iter!);
      const keylen = ctx.getNumber(len!);
      if (!Number.isInteger(iterations) || iterations < 1 || iterations > 10_000_000) throw new BuiltinError('ERR_OUT_OF_RANGE', `The value of "iterations" is out of range. It must be >= 1 && <= 2147483647. Received ${iterations}`);
      if (!Number.isInteger(keylen) || keylen < 0 || keylen > 1 << 20) throw new BuiltinError('ERR_OUT_OF_RANGE', `The value of "keylen" is out of range. Received ${keylen}`);
      return pbkdf2Bytes(bytes(pw), bytes(salt), iterations, keylen, ctx.getString(alg!));
    })],
    ['random', (n) => {
      const size = ctx.getNumber(n!);
      if (size > hooks.memoryLeft()) {
        hooks.outOfMemory();
        throw new Error('out of memory');
      }
      return ctx.newArrayBuffer(wholeBuffer(hooks.random(size)));
    }],
    ['zlib', (op, data, level) => out(() => zlibTransform(ctx.getString(op!) as 'gzip', bytes(data), ctx.getNumber(level!), hooks.memoryLeft()))],
    ['pathCall', (fn, args) => ctx.newString(JSON.stringify(pathCall(ctx.getString(fn!), JSON.parse(ctx.getString(args!)) as unknown[])) ?? 'null')],
    ['urlCall', (request) => text(() => urlCall(JSON.parse(ctx.getString(request!)) as Parameters<typeof urlCall>[0]))],
    ['fsCall', (op, args, data) => fsCall(hooks.fs, ctx.getString(op!), JSON.parse(ctx.getString(args!)) as FsArgs, data)],
    ['fsRead', (path) => {
      try {
        return ctx.newArrayBuffer(wholeBuffer(hooks.fs.readFile(absolutePath(ctx.getString(path!))).slice()));
      } catch (error) {
        return ctx.newString(JSON.stringify({error: error instanceof FsError ? error.shape : {code: 'EIO', message: String(error)}}));
      }
    }],
    ['hashNames', () => ctx.newString(HASH_NAMES.join(','))],
    ['utf8Encode', (str) => ctx.newArrayBuffer(wholeBuffer(encoder.encode(ctx.getString(str!))))],
    ['utf8Decode', (data) => ctx.newString(decoder.decode(bytes(data)))],
    ['osInfo', () => ctx.newString(JSON.stringify({
      arch: hooks.config.architecture,
      memoryMB: hooks.config.memoryMB,
      // Lambda gives one vCPU per 1,769 MB, at least 2 visible cores, at most 6.
      vcpus: Math.min(6, Math.max(2, Math.ceil(hooks.config.memoryMB / 1769))),
      kernel: '5.10.240-258.955.amzn2.x86_64'.replace('x86_64', hooks.config.architecture === 'arm64' ? 'aarch64' : 'x86_64'),
      hostname: '169.254.46.173',
    }))],
  ];
  function fsCall(fs: VirtualFs, op: string, a: FsArgs, data: QuickJSHandle | undefined): QuickJSHandle {
    return text(() => {
      const p = absolutePath(a.path ?? '/');
      switch (op) {
        case 'stat': return fs.stat(p, a.syscall ?? 'stat');
        case 'exists': return fs.exists(p);
        case 'write': return fs.writeFile(p, bytes(data), a.flag ?? 'w');
        case 'mkdir': return fs.mkdir(p, a.recursive === true);
        case 'readdir': return fs.readdir(p);
        case 'unlink': return fs.unlink(p);
        case 'rmdir': return fs.rmdir(p, a.recursive === true);
        case 'rm': return fs.rm(p, a.recursive === true, a.force === true);
        case 'rename': return fs.rename(p, absolutePath(a.dest ?? ''));
        case 'copyFile': return fs.copyFile(p, absolutePath(a.dest ?? ''), a.exclusive === true);
        case 'access': {
          const s = fs.stat(p, 'access');
          if ((a.mode ?? 0) & 2 && !(s.mode & 0o200)) throw new FsError('EACCES', 'access', p);
          return undefined;
        }
        case 'usage': return fs.usedBytes;
        default: throw new FsError('EINVAL', op, p);
      }
    });
  }
  for (const [name, fn] of fns) {
    const handle = ctx.newFunction(name, fn);
    ctx.setProp(host, name, handle);
    handle.dispose();
  }
}

/** A small seeded generator (sfc32) for reproducible random values in tests. */
export function seededRandom(seed: number): (n: number) => Uint8Array {
  let a = 0x9e3779b9, b = 0x243f6a88, c = 0xb7e15162, d = seed >>> 0;
  const next = (): number => {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const r = (t + d) | 0;
    c = (c + r) | 0;
    return r >>> 0;
  };
  for (let i = 0; i < 15; i++) next();
  return (n) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 4) {
      const v = next();
      for (let j = 0; j < 4 && i + j < n; j++) out[i + j] = (v >>> (8 * j)) & 255;
    }
    return out;
  };
}
