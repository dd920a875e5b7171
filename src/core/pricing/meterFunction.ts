import {BILLING_RULES} from '../../data/billingRules.ts';
import {EDGE_PRICES} from '../../data/prices.ts';
import type {Architecture, ArchitecturePrices, Price, RegionPrices} from '../../data/schema.ts';
import {computeBilledDuration} from './computeBilledDuration.ts';
import {countBilledRequests, countExtraAsyncRequests} from './countBilledRequests.ts';
import {add, ceil, cmp, div, floor, fromNumber, int, isZero, max, min, mul, sub, ZERO, type Exact} from './exact.ts';
import {formatQuantity} from './formatNumbers.ts';
import type {FunctionUsage, InitBillingRule, LineItemId} from './types.ts';
import {priceManagedInstancesCapacity} from './compute/managedInstances.ts';
import type {PricedLine} from './compute/pricedLine.ts';
import {priceDurableLines} from './features/durableFunctions.ts';
import {priceEventPollerLines} from './features/eventPollers.ts';
import {priceTenantIsolationLines} from './features/tenantIsolation.ts';

/** The billing dimensions one function meters, before the free tier and tiers. */
export type MeteredDimension = Extract<
  LineItemId,
  'requests' | 'duration' | 'ephemeralStorage' | 'provisionedConcurrency' | 'provisionedDuration' | 'snapStartCache' | 'snapStartRestore' | 'responseStreaming' | 'edgeRequests' | 'edgeDuration'
>;

export interface MeteredQuantity {
  readonly quantity: Exact;
  /** How the quantity was computed, with its numbers. */
  readonly how: string;
  readonly price: Price;
  /** The part the free tier may cover (default: all of it). */
  readonly freeEligible?: Exact;
}

/** One function's usage in exact billing units, keyed by dimension. */
export interface FunctionMeter {
  readonly name: string;
  readonly poolKey: string;
  readonly region: string;
  readonly architecture: Architecture;
  readonly edge: boolean;
  readonly billedDurationMs: Exact;
  readonly initGbSeconds: Exact;
  readonly dimensions: Partial<Record<MeteredDimension, MeteredQuantity>>;
  /** Lines priced per function, outside the pooled dimensions (Managed Instances, durable, …). */
  readonly extras: PricedLine[];
  readonly notes: string[];
}

const MS_PER_S = int(1000);
const MB_PER_GB = int(1024);
const q = formatQuantity;

const SECONDS_PER_HOUR = int(3600);

function requirePrice(prices: ArchitecturePrices, dimension: keyof ArchitecturePrices, region: string, architecture: string): Price {
  const price = prices[dimension];
  if (!price) throw new RangeError(`${dimension}: no ${architecture} price for ${region} in Lambda Lab's data (only us-east-1 has every dimension; see src/data/prices.ts)`);
  return price;
}

/** Looks up a Region's prices or explains which Regions exist. */
export function findPrices(prices: readonly RegionPrices[], region: string): RegionPrices {
  const found = prices.find((entry) => entry.region === region);
  if (!found) throw new RangeError(`region: '${region}' has no prices in Lambda Lab's data (known: ${prices.map((entry) => entry.region).join(', ')})`);
  return found;
}

export interface MeterOptions {
  readonly granularityMs: number;
  readonly initBilling: InitBillingRule;
  readonly prices: readonly RegionPrices[];
}

/**
 * Turns one function's monthly usage into exact billing quantities: requests, on-demand GB-s
 * (handler + INIT), storage GB-s, provisioned GB-s, SnapStart and streaming. Free tier, tiers
 * and rounding happen later, over the whole bill.
 */
