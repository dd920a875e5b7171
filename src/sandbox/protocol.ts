/**
 * Messages between the page (or the Node host) and the sandbox worker. Typed and versioned; the
 * host validates every message it receives, so nothing but a well-formed outcome from its own
 * worker is ever shown.
 */
import type {InvocationOutcome} from '../core/runtime/types.ts';
import type {SessionInvokeRequest} from './runtimeSession.ts';

export const PROTOCOL_VERSION = 1;

export type HostMessage =
  | {readonly v: 1; readonly type: 'invoke'; readonly id: number; readonly request: SessionInvokeRequest};

export type WorkerMessage =
  | {readonly v: 1; readonly type: 'ready'}
  /** The init phase (if any) is over and the handler is about to run: arm the invoke watchdog. */
  | {readonly v: 1; readonly type: 'invoke-started'; readonly id: number; readonly requestId: string; readonly cold: boolean; readonly initDurationMs?: number}
  | {readonly v: 1; readonly type: 'outcome'; readonly id: number; readonly outcome: InvocationOutcome}
  | {readonly v: 1; readonly type: 'failed'; readonly id: number; readonly message: string};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Returns the message if it is a valid worker message, otherwise undefined (and it is ignored). */
export function parseWorkerMessage(data: unknown): WorkerMessage | undefined {
  if (!isRecord(data) || data.v !== PROTOCOL_VERSION || typeof data.type !== 'string') return undefined;
  switch (data.type) {
    case 'ready':
      return data as WorkerMessage;
    case 'invoke-started':
      return typeof data.id === 'number' && typeof data.requestId === 'string' && typeof data.cold === 'boolean' ? (data as WorkerMessage) : undefined;
    case 'failed':
      return typeof data.id === 'number' && typeof data.message === 'string' ? (data as WorkerMessage) : undefined;
    case 'outcome': {
      const o = data.outcome;
      if (typeof data.id !== 'number' || !isRecord(o)) return undefined;
      if (typeof o.requestId !== 'string' || !Array.isArray(o.logs) || !Array.isArray(o.logRecords) || !isRecord(o.report)) return undefined;
      if (!o.logs.every((l) => typeof l === 'string')) return undefined;
      return data as WorkerMessage;
    }
    default:
      return undefined;
  }
}

export function parseHostMessage(data: unknown): HostMessage | undefined {
  if (!isRecord(data) || data.v !== PROTOCOL_VERSION || data.type !== 'invoke' || typeof data.id !== 'number' || !isRecord(data.request)) return undefined;
  const r = data.request;
  if (typeof r.code !== 'string' || (r.format !== 'esm' && r.format !== 'cjs') || typeof r.eventJson !== 'string' || !isRecord(r.config)) return undefined;
  return data as HostMessage;
}
