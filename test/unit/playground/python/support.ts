/**
 * One Pyodide per test file (loading it takes seconds): the Python runtime session runs in this
 * process, so tests see exactly what the worker would post.
 */
import {randomBytes} from 'node:crypto';
import type {MockFile} from '../../../../src/core/awsMocks/types.ts';
import {createFunctionConfig} from '../../../../src/core/runtime/createFunctionConfig.ts';
import type {PythonInvocationOutcome} from '../../../../src/core/runtime/python/assemblePythonOutcome.ts';
import type {PythonRuntimeId} from '../../../../src/core/runtime/python/pythonRuntimes.ts';
import type {FunctionConfig} from '../../../../src/core/runtime/types.ts';
import {loadNodePyodide} from '../../../../src/sandbox/python/node/loadNodePyodide.ts';
import {PythonRuntimeSession, type PythonInvokeRequest} from '../../../../src/sandbox/python/PythonRuntimeSession.ts';

export interface RunOptions {
  readonly event?: unknown;
  readonly timeoutMs?: number;
  readonly memoryMB?: number;
  readonly env?: Record<string, string>;
  readonly module?: string;
  readonly function?: string;
  readonly runtime?: PythonRuntimeId;
  readonly logFormat?: 'Text' | 'JSON';
  readonly mocks?: MockFile;
  readonly forceCold?: boolean;
  readonly ephemeralStorageMB?: number;
  readonly extra?: Partial<PythonInvokeRequest>;
}

export interface PythonHarness {
  readonly session: PythonRuntimeSession;
  run(code: string, options?: RunOptions): Promise<PythonInvocationOutcome>;
}

export async function createPythonHarness(): Promise<PythonHarness> {
  const py = await loadNodePyodide();
  const session = new PythonRuntimeSession(py, {now: () => performance.now(), wallClock: () => new Date(), random: () => new Uint8Array(randomBytes(16))});
  return {
    session,
    run: (code, o = {}) => {
      const made = createFunctionConfig({timeoutMs: o.timeoutMs ?? 3000, memoryMB: o.memoryMB ?? 128, ...(o.env ? {env: o.env} : {})});
      if (!made.ok) throw new Error(made.error);
      const config: FunctionConfig = {...made.value, moduleName: o.module ?? 'lambda_function', exportName: o.function ?? 'lambda_handler'};
      return session.invoke({
        language: 'python', code, config, runtime: o.runtime ?? 'python3.14', logFormat: o.logFormat ?? 'Text',
        eventJson: JSON.stringify(o.event ?? {}),
        ...(o.mocks ? {mocks: o.mocks} : {}),
        ...(o.forceCold ? {forceCold: true} : {}),
        ...(o.ephemeralStorageMB ? {ephemeralStorageMB: o.ephemeralStorageMB} : {}),
        ...o.extra,
      });
    },
  };
}

/** The function's own lines between START and END. */
export function functionLines(outcome: PythonInvocationOutcome): string[] {
  return outcome.logRecords.filter((r) => r.source === 'function').map((r) => r.text);
}

/** Python source from lines (keeps tests readable). */
export const py = (...lines: string[]): string => `${lines.join('\n')}\n`;
