/** Every event template, and lookup by id. */
import {AUTOMATION_EVENTS} from './automation.ts';
import {CONVERSATIONAL_EVENTS} from './conversational.ts';
import {EDGE_EVENTS} from './edge.ts';
import {HTTP_EVENTS} from './http.ts';
import {IDENTITY_EVENTS} from './identity.ts';
import {MESSAGING_EVENTS} from './messaging.ts';
import {PROCESSOR_EVENTS} from './processors.ts';
import {STORAGE_EVENTS} from './storage.ts';
import {STREAM_EVENTS} from './streams.ts';
import type {EventTemplate} from './types.ts';
import {VOICE_EVENTS} from './voice.ts';

export type {EventField, EventTemplate, JsonValue} from './types.ts';

export const EVENT_TEMPLATES: readonly EventTemplate[] = [
  ...HTTP_EVENTS,
  ...EDGE_EVENTS,
  ...STORAGE_EVENTS,
  ...MESSAGING_EVENTS,
  ...PROCESSOR_EVENTS,
  ...STREAM_EVENTS,
  ...IDENTITY_EVENTS,
  ...AUTOMATION_EVENTS,
  ...CONVERSATIONAL_EVENTS,
  ...VOICE_EVENTS,
];

export function findEventTemplate(id: string): EventTemplate | undefined {
  return EVENT_TEMPLATES.find((t) => t.id === id);
}

/** Reads the value at a field path (for the page's "fields people change" inputs). */
export function readEventField(event: unknown, path: readonly (string | number)[]): unknown {
  let value: unknown = event;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** Returns a copy of the event with the value at `path` replaced (the path must exist). */
export function writeEventField(event: unknown, path: readonly (string | number)[], newValue: unknown): unknown {
  if (path.length === 0) return newValue;
  const [head, ...rest] = path;
  if (Array.isArray(event)) {
    const copy = [...event];
    copy[head as number] = writeEventField(copy[head as number], rest, newValue);
    return copy;
  }
  const record = (event ?? {}) as Record<string, unknown>;
  return {...record, [head as string]: writeEventField(record[head as string], rest, newValue)};
}
