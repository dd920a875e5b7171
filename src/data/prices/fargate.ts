/**
 * AWS Fargate (Amazon ECS, Linux) prices per vCPU-hour and GB-hour, billed per second with a
 * 1-minute minimum. Fargate Spot has no fixed price (it follows spare capacity, "up to 70%" off),
 * so Lambda Lab asks for the Spot discount instead of inventing a rate.
 * Only us-east-1 is known: any other Region is refused, never guessed.
 */
import type {Architecture, Sourced, UsdDecimal} from '../schema.ts';

export interface FargateRegionPrices extends Sourced {
  readonly region: string;
  readonly name: string;
  readonly perVcpuHour: Readonly<Record<Architecture, UsdDecimal>>;
  readonly perGbHour: Readonly<Record<Architecture, UsdDecimal>>;
}

export const FARGATE_PRICING_SOURCE = 'https://aws.amazon.com/fargate/pricing/';

export const FARGATE_PRICES: readonly FargateRegionPrices[] = [
  {
    region: 'us-east-1',
    name: 'US East (N. Virginia)',
    perVcpuHour: {x86_64: '0.04048', arm64: '0.03238'},
    perGbHour: {x86_64: '0.004445', arm64: '0.00356'},
    source: FARGATE_PRICING_SOURCE,
    asOf: '2026-03-10',
    note: 'Linux/x86 $0.04048 per vCPU-hour and $0.004445 per GB-hour; Linux/ARM $0.03238 and $0.00356 (the page renders client-side; figures as quoted from it in March 2026, and as $0.000011244 per vCPU-second in the ECS pricing example). 20 GB of ephemeral storage per task included.',
  },
];

/** Fargate Spot: "run interruption tolerant … tasks at up to a 70% discount off the Fargate price". */
export const FARGATE_SPOT = {maxDiscountPercent: 70, source: FARGATE_PRICING_SOURCE, asOf: '2026-03-10', note: 'Spot prices move with spare capacity; Lambda Lab uses the discount you give it.'} as const satisfies Sourced & {maxDiscountPercent: number};

/** Valid task sizes: vCPU → memory range in GB (and step). */
export const FARGATE_TASK_SIZES: readonly {vcpu: number; minGB: number; maxGB: number; stepGB: number}[] = [
  {vcpu: 0.25, minGB: 0.5, maxGB: 2, stepGB: 0.5},
  {vcpu: 0.5, minGB: 1, maxGB: 4, stepGB: 1},
  {vcpu: 1, minGB: 2, maxGB: 8, stepGB: 1},
  {vcpu: 2, minGB: 4, maxGB: 16, stepGB: 1},
  {vcpu: 4, minGB: 8, maxGB: 30, stepGB: 1},
  {vcpu: 8, minGB: 16, maxGB: 60, stepGB: 4},
  {vcpu: 16, minGB: 32, maxGB: 120, stepGB: 8},
];
export const FARGATE_TASK_SIZES_SOURCE = {source: 'https://www.wring.co/blog/aws-fargate-pricing-guide', asOf: '2026-03-10', note: 'A 2026 copy of the ECS task-size table (vCPU → memory); the ECS developer guide has the same table.'} as const satisfies Sourced;
