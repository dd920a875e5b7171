import {DURABLE_LIMITS, DURABLE_PRICE_REGIONS, DURABLE_PRICES} from '../../../data/prices/durableFunctions.ts';
import {BILLING_RULES} from '../../../data/billingRules.ts';
import {div, fromNumber, int, mul, parseExact} from '../exact.ts';
import {formatQuantity as q} from '../formatNumbers.ts';
import {pricedLine, type PricedLine} from '../compute/pricedLine.ts';
import type {DurableUsage} from '../types.ts';

const HOURS_PER_DAY = int(24);

/**
 * A durable function's own charges: operations, data written and data retained. Retained
 * GB-months = GB written × retention days × 24 h ÷ 730 h (each month's writes kept for the
 * retention period; a steady month, as AWS's calculators assume 730 hours). The invocations each
 * replay makes are ordinary requests and duration, priced by the Lambda engine.
 */
export function priceDurableLines(usage: DurableUsage, region: string, label = 'Durable functions'): PricedLine[] {
  if (!DURABLE_PRICE_REGIONS.includes(region)) throw new RangeError(`region: '${region}' has no durable functions prices in Lambda Lab's data (known: ${DURABLE_PRICE_REGIONS.join(', ')}); Lambda Lab refuses rather than guess`);
  const operations = fromNumber(usage.operationsPerMonth);
  const written = fromNumber(usage.dataWrittenGB);
  const days = usage.retentionDays ?? DURABLE_LIMITS.retentionDaysDefault.value;
  const gbMonths = div(mul(mul(written, fromNumber(days)), HOURS_PER_DAY), int(BILLING_RULES.hoursPerMonth.value));
  const opRate = parseExact(DURABLE_PRICES.operation.usd);
  const writeRate = parseExact(DURABLE_PRICES.dataWritten.usd);
  const keepRate = parseExact(DURABLE_PRICES.dataRetained.usd);
  return [
    pricedLine('durableOperations', `${label}: durable operations`, operations, 'operations', mul(operations, opRate), `${q(operations)} operations × $8.00 per 1M`, region),
    pricedLine('durableDataWritten', `${label}: data written`, written, 'GB', mul(written, writeRate), `${q(written)} GB × $${DURABLE_PRICES.dataWritten.usd} per GB`, region),
    pricedLine('durableDataRetained', `${label}: data retained (${days} days)`, gbMonths, 'GB-months', mul(gbMonths, keepRate), `${q(written)} GB × ${days} days × 24 h ÷ 730 h = ${q(gbMonths)} GB-months × $${DURABLE_PRICES.dataRetained.usd} per GB-month`, region),
  ];
}
