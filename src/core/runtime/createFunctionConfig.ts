/**
 * Validates the settings a user gives the playground or `lambda-lab invoke` and returns a
 * FunctionConfig. Ranges come from src/data/quotas.ts (memory 128–10,240 MB, timeout 1–900 s).
 */
import {getQuota} from '../../data/quotas.ts';
import {fail, ok, type Result} from '../result.ts';
import {validateUserEnvironment} from './buildEnvironmentVariables.ts';
import {findRuntime} from '../../data/runtimes.ts';
import {EMULATED_RUNTIME, EMULATED_RUNTIMES, type EmulatedRuntime, type FunctionConfig} from './types.ts';

export interface FunctionSettings {
  readonly memoryMB?: number;
  readonly timeoutMs?: number;
  readonly functionName?: string;
  readonly region?: string;
  readonly architecture?: 'x86_64' | 'arm64';
  /** A file name such as "handler.ts" or "index.mjs"; its base name becomes the module name. */
  readonly filename?: string;
  readonly env?: Readonly<Record<string, string>>;
  readonly ephemeralStorageMB?: number;
  /** nodejs20.x, nodejs22.x or nodejs24.x (the default, the newest). */
  readonly runtime?: string;
  /**
   * Lambda's Handler setting, `<file>.<export>` ("app.lambdaHandler"); the part after the last dot
   * names the export. Default: the `handler` export of `filename`.
   */
  readonly handler?: string;
}

/** The module name Lambda would use for a file: "src/handler.ts" → "handler". */
export function moduleNameFromFilename(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? filename;
  const name = base.replace(/\.(mjs|cjs|js|mts|cts|ts)$/i, '');
  return name === '' ? 'index' : name;
}

export function createFunctionConfig(settings: FunctionSettings): Result<FunctionConfig> {
  const memory = getQuota('memory');
  const timeout = getQuota('timeout');
  const memoryMB = settings.memoryMB ?? memory.default ?? 128;
  if (!Number.isInteger(memoryMB) || memoryMB < (memory.min ?? 128) || memoryMB > memory.value) {
    return fail(`memory: ${memoryMB} MB is outside Lambda's range of ${memory.min}–${memory.value.toLocaleString('en-US')} MB in 1 MB steps (${memory.source})`);
  }
  const timeoutMs = settings.timeoutMs ?? (timeout.default ?? 3) * 1000;
  if (!Number.isFinite(timeoutMs) || timeoutMs < (timeout.min ?? 1) * 1000 || timeoutMs > timeout.value * 1000) {
    return fail(`timeout: ${timeoutMs / 1000} s is outside Lambda's range of ${timeout.min}–${timeout.value} seconds (${timeout.source})`);
  }
  const storage = getQuota('ephemeralStorage');
  const ephemeralStorageMB = settings.ephemeralStorageMB ?? storage.default ?? 512;
  if (!Number.isInteger(ephemeralStorageMB) || ephemeralStorageMB < (storage.min ?? 512) || ephemeralStorageMB > storage.value) {
    return fail(`ephemeral storage: ${ephemeralStorageMB} MB is outside Lambda's range of ${storage.min}–${storage.value.toLocaleString('en-US')} MB in 1 MB steps (${storage.source})`);
  }
  const runtime = settings.runtime ?? EMULATED_RUNTIME;
  if (!(EMULATED_RUNTIMES as readonly string[]).includes(runtime)) {
    const known = findRuntime(runtime);
    const why = known ? `${known.name}, which the playground does not emulate` : 'not a Lambda runtime identifier';
    return fail(`runtime: '${runtime}' is ${why}; choose ${EMULATED_RUNTIMES.join(', ')}`);
  }
  const functionName = settings.functionName ?? 'playground-function';
  if (!/^[a-zA-Z0-9_-]{1,64}$/.test(functionName)) {
    return fail(`function name: '${functionName}' must be 1–64 letters, digits, hyphens or underscores (AWS Lambda CreateFunction API)`);
  }
  const env = validateUserEnvironment(settings.env ?? {});
  if (!env.ok) return env;
  const exportName = settings.handler === undefined ? 'handler' : settings.handler.slice(settings.handler.lastIndexOf('.') + 1);
  if (!/^[A-Za-z_$][\w$]*$/.test(exportName)) {
    return fail(`handler: '${settings.handler}' must be <file>.<export>, the export a JavaScript name such as lambdaHandler (AWS Lambda Handler setting)`);
  }
  return ok({
    functionName,
    memoryMB,
    timeoutMs,
    region: settings.region ?? 'us-east-1',
    architecture: settings.architecture ?? 'x86_64',
    moduleName: moduleNameFromFilename(settings.filename ?? 'index.mjs'),
    exportName,
    env: env.value,
    ephemeralStorageMB,
    runtime: runtime as EmulatedRuntime,
  });
}
