import {toFixed, toPlain, type Exact} from './exact.ts';

const group = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** 1234567.5 → "1,234,567.5" (exact, up to `maxPlaces` decimals, trailing zeros dropped). */
export function formatQuantity(value: Exact, maxPlaces = 6): string {
  const text = toPlain(value, maxPlaces);
  const negative = text.startsWith('-');
  const [whole = '0', fraction] = (negative ? text.slice(1) : text).split('.');
  return `${negative ? '−' : ''}${group(whole)}${fraction ? `.${fraction}` : ''}`;
}

/** "$2.33" (cents) */
export function formatUsd(value: Exact): string {
  const text = toFixed(value, 2);
  const negative = text.startsWith('-');
  const [whole = '0', fraction = '00'] = (negative ? text.slice(1) : text).split('.');
  return `${negative ? '−' : ''}$${group(whole)}.${fraction}`;
}

/** "$2.333338", "$0.40" (unrounded, 2 to `maxPlaces` decimals). */
export function formatUsdExact(value: Exact, maxPlaces = 10): string {
  const text = toPlain(value, maxPlaces);
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  return `${negative ? '−' : ''}$${group(whole)}.${fraction.padEnd(2, '0')}`;
}
