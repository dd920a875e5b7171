/**
 * Amazon SQS requests.
 * @see https://aws.amazon.com/sqs/pricing/
 * Every API action is a request; each 64 KB chunk of a payload is billed as one request (a
 * 256 KB message is 4). The first 1 million requests a month are free for every account (always
 * free, standard and FIFO together).
 */
import type {ServicePriceSheet} from './types.ts';

export type SqsDimension = 'standardRequests' | 'fifoRequests';

export const SQS_PRICES: ServicePriceSheet<SqsDimension> = {
  service: 'Amazon SQS',
  source: 'https://aws.amazon.com/sqs/pricing/',
  asOf: '2026-12-02',
  regionsNote: 'us-east-1 only; most commercial Regions share these rates but Lambda Lab has not captured them',
  regions: {
    'us-east-1': {
      standardRequests: {
        unit: 'request',
        tiers: [
          {upTo: 100_000_000_000, usd: '0.0000004'},
          {upTo: 200_000_000_000, usd: '0.0000003'},
          {upTo: null, usd: '0.00000024'},
        ],
        note: 'First 100B $0.40/M, next 100B $0.30/M, over 200B $0.24/M.',
      },
      fifoRequests: {
        unit: 'request',
        tiers: [
          {upTo: 100_000_000_000, usd: '0.0000005'},
          {upTo: 200_000_000_000, usd: '0.0000004'},
          {upTo: null, usd: '0.00000035'},
        ],
        note: 'First 100B $0.50/M, next 100B $0.40/M, over 200B $0.35/M.',
      },
    },
  },
  free: {
    requests: {quantity: 1_000_000, kind: 'always-free', dimensions: ['standardRequests', 'fifoRequests'], note: '1M SQS requests/month, every account'},
  },
};
