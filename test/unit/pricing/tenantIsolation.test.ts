/** Tenant isolation: $0.000167 per tenant-isolated environment created per GB of memory (x86, us-east-1). */
import {describe, expect, it} from 'vitest';
import {priceFunction} from '../../../src/core/pricing/index.ts';

describe('tenant isolation', () => {
  it('50,000 environments of 1,536 MB: 50,000 × 1.5 GB = 75,000 environment-GB × $0.000167 = $12.525 ≈ $12.53', () => {
    const estimate = priceFunction({architecture: 'x86_64', memoryMB: 1536, averageDurationMs: 100, requestsPerMonth: 0, tenantIsolation: {environmentsPerMonth: 50_000}}, {freeTier: false});
    expect(estimate.lineItems.find((item) => item.id === 'tenantEnvironments')).toMatchObject({quantity: 75_000, usdUnrounded: 12.525, usd: 12.53});
  });
  it('refuses what it has no rate for, and combinations AWS does not allow', () => {
    expect(() => priceFunction({architecture: 'arm64', memoryMB: 1024, averageDurationMs: 1, requestsPerMonth: 1, tenantIsolation: {environmentsPerMonth: 1}})).toThrow(/knows the x86_64 rate in us-east-1 only \(got arm64 in us-east-1\)/);
    expect(() => priceFunction({architecture: 'x86_64', memoryMB: 1024, averageDurationMs: 1, requestsPerMonth: 1, tenantIsolation: {environmentsPerMonth: 1}, provisionedConcurrency: {concurrency: 1, hoursPerMonth: 1}})).toThrow(/tenant isolation: cannot be combined with provisioned concurrency/);
  });
});
