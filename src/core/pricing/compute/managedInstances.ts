import {MANAGED_INSTANCES_PRICING} from '../../../data/prices/managedInstances.ts';
import {REGION_PRICES} from '../../../data/prices.ts';
import {BILLING_RULES} from '../../../data/billingRules.ts';
import {div, fromNumber, int, mul, parseExact, type Exact} from '../exact.ts';
import {formatQuantity as q, formatUsdExact} from '../formatNumbers.ts';
import {findPrices} from '../meterFunction.ts';
import type {ManagedInstancesUsage} from '../types.ts';
import {priceEc2Instances} from './ec2.ts';
import {pricedLine, toEstimate, type LinesEstimate, type PricedLine} from './pricedLine.ts';

const FEE = MANAGED_INSTANCES_PRICING.managementFeePercent.value;

/**
 * The capacity part of a Managed Instances bill: the EC2 instances (less any Savings Plans or
 * Reserved Instances discount) and the compute management fee, 15% of the EC2 *on-demand* price.
 * Requests are priced with the Lambda request rate by the caller; there is no duration charge.
 */
export function priceManagedInstancesCapacity(usage: ManagedInstancesUsage, region: string, label = 'Managed Instances'): PricedLine[] {
  const hours = usage.hoursPerMonth ?? BILLING_RULES.hoursPerMonth.value;
  const ec2 = priceEc2Instances(
    {region, instanceType: usage.instanceType, instances: usage.instances, hoursPerMonth: hours, ...(usage.ec2DiscountPercent !== undefined ? {discountPercent: usage.ec2DiscountPercent} : {})},
    {instances: 'managedInstancesEc2', discount: 'managedInstancesEc2Discount'},
    `${label}: EC2`,
  );
  const fee = mul(ec2.onDemandUsd, div(int(FEE), int(100)));
  const onDemandLine = ec2.lines[0]!;
  return [
    ...ec2.lines,
    pricedLine('managedInstancesFee', `${label}: compute management fee (${FEE}% of the EC2 on-demand price)`, ec2.onDemandUsd, 'USD of EC2 on-demand', fee, `${FEE}% × ${formatUsdExact(onDemandLine.usd)} EC2 on-demand`, region),
  ];
}

export interface ManagedInstancesEstimateInput extends ManagedInstancesUsage {
  readonly region?: string;
  readonly requestsPerMonth: number;
}

/** The Lambda request rate of a Region, for requests served on Managed Instances. */
export function requestRate(region: string, architecture: 'x86_64' | 'arm64'): Exact {
  return parseExact(findPrices(REGION_PRICES, region).architectures[architecture].requests.tiers[0]?.usd ?? '0');
}

/**
 * One function on Managed Instances, alone: EC2 + fee + requests at the Lambda rate (the free
 * tier is not applied: AWS's pricing page does not say it covers Managed Instances requests).
 */
export function priceManagedInstances(input: ManagedInstancesEstimateInput): LinesEstimate {
  const region = input.region ?? 'us-east-1';
  const capacity = priceManagedInstancesCapacity(input, region);
  const rate = requestRate(region, 'x86_64');
  const requests = fromNumber(input.requestsPerMonth);
  const requestLine = pricedLine('requests', 'Managed Instances: requests (Lambda request rate)', requests, 'requests', mul(requests, rate), `${q(requests)} requests × ${formatUsdExact(mul(rate, int(1_000_000)))} per 1M`, region);
  return toEstimate([...capacity, requestLine], ['No duration (GB-second) charge on Managed Instances: the instances are the price lever, not memory.', 'The Lambda free tier is not applied to Managed Instances requests (AWS does not say it covers them).']);
}
