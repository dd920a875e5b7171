/**
 * Deep partial match, as aws-sdk-client-mock's `.on(Command, input)` does: every key in
 * `pattern` must be present in `value` with a matching value; arrays match element by element
 * with the same length; other values compare with Object.is (so NaN matches NaN).
 */
export function matchesPartially(value: unknown, pattern: unknown): boolean {
  if (pattern === null || typeof pattern !== 'object') return Object.is(value, pattern);
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(pattern)) {
    if (!Array.isArray(value) || value.length !== pattern.length) return false;
    return pattern.every((p, i) => matchesPartially(value[i], p));
  }
  if (Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return Object.entries(pattern as Record<string, unknown>).every(([k, p]) => Object.prototype.hasOwnProperty.call(record, k) && matchesPartially(record[k], p));
}