export function meterFunction(usage: FunctionUsage, index: number, options: MeterOptions): FunctionMeter {
  const name = usage.name ?? `function ${index + 1}`;
  const notes: string[] = [];
  const edge = usage.edge === true;
  const region = edge ? 'global' : (usage.region ?? 'us-east-1');
  const granularity = edge ? BILLING_RULES.edgeGranularityMs.value : options.granularityMs;
  const billedMs = computeBilledDuration(usage.averageDurationMs, granularity);
  const memoryMB = fromNumber(usage.memoryMB);
  const memoryGB = div(memoryMB, MB_PER_GB);
  const invocations = fromNumber(usage.requestsPerMonth);
  const billedRequests = countBilledRequests(usage.requestsPerMonth, usage.largeAsyncEvents);
  const dimensions: Partial<Record<MeteredDimension, MeteredQuantity>> = {};
  const gbSecondsFor = (count: Exact, ms: Exact) => mul(mul(count, div(ms, MS_PER_S)), memoryGB);

  const requestsHow = (() => {
    const large = usage.largeAsyncEvents;
    if (!large || isZero(countExtraAsyncRequests(large.averageSizeKB))) return `${q(invocations)} requests`;
    const extra = countExtraAsyncRequests(large.averageSizeKB);
    return `${q(invocations)} requests + ${q(fromNumber(large.perMonth))} async events of ${large.averageSizeKB} KB × ${q(extra)} extra (1 per 64 KB over 256 KB) = ${q(billedRequests)} requests`;
  })();

  if (edge) {
    const gbs = gbSecondsFor(invocations, billedMs);
    dimensions.edgeRequests = {quantity: billedRequests, how: requestsHow, price: EDGE_PRICES.requests};
    dimensions.edgeDuration = {quantity: gbs, how: `${q(invocations)} × ${q(billedMs)} ms × ${q(memoryMB)} MB ÷ 1024 = ${q(gbs)} GB-s`, price: EDGE_PRICES.duration};
    notes.push('Lambda@Edge: its own request and GB-s rates, metered per 1 ms, no duration tiers; the Lambda free tier is not applied (third-party sources say it does not cover Lambda@Edge; AWS text not found).');
    return {name, poolKey: 'edge', region, architecture: usage.architecture, edge, billedDurationMs: billedMs, initGbSeconds: ZERO, dimensions, extras: [], notes};
  }

  const regionPrices = findPrices(options.prices, region);
  const archPrices = regionPrices.architectures[usage.architecture];
  const extras = featureLines(usage, region);

  // Managed Instances: requests at the Lambda rate plus the instances and the fee; no duration charge.
  if (usage.managedInstances) {
    dimensions.requests = {quantity: billedRequests, how: `${requestsHow} on Managed Instances (free tier not applied)`, price: archPrices.requests, freeEligible: ZERO};
    extras.unshift(...priceManagedInstancesCapacity(usage.managedInstances, region));
    notes.push(`${name}: on Managed Instances there is no GB-second duration charge: you pay for the instances (${usage.managedInstances.instanceType}) whether busy or idle, plus a 15% management fee and the requests. The free tier is not applied to these requests (AWS does not say it covers them).`);
    return {name, poolKey: `${region}/${usage.architecture}`, region, architecture: usage.architecture, edge, billedDurationMs: billedMs, initGbSeconds: ZERO, dimensions, extras, notes};
  }

  // Provisioned concurrency: configured GB-s in 5-minute blocks; it serves requests up to its capacity.
  let onDemand = invocations;
  let provisionedServed = ZERO;
  const pc = usage.provisionedConcurrency;
  if (pc && pc.concurrency > 0 && pc.hoursPerMonth > 0) {
    const block = int(BILLING_RULES.provisionedBlockSeconds.value);
    const seconds = mul(ceil(div(mul(fromNumber(pc.hoursPerMonth), SECONDS_PER_HOUR), block)), block);
    const concurrency = fromNumber(pc.concurrency);
    const configured = mul(mul(concurrency, seconds), memoryGB);
    dimensions.provisionedConcurrency = {
      quantity: configured,
      how: `${q(concurrency)} × ${q(memoryMB)} MB ÷ 1024 × ${q(seconds)} s (${pc.hoursPerMonth} h in 5-minute blocks) = ${q(configured)} GB-s`,
      price: requirePrice(archPrices, 'provisionedConcurrency', region, usage.architecture),
    };
    const pcBilledMs = pc.averageDurationMs !== undefined ? computeBilledDuration(pc.averageDurationMs, granularity) : billedMs;
    const capacity = isZero(pcBilledMs) ? invocations : floor(div(mul(mul(concurrency, seconds), MS_PER_S), pcBilledMs));
    // Never more than the environments can serve: the excess spills over to on-demand rates
    // ("If your function exceeds the configured concurrency, you will be billed for excess
    // function execution at the rate outlined in the AWS Lambda Pricing section").
    const asked = pc.requestsServed !== undefined ? fromNumber(pc.requestsServed) : capacity;
    provisionedServed = min(invocations, min(asked, capacity));
    if (cmp(min(invocations, asked), capacity) > 0) {
      notes.push(`${name}: ${q(min(invocations, asked))} requests asked of provisioned concurrency, but ${q(concurrency)} environment(s) × ${q(seconds)} s at ${q(pcBilledMs)} ms serve at most ${q(capacity)}; the other ${q(sub(min(invocations, asked), capacity))} spill over to on-demand rates.`);
    }
    onDemand = sub(invocations, provisionedServed);
    const pcGbs = gbSecondsFor(provisionedServed, pcBilledMs);
    dimensions.provisionedDuration = {
      quantity: pcGbs,
      how: `${q(provisionedServed)} requests served by provisioned concurrency × ${q(pcBilledMs)} ms × ${q(memoryMB)} MB ÷ 1024 = ${q(pcGbs)} GB-s`,
      price: requirePrice(archPrices, 'provisionedDuration', region, usage.architecture),
    };
    notes.push(
      `${name}: provisioned concurrency serves ${q(provisionedServed)} requests${pc.requestsServed === undefined ? ' (its full capacity, capped at the month’s requests)' : ''}; ${q(onDemand)} overflow at on-demand rates. Free tier: as in AWS’s two provisioned-concurrency examples, it covers only the on-demand part (requests and duration not served by provisioned concurrency); provisioned concurrency and its duration are never free. (The pricing page also says the free tier does not apply to functions with provisioned concurrency: turn the free tier off to see that reading.)`,
    );
  }

  // Free requests cover only invocations not served by provisioned concurrency (AWS's PC examples 1 and 2).
  dimensions.requests = {quantity: billedRequests, how: requestsHow, price: archPrices.requests, freeEligible: sub(billedRequests, provisionedServed)};

  // INIT: billed on cold starts of on-demand invocations, by the rule in force.
  const runtime = usage.runtime ?? 'nodejs';
  const packageType = usage.packageType ?? 'zip';
  const coldStarts = mul(onDemand, fromNumber(usage.coldStartRatio ?? 0));
  let initGbs = ZERO;
  let initExtraMs = ZERO;
  if (usage.snapStart) {
    // With SnapStart, INIT runs when the version is published; cold starts become restores.
  } else if ((usage.initDurationMs ?? 0) > 0 && !isZero(coldStarts)) {
    // AWS bills ceil(handler + INIT) on a cold start, so INIT adds the difference to the warm figure.
    const coldBilled = computeBilledDuration(usage.averageDurationMs + (usage.initDurationMs ?? 0), granularity);
    const extraMs = sub(coldBilled, billedMs);
    initExtraMs = extraMs;
    const gbs = gbSecondsFor(coldStarts, extraMs);
    const billedBefore = runtime === 'custom' || packageType === 'image';
    if (options.initBilling === 'since-2025-08' || billedBefore) {
      initGbs = gbs;
    } else {
      notes.push(`${name}: before 2025-08-01, INIT of on-demand ZIP functions on managed runtimes was not billed: ${q(gbs)} GB-s of INIT are free under that rule (billed today).`);
    }
  }

  const handlerGbs = gbSecondsFor(onDemand, billedMs);
  const durationGbs = add(handlerGbs, initGbs);
  dimensions.duration = {
    quantity: durationGbs,
    how:
      `${q(onDemand)} × ${q(billedMs)} ms × ${q(memoryMB)} MB ÷ 1024 = ${q(handlerGbs)} GB-s` +
      (isZero(initGbs) ? '' : ` + INIT: ${q(coldStarts)} cold starts × ${q(initExtraMs)} ms more = ${q(initGbs)} GB-s → ${q(durationGbs)} GB-s`),
    price: archPrices.duration,
  };
  if (archPrices.duration.tiers.length === 1) notes.push(`${region} ${usage.architecture}: only the first-tier duration rate is known; above the first tier boundary the real bill is lower.`);

  // Ephemeral storage above 512 MB, for every billed second (on-demand, provisioned, INIT); independent of memory.
  const storageMB = fromNumber(usage.ephemeralStorageMB ?? BILLING_RULES.includedEphemeralMB.value);
  const extraStorageMB = max(ZERO, sub(storageMB, int(BILLING_RULES.includedEphemeralMB.value)));
  if (!isZero(extraStorageMB)) {
    const seconds = add(div(mul(invocations, billedMs), MS_PER_S), div(initGbs, memoryGB));
    const gbs = mul(seconds, div(extraStorageMB, MB_PER_GB));
    dimensions.ephemeralStorage = {
      quantity: gbs,
      how: `(${q(storageMB)} − 512) MB ÷ 1024 × ${q(seconds)} s = ${q(gbs)} GB-s`,
      price: requirePrice(archPrices, 'ephemeralStorage', region, usage.architecture),
    };
  }

  const snap = usage.snapStart;
  if (snap) {
    if (runtime === 'java') {
      notes.push(`${name}: SnapStart for Java has no cache or restore charge.`);
    } else {
      const versions = fromNumber(snap.activeVersions ?? 1);
      const hours = max(fromNumber(snap.activeHoursPerMonth ?? BILLING_RULES.hoursPerMonth.value), int(BILLING_RULES.snapStartMinimumCacheHours.value));
      const cache = mul(mul(versions, mul(hours, SECONDS_PER_HOUR)), memoryGB);
      dimensions.snapStartCache = {
        quantity: cache,
        how: `${q(versions)} version(s) × ${q(memoryMB)} MB ÷ 1024 × ${q(hours)} h × 3600 s (minimum 3 h) = ${q(cache)} GB-s`,
        price: requirePrice(archPrices, 'snapStartCache', region, usage.architecture),
      };
      const restores = snap.restoresPerMonth !== undefined ? fromNumber(snap.restoresPerMonth) : coldStarts;
      const restoredGB = mul(restores, memoryGB);
      dimensions.snapStartRestore = {
        quantity: restoredGB,
        how: `${q(restores)} restores × ${q(memoryMB)} MB ÷ 1024 = ${q(restoredGB)} GB`,
        price: requirePrice(archPrices, 'snapStartRestore', region, usage.architecture),
      };
    }
  }

  const stream = usage.responseStreaming;
  if (stream) {
    const responses = fromNumber(stream.responsesPerMonth ?? usage.requestsPerMonth);
    const overMB = max(ZERO, sub(fromNumber(stream.averageResponseMB), int(BILLING_RULES.streamingIncludedMB.value)));
    const gb = div(mul(responses, overMB), MB_PER_GB);
    dimensions.responseStreaming = {
      quantity: gb,
      how: `${q(responses)} responses × (${stream.averageResponseMB} − 6) MB ÷ 1024 = ${q(gb)} GB`,
      price: requirePrice(archPrices, 'responseStreaming', region, usage.architecture),
    };
  }

  return {name, poolKey: `${region}/${usage.architecture}`, region, architecture: usage.architecture, edge, billedDurationMs: billedMs, initGbSeconds: initGbs, dimensions, extras, notes};
}

/** Durable functions, tenant isolation and provisioned pollers: lines of their own, per function. */
function featureLines(usage: FunctionUsage, region: string): PricedLine[] {
  const lines: PricedLine[] = [];
  if (usage.durable) lines.push(...priceDurableLines(usage.durable, region));
  if (usage.tenantIsolation) lines.push(...priceTenantIsolationLines(usage.tenantIsolation.environmentsPerMonth, usage.memoryMB, region, usage.architecture));
  if (usage.eventPollers) lines.push(...priceEventPollerLines(usage.eventPollers, region));
  return lines;
}
