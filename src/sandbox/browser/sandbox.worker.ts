/**
 * The playground's execution environment in the browser: a dedicated Web Worker running QuickJS
 * (quickjs-ng, wasmfile release-sync). It has no DOM; the guest inside QuickJS does not even see
 * the worker's globals (fetch, postMessage, importScripts…), and once the engine is loaded the
 * worker drops them too (lockDownWorkerScope), so an engine escape would find no way out.
 */
import {QuickJSFFI} from '@jitl/quickjs-ng-wasmfile-release-sync/ffi';
import moduleLoader from '@jitl/quickjs-ng-wasmfile-release-sync/emscripten-module';
import {newQuickJSWASMModuleFromVariant, newVariant, type QuickJSSyncVariant} from 'quickjs-emscripten-core';
import {startSandboxDriver} from '../driver/startSandboxDriver.ts';
import type {SandboxPlatform} from '../executionEnvironment.ts';
import {lockDownWorkerScope} from './lockDownWorkerScope.ts';

const wasmUrl = new URL('../../../node_modules/@jitl/quickjs-ng-wasmfile-release-sync/dist/emscripten-module.wasm', import.meta.url);

/**
 * The same variant the package exports, with its two parts imported statically: the package's
 * own variant imports them lazily, which costs the first cold start two more chunk fetches.
 */
const variant: QuickJSSyncVariant = {
  type: 'sync',
  importFFI: () => Promise.resolve(QuickJSFFI),
  importModuleLoader: () => Promise.resolve(moduleLoader),
};

/**
 * Fetches and compiles the wasm (while downloading, when the host serves it as application/wasm),
 * makes one engine so that everything the engine needs is loaded, then locks the worker down.
 * Every engine the session makes waits for this, so no guest code runs before the lockdown.
 */
async function loadEngineThenLockDown(): Promise<WebAssembly.Module> {
  const response = await fetch(wasmUrl);
  if (!response.ok) throw new Error(`could not load the QuickJS engine (${response.status})`);
  const wasmModule = response.headers.get('content-type')?.startsWith('application/wasm')
    ? await WebAssembly.compileStreaming(response)
    : await WebAssembly.compile(await response.arrayBuffer());
  await newQuickJSWASMModuleFromVariant(newVariant(variant, {wasmModule}));
  lockDownWorkerScope(self);
  return wasmModule;
}

// Start at once so the first cold start does not pay for it.
const sealedEngine = loadEngineThenLockDown();
sealedEngine.catch(() => undefined);

const platform: SandboxPlatform = {
  now: () => performance.now(),
  wallClock: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  wasmModule: () => sealedEngine,
  variant,
};

// The worker global, typed minimally (the site compiles with the DOM lib, not the webworker one).
const scope = self as unknown as {postMessage(message: unknown): void; addEventListener(type: 'message', listener: (event: MessageEvent) => void): void};
startSandboxDriver(
  {post: (message) => scope.postMessage(message), listen: (handler) => scope.addEventListener('message', (event) => handler(event.data))},
  platform,
  () => crypto.getRandomValues(new Uint8Array(16)),
);
