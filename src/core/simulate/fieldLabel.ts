/**
 * Names a field in a simulator's error messages. The CLI reads scenario files, so by default a
 * field is named by its path in the file ("functions[0].memoryMB"); the widgets pass the labels
 * their forms show ("Function checkout › Memory (MB)").
 */
export type FieldLabel = (path: string) => string;

export const fieldPath: FieldLabel = (path) => path;

/** Numbers in messages, as the forms show them: 1,000,000. */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-US');
}
