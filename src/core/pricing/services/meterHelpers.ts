/** Small helpers the resource pricers share: reading usage keys, chunked metering, meters. */
import {ceil, div, fromNumber, int, max, mul, type Exact} from '../exact.ts';
import {formatQuantity} from '../formatNumbers.ts';
import type {Meter, MeterInput, NeededInput} from './types.ts';

/** A usage value as an exact number, or undefined when the key is absent (never read as 0). */
export function read(input: MeterInput<unknown>, key: string): Exact | undefined {
  const value = input.usage[key];
  if (value === undefined) return undefined;
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${input.resource}: ${key} must be a number ≥ 0, got ${value}`);
  return fromNumber(value);
}

/** How many billing chunks one item of `sizeKB` is (at least 1): 513 KB in 512 KB increments → 2. */
export function chunks(sizeKB: Exact, chunkKB: number): Exact {
  return max(int(1), ceil(div(sizeKB, int(chunkKB))));
}

export const q = formatQuantity;

export function meter(service: string, dimension: string, input: MeterInput<unknown>, quantity: Exact, how: string): Meter {
  return {service, dimension, region: input.region, resource: input.resource, quantity, how};
}

export function need(service: string, input: MeterInput<unknown>, label: string, ...keys: string[]): NeededInput {
  return {service, resource: input.resource, label, keys};
}

/** requests × chunks, with the arithmetic: "2,000,000 requests × 2 (256 KB in 128 KB chunks)". */
export function chunked(count: Exact, sizeKB: Exact | undefined, chunkKB: number, unit: string): {quantity: Exact; how: string} {
  if (!sizeKB) return {quantity: count, how: `${q(count)} ${unit}`};
  const each = chunks(sizeKB, chunkKB);
  return {quantity: mul(count, each), how: `${q(count)} ${unit} × ${q(each)} (${q(sizeKB)} KB metered in ${chunkKB} KB increments)`};
}
