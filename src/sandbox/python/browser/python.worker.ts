/**
 * The Python playground's execution environment in the browser: a dedicated Web Worker running
 * Pyodide (CPython compiled to WebAssembly) from this site's own /pyodide/<version>/ files. Once
 * the engine and its standard library are loaded the worker drops every way out
 * (lockDownWorkerScope), before any user code runs: code that breaks out of Python into the
 * worker's JavaScript finds no network, storage or other contexts.
 */
import {PYODIDE_VERSION} from '../../../core/runtime/python/pythonRuntimes';
import {lockDownWorkerScope} from '../../browser/lockDownWorkerScope';
import type {PyodideLike} from '../pyodideLike';
import {startPythonDriver} from '../startPythonDriver';

// The page passes the site's base URL in the worker's name ("lambda-lab-python <base URL>").
const base = (self as unknown as {name: string}).name.split(' ')[1] ?? '/';
const indexURL = new URL(`${base}pyodide/${PYODIDE_VERSION}/`, self.location.href).href;

async function loadEngineThenLockDown(): Promise<PyodideLike> {
  // Pyodide refuses classic workers (it probes importScripts); it loads its parts with import(),
  // which classic workers have too. The bundler has loaded this worker's chunks by now.
  (self as unknown as {importScripts: () => never}).importScripts = () => {
    throw new TypeError('importScripts is not available in the Python sandbox');
  };
  const {loadPyodide} = (await import(/* webpackIgnore: true */ `${indexURL}pyodide.mjs`)) as {loadPyodide: (options: object) => Promise<unknown>};
  const py = (await loadPyodide({indexURL, jsglobals: {}, packageBaseUrl: indexURL, stdout: () => undefined, stderr: () => undefined})) as PyodideLike;
  lockDownWorkerScope(self);
  return py;
}

const scope = self as unknown as {postMessage(message: unknown): void; addEventListener(type: 'message', listener: (event: MessageEvent) => void): void};
startPythonDriver(
  {post: (message) => scope.postMessage(message), listen: (handler) => scope.addEventListener('message', (event) => handler(event.data))},
  loadEngineThenLockDown,
  {now: () => performance.now(), wallClock: () => new Date(), random: () => crypto.getRandomValues(new Uint8Array(16))},
);
