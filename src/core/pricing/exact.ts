/**
 * Exact rational arithmetic on BigInt, so a price never drifts the way binary floats do
 * (0.1 + 0.2). Every quantity in a Lambda bill is a terminating decimal (MB/1024 and ms/1000
 * terminate), so a numerator/denominator pair loses nothing until we round to the cent.
 */
export interface Exact {
  readonly n: bigint;
  /** Always positive. */
  readonly d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

/** Builds n/d in lowest terms; d must not be 0. */
export function ratio(n: bigint, d: bigint = 1n): Exact {
  if (d === 0n) throw new RangeError('division by zero');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return g > 1n ? {n: n / g, d: d / g} : {n, d};
}

export const ZERO: Exact = {n: 0n, d: 1n};
export const ONE: Exact = {n: 1n, d: 1n};

/**
 * Parses a decimal string exactly: "0.0000166667", "3e6", "-1.5E-7".
 * Throws on anything else (the callers validate user input before this).
 */
export function parseExact(text: string): Exact {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) throw new RangeError(`not a decimal number: ${text}`);
  const sign = match[1] === '-' ? -1n : 1n;
  const whole = match[2] ?? '';
  const fraction = match[3] ?? '';
  const exponent = Number(match[4] ?? '0') - fraction.length;
  const digits = BigInt(`${whole}${fraction}` || '0') * sign;
  return exponent >= 0 ? ratio(digits * 10n ** BigInt(exponent)) : ratio(digits, 10n ** BigInt(-exponent));
}

/** The exact value of the shortest decimal that prints as `value` (what a person typed). */
export function fromNumber(value: number): Exact {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  return parseExact(String(value));
}

export const add = (a: Exact, b: Exact): Exact => (a.d === b.d ? ratio(a.n + b.n, a.d) : ratio(a.n * b.d + b.n * a.d, a.d * b.d));
export const sub = (a: Exact, b: Exact): Exact => add(a, {n: -b.n, d: b.d});
export const mul = (a: Exact, b: Exact): Exact => ratio(a.n * b.n, a.d * b.d);
export const div = (a: Exact, b: Exact): Exact => ratio(a.n * b.d, a.d * b.n);
export const cmp = (a: Exact, b: Exact): number => {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
};
export const min = (a: Exact, b: Exact): Exact => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Exact, b: Exact): Exact => (cmp(a, b) >= 0 ? a : b);
export const isZero = (a: Exact): boolean => a.n === 0n;
export const sum = (values: readonly Exact[]): Exact => values.reduce(add, ZERO);
export const int = (value: number | bigint): Exact => ratio(BigInt(value));

/** Smallest integer ≥ a. */
export function ceil(a: Exact): Exact {
  const q = a.n / a.d;
  return ratio(a.n > q * a.d ? q + 1n : q);
}

/** Largest integer ≤ a. */
export function floor(a: Exact): Exact {
  const q = a.n / a.d;
  return ratio(a.n < q * a.d ? q - 1n : q);
}

/**
 * Rounds to `places` decimals, half away from zero (how AWS's examples round:
 * $2.333338 → $2.33, $18.337 → $18.34).
 */
export function roundTo(a: Exact, places: number): Exact {
  const scale = 10n ** BigInt(places);
  const negative = a.n < 0n;
  const absN = negative ? -a.n : a.n;
  const scaled = absN * scale;
  let q = scaled / a.d;
  if ((scaled % a.d) * 2n >= a.d) q += 1n;
  return ratio(negative ? -q : q, scale);
}

/** Rounds to whole cents. */
export const roundCents = (a: Exact): Exact => roundTo(a, 2);

/** Nearest double; only for output (JSON numbers, charts). */
export function toNumber(a: Exact): number {
  // Dividing two huge BigInts as Numbers would lose precision; go through a decimal string.
  return Number(toFixed(a, 15));
}

/** A decimal string with exactly `places` decimals, rounded half away from zero. */
export function toFixed(a: Exact, places: number): string {
  const rounded = roundTo(a, places);
  const scale = 10n ** BigInt(places);
  const scaledN = (rounded.n * scale) / rounded.d;
  const negative = scaledN < 0n;
  const digits = (negative ? -scaledN : scaledN).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places);
  return `${negative ? '-' : ''}${whole}${places > 0 ? `.${fraction}` : ''}`;
}

/**
 * The exact decimal expansion without trailing zeros when it terminates within `maxPlaces`,
 * otherwise rounded to `maxPlaces` ("540000", "0.0000166667", "2.333338").
 */
export function toPlain(a: Exact, maxPlaces = 12): string {
  const text = toFixed(a, maxPlaces);
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}
