import {describe, expect, it} from 'vitest';
import {DEFAULT_STATE, decodeCalculatorHash, encodeCalculatorHash} from '../../../src/core/calculator/calculatorState.ts';
import {counterpartInstance, withArchitecture, withComputeModel} from '../../../src/core/calculator/computeModel.ts';
import {priceFunction} from '../../../src/core/pricing/index.ts';

describe('the calculator’s compute model', () => {
  it('switching to Managed Instances gives a priced 3-instance fleet and drops what does not apply', () => {
    const fn = withComputeModel({...DEFAULT_STATE.fn, provisionedConcurrency: {concurrency: 2, hoursPerMonth: 730}}, 'managed-instances');
    expect(fn.managedInstances).toEqual({instanceType: 'm7i.xlarge', instances: 3, hoursPerMonth: 730});
    expect(fn.memoryMB).toBe(2048); // raised from 1,536 MB to the 2 GB minimum
    expect(fn.provisionedConcurrency).toBeUndefined();
    // 3 × 730 h × $0.2016 = $441.504 ≈ $441.50; fee 15% = $66.2256 ≈ $66.23; 3M requests = $0.60 → $508.33
    expect(priceFunction(fn).total).toBe(508.33);
    expect(withComputeModel(fn, 'on-demand').managedInstances).toBeUndefined();
  });
  it('the other architecture on Managed Instances is the other instance family of the same size', () => {
    expect(counterpartInstance('m7g.xlarge', 'x86_64')).toBe('m7i.xlarge');
    expect(counterpartInstance('c7i.2xlarge', 'arm64')).toBe('c7g.2xlarge');
    const arm = withArchitecture(withComputeModel(DEFAULT_STATE.fn, 'managed-instances'), 'arm64');
    expect(arm.managedInstances?.instanceType).toBe('m7g.xlarge');
    expect(priceFunction(arm).total).toBe(411.62); // $357.41 + $53.61 + $0.60 (3M requests)
  });
  it('a link carries the model and is checked like any other setting', () => {
    const state = {...DEFAULT_STATE, fn: withComputeModel(DEFAULT_STATE.fn, 'managed-instances')};
    expect(decodeCalculatorHash(encodeCalculatorHash(state))).toEqual({ok: true, value: state});
    const bad = {...state, fn: {...state.fn, managedInstances: {instanceType: 'm7g.xlarge', instances: 3}}};
    expect(decodeCalculatorHash(encodeCalculatorHash(bad))).toEqual({ok: false, error: 'function: architecture: m7g.xlarge is arm64, the function is x86_64 (a capacity provider runs one architecture; https://docs.aws.amazon.com/lambda/latest/api/API_LambdaManagedInstancesCapacityProviderConfig.html)'});
  });
});
