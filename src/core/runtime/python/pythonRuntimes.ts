/**
 * The Python runtimes the playground names, and the Python that actually runs. Lambda's managed
 * runtimes python3.12–python3.14 are CPython 3.12/3.13/3.14 on Amazon Linux 2023; the playground
 * runs CPython compiled to WebAssembly by Pyodide, whose version is fixed by the `pyodide` npm
 * package. Choosing python3.12 changes AWS_EXECUTION_ENV and the name shown, not the interpreter.
 */
import {findRuntime} from '../../../data/runtimes.ts';

export const PYTHON_RUNTIME_IDS = ['python3.14', 'python3.13', 'python3.12'] as const;
export type PythonRuntimeId = (typeof PYTHON_RUNTIME_IDS)[number];
export const DEFAULT_PYTHON_RUNTIME: PythonRuntimeId = 'python3.14';

/** The pyodide npm package the site bundles, and the CPython it carries (checked by a unit test). */
export const PYODIDE_VERSION = '314.0.7';
export const PYODIDE_PYTHON_VERSION = '3.14.2';

export function isPythonRuntimeId(value: string): value is PythonRuntimeId {
  return (PYTHON_RUNTIME_IDS as readonly string[]).includes(value);
}

/** "Python 3.12" from src/data/runtimes.ts. */
export function pythonRuntimeName(id: PythonRuntimeId): string {
  return findRuntime(id)?.name ?? id;
}

/** One plain sentence for the page, the CLI and the docs. */
export function pythonEngineSentence(id: PythonRuntimeId): string {
  return `Runs as ${id} (${pythonRuntimeName(id)}), but the interpreter is CPython ${PYODIDE_PYTHON_VERSION} compiled to WebAssembly (Pyodide ${PYODIDE_VERSION}), whatever version is chosen.`;
}
