/**
 * The Python side of a Run, in its own chunk: imported only when a Python handler runs, so no
 * Pyodide code or bytes reach pages (or runs) that do not use Python. The first run shows
 * progress while the engine (about 12 MB, served by this site) downloads and starts.
 */
import type {MockFile} from '../../core/awsMocks';
import {DEFAULT_PYTHON_RUNTIME, type PythonRuntimeId} from '../../core/runtime/python/pythonRuntimes';
import type {FunctionConfig, InvocationOutcome} from '../../core/runtime/types';
import {createBrowserPythonHost} from '../../sandbox/python/browser/createBrowserPythonHost';
import type {PythonSandboxHost} from '../../sandbox/python/host/createPythonSandboxHost';

let host: PythonSandboxHost | undefined;
let engineReady = false;

export function disposePythonSandbox(): void {
  host?.dispose();
  host = undefined;
  engineReady = false;
}

/** The Stop button: ends a running Python invocation; the engine loads again on the next Run. */
export function stopPythonSandbox(): boolean {
  const stopped = host?.stop() ?? false;
  if (stopped) engineReady = false;
  return stopped;
}

export async function invokePython(code: string, config: FunctionConfig, eventJson: string, mocks: MockFile, forceCold: boolean, onProgress?: (text: string) => void, runtime: PythonRuntimeId = DEFAULT_PYTHON_RUNTIME): Promise<InvocationOutcome> {
  host ??= createBrowserPythonHost(() => {
    engineReady = true;
  });
  const started = performance.now();
  const tick = (): void => {
    if (!engineReady) onProgress?.(`Loading the Python engine (Pyodide, about 12 MB from this site; once per page)… ${Math.round((performance.now() - started) / 1000)} s`);
  };
  tick();
  const timer = window.setInterval(tick, 500);
  const kills = host.watchdogKills;
  try {
    const outcome = await host.invoke({
      language: 'python', code, config: {...config, moduleName: 'lambda_function', exportName: 'lambda_handler'},
      runtime, logFormat: 'Text', eventJson, mocks, ...(forceCold ? {forceCold: true} : {}),
    });
    // A watchdog kill, an out-of-memory or a dead interpreter replaces the worker: the engine loads again.
    if (outcome.status === 'oom' || host.watchdogKills !== kills || /signal: /.test(outcome.error?.errorMessage ?? '')) engineReady = false;
    return outcome;
  } finally {
    window.clearInterval(timer);
  }
}
