import {EC2_PRICES, findInstanceType, type InstanceType} from '../../../data/prices/ec2.ts';
import {fromNumber, mul, parseExact, type Exact} from '../exact.ts';
import {formatQuantity as q} from '../formatNumbers.ts';
import {discountLine, pricedLine, type PricedLine} from './pricedLine.ts';

/** Looks up an instance type and its us-east-1 (or other known Region) on-demand hourly price, or explains what is known. */
export function findEc2Price(region: string, instanceType: string): {instance: InstanceType; hourly: Exact} {
  const prices = EC2_PRICES.find((entry) => entry.region === region);
  if (!prices) throw new RangeError(`region: '${region}' has no EC2 prices in Lambda Lab's data (known: ${EC2_PRICES.map((entry) => entry.region).join(', ')}); Lambda Lab refuses rather than guess`);
  const instance = findInstanceType(instanceType);
  const hourly = prices.onDemandHourly[instanceType];
  if (!instance || hourly === undefined) {
    throw new RangeError(`instance type: '${instanceType}' is not in Lambda Lab's data (known: ${Object.keys(prices.onDemandHourly).join(', ')})`);
  }
  return {instance, hourly: parseExact(hourly)};
}

export interface Ec2Usage {
  readonly region: string;
  readonly instanceType: string;
  /** Instances running on average. */
  readonly instances: number;
  readonly hoursPerMonth: number;
  /** Savings Plans / Reserved Instances discount, 0–72 %. */
  readonly discountPercent?: number;
}

/**
 * EC2 on-demand instance-hours (billed per second, so fractional hours are fine):
 * instances × hours × hourly price, and, with a discount, a line at the discounted rate less
 * the on-demand line (each rounded to the cent, as the Savings Plans rule does).
 */
export function priceEc2Instances(usage: Ec2Usage, ids: {readonly instances: 'ec2Instances' | 'managedInstancesEc2'; readonly discount: 'ec2Discount' | 'managedInstancesEc2Discount'}, label = 'EC2 instances'): {lines: PricedLine[]; onDemandUsd: Exact; instance: InstanceType} {
  const {instance, hourly} = findEc2Price(usage.region, usage.instanceType);
  const instanceHours = mul(fromNumber(usage.instances), fromNumber(usage.hoursPerMonth));
  const onDemand = mul(instanceHours, hourly);
  const lines = [
    pricedLine(ids.instances, `${label} (${usage.instanceType}, on-demand)`, instanceHours, 'instance-hours', onDemand, `${q(fromNumber(usage.instances))} × ${usage.instanceType} × ${q(fromNumber(usage.hoursPerMonth))} h = ${q(instanceHours)} instance-hours × $${q(hourly, 10)} per hour`, usage.region),
  ];
  const percent = usage.discountPercent ?? 0;
  if (percent > 0) lines.push(discountLine(ids.discount, `${label}: Savings Plans / Reserved Instances discount (${percent}%)`, percent, lines[0]!, usage.region));
  return {lines, onDemandUsd: onDemand, instance};
}
