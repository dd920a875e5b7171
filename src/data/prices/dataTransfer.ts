/**
 * Data transfer from us-east-1.
 * @see https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer
 * Out to the internet: the first 100 GB a month are free for every account (always free,
 * aggregated across services and Regions since December 2021), then first 10 TB $0.09/GB, next
 * 40 TB $0.085, next 100 TB $0.07, over 150 TB $0.05 (1 TB = 1,024 GB). Between Availability
 * Zones: $0.01/GB in each direction. To another Region: $0.02/GB (us-east-1 ↔ us-east-2 is
 * $0.01; not modelled). Data in is free.
 */
import {flat, type ServicePriceSheet} from './types.ts';

export type DataTransferDimension = 'internetOut' | 'interAz' | 'interRegion';

export const DATA_TRANSFER_PRICES: ServicePriceSheet<DataTransferDimension> = {
  service: 'AWS Data Transfer',
  source: 'https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer',
  asOf: '2026-12-02',
  regionsNote: 'from us-east-1 only',
  regions: {
    'us-east-1': {
      internetOut: {
        unit: 'GB',
        tiers: [
          {upTo: 10_240, usd: '0.09'},
          {upTo: 51_200, usd: '0.085'},
          {upTo: 153_600, usd: '0.07'},
          {upTo: null, usd: '0.05'},
        ],
        note: 'Out to the internet: first 10 TB $0.09/GB, next 40 TB $0.085, next 100 TB $0.07, over 150 TB $0.05.',
      },
      interAz: flat('GB', '0.01', 'Between AZs: $0.01/GB out of one AZ and $0.01/GB into the other.'),
      interRegion: flat('GB', '0.02', 'To another Region: $0.02/GB.'),
    },
  },
  free: {
    internet: {quantity: 100, kind: 'always-free', dimensions: ['internetOut'], note: '100 GB/month out to the internet, aggregated across services'},
  },
};
