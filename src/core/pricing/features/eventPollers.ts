import {EVENT_POLLER_PRICE_REGIONS, EVENT_POLLER_PRICES} from '../../../data/prices/eventPollers.ts';
import {BILLING_RULES} from '../../../data/billingRules.ts';
import {fromNumber, mul, parseExact} from '../exact.ts';
import {formatQuantity as q} from '../formatNumbers.ts';
import {pricedLine, type PricedLine} from '../compute/pricedLine.ts';
import type {EventPollerUsage} from '../types.ts';

/** Provisioned-mode event pollers: EPUs × hours × the EPU-hour rate of the source type. */
export function priceEventPollerLines(usage: EventPollerUsage, region: string, label = 'Provisioned event pollers'): PricedLine[] {
  if (!EVENT_POLLER_PRICE_REGIONS.includes(region)) throw new RangeError(`region: '${region}' has no event poller prices in Lambda Lab's data (known: ${EVENT_POLLER_PRICE_REGIONS.join(', ')}); Lambda Lab refuses rather than guess`);
  const price = EVENT_POLLER_PRICES[usage.source];
  const hours = usage.hoursPerMonth ?? BILLING_RULES.hoursPerMonth.value;
  const epuHours = mul(fromNumber(usage.pollerUnits), fromNumber(hours));
  const name = usage.source === 'kafka' ? 'Kafka' : 'SQS';
  return [pricedLine('eventPollers', `${label} (${name})`, epuHours, 'EPU-hours', mul(epuHours, parseExact(price.usdPerEpuHour)), `${q(fromNumber(usage.pollerUnits))} EPU × ${q(fromNumber(hours))} h = ${q(epuHours)} EPU-hours × $${price.usdPerEpuHour}`, region)];
}
