import {div, fromNumber, int, mul, roundCents, sub, sum, toNumber, toPlain, type Exact} from '../exact.ts';
import {formatUsd, formatUsdExact} from '../formatNumbers.ts';
import type {LineItem, LineItemId} from '../types.ts';

/** A line priced outside the pooled Lambda dimensions, with its arithmetic, rounded to the cent. */
export interface PricedLine {
  readonly item: LineItem;
  readonly usd: Exact;
  readonly rounded: Exact;
}

/** Builds a line item: `how` is the arithmetic up to the unrounded amount, which this appends with its rounding. */
export function pricedLine(id: LineItemId, label: string, quantity: Exact, unit: string, usd: Exact, how: string, region?: string): PricedLine {
  const rounded = roundCents(usd);
  return {
    usd,
    rounded,
    item: {
      id,
      label,
      quantity: toNumber(quantity),
      unit,
      formula: `${how} = ${formatUsdExact(usd)} ≈ ${formatUsd(rounded)}`,
      usd: toNumber(rounded),
      usdUnrounded: toNumber(usd),
      exact: {quantity: toPlain(quantity, 12), usdUnrounded: toPlain(usd, 14)},
      ...(region ? {region} : {}),
    },
  };
}

/** A monthly estimate made of priced lines: total = sum of the rounded lines. */
export interface LinesEstimate {
  readonly total: number;
  readonly totalUnrounded: number;
  readonly lineItems: readonly LineItem[];
  readonly notes: readonly string[];
}

/**
 * A discount as AWS applies Savings Plans, Reserved Instances and Spot: the usage is charged at the
 * discounted rate, so the discounted line is rounded on its own and the discount shown is the
 * difference of the two rounded lines (never 1¢ off the discounted rate).
 */
export function discountLine(id: LineItemId, label: string, percent: number, base: PricedLine, region?: string): PricedLine {
  const keep = sub(int(1), div(fromNumber(percent), int(100)));
  const discounted = mul(base.usd, keep);
  const discountedRounded = roundCents(discounted);
  const delta = sub(discountedRounded, base.rounded);
  const usdUnrounded = sub(discounted, base.usd);
  return {
    usd: usdUnrounded,
    rounded: delta,
    item: {
      id,
      label,
      quantity: percent,
      unit: '%',
      formula: `${formatUsdExact(base.usd)} × ${toPlain(keep, 6)} = ${formatUsdExact(discounted)} ≈ ${formatUsd(discountedRounded)} at the discounted rate, less ${formatUsd(base.rounded)} on demand = ${formatUsd(delta)}`,
      usd: toNumber(delta),
      usdUnrounded: toNumber(usdUnrounded),
      exact: {quantity: String(percent), usdUnrounded: toPlain(usdUnrounded, 14)},
      ...(region ? {region} : {}),
    },
  };
}

/** Sums priced lines into an estimate (total = sum of the rounded lines). */
export function toEstimate(lines: readonly PricedLine[], notes: readonly string[] = []): LinesEstimate {
  return {
    total: toNumber(sum(lines.map((line) => line.rounded))),
    totalUnrounded: toNumber(sum(lines.map((line) => line.usd))),
    lineItems: lines.map((line) => line.item),
    notes,
  };
}
