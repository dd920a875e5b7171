/**
 * The playground's execution environment in the browser: a dedicated Web Worker running QuickJS
 * (quickjs-ng, wasmfile release-sync). It has no DOM; the guest inside QuickJS does not even see
 * the worker's globals (fetch, postMessage, importScripts…).
 */
import variant from '@jitl/quickjs-ng-wasmfile-release-sync';
import {startSandboxDriver} from '../driver/startSandboxDriver.ts';
import type {SandboxPlatform} from '../executionEnvironment.ts';

const wasmUrl = new URL('../../../node_modules/@jitl/quickjs-ng-wasmfile-release-sync/dist/emscripten-module.wasm', import.meta.url);
let compiled: Promise<WebAssembly.Module> | undefined;

function compileWasm(): Promise<WebAssembly.Module> {
  compiled ??= (async () => {
    const response = await fetch(wasmUrl);
    if (!response.ok) throw new Error(`could not load the QuickJS engine (${response.status})`);
    const bytes = await response.arrayBuffer();
    return WebAssembly.compile(bytes);
  })();
  return compiled;
}

const platform: SandboxPlatform = {
  now: () => performance.now(),
  wallClock: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  wasmModule: compileWasm,
  variant,
};

// The worker global, typed minimally (the site compiles with the DOM lib, not the webworker one).
const scope = self as unknown as {postMessage(message: unknown): void; addEventListener(type: 'message', listener: (event: MessageEvent) => void): void};
// Start compiling at once so the first cold start does not pay for it.
void compileWasm().catch(() => undefined);
startSandboxDriver(
  {post: (message) => scope.postMessage(message), listen: (handler) => scope.addEventListener('message', (event) => handler(event.data))},
  platform,
  () => crypto.getRandomValues(new Uint8Array(16)),
);
