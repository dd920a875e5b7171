/** A SandboxHost whose execution environment is a Node worker_thread. */
import {Worker} from 'node:worker_threads';
import {SandboxHost, type WorkerLike} from '../host/SandboxHost.ts';
import {nodeRandom} from './createNodePlatform.ts';

function spawnNodeWorker(): WorkerLike {
  // The wasm heap is bounded by the sandbox itself; the V8 limits guard the driver.
  const worker = new Worker(new URL('./sandboxWorker.mjs', import.meta.url), {
    resourceLimits: {maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32},
    env: {},
    // Do not inherit the parent's loader hooks (tsx, vitest): the entry loads its own, faster.
    execArgv: [],
    stdout: true,
    stderr: true,
  });
  worker.unref();
  return {
    postMessage: (message) => worker.postMessage(message),
    onMessage: (handler) => worker.on('message', handler),
    onError: (handler) => {
      worker.on('error', handler);
      worker.on('exit', (code) => handler(new Error(`sandbox worker exited with code ${code}`)));
    },
    terminate: () => void worker.terminate(),
  };
}

export function createNodeSandboxHost(): SandboxHost {
  return new SandboxHost(
    spawnNodeWorker,
    {
      now: () => performance.now(),
      wallClock: () => new Date(),
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
    nodeRandom,
  );
}
