/**
 * The page side of the browser sandbox: a SandboxHost whose execution environment is a dedicated
 * Web Worker. Loaded lazily (dynamic import) on the first Run, never on page load.
 */
import {SandboxHost, type WorkerLike} from '../host/SandboxHost.ts';

function spawnBrowserWorker(): WorkerLike {
  const worker = new Worker(new URL('./sandbox.worker.ts', import.meta.url), {name: 'lambda-lab-sandbox'});
  return {
    postMessage: (message) => worker.postMessage(message),
    onMessage: (handler) => worker.addEventListener('message', (event: MessageEvent) => handler(event.data)),
    onError: (handler) => worker.addEventListener('error', (event: ErrorEvent) => {
      event.preventDefault();
      handler(new Error(event.message || 'the sandbox worker failed'));
    }),
    terminate: () => worker.terminate(),
  };
}

export function createBrowserSandboxHost(): SandboxHost {
  return new SandboxHost(
    spawnBrowserWorker,
    {
      now: () => performance.now(),
      wallClock: () => new Date(),
      setTimeout: (fn, ms) => window.setTimeout(fn, ms),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
    },
    () => crypto.getRandomValues(new Uint8Array(16)),
  );
}
