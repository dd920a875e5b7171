/**
 * A request id in Lambda's format (a random UUID v4). `random` returns 16 bytes; it is injected so
 * tests are deterministic and the core stays free of platform APIs.
 */
export function createRequestId(random: () => Uint8Array): string {
  const bytes = random();
  if (bytes.length < 16) throw new Error('createRequestId needs 16 random bytes');
  const b = Array.from(bytes.slice(0, 16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** 32 hex characters, as in a log stream name `2026/11/24/[$LATEST]<hex>`. */
export function createLogStreamSuffix(random: () => Uint8Array): string {
  return Array.from(random().slice(0, 16), (x) => x.toString(16).padStart(2, '0')).join('');
}
