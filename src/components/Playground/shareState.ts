/**
 * The playground's settings in the URL hash (`#pg=<lz-string>`), so a link reproduces them.
 * Reading a shared link only fills the form: nothing runs until the user presses Run.
 */
import {compressToEncodedURIComponent, decompressFromEncodedURIComponent} from 'lz-string';
import {isPythonRuntimeId, type PythonRuntimeId} from '../../core/runtime/python/pythonRuntimes';

export type InvocationMode = 'sync' | 'async' | 'sqs' | 'stream';

export interface PlaygroundState {
  code: string;
  language: 'typescript' | 'javascript' | 'python';
  templateId: string;
  eventText: string;
  memoryMB: number;
  timeoutSeconds: number;
  envText: string;
  mode: InvocationMode;
  /** The simulated AWS SDK's mock file (JSON text, src/core/awsMocks); absent = no mocks. */
  mocksText?: string;
  /** nodejs24.x (default), nodejs22.x or nodejs20.x. */
  runtime?: string;
  /** python3.14 (default), python3.13 or python3.12: names only, one interpreter (see pythonRuntimes). */
  pythonRuntime?: PythonRuntimeId;
  /** /tmp size as typed ("512", "2 GB"); absent = 512 MB. */
  ephemeralStorage?: string;
}

const PREFIX = '#pg=';
const MODES: readonly InvocationMode[] = ['sync', 'async', 'sqs', 'stream'];

export function encodeState(state: PlaygroundState): string {
  return PREFIX + compressToEncodedURIComponent(JSON.stringify(state));
}

/** Returns the state in a hash, or undefined for anything malformed (never throws). */
export function decodeState(hash: string, fallback: PlaygroundState): PlaygroundState | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  try {
    const json = decompressFromEncodedURIComponent(hash.slice(PREFIX.length));
    if (!json || json.length > 2_000_000) return undefined;
    const raw = JSON.parse(json) as Partial<Record<keyof PlaygroundState, unknown>>;
    const pick = <T>(value: unknown, ok: (v: unknown) => v is T, def: T): T => (ok(value) ? value : def);
    const isString = (v: unknown): v is string => typeof v === 'string';
    const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
    return {
      code: pick(raw.code, isString, fallback.code),
      language: raw.language === 'javascript' || raw.language === 'python' ? raw.language : 'typescript',
      templateId: pick(raw.templateId, isString, fallback.templateId),
      eventText: pick(raw.eventText, isString, fallback.eventText),
      memoryMB: pick(raw.memoryMB, isNumber, fallback.memoryMB),
      timeoutSeconds: pick(raw.timeoutSeconds, isNumber, fallback.timeoutSeconds),
      envText: pick(raw.envText, isString, fallback.envText),
      mode: MODES.includes(raw.mode as InvocationMode) ? (raw.mode as InvocationMode) : 'sync',
      ...(isString(raw.mocksText) ? {mocksText: raw.mocksText} : {}),
      ...(isString(raw.runtime) ? {runtime: raw.runtime} : {}),
      ...(isString(raw.pythonRuntime) && isPythonRuntimeId(raw.pythonRuntime) ? {pythonRuntime: raw.pythonRuntime} : {}),
      ...(isString(raw.ephemeralStorage) ? {ephemeralStorage: raw.ephemeralStorage} : {}),
    };
  } catch {
    return undefined;
  }
}
