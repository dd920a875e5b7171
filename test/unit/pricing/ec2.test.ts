/** EC2 on-demand instances, for the comparison: hand calculations from the us-east-1 rates. */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {findEc2Price, priceEc2Instances} from '../../../src/core/pricing/compute/ec2.ts';
import {toEstimate} from '../../../src/core/pricing/compute/pricedLine.ts';
import {EC2_PRICES, INSTANCE_TYPES} from '../../../src/data/prices/ec2.ts';
import {validateSourced} from '../../support/validateData.ts';

const ids = {instances: 'ec2Instances', discount: 'ec2Discount'} as const;

describe('EC2 pricer', () => {
  it('2 × c7i.large × 730 h = 1,460 instance-hours × $0.08925 = $130.305 ≈ $130.31', () => {
    const {lines} = priceEc2Instances({region: 'us-east-1', instanceType: 'c7i.large', instances: 2, hoursPerMonth: 730}, ids);
    expect(lines[0]?.item).toMatchObject({quantity: 1460, usdUnrounded: 130.305, usd: 130.31});
  });
  it('a 40% Savings Plan: $130.305 × 0.6 = $78.183 ≈ $78.18, shown as $78.18 − $130.31 = −$52.13', () => {
    const estimate = toEstimate(priceEc2Instances({region: 'us-east-1', instanceType: 'c7i.large', instances: 2, hoursPerMonth: 730, discountPercent: 40}, ids).lines);
    expect(estimate.lineItems[1]?.usd).toBe(-52.13);
    expect(estimate.total).toBe(78.18);
  });
  it('refuses Regions and instance types it has no price for', () => {
    expect(() => findEc2Price('eu-west-1', 'm7g.large')).toThrow("region: 'eu-west-1' has no EC2 prices in Lambda Lab's data (known: us-east-1); Lambda Lab refuses rather than guess");
    expect(() => findEc2Price('us-east-1', 'p5.48xlarge')).toThrow(/instance type: 'p5.48xlarge' is not in Lambda Lab's data/);
  });
  it('every instance type has a price, a source and a date; sizes double the price', () => {
    for (const region of EC2_PRICES) {
      expect(validateSourced(region.region, region)).toEqual([]);
      for (const instance of INSTANCE_TYPES) expect(region.onDemandHourly[instance.type], instance.type).toMatch(/^\d+\.\d+$/);
      for (const family of ['m7g', 'c7g', 'r7g', 'm7i', 'c7i', 'r7i']) {
        expect(Number(region.onDemandHourly[`${family}.xlarge`])).toBeCloseTo(2 * Number(region.onDemandHourly[`${family}.large`]), 10);
        expect(Number(region.onDemandHourly[`${family}.4xlarge`])).toBeCloseTo(8 * Number(region.onDemandHourly[`${family}.large`]), 10);
      }
    }
  });
  it('is linear in instances and hours', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INSTANCE_TYPES.map((entry) => entry.type)), fc.integer({min: 0, max: 500}), fc.integer({min: 0, max: 744}), (type, instances, hours) => {
        const one = priceEc2Instances({region: 'us-east-1', instanceType: type, instances: 1, hoursPerMonth: 1}, ids).lines[0]!.item.usdUnrounded;
        const many = priceEc2Instances({region: 'us-east-1', instanceType: type, instances, hoursPerMonth: hours}, ids).lines[0]!.item.usdUnrounded;
        expect(many).toBeCloseTo(one * instances * hours, 6);
      }),
      {numRuns: 60},
    );
  });
});
