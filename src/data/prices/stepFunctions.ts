/**
 * AWS Step Functions: Standard (state transitions) and Express (requests + GB-seconds).
 * @see https://aws.amazon.com/step-functions/pricing/
 * Standard: 4,000 transitions a month always free (for new and existing accounts, no expiry).
 * Express: duration rounded up to 100 ms, memory billed in 64 MB chunks; no free tier.
 * Express duration tiers: first 1,000 GB-hours (3.6M GB-s), next 4,000 GB-hours, then the rest.
 */
import {flat, type ServicePriceSheet} from './types.ts';

export type StepFunctionsDimension = 'transitions' | 'expressRequests' | 'expressDuration';

const standard = (usd: string) => ({transitions: flat('state transition', usd, `$${(Number(usd) * 1000).toFixed(4)} per 1,000 state transitions.`)});

export const STEP_FUNCTIONS_PRICES: ServicePriceSheet<StepFunctionsDimension> = {
  service: 'AWS Step Functions',
  source: 'https://aws.amazon.com/step-functions/pricing/',
  asOf: '2026-12-02',
  regionsNote: 'Standard transitions for the Regions in the pricing page’s table; Express rates for us-east-1 only',
  regions: {
    'us-east-1': {
      ...standard('0.000025'),
      expressRequests: flat('request', '0.000001', '$1.00 per million requests.'),
      expressDuration: {
        unit: 'GB-second',
        tiers: [
          {upTo: 3_600_000, usd: '0.00001667'},
          {upTo: 18_000_000, usd: '0.00000833'},
          {upTo: null, usd: '0.00000456'},
        ],
        note: 'First 1,000 GB-hours $0.00001667/GB-s, next 4,000 GB-hours $0.00000833, beyond $0.00000456.',
      },
    },
    'us-east-2': standard('0.000025'),
    'us-west-2': standard('0.000025'),
    'us-west-1': standard('0.0000279'),
    'ca-central-1': standard('0.000025'),
    'sa-east-1': standard('0.0000375'),
    'eu-west-1': standard('0.000025'),
    'eu-central-1': standard('0.000025'),
    'eu-west-2': standard('0.000025'),
    'eu-west-3': standard('0.0000297'),
    'eu-north-1': standard('0.000025'),
    'ap-southeast-1': standard('0.000025'),
    'ap-northeast-1': standard('0.000025'),
    'ap-southeast-2': standard('0.000025'),
    'ap-northeast-2': standard('0.0000271'),
    'ap-south-1': standard('0.0000285'),
  },
  free: {
    transitions: {quantity: 4_000, kind: 'always-free', dimensions: ['transitions'], note: '4,000 state transitions/month'},
  },
};
