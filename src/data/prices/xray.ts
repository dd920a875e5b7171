/**
 * AWS X-Ray traces.
 * @see https://aws.amazon.com/xray/pricing/
 * $5.00 per million traces recorded; $0.50 per million traces retrieved or scanned. Always free
 * every month: 100,000 traces recorded and 1,000,000 retrieved or scanned (together).
 */
import {flat, type ServicePriceSheet} from './types.ts';

export type XRayDimension = 'recorded' | 'retrieved' | 'scanned';

export const XRAY_PRICES: ServicePriceSheet<XRayDimension> = {
  service: 'AWS X-Ray',
  source: 'https://aws.amazon.com/xray/pricing/',
  asOf: '2026-12-02',
  regionsNote: 'us-east-1 only',
  regions: {
    'us-east-1': {
      recorded: flat('trace', '0.000005', '$5.00 per million traces recorded.'),
      retrieved: flat('trace', '0.0000005', '$0.50 per million traces retrieved.'),
      scanned: flat('trace', '0.0000005', '$0.50 per million traces scanned.'),
    },
  },
  free: {
    recorded: {quantity: 100_000, kind: 'always-free', dimensions: ['recorded'], note: '100,000 traces recorded/month'},
    read: {quantity: 1_000_000, kind: 'always-free', dimensions: ['retrieved', 'scanned'], note: '1M traces retrieved or scanned/month'},
  },
};
