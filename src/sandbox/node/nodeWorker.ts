/**
 * What the Node sandbox hosts (JavaScript and Python) share: a worker_thread seen as the host's
 * WorkerLike, and the host clock. Each host passes its own `new Worker(new URL('./x.mjs',
 * import.meta.url), options)`, written out in its own file, because scripts/build-cli.mjs finds
 * the worker entries to bundle by that exact text.
 */
import type {ResourceLimits, Worker, WorkerOptions} from 'node:worker_threads';
import type {HostClock, WorkerLike} from '../host/SandboxHost.ts';

export function spawnNodeWorker<M>(create: (options: WorkerOptions) => Worker, resourceLimits: ResourceLimits): WorkerLike<M> {
  const worker = create({
    resourceLimits,
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

export const NODE_HOST_CLOCK: HostClock = {
  now: () => performance.now(),
  wallClock: () => new Date(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
