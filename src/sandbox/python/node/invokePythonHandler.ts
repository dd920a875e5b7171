/**
 * Runs a Python Lambda handler from Node.js (the engine behind `lambda-lab invoke handler.py`),
 * in a worker_thread running Pyodide, the same runtime as the site's Python playground. With
 * `times` > 1 the later invocations are warm unless one resets the environment.
 */
import type {MockFile} from '../../../core/awsMocks/types.ts';
import {createFunctionConfig} from '../../../core/runtime/createFunctionConfig.ts';
import type {PythonLogFormat} from '../../../core/runtime/python/buildPythonEnvironment.ts';
import {parsePythonHandler, pythonModuleFromFilename} from '../../../core/runtime/python/pythonHandlerName.ts';
import {DEFAULT_PYTHON_RUNTIME, type PythonRuntimeId} from '../../../core/runtime/python/pythonRuntimes.ts';
import type {InvocationOutcome} from '../../../core/runtime/types.ts';
import {InvokeOptionsError, type InvokeHandlerResult} from '../../node/invokeHandler.ts';
import {createNodePythonHost} from './createNodePythonHost.ts';

export interface InvokePythonOptions {
  readonly code: string;
  /** "handler.py" → module "handler"; the function is `lambda_handler` unless `handler` says otherwise. */
  readonly filename: string;
  /** `module.function`; its module must be the file's. */
  readonly handler?: string;
  readonly event: unknown;
  readonly timeoutMs: number;
  readonly memoryMB: number;
  readonly env?: Readonly<Record<string, string>>;
  readonly times?: number;
  readonly functionName?: string;
  readonly mocks?: MockFile;
  readonly runtime?: PythonRuntimeId;
  readonly logFormat?: PythonLogFormat;
}

export async function invokePythonHandler(options: InvokePythonOptions): Promise<InvokeHandlerResult> {
  const config = createFunctionConfig({
    memoryMB: options.memoryMB,
    timeoutMs: options.timeoutMs,
    ...(options.env ? {env: options.env} : {}),
    ...(options.functionName ? {functionName: options.functionName} : {}),
  });
  if (!config.ok) throw new InvokeOptionsError(config.error);
  const module = pythonModuleFromFilename(options.filename);
  const handler = parsePythonHandler(options.handler ?? `${module}.lambda_handler`);
  if (!handler.ok) throw new InvokeOptionsError(handler.error);
  if (handler.value.module !== module) {
    throw new InvokeOptionsError(`handler: '${options.handler}' names module '${handler.value.module}', but the file is ${module}.py (the handler's module must be the file)`);
  }
  const times = options.times ?? 1;
  if (!Number.isInteger(times) || times < 1 || times > 1000) throw new InvokeOptionsError(`times: ${times} must be a whole number from 1 to 1,000`);
  const eventJson = JSON.stringify(options.event === undefined ? {} : options.event);
  if (eventJson === undefined) throw new InvokeOptionsError('event: must be a JSON value');

  const host = createNodePythonHost();
  const invocations: InvocationOutcome[] = [];
  try {
    for (let i = 0; i < times; i++) {
      invocations.push(await host.invoke({
        language: 'python',
        code: options.code,
        config: {...config.value, moduleName: handler.value.module, exportName: handler.value.function},
        runtime: options.runtime ?? DEFAULT_PYTHON_RUNTIME,
        logFormat: options.logFormat ?? 'Text',
        eventJson,
        ...(options.mocks ? {mocks: options.mocks} : {}),
      }));
    }
  } finally {
    host.dispose();
  }
  const last = invocations[invocations.length - 1]!;
  return {result: last.result, error: last.error, logs: invocations.flatMap((o) => o.logs), report: last.report, invocations};
}
