import {describe, expect, it} from 'vitest';
import {CODEDEPLOY_RULES, LAMBDA_DEPLOYMENT_CONFIGS, findDeploymentConfig} from '../../../src/data/deploymentConfigs.ts';
import {LEGACY_BURST_MODEL, SCALING_RULES, getScalingRule} from '../../../src/data/scaling.ts';
import {validateSourced} from '../../support/validateData.ts';

describe('scaling and deployment data', () => {
  it('every rule and configuration has a source and a real date', () => {
    const problems = [
      ...SCALING_RULES.flatMap((rule) => validateSourced(rule.id, rule)),
      ...CODEDEPLOY_RULES.flatMap((rule) => validateSourced(rule.id, rule)),
      ...LAMBDA_DEPLOYMENT_CONFIGS.flatMap((entry) => validateSourced(entry.name, entry)),
      ...validateSourced('legacyBurst', LEGACY_BURST_MODEL),
    ];
    expect(problems).toEqual([]);
  });

  it('rule ids are unique and the simulator numbers are the documented ones', () => {
    expect(new Set(SCALING_RULES.map((r) => r.id)).size).toBe(SCALING_RULES.length);
    expect(getScalingRule('scalingRate').value).toBe(1_000);
    expect(getScalingRule('accountConcurrency').value).toBe(1_000);
    expect(getScalingRule('unreservedMinimum').value).toBe(100);
  });

  it('lists the nine predefined Lambda configurations with names that parse back to their numbers', () => {
    expect(LAMBDA_DEPLOYMENT_CONFIGS.map((c) => c.name)).toEqual([
      'CodeDeployDefault.LambdaCanary10Percent5Minutes',
      'CodeDeployDefault.LambdaCanary10Percent10Minutes',
      'CodeDeployDefault.LambdaCanary10Percent15Minutes',
      'CodeDeployDefault.LambdaCanary10Percent30Minutes',
      'CodeDeployDefault.LambdaLinear10PercentEvery1Minute',
      'CodeDeployDefault.LambdaLinear10PercentEvery2Minutes',
      'CodeDeployDefault.LambdaLinear10PercentEvery3Minutes',
      'CodeDeployDefault.LambdaLinear10PercentEvery10Minutes',
      'CodeDeployDefault.LambdaAllAtOnce',
    ]);
    for (const entry of LAMBDA_DEPLOYMENT_CONFIGS) {
      const match = /^(Canary|Linear)(\d+)PercentE?v?e?r?y?(\d+)Minutes?$/.exec(entry.samType);
      if (entry.type === 'allAtOnce') continue;
      expect(match, entry.samType).not.toBeNull();
      expect(Number(match![2])).toBe(entry.percentage);
      expect(Number(match![3])).toBe(entry.intervalMinutes);
    }
    expect(findDeploymentConfig('Linear10PercentEvery1Minute')?.name).toBe('CodeDeployDefault.LambdaLinear10PercentEvery1Minute');
    expect(findDeploymentConfig('linear10percentevery1minute')).toBeUndefined();
  });
});
