/**
 * The page side of the Python sandbox: a PythonSandboxHost whose execution environment is a
 * dedicated Web Worker. This module (and so the worker) loads only when a Python handler runs.
 * `onEngineReady` is told when a worker has loaded Pyodide (the page's progress indicator).
 */
import siteConfig from '@generated/docusaurus.config';
import type {WorkerLike} from '../../host/SandboxHost';
import {PythonSandboxHost} from '../host/createPythonSandboxHost';
import type {PythonHostMessage} from '../pythonProtocol';

export function createBrowserPythonHost(onEngineReady: () => void): PythonSandboxHost {
  const spawn = (): WorkerLike<PythonHostMessage> => {
    const worker = new Worker(new URL('./python.worker.ts', import.meta.url), {name: `lambda-lab-python ${siteConfig.baseUrl}`});
    worker.addEventListener('message', (event: MessageEvent) => {
      if ((event.data as {type?: unknown} | null)?.type === 'ready') onEngineReady();
    });
    return {
      postMessage: (message) => worker.postMessage(message),
      onMessage: (handler) => worker.addEventListener('message', (event: MessageEvent) => handler(event.data)),
      onError: (handler) => worker.addEventListener('error', (event: ErrorEvent) => {
        event.preventDefault();
        handler(new Error(event.message || 'the Python sandbox worker failed'));
      }),
      terminate: () => worker.terminate(),
    };
  };
  return new PythonSandboxHost(
    spawn,
    {
      now: () => performance.now(),
      wallClock: () => new Date(),
      setTimeout: (fn, ms) => window.setTimeout(fn, ms),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
    },
    () => crypto.getRandomValues(new Uint8Array(16)),
  );
}
