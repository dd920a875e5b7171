import {findRegionPrices} from '../../data/prices.ts';
import type {Architecture} from '../../data/schema.ts';
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
 * Reads the first-tier request and duration rates. The sweep multiplies them out itself so its
 * loop allocates nothing; a unit test checks every swept cost against the pricing engine.
 * @param region - e.g. "us-east-1"
 * @param architecture - x86_64 or arm64
 */
export function readInvocationRates(region: string, architecture: Architecture): Result<InvocationRates> {
  const prices = findRegionPrices(region);
  if (!prices) return fail(`region: '${region}' has no Lambda prices in Lambda Lab yet.`);
  const arch = prices.architectures[architecture];
  const request = arch.requests.tiers[0];
  const duration = arch.duration.tiers[0];
  if (!request || !duration) return fail(`region: '${region}' has no first-tier ${architecture} price.`);
  return ok({region, architecture, requestUsd: Number(request.usd), usdPerGbSecond: Number(duration.usd)});
}
