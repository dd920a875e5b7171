/** Data transfer pricer: out to the internet (tiers, 100 GB free), between AZs (both sides), to other Regions. */
import {DATA_TRANSFER_PRICES, type DataTransferDimension} from '../../../data/prices/dataTransfer.ts';
import {int, mul} from '../exact.ts';
import {meter, q, read} from './meterHelpers.ts';
import {priceMeters} from './priceMeters.ts';
import type {Meter, MeteredBill, MeterInput, ResourceMeters, ServiceModel, ServiceOptions, UsageKeySpec} from './types.ts';

export const dataTransferModel: ServiceModel<DataTransferDimension> = {
  key: 'dataTransfer',
  sheet: DATA_TRANSFER_PRICES,
  dimensions: {
    internetOut: {label: 'Data transfer out to the internet', unit: 'GB'},
    interAz: {label: 'Data transfer between AZs', unit: 'GB'},
    interRegion: {label: 'Data transfer to other Regions', unit: 'GB'},
  },
};

export const DATA_TRANSFER_USAGE_KEYS: readonly UsageKeySpec[] = [
  {key: 'monthly_outbound_internet_gb', description: 'GB sent to the internet per month (API responses, downloads)'},
  {key: 'monthly_intra_region_gb', description: 'GB crossing Availability Zones per month (billed on both sides)'},
  {key: 'monthly_outbound_other_regions_gb', description: 'GB sent to other Regions per month'},
];

export function meterDataTransfer(input: MeterInput): ResourceMeters {
  const meters: Meter[] = [];
  const out = read(input, 'monthly_outbound_internet_gb');
  if (out) meters.push(meter('dataTransfer', 'internetOut', input, out, `${q(out)} GB out`));
  const az = read(input, 'monthly_intra_region_gb');
  if (az) meters.push(meter('dataTransfer', 'interAz', input, mul(az, int(2)), `${q(az)} GB × 2 (out of one AZ, into the other)`));
  const region = read(input, 'monthly_outbound_other_regions_gb');
  if (region) meters.push(meter('dataTransfer', 'interRegion', input, region, `${q(region)} GB to other Regions`));
  return {meters, needs: [], notes: []};
}

export function priceDataTransfer(input: MeterInput, options: ServiceOptions = {}): MeteredBill {
  return priceMeters(meterDataTransfer(input).meters, {dataTransfer: dataTransferModel}, options);
}
