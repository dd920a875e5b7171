/** Every event template, and lookup by id. */
import {STORAGE_EVENTS} from './storage.ts';
import type {EventTemplate} from './types.ts';

export type {EventField, EventTemplate, JsonValue} from './types.ts';

export const EVENT_TEMPLATES: readonly EventTemplate[] = [...STORAGE_EVENTS];

export function findEventTemplate(id: string): EventTemplate | undefined {
  return EVENT_TEMPLATES.find((t) => t.id === id);
}
