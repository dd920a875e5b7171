/**
 * Makes the sandbox's dedicated Web Worker. When a Run is near (a Run button pointed at, focused or
 * pressed) the page starts the worker at once, before the run code has loaded, so the two load side
 * by side; the host then takes that worker.
 * Messages and errors that arrive before the host listens are kept and handed over.
 */
import type {WorkerLike} from '../host/SandboxHost.ts';

let early: WorkerLike | undefined;

function spawnBrowserWorker(): WorkerLike {
  const worker = new Worker(new URL('./sandbox.worker.ts', import.meta.url), {name: 'lambda-lab-sandbox'});
  let messageHandler: ((data: unknown) => void) | undefined;
  let errorHandler: ((error: unknown) => void) | undefined;
  const messages: unknown[] = [];
  const errors: Error[] = [];
  worker.addEventListener('message', (event: MessageEvent) => {
    if (messageHandler) messageHandler(event.data);
    else messages.push(event.data);
  });
  worker.addEventListener('error', (event: ErrorEvent) => {
    event.preventDefault();
    const error = new Error(event.message || 'the sandbox worker failed');
    if (errorHandler) errorHandler(error);
    else errors.push(error);
  });
  return {
    postMessage: (message) => worker.postMessage(message),
    onMessage: (handler) => {
      messageHandler = handler;
      // Later: the host only accepts messages once it has recorded this worker as its own.
      queueMicrotask(() => { for (const data of messages.splice(0)) handler(data); });
    },
    onError: (handler) => {
      errorHandler = handler;
      queueMicrotask(() => { for (const error of errors.splice(0)) handler(error); });
    },
    terminate: () => worker.terminate(),
  };
}

/** Starts a worker ahead of the host (does nothing if one is waiting already). */
export function spawnSandboxWorkerEarly(): void {
  early ??= spawnBrowserWorker();
}

/** Ends a worker that was started early but never taken (the page is going away). */
export function terminateEarlySandboxWorker(): void {
  early?.terminate();
  early = undefined;
}

/** The worker started early if there is one, otherwise a new one. */
export function takeSandboxWorker(): WorkerLike {
  const worker = early ?? spawnBrowserWorker();
  early = undefined;
  return worker;
}
