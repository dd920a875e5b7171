/**
 * The sandbox platform in Node.js (CLI, tests, bench): the quickjs-ng wasmfile release-sync
 * variant, its .wasm compiled once per process.
 */
import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import {randomBytes} from 'node:crypto';
import variant from '@jitl/quickjs-ng-wasmfile-release-sync';
import type {SandboxPlatform} from '../executionEnvironment.ts';

let compiled: Promise<WebAssembly.Module> | undefined;

function compileWasm(): Promise<WebAssembly.Module> {
  compiled ??= (async () => {
    const require = createRequire(import.meta.url);
    const bytes = await readFile(require.resolve('@jitl/quickjs-ng-wasmfile-release-sync/wasm'));
    return WebAssembly.compile(bytes);
  })();
  return compiled;
}

export function createNodePlatform(): SandboxPlatform {
  return {
    now: () => performance.now(),
    wallClock: () => new Date(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    wasmModule: compileWasm,
    variant,
  };
}

export const nodeRandom = (): Uint8Array => new Uint8Array(randomBytes(16));
