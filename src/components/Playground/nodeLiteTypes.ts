/**
 * Ambient declarations for what the playground's runtime offers (a Node-like subset), given to
 * Monaco's TypeScript service so handler code type-checks without the DOM or all of @types/node.
 */
export const NODE_LITE_TYPES = `
declare var console: {
  log(...args: unknown[]): void; info(...args: unknown[]): void; warn(...args: unknown[]): void;
  error(...args: unknown[]): void; debug(...args: unknown[]): void; trace(...args: unknown[]): void;
  dir(value: unknown, options?: {depth?: number}): void; table(value: unknown): void;
  time(label?: string): void; timeEnd(label?: string): void; timeLog(label?: string): void;
  count(label?: string): void; assert(condition: unknown, ...args: unknown[]): void;
};
interface Timeout { ref(): Timeout; unref(): Timeout; hasRef(): boolean; refresh(): Timeout; [Symbol.toPrimitive](): number; }
declare function setTimeout<A extends unknown[]>(callback: (...args: A) => void, ms?: number, ...args: A): Timeout;
declare function setInterval<A extends unknown[]>(callback: (...args: A) => void, ms?: number, ...args: A): Timeout;
declare function setImmediate<A extends unknown[]>(callback: (...args: A) => void, ...args: A): Timeout;
declare function clearTimeout(timeout: Timeout | number | undefined): void;
declare function clearInterval(timeout: Timeout | number | undefined): void;
declare function clearImmediate(timeout: Timeout | number | undefined): void;
declare function queueMicrotask(callback: () => void): void;
declare function fetch(input: string, init?: unknown): Promise<never>;
declare function atob(data: string): string;
declare function btoa(data: string): string;
declare var performance: {now(): number};
declare class TextEncoder { encode(input?: string): Uint8Array; }
declare class TextDecoder { decode(input?: Uint8Array): string; }
interface Buffer extends Uint8Array { toString(encoding?: 'utf8' | 'utf-8' | 'base64' | 'base64url' | 'hex' | 'latin1' | 'binary' | 'ascii'): string; }
declare var Buffer: {
  from(data: string, encoding?: 'utf8' | 'utf-8' | 'base64' | 'base64url' | 'hex' | 'latin1' | 'binary' | 'ascii'): Buffer;
  from(data: ArrayLike<number>): Buffer;
  byteLength(data: string | Uint8Array): number; isBuffer(value: unknown): value is Buffer;
  alloc(size: number): Buffer; concat(list: readonly Uint8Array[]): Buffer;
};
declare var process: {
  env: Record<string, string | undefined>; argv: string[]; platform: string; arch: string; version: string;
  versions: Record<string, string>; exitCode?: number; cwd(): string; uptime(): number;
  hrtime: {(time?: [number, number]): [number, number]; bigint(): bigint};
  memoryUsage(): {rss: number; heapTotal: number; heapUsed: number; external: number; arrayBuffers: number};
  nextTick(callback: (...args: unknown[]) => void, ...args: unknown[]): void;
  exit(code?: number): never;
  on(event: string, listener: (...args: unknown[]) => void): unknown;
};
declare var global: typeof globalThis;
declare var require: (id: string) => any;
declare var module: {exports: any};
declare var exports: any;
declare var __filename: string;
declare var __dirname: string;
declare module 'node:stream' {
  export class Writable { constructor(options?: any); write(chunk: any, encoding?: any, callback?: any): boolean; end(chunk?: any, encoding?: any, callback?: any): this; on(event: string, listener: (...args: any[]) => void): this; once(event: string, listener: (...args: any[]) => void): this; destroy(error?: Error): this; [key: string]: any; }
  export const Readable: any; export const Transform: any; export const PassThrough: any; export const Duplex: any; export const Stream: any;
  export function pipeline(...args: any[]): any; export function finished(...args: any[]): any; export const promises: any;
}
declare module 'stream' { export * from 'node:stream'; }
declare module 'node:util' {
  export function inspect(value: unknown, options?: {depth?: number}): string;
  export function format(format?: unknown, ...args: unknown[]): string;
  export function promisify<T extends (...args: any[]) => void>(fn: T): (...args: any[]) => Promise<any>;
}
declare module 'util' { export * from 'node:util'; }
declare module 'node:timers/promises' {
  export function setTimeout<T = void>(ms?: number, value?: T): Promise<T>;
  export function setImmediate<T = void>(value?: T): Promise<T>;
}
declare module 'timers/promises' { export * from 'node:timers/promises'; }
declare module 'node:events' {
  export class EventEmitter { on(e: string, l: (...a: any[]) => void): this; once(e: string, l: (...a: any[]) => void): this; off(e: string, l: (...a: any[]) => void): this; emit(e: string, ...a: any[]): boolean; listenerCount(e: string): number; }
  export default EventEmitter;
}
declare module 'events' { export * from 'node:events'; }
// The simulated AWS SDK v3 and the lazily loaded Node.js built-ins: loosely typed (any), so real
// handler code type-checks; the sandbox decides what each call does.
declare module '@aws-sdk/*';
declare module 'node:crypto'; declare module 'crypto';
declare module 'node:zlib'; declare module 'zlib';
declare module 'node:fs'; declare module 'fs'; declare module 'node:fs/promises'; declare module 'fs/promises';
declare module 'node:path'; declare module 'path'; declare module 'node:url'; declare module 'url';
declare module 'node:querystring'; declare module 'querystring'; declare module 'node:string_decoder'; declare module 'string_decoder';
declare module 'node:os'; declare module 'os'; declare module 'node:assert'; declare module 'assert'; declare module 'node:assert/strict'; declare module 'assert/strict';
declare module 'node:stream/promises'; declare module 'stream/promises'; declare module 'node:buffer'; declare module 'buffer';
declare class URL { constructor(input: string | URL, base?: string | URL); href: string; origin: string; protocol: string; username: string; password: string; host: string; hostname: string; port: string; pathname: string; search: string; hash: string; readonly searchParams: URLSearchParams; toString(): string; toJSON(): string; static canParse(input: string, base?: string): boolean; }
declare class URLSearchParams { constructor(init?: string | Record<string, string> | [string, string][] | URLSearchParams); append(k: string, v: string): void; delete(k: string): void; get(k: string): string | null; getAll(k: string): string[]; has(k: string): boolean; set(k: string, v: string): void; sort(): void; toString(): string; forEach(fn: (v: string, k: string) => void): void; keys(): IterableIterator<string>; values(): IterableIterator<string>; entries(): IterableIterator<[string, string]>; [Symbol.iterator](): IterableIterator<[string, string]>; readonly size: number; }
declare function structuredClone<T>(value: T): T;
declare class AbortSignal { readonly aborted: boolean; readonly reason: unknown; throwIfAborted(): void; addEventListener(type: 'abort', fn: () => void): void; static abort(reason?: unknown): AbortSignal; static timeout(ms: number): AbortSignal; }
declare class AbortController { readonly signal: AbortSignal; abort(reason?: unknown): void; }
declare var crypto: {randomUUID(): string; getRandomValues<T extends ArrayBufferView>(array: T): T; subtle: any};
// awslambda (streamifyResponse, HttpResponseStream) is declared by @types/aws-lambda.
`;
