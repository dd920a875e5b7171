/** Fargate: hand calculations from the us-east-1 rates ($0.04048 / $0.004445 x86, $0.03238 / $0.00356 arm64). */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {priceFargate} from '../../../src/core/pricing/compute/fargate.ts';

describe('Fargate pricer', () => {
  it('x86: 4 tasks of 1 vCPU / 2 GB × 730 h', () => {
    // vCPU: 4 × 730 × 1 = 2,920 vCPU-hours × $0.04048 = $118.2016 ≈ $118.20
    // Memory: 4 × 730 × 2 = 5,840 GB-hours × $0.004445 = $25.9588 ≈ $25.96. Total $144.16.
    const estimate = priceFargate({architecture: 'x86_64', vcpu: 1, memoryGB: 2, tasks: 4, hoursPerMonth: 730});
    expect(estimate.lineItems.map((item) => item.usdUnrounded)).toEqual([118.2016, 25.9588]);
    expect(estimate.total).toBe(144.16);
  });
  it('arm64 is cheaper: 2,920 × $0.03238 = $94.5496 ≈ $94.55 and 5,840 × $0.00356 = $20.7904 ≈ $20.79', () => {
    expect(priceFargate({architecture: 'arm64', vcpu: 1, memoryGB: 2, tasks: 4, hoursPerMonth: 730}).total).toBe(115.34);
  });
  it('Spot at 70%: each line at the discounted rate: $118.2016 × 0.3 = $35.46048 ≈ $35.46; $25.9588 × 0.3 = $7.78764 ≈ $7.79', () => {
    expect(priceFargate({architecture: 'x86_64', vcpu: 1, memoryGB: 2, tasks: 4, hoursPerMonth: 730, spotDiscountPercent: 70}).total).toBe(43.25);
    expect(() => priceFargate({architecture: 'x86_64', vcpu: 1, memoryGB: 2, tasks: 1, hoursPerMonth: 1, spotDiscountPercent: 80})).toThrow(/Spot discount: 80% is above the maximum of 70%/);
  });
  it('refuses unknown Regions', () => {
    expect(() => priceFargate({region: 'ap-south-2', architecture: 'x86_64', vcpu: 1, memoryGB: 2, tasks: 1, hoursPerMonth: 1})).toThrow(/region: 'ap-south-2' has no Fargate prices/);
  });
  it('arm64 never costs more than x86 for the same tasks', () => {
    fc.assert(
      fc.property(fc.constantFrom(0.25, 0.5, 1, 2, 4, 8, 16), fc.integer({min: 1, max: 120}), fc.integer({min: 0, max: 100}), fc.integer({min: 0, max: 744}), (vcpu, gb, tasks, hours) => {
        const x86 = priceFargate({architecture: 'x86_64', vcpu, memoryGB: gb, tasks, hoursPerMonth: hours}).totalUnrounded;
        const arm = priceFargate({architecture: 'arm64', vcpu, memoryGB: gb, tasks, hoursPerMonth: hours}).totalUnrounded;
        expect(arm).toBeLessThanOrEqual(x86);
      }),
      {numRuns: 60},
    );
  });
});
