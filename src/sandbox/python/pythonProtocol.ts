/**
 * The page → Python worker message (the worker → page messages are the shared ones in
 * ../protocol.ts). Validated like the JavaScript sandbox's: anything malformed is ignored.
 */
import {isPythonRuntimeId} from '../../core/runtime/python/pythonRuntimes.ts';
import type {PythonInvokeRequest} from './PythonRuntimeSession.ts';

export interface PythonHostMessage {
  readonly v: 1;
  readonly type: 'invoke';
  readonly id: number;
  readonly request: PythonInvokeRequest;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function parsePythonHostMessage(data: unknown): PythonHostMessage | undefined {
  if (!isRecord(data) || data.v !== 1 || data.type !== 'invoke' || typeof data.id !== 'number' || !isRecord(data.request)) return undefined;
  const r = data.request;
  if (r.language !== 'python' || typeof r.code !== 'string' || typeof r.eventJson !== 'string' || !isRecord(r.config)) return undefined;
  if (typeof r.runtime !== 'string' || !isPythonRuntimeId(r.runtime) || (r.logFormat !== 'Text' && r.logFormat !== 'JSON')) return undefined;
  if (r.mocks !== undefined && (!isRecord(r.mocks) || !Array.isArray(r.mocks.mocks))) return undefined;
  if (r.ephemeralStorageMB !== undefined && (typeof r.ephemeralStorageMB !== 'number' || !Number.isInteger(r.ephemeralStorageMB) || r.ephemeralStorageMB < 512 || r.ephemeralStorageMB > 10_240)) return undefined;
  return data as unknown as PythonHostMessage;
}
