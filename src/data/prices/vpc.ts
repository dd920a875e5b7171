/**
 * NAT gateways and interface VPC endpoints (AWS PrivateLink).
 * @see https://aws.amazon.com/vpc/pricing/
 * @see https://aws.amazon.com/privatelink/pricing/
 * NAT gateway: $0.045 per hour + $0.045 per GB processed (either direction), on top of any data
 * transfer. Interface endpoint: $0.01 per hour per Availability Zone + per GB processed (first
 * 1 PB $0.01, next 4 PB $0.006, over 5 PB $0.004; 1 PB = 1,048,576 GB). Gateway endpoints (S3,
 * DynamoDB) are free. No free tier.
 */
import {flat, type ServicePriceSheet} from './types.ts';

export type VpcDimension = 'natHours' | 'natData' | 'endpointHours' | 'endpointData';

export const VPC_PRICES: ServicePriceSheet<VpcDimension> = {
  service: 'Amazon VPC',
  source: 'https://aws.amazon.com/vpc/pricing/',
  asOf: '2026-12-02',
  regionsNote: 'us-east-1 only',
  regions: {
    'us-east-1': {
      natHours: flat('hour', '0.045', 'Per NAT gateway-hour, traffic or not.'),
      natData: flat('GB', '0.045', 'Per GB processed by a NAT gateway.'),
      endpointHours: flat('hour', '0.01', 'Per interface endpoint per AZ per hour.'),
      endpointData: {
        unit: 'GB',
        tiers: [
          {upTo: 1_048_576, usd: '0.01'},
          {upTo: 5_242_880, usd: '0.006'},
          {upTo: null, usd: '0.004'},
        ],
        note: 'Interface endpoints: first 1 PB $0.01/GB, next 4 PB $0.006/GB, over 5 PB $0.004/GB.',
      },
    },
  },
};
