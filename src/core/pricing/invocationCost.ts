import {BILLING_RULES} from '../../data/billingRules.ts';
import {REGION_PRICES} from '../../data/prices.ts';
import {computeBilledDuration} from './computeBilledDuration.ts';
import {add, div, fromNumber, int, max, mul, parseExact, sub, toNumber, ZERO} from './exact.ts';
import {findPrices} from './meterFunction.ts';
import type {InvocationCost, InvocationCostInput} from './types.ts';

/**
 * The cost of ONE on-demand invocation at first-tier rates, with no free tier and no rounding to
 * the cent (for the playground, the memory sweep and the simulators, which multiply it up).
 */
export function invocationCost(input: InvocationCostInput): InvocationCost {
  const prices = findPrices(REGION_PRICES, input.region ?? 'us-east-1').architectures[input.architecture];
  const billedMs = computeBilledDuration(input.durationMs, BILLING_RULES.granularityMs.value);
  const seconds = div(billedMs, int(1000));
  const requestUsd = parseExact(prices.requests.tiers[0]?.usd ?? '0');
  const durationUsd = mul(mul(seconds, div(fromNumber(input.memoryMB), int(1024))), parseExact(prices.duration.tiers[0]?.usd ?? '0'));
  const extraMB = max(ZERO, sub(fromNumber(input.ephemeralStorageMB ?? 512), int(BILLING_RULES.includedEphemeralMB.value)));
  const storageRate = prices.ephemeralStorage?.tiers[0]?.usd ?? '0';
  const storageUsd = mul(mul(seconds, div(extraMB, int(1024))), parseExact(storageRate));
  // Streaming: bytes beyond the first 6 MB (binary) of this response, billed per GB (1,024 MB).
  const streamedMB = div(fromNumber(input.streamedBytes ?? 0), int(1024 * 1024));
  const overMB = max(ZERO, sub(streamedMB, int(BILLING_RULES.streamingIncludedMB.value)));
  const streamingUsd = mul(div(overMB, int(1024)), parseExact(prices.responseStreaming?.tiers[0]?.usd ?? '0'));
  return {
    billedDurationMs: toNumber(billedMs),
    requestUsd: toNumber(requestUsd),
    durationUsd: toNumber(durationUsd),
    ephemeralStorageUsd: toNumber(storageUsd),
    streamingUsd: toNumber(streamingUsd),
    totalUsd: toNumber(add(add(add(requestUsd, durationUsd), storageUsd), streamingUsd)),
  };
}
