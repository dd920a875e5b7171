/**
 * Lambda Managed Instances: hand calculations from the published rates (us-east-1:
 * m7g.xlarge $0.1632 per hour, management fee 15% of the EC2 on-demand price, requests $0.20 per 1M).
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {priceManagedInstances} from '../../../src/core/pricing/compute/managedInstances.ts';
import {priceBill, priceFunction, validateUsage} from '../../../src/core/pricing/index.ts';
import type {FunctionUsage} from '../../../src/core/pricing/index.ts';
import {INSTANCE_TYPES} from '../../../src/data/prices/ec2.ts';

const line = (estimate: {lineItems: readonly {id: string}[]}, id: string) => estimate.lineItems.find((item) => item.id === id) as {usd: number; usdUnrounded: number; quantity: number; formula: string} | undefined;
const lmi = (overrides: Partial<FunctionUsage> = {}): FunctionUsage => ({architecture: 'arm64', memoryMB: 2048, averageDurationMs: 50, requestsPerMonth: 100_000_000, managedInstances: {instanceType: 'm7g.xlarge', instances: 3, hoursPerMonth: 730}, ...overrides});

describe('Managed Instances golden case: 3 × m7g.xlarge × 730 h in us-east-1 with 100M requests', () => {
  // EC2: 3 × 730 h = 2,190 instance-hours × $0.1632 = $357.408 ≈ $357.41
  // Fee: 15% × $357.408 = $53.6112 ≈ $53.61
  // Requests: 100,000,000 × $0.0000002 = $20.00 (no free tier on Managed Instances requests)
  // No duration line. Total: $357.41 + $53.61 + $20.00 = $431.02
  it('standalone pricer', () => {
    const estimate = priceManagedInstances({instanceType: 'm7g.xlarge', instances: 3, hoursPerMonth: 730, requestsPerMonth: 100_000_000});
    expect(line(estimate, 'managedInstancesEc2')).toMatchObject({quantity: 2190, usdUnrounded: 357.408, usd: 357.41});
    expect(line(estimate, 'managedInstancesFee')).toMatchObject({usdUnrounded: 53.6112, usd: 53.61});
    expect(line(estimate, 'requests')).toMatchObject({usd: 20});
    expect(estimate.total).toBe(431.02);
    expect(line(estimate, 'managedInstancesEc2')?.formula).toBe('3 × m7g.xlarge × 730 h = 2,190 instance-hours × $0.1632 per hour = $357.408 ≈ $357.41');
    expect(line(estimate, 'managedInstancesFee')?.formula).toBe('15% × $357.408 EC2 on-demand = $53.6112 ≈ $53.61');
  });

  it('through the Lambda engine (the same figures, and memory and duration do not change them)', () => {
    const estimate = priceFunction(lmi());
    expect(estimate.total).toBe(431.02);
    expect(estimate.lineItems.map((item) => item.id)).toEqual(['requests', 'managedInstancesEc2', 'managedInstancesFee']);
    expect(line(estimate, 'duration')).toBeUndefined();
    expect(priceFunction(lmi({memoryMB: 8192, averageDurationMs: 900})).total).toBe(431.02);
    expect(estimate.freeTierApplied.requests).toBe(0);
  });

  it('an EC2 Savings Plan of 30% lowers the EC2 part only; the fee stays on the on-demand price', () => {
    // EC2 at the plan rate: $357.408 × 0.7 = $250.1856 ≈ $250.19 → discount line $250.19 − $357.41 = −$107.22
    // Fee unchanged: $53.61. Requests $20.00. Total $250.19 + $53.61 + $20.00 = $323.80
    const estimate = priceManagedInstances({instanceType: 'm7g.xlarge', instances: 3, hoursPerMonth: 730, requestsPerMonth: 100_000_000, ec2DiscountPercent: 30});
    expect(line(estimate, 'managedInstancesEc2Discount')?.usd).toBe(-107.22);
    expect(line(estimate, 'managedInstancesFee')?.usd).toBe(53.61);
    expect(estimate.total).toBe(323.8);
  });

  it('a bill can mix models: one on-demand function and one on Managed Instances', () => {
    const bill = priceBill([
      {name: 'api', architecture: 'arm64', memoryMB: 1024, averageDurationMs: 100, requestsPerMonth: 2_000_000},
      {...lmi(), name: 'steady'},
    ]);
    // api: 200,000 GB-s (inside the 400,000 free) and 2M requests; the free million goes to api, not to steady.
    // Requests line: (2M − 1M free) + 100M = 101M × $0.20/M = $20.20.
    expect(bill.lineItems.find((item) => item.id === 'requests')?.usd).toBe(20.2);
    expect(bill.lineItems.find((item) => item.id === 'managedInstancesEc2')?.label).toBe('steady: Managed Instances: EC2 (m7g.xlarge, on-demand)');
    expect(bill.total).toBe(20.2 + 357.41 + 53.61);
  });
});

describe('Managed Instances refusals', () => {
  const refused = (usage: FunctionUsage) => {
    const checked = validateUsage(usage);
    return checked.ok ? '' : checked.error;
  };
  it('names the field, the range and the source', () => {
    expect(refused(lmi({managedInstances: {instanceType: 'm7g.tiny', instances: 1}}))).toMatch(/^instance type: 'm7g.tiny' is not in Lambda Lab's data \(known: m7g.large, /);
    expect(refused(lmi({architecture: 'x86_64'}))).toMatch(/^architecture: m7g.xlarge is arm64, the function is x86_64/);
    expect(refused(lmi({memoryMB: 1024}))).toMatch(/^memory: 1,024 MB is below the minimum of 2,048 MB \(Lambda Managed Instances/);
    expect(refused(lmi({memoryMB: 20_480}))).toBe('memory: 20,480 MB does not fit on m7g.xlarge (16 GiB); choose a larger instance');
    expect(refused(lmi({provisionedConcurrency: {concurrency: 1, hoursPerMonth: 1}}))).toMatch(/^provisioned concurrency: not used on Managed Instances/);
    expect(() => priceFunction(lmi({region: 'eu-west-1'}))).toThrow(/region: 'eu-west-1' has no EC2 prices in Lambda Lab's data \(known: us-east-1\)/);
  });
});

describe('Managed Instances properties', () => {
  it('the fee is always 15% of the EC2 on-demand line, the total is monotone in instances, hours and requests', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INSTANCE_TYPES.map((entry) => entry.type)), fc.integer({min: 0, max: 200}), fc.integer({min: 0, max: 744}), fc.integer({min: 0, max: 1e10}), fc.integer({min: 1, max: 50}), (instanceType, instances, hours, requests, more) => {
        const base = priceManagedInstances({instanceType, instances, hoursPerMonth: hours, requestsPerMonth: requests});
        const ec2 = line(base, 'managedInstancesEc2')!.usdUnrounded;
        expect(line(base, 'managedInstancesFee')!.usdUnrounded).toBeCloseTo(ec2 * 0.15, 9);
        expect(Number.isFinite(base.total)).toBe(true);
        for (const bigger of [
          {instanceType, instances: instances + more, hoursPerMonth: hours, requestsPerMonth: requests},
          {instanceType, instances, hoursPerMonth: Math.min(744, hours + more), requestsPerMonth: requests},
          {instanceType, instances, hoursPerMonth: hours, requestsPerMonth: requests + more * 1_000_000},
        ]) expect(priceManagedInstances(bigger).totalUnrounded).toBeGreaterThanOrEqual(base.totalUnrounded);
      }),
      {numRuns: 100},
    );
  });
});
