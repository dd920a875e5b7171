/** `value` as a plain object (a YAML/JSON mapping), or undefined for anything else (arrays, null, scalars). */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
