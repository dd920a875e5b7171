/**
 * Application Load Balancer.
 * @see https://aws.amazon.com/elasticloadbalancing/pricing/
 * $0.0225 per ALB-hour + $0.008 per LCU-hour. An LCU-hour is the largest of: 25 new
 * connections/s, 3,000 active connections/min, 1 GB processed/hour for EC2/IP targets (0.4 GB
 * for Lambda targets, request and response bytes together), 1,000 rule evaluations/s (the first
 * 10 rules processed per request are free). The free tier (750 hours + 15 LCUs) is a 12-month offer.
 */
import {flat, type ServicePriceSheet} from './types.ts';

export type LoadBalancerDimension = 'albHours' | 'lcuHours';

export const LOAD_BALANCER_PRICES: ServicePriceSheet<LoadBalancerDimension> = {
  service: 'Elastic Load Balancing',
  source: 'https://aws.amazon.com/elasticloadbalancing/pricing/',
  asOf: '2026-12-02',
  regionsNote: 'us-east-1 only',
  regions: {
    'us-east-1': {
      albHours: flat('hour', '0.0225', 'Per Application Load Balancer-hour.'),
      lcuHours: flat('LCU-hour', '0.008', 'Per LCU-hour.'),
    },
  },
  free: {
    hours: {quantity: 750, kind: '12-month', dimensions: ['albHours'], note: '750 ALB-hours/month (new accounts, 12 months)'},
    lcu: {quantity: 10_950, kind: '12-month', dimensions: ['lcuHours'], note: '15 LCUs (10,950 LCU-hours)/month (new accounts, 12 months)'},
  },
};
