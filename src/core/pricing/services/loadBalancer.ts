/** ALB pricer: hours from the template; LCU-hours = the largest of four dimensions × 730 hours. */
import {LOAD_BALANCER_PRICES, type LoadBalancerDimension} from '../../../data/prices/loadBalancer.ts';
import {HOURS_PER_MONTH} from '../../quantity/types.ts';
import {cmp, div, fromNumber, int, mul, type Exact} from '../exact.ts';
import {meter, need, q, read} from './meterHelpers.ts';
import {priceMeters} from './priceMeters.ts';
import type {Meter, MeteredBill, MeterInput, ResourceMeters, ServiceModel, ServiceOptions, UsageKeySpec} from './types.ts';

export const loadBalancerModel: ServiceModel<LoadBalancerDimension> = {
  key: 'loadBalancer',
  sheet: LOAD_BALANCER_PRICES,
  dimensions: {
    albHours: {label: 'Application Load Balancer hours', unit: 'hours'},
    lcuHours: {label: 'Application Load Balancer LCU-hours', unit: 'LCU-hours'},
  },
};

export const ALB_USAGE_KEYS: readonly UsageKeySpec[] = [
  {key: 'new_connections', description: 'Average new connections per second'},
  {key: 'active_connections', description: 'Average active connections per minute'},
  {key: 'processed_bytes_gb', description: 'Average GB processed per hour (Lambda targets: request + response)'},
  {key: 'rule_evaluations', description: 'Average rule evaluations per second beyond the 10 free rules per request'},
];

export function meterLoadBalancer(input: MeterInput<{readonly lambdaTargets?: boolean}>): ResourceMeters {
  const meters: Meter[] = [meter('loadBalancer', 'albHours', input, int(HOURS_PER_MONTH), `1 ALB × ${HOURS_PER_MONTH} hours`)];
  const gbPerLcu = input.config?.lambdaTargets ? '0.4' : '1';
  const parts: [string, Exact | undefined, Exact][] = [
    ['new connections/s ÷ 25', read(input, 'new_connections'), int(25)],
    ['active connections/min ÷ 3,000', read(input, 'active_connections'), int(3000)],
    [`GB/hour ÷ ${gbPerLcu}`, read(input, 'processed_bytes_gb'), fromNumber(Number(gbPerLcu))],
    ['rule evaluations/s ÷ 1,000', read(input, 'rule_evaluations'), int(1000)],
  ];
  const known = parts.filter((part): part is [string, Exact, Exact] => part[1] !== undefined);
  if (known.length === 0) return {meters, needs: [need('loadBalancer', input, 'ALB LCU-hours', 'processed_bytes_gb', 'new_connections')], notes: []};
  const lcus = known.map(([label, value, per]) => ({label, value, lcu: div(value, per)}));
  const largest = lcus.reduce((best, entry) => (cmp(entry.lcu, best.lcu) > 0 ? entry : best));
  const hours = mul(largest.lcu, int(HOURS_PER_MONTH));
  meters.push(meter('loadBalancer', 'lcuHours', input, hours, `max(${lcus.map((entry) => `${q(entry.value)} ${entry.label} = ${q(entry.lcu)}`).join('; ')}) = ${q(largest.lcu)} LCU × ${HOURS_PER_MONTH} hours`));
  return {meters, needs: [], notes: []};
}

export function priceLoadBalancer(input: MeterInput<{readonly lambdaTargets?: boolean}>, options: ServiceOptions = {}): MeteredBill {
  const metered = meterLoadBalancer(input);
  return priceMeters(metered.meters, {loadBalancer: loadBalancerModel}, options, metered.needs);
}
