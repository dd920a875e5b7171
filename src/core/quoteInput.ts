/**
 * What a person typed, quoted for an error message: at most 40 characters on one line, so a pasted
 * megabyte never becomes a megabyte-long message.
 */
export function quoteInput(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const line = text.replace(/\s+/g, ' ');
  return JSON.stringify(line.length > 40 ? `${line.slice(0, 39)}…` : line);
}
