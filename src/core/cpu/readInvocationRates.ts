import {findRegionPrices} from '../../data/prices.ts';
import type {Architecture} from '../../data/schema.ts';
import {invocationCost} from '../pricing/index.ts';
import {fail, ok, type Result} from '../result.ts';

/** First-tier on-demand rates for one Region and architecture, as numbers for the sweep's hot loop. */
export interface InvocationRates {
  readonly region: string;
  readonly architecture: Architecture;
  /** USD per request. */
  readonly requestUsd: number;
  /** USD per GB-second of duration, first tier. */
  readonly usdPerGbSecond: number;
}

/**
 * Reads the first-tier request and duration rates from the pricing engine (`invocationCost` of
 * one 1 GB × 1 s invocation), so the sweep prices with the same data and engine as the calculator.
 * The sweep multiplies them out itself so its loop allocates nothing; a unit test checks swept
 * costs against `invocationCost` point by point.
 * @param region - e.g. "us-east-1"
 * @param architecture - x86_64 or arm64
 */
export function readInvocationRates(region: string, architecture: Architecture): Result<InvocationRates> {
  if (!findRegionPrices(region)) return fail(`region: '${region}' has no Lambda prices in Lambda Lab yet.`);
  const oneGbSecond = invocationCost({region, architecture, memoryMB: 1024, durationMs: 1000});
  return ok({region, architecture, requestUsd: oneGbSecond.requestUsd, usdPerGbSecond: oneGbSecond.durationUsd});
}

/** The rates of both architectures in one Region, as the sweep takes them. */
export function readRegionRates(region: string): Result<Record<Architecture, InvocationRates>> {
  const x86 = readInvocationRates(region, 'x86_64');
  if (!x86.ok) return x86;
  const arm = readInvocationRates(region, 'arm64');
  if (!arm.ok) return arm;
  return ok({x86_64: x86.value, arm64: arm.value});
}
