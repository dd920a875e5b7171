/** Provisioned event pollers: Kafka $0.185 and SQS $0.00925 per EPU-hour (us-east-1). */
import {describe, expect, it} from 'vitest';
import {priceEventPollerLines} from '../../../src/core/pricing/features/eventPollers.ts';
import {priceFunction} from '../../../src/core/pricing/index.ts';

describe('provisioned event pollers', () => {
  it('Kafka: 2 EPU × 730 h = 1,460 EPU-hours × $0.185 = $270.10', () => {
    expect(priceEventPollerLines({source: 'kafka', pollerUnits: 2, hoursPerMonth: 730}, 'us-east-1')[0]?.item).toMatchObject({quantity: 1460, usd: 270.1});
  });
  it('SQS: 10 pollers × 730 h = 7,300 EPU-hours × $0.00925 = $67.525 ≈ $67.53', () => {
    expect(priceEventPollerLines({source: 'sqs', pollerUnits: 10}, 'us-east-1')[0]?.item).toMatchObject({usdUnrounded: 67.525, usd: 67.53});
  });
  it('refuses fewer pollers than the mapping runs, and unknown Regions', () => {
    expect(() => priceFunction({architecture: 'x86_64', memoryMB: 1024, averageDurationMs: 1, requestsPerMonth: 1, eventPollers: {source: 'sqs', pollerUnits: 1}})).toThrow(/event poller units: 1 EPU is below the minimum of 2 EPU \(provisioned mode for SQS needs at least 2 pollers/);
    expect(() => priceEventPollerLines({source: 'kafka', pollerUnits: 1}, 'eu-west-1')).toThrow(/no event poller prices/);
  });
});
