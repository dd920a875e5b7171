/**
 * The playground's settings in the URL hash (`#pg=<lz-string>`), so a link reproduces them.
 * Reading a shared link only fills the form: nothing runs until the user presses Run.
 */
import {compressToEncodedURIComponent, decompressFromEncodedURIComponent} from 'lz-string';

export type InvocationMode = 'sync' | 'async' | 'sqs' | 'stream';

export interface PlaygroundState {
  code: string;
  language: 'typescript' | 'javascript';
  templateId: string;
  eventText: string;
  memoryMB: number;
  timeoutSeconds: number;
  envText: string;
  mode: InvocationMode;
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
      language: raw.language === 'javascript' ? 'javascript' : 'typescript',
      templateId: pick(raw.templateId, isString, fallback.templateId),
      eventText: pick(raw.eventText, isString, fallback.eventText),
      memoryMB: pick(raw.memoryMB, isNumber, fallback.memoryMB),
      timeoutSeconds: pick(raw.timeoutSeconds, isNumber, fallback.timeoutSeconds),
      envText: pick(raw.envText, isString, fallback.envText),
      mode: MODES.includes(raw.mode as InvocationMode) ? (raw.mode as InvocationMode) : 'sync',
    };
  } catch {
    return undefined;
  }
}
