/**
 * The page side of the browser sandbox: a SandboxHost whose execution environment is a dedicated
 * Web Worker. Loaded lazily (dynamic import) when a Run is near, never on page load.
 */
import {SandboxHost} from '../host/SandboxHost.ts';
import {takeSandboxWorker} from './spawnSandboxWorker.ts';

export function createBrowserSandboxHost(): SandboxHost {
  return new SandboxHost(
    takeSandboxWorker,
    {
      now: () => performance.now(),
      wallClock: () => new Date(),
      setTimeout: (fn, ms) => window.setTimeout(fn, ms),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
    },
    () => crypto.getRandomValues(new Uint8Array(16)),
  );
}
