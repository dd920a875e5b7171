import {FARGATE_PRICES, FARGATE_SPOT} from '../../../data/prices/fargate.ts';
import type {Architecture} from '../../../data/schema.ts';
import {fromNumber, mul, parseExact} from '../exact.ts';
import {formatQuantity as q} from '../formatNumbers.ts';
import {discountLine, pricedLine, toEstimate, type LinesEstimate, type PricedLine} from './pricedLine.ts';

export interface FargateUsage {
  readonly region?: string;
  readonly architecture: Architecture;
  /** Per task: 0.25–16 vCPU. */
  readonly vcpu: number;
  /** Per task, GB. */
  readonly memoryGB: number;
  /** Tasks running on average. */
  readonly tasks: number;
  readonly hoursPerMonth: number;
  /** Fargate Spot discount you observe, 0–70 %; omit for on-demand. */
  readonly spotDiscountPercent?: number;
}

/** Fargate (ECS, Linux): tasks × hours × (vCPU × vCPU-hour rate + GB × GB-hour rate). */
export function priceFargateLines(usage: FargateUsage): PricedLine[] {
  const region = usage.region ?? 'us-east-1';
  const prices = FARGATE_PRICES.find((entry) => entry.region === region);
  if (!prices) throw new RangeError(`region: '${region}' has no Fargate prices in Lambda Lab's data (known: ${FARGATE_PRICES.map((entry) => entry.region).join(', ')}); Lambda Lab refuses rather than guess`);
  const taskHours = mul(fromNumber(usage.tasks), fromNumber(usage.hoursPerMonth));
  const vcpuHours = mul(taskHours, fromNumber(usage.vcpu));
  const gbHours = mul(taskHours, fromNumber(usage.memoryGB));
  const vcpuRate = parseExact(prices.perVcpuHour[usage.architecture]);
  const gbRate = parseExact(prices.perGbHour[usage.architecture]);
  const arch = usage.architecture === 'arm64' ? 'Linux/ARM' : 'Linux/x86';
  const lines = [
    pricedLine('fargateVcpu', `Fargate vCPU (${arch})`, vcpuHours, 'vCPU-hours', mul(vcpuHours, vcpuRate), `${q(fromNumber(usage.tasks))} tasks × ${q(fromNumber(usage.hoursPerMonth))} h × ${q(fromNumber(usage.vcpu))} vCPU = ${q(vcpuHours)} vCPU-hours × $${prices.perVcpuHour[usage.architecture]}`, region),
    pricedLine('fargateMemory', `Fargate memory (${arch})`, gbHours, 'GB-hours', mul(gbHours, gbRate), `${q(fromNumber(usage.tasks))} tasks × ${q(fromNumber(usage.hoursPerMonth))} h × ${q(fromNumber(usage.memoryGB))} GB = ${q(gbHours)} GB-hours × $${prices.perGbHour[usage.architecture]}`, region),
  ];
  const spot = usage.spotDiscountPercent ?? 0;
  if (spot > 0) {
    if (spot > FARGATE_SPOT.maxDiscountPercent) throw new RangeError(`Fargate Spot discount: ${spot}% is above the maximum of ${FARGATE_SPOT.maxDiscountPercent}% (${FARGATE_SPOT.source})`);
    lines.push(discountLine('fargateSpotDiscount', `Fargate Spot discount (${spot}%, vCPU)`, spot, lines[0]!, region), discountLine('fargateSpotDiscount', `Fargate Spot discount (${spot}%, memory)`, spot, lines[1]!, region));
  }
  return lines;
}

export function priceFargate(usage: FargateUsage): LinesEstimate {
  return toEstimate(priceFargateLines(usage), ['Fargate bills the task size you configure, per second (1-minute minimum), busy or idle; 20 GB of task storage included.']);
}
