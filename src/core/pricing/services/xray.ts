/** X-Ray pricer: traces recorded, retrieved and scanned (functions with Tracing: Active). */
import {XRAY_PRICES, type XRayDimension} from '../../../data/prices/xray.ts';
import {meter, need, q, read} from './meterHelpers.ts';
import {priceMeters} from './priceMeters.ts';
import type {Meter, MeteredBill, MeterInput, NeededInput, ResourceMeters, ServiceModel, ServiceOptions, UsageKeySpec} from './types.ts';

export const xrayModel: ServiceModel<XRayDimension> = {
  key: 'xray',
  sheet: XRAY_PRICES,
  dimensions: {
    recorded: {label: 'X-Ray traces recorded', unit: 'traces', ratePer: 1_000_000},
    retrieved: {label: 'X-Ray traces retrieved', unit: 'traces', ratePer: 1_000_000},
    scanned: {label: 'X-Ray traces scanned', unit: 'traces', ratePer: 1_000_000},
  },
};

export const XRAY_USAGE_KEYS: readonly UsageKeySpec[] = [
  {key: 'monthly_traces_recorded', description: 'Traces recorded per month (requests × sampling rate; the default rule samples 1/s + 5%)', integer: true},
  {key: 'monthly_traces_retrieved', description: 'Traces retrieved per month (optional)', integer: true},
  {key: 'monthly_traces_scanned', description: 'Traces scanned per month (optional)', integer: true},
];

export function meterXRay(input: MeterInput): ResourceMeters {
  const meters: Meter[] = [];
  const needs: NeededInput[] = [];
  const recorded = read(input, 'monthly_traces_recorded');
  if (recorded) meters.push(meter('xray', 'recorded', input, recorded, `${q(recorded)} traces recorded`));
  else needs.push(need('xray', input, 'X-Ray traces recorded', 'monthly_traces_recorded'));
  const retrieved = read(input, 'monthly_traces_retrieved');
  if (retrieved) meters.push(meter('xray', 'retrieved', input, retrieved, `${q(retrieved)} traces retrieved`));
  const scanned = read(input, 'monthly_traces_scanned');
  if (scanned) meters.push(meter('xray', 'scanned', input, scanned, `${q(scanned)} traces scanned`));
  return {meters, needs, notes: []};
}

export function priceXRay(input: MeterInput, options: ServiceOptions = {}): MeteredBill {
  const metered = meterXRay(input);
  return priceMeters(metered.meters, {xray: xrayModel}, options, metered.needs);
}
