/**
 * Loads Pyodide in Node.js from node_modules, resolved at run time (so a bundled CLI still finds
 * the package's own .wasm and stdlib files beside it). `js` is an empty object: the guest gets no
 * worker globals even before the bootstrap blocks the module.
 */
import {createRequire} from 'node:module';
import type {PyodideLike} from '../pyodideLike.ts';

type LoadPyodide = (options: object) => Promise<unknown>;

export async function loadNodePyodide(): Promise<PyodideLike> {
  const require = createRequire(import.meta.url);
  const {loadPyodide} = require('pyodide') as {loadPyodide: LoadPyodide};
  return (await loadPyodide({jsglobals: {}, env: {HOME: '/tmp', LANG: 'en_US.UTF-8'}, stdout: () => undefined, stderr: () => undefined})) as PyodideLike;
}
