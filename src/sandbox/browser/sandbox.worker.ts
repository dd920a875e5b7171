/**
 * The playground's execution environment in the browser: a dedicated Web Worker running QuickJS
 * (quickjs-ng, wasmfile release-sync). It has no DOM; the guest inside QuickJS does not even see
 * the worker's globals (fetch, postMessage, importScripts…).
 */
import {QuickJSFFI} from '@jitl/quickjs-ng-wasmfile-release-sync/ffi';
import moduleLoader from '@jitl/quickjs-ng-wasmfile-release-sync/emscripten-module';
import type {QuickJSSyncVariant} from 'quickjs-emscripten-core';
import {startSandboxDriver} from '../driver/startSandboxDriver.ts';
import type {SandboxPlatform} from '../executionEnvironment.ts';

const wasmUrl = new URL('../../../node_modules/@jitl/quickjs-ng-wasmfile-release-sync/dist/emscripten-module.wasm', import.meta.url);
let compiled: Promise<WebAssembly.Module> | undefined;

/**
 * The same variant the package exports, with its two parts imported statically: the package's
 * own variant imports them lazily, which costs the first cold start two more chunk fetches.
 */
const variant: QuickJSSyncVariant = {
  type: 'sync',
  importFFI: () => Promise.resolve(QuickJSFFI),
  importModuleLoader: () => Promise.resolve(moduleLoader),
};

function compileWasm(): Promise<WebAssembly.Module> {
  compiled ??= (async () => {
    const response = await fetch(wasmUrl);
    if (!response.ok) throw new Error(`could not load the QuickJS engine (${response.status})`);
    // Compile while downloading; a host that serves .wasm with the wrong type gets the slow path.
    if (response.headers.get('content-type')?.startsWith('application/wasm')) return WebAssembly.compileStreaming(response);
    return WebAssembly.compile(await response.arrayBuffer());
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
