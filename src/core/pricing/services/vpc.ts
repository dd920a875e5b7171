/** NAT gateway and interface VPC endpoint pricers: hours from the template, GB processed from usage. */
import {VPC_PRICES, type VpcDimension} from '../../../data/prices/vpc.ts';
import {HOURS_PER_MONTH} from '../../quantity/types.ts';
import {int, mul} from '../exact.ts';
import {meter, need, q, read} from './meterHelpers.ts';
import {priceMeters} from './priceMeters.ts';
import type {Meter, MeteredBill, MeterInput, NeededInput, ResourceMeters, ServiceModel, ServiceOptions, UsageKeySpec} from './types.ts';

export const vpcModel: ServiceModel<VpcDimension> = {
  key: 'vpc',
  sheet: VPC_PRICES,
  dimensions: {
    natHours: {label: 'NAT gateway hours', unit: 'hours'},
    natData: {label: 'NAT gateway data processed', unit: 'GB'},
    endpointHours: {label: 'Interface endpoint hours', unit: 'AZ-hours'},
    endpointData: {label: 'Interface endpoint data processed', unit: 'GB'},
  },
};

export const NAT_USAGE_KEYS: readonly UsageKeySpec[] = [{key: 'monthly_data_processed_gb', description: 'GB through the NAT gateway per month (both directions)'}];
export const ENDPOINT_USAGE_KEYS: readonly UsageKeySpec[] = [{key: 'monthly_data_processed_gb', description: 'GB through the endpoint per month'}];

export function meterNatGateway(input: MeterInput): ResourceMeters {
  const meters: Meter[] = [meter('vpc', 'natHours', input, int(HOURS_PER_MONTH), `1 NAT gateway × ${HOURS_PER_MONTH} hours`)];
  const needs: NeededInput[] = [];
  const data = read(input, 'monthly_data_processed_gb');
  if (data) meters.push(meter('vpc', 'natData', input, data, `${q(data)} GB processed`));
  else needs.push(need('vpc', input, 'NAT gateway data processed', 'monthly_data_processed_gb'));
  return {meters, needs, notes: []};
}

export function meterInterfaceEndpoint(input: MeterInput<{readonly azCount?: number}>): ResourceMeters {
  const azs = int(Math.max(1, input.config?.azCount ?? 1));
  const meters: Meter[] = [meter('vpc', 'endpointHours', input, mul(azs, int(HOURS_PER_MONTH)), `${q(azs)} AZ × ${HOURS_PER_MONTH} hours`)];
  const needs: NeededInput[] = [];
  const data = read(input, 'monthly_data_processed_gb');
  if (data) meters.push(meter('vpc', 'endpointData', input, data, `${q(data)} GB processed`));
  else needs.push(need('vpc', input, 'Interface endpoint data processed', 'monthly_data_processed_gb'));
  return {meters, needs, notes: []};
}

export function priceNatGateway(input: MeterInput, options: ServiceOptions = {}): MeteredBill {
  const metered = meterNatGateway(input);
  return priceMeters(metered.meters, {vpc: vpcModel}, options, metered.needs);
}

export function priceInterfaceEndpoint(input: MeterInput<{readonly azCount?: number}>, options: ServiceOptions = {}): MeteredBill {
  const metered = meterInterfaceEndpoint(input);
  return priceMeters(metered.meters, {vpc: vpcModel}, options, metered.needs);
}
