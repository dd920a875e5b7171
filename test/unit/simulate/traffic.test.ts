import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {LAMBDA_DEPLOYMENT_CONFIGS} from '../../../src/data/deploymentConfigs.ts';
import {formatElapsed, parseTrafficScenario, plannedPercent, shiftingSeconds, simulateDeployment, summarizeDeployment} from '../../../src/core/simulate/traffic/index.ts';
import type {TrafficScenario} from '../../../src/core/simulate/traffic/index.ts';

function scenario(input: Record<string, unknown>): TrafficScenario {
  const result = parseTrafficScenario(input);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('deployment configurations over time', () => {
  it('canary: 10 % at once, 100 % after the interval', () => {
    const s = scenario({deploymentConfig: 'Canary10Percent30Minutes'});
    expect([0, 1799, 1800].map((t) => plannedPercent(s, t))).toEqual([10, 10, 100]);
    expect(shiftingSeconds(s)).toBe(1800);
  });

  it('linear: +10 % at the start of each interval, 100 % after nine intervals', () => {
    const s = scenario({deploymentConfig: 'CodeDeployDefault.LambdaLinear10PercentEvery3Minutes'});
    expect([0, 179, 180, 8 * 180, 9 * 180].map((t) => plannedPercent(s, t))).toEqual([10, 10, 20, 90, 100]);
    expect(shiftingSeconds(s)).toBe(9 * 180);
  });

  it('all-at-once: 100 % immediately', () => {
    expect(plannedPercent(scenario({deploymentConfig: 'AllAtOnce'}), 0)).toBe(100);
  });

  it('rejects an unknown configuration naming the valid ones', () => {
    const result = parseTrafficScenario({deploymentConfig: 'Canary50Percent1Minute'});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^deploymentConfig: "Canary50Percent1Minute" is not a predefined Lambda configuration \(one of: Canary10Percent5Minutes, /);
  });

  it('formats elapsed time', () => {
    expect(formatElapsed(65)).toBe('T+01:05');
    expect(formatElapsed(3_725)).toBe('T+1:02:05');
  });
});

describe('simulateDeployment', () => {
  it('a bad canary is rolled back by the alarm after one period; only the canary share met it', () => {
    const run = simulateDeployment(scenario({deploymentConfig: 'Canary10Percent5Minutes', requestsPerSecond: 100, from: {version: 6}, to: {version: 7, errorPercent: 8}, alarm: {thresholdPercent: 5, periodSeconds: 60}}));
    expect(run.outcome).toBe('rolledBack');
    expect(run.rollbackSecond).toBe(60);
    expect(run.totals.toRequests).toBeCloseTo(60 * 10, 6); // 60 s × 10 % × 100 rps
    expect(run.totals.toErrors).toBeCloseTo(48, 6);
    expect(summarizeDeployment(run)).toBe('Rolled back at T+01:00 because of the CloudWatch alarm: before that, 600 requests reached version 7 and 48 of them failed. After the rollback no request reaches version 7.');
  });

  it('a failing BeforeAllowTraffic hook stops the deployment before any traffic shifts', () => {
    const run = simulateDeployment(scenario({deploymentConfig: 'AllAtOnce', to: {errorRate: 1}, preTrafficHook: {durationSeconds: 20, result: 'fail'}}));
    expect(run.outcome).toBe('rolledBack');
    expect(run.totals.toRequests).toBe(0);
  });

  it('a failing AfterAllowTraffic hook rolls back after all traffic shifted', () => {
    const run = simulateDeployment(scenario({deploymentConfig: 'Linear10PercentEvery1Minute', requestsPerSecond: 10, postTrafficHook: {durationSeconds: 30, result: 'fail'}}));
    expect(run.outcome).toBe('rolledBack');
    expect(run.rollbackSecond).toBe(9 * 60 + 30);
    expect(run.toPercent[run.rollbackSecond - 1]).toBe(100);
    expect(run.toPercent[run.rollbackSecond]).toBe(0);
  });

  it('a healthy linear deployment succeeds and the alarm never fires', () => {
    const run = simulateDeployment(scenario({deploymentConfig: 'Linear10PercentEvery1Minute', to: {errorRate: 0.001}, alarm: {thresholdPercent: 1}}));
    expect(run.outcome).toBe('succeeded');
    expect(run.events.some((e) => e.kind === 'alarm')).toBe(false);
  });
});

const configArb = fc.constantFrom(...LAMBDA_DEPLOYMENT_CONFIGS.map((c) => c.samType));
const inputArb = fc.record({
  deploymentConfig: configArb,
  requestsPerSecond: fc.integer({min: 1, max: 5000}),
  to: fc.record({errorRate: fc.double({min: 0, max: 1, noNaN: true})}),
  alarm: fc.option(fc.record({thresholdPercent: fc.double({min: 0.1, max: 50, noNaN: true}), periodSeconds: fc.constantFrom(10, 60, 300), evaluationPeriods: fc.integer({min: 1, max: 3}), metric: fc.constantFrom('newVersionErrorRate', 'aliasErrorRate')}), {nil: undefined}),
  preTrafficHook: fc.option(fc.record({durationSeconds: fc.integer({min: 1, max: 600}), result: fc.constantFrom('pass', 'fail')}), {nil: undefined}),
  postTrafficHook: fc.option(fc.record({durationSeconds: fc.integer({min: 1, max: 600}), result: fc.constantFrom('pass', 'fail')}), {nil: undefined}),
});

/** When an alarm on a failing new version goes into ALARM: N whole periods (aligned to T+0) from the first one with traffic. */
function alarmSecond(s: TrafficScenario): number {
  const period = s.alarm!.periodSeconds;
  const shiftStart = s.preTrafficHook?.durationSeconds ?? 0;
  return (Math.floor(shiftStart / period) + s.alarm!.evaluationPeriods) * period;
}

/** When the deployment would succeed if nothing went wrong: the second after 100 %, or the end of the AfterAllowTraffic hook. */
function successSecond(s: TrafficScenario): number {
  const shiftEnd = (s.preTrafficHook?.durationSeconds ?? 0) + shiftingSeconds(s);
  return Math.max(shiftEnd + 1, shiftEnd + (s.postTrafficHook?.durationSeconds ?? 0));
}

describe('simulateDeployment properties', () => {
  it('an alarm that would go into ALARM only after the deployment succeeded does not roll it back', () => {
    // fast-check found this (seed 969945463): the 5-minute canary reaches 100 % at T+05:00, the
    // alarm needs two 300 s periods (T+10:00), so CodeDeploy has already finished.
    const run = simulateDeployment(scenario({deploymentConfig: 'Canary10Percent5Minutes', requestsPerSecond: 1, to: {errorRate: 0.00100000001}, alarm: {thresholdPercent: 0.1, periodSeconds: 300, evaluationPeriods: 2, metric: 'newVersionErrorRate'}}));
    expect(run.outcome).toBe('succeeded');
    expect(run.events.some((e) => e.kind === 'alarm')).toBe(false);
    // One period is enough to catch it: the alarm fires at T+05:00, the same second the canary would go to 100 %.
    const caught = simulateDeployment(scenario({deploymentConfig: 'Canary10Percent5Minutes', requestsPerSecond: 1, to: {errorRate: 0.00100000001}, alarm: {thresholdPercent: 0.1, periodSeconds: 300, evaluationPeriods: 1, metric: 'newVersionErrorRate'}}));
    expect(caught.outcome).toBe('rolledBack');
    expect(caught.rollbackSecond).toBe(300);
  });

  it('traffic weights always sum to 100 % and requests to the alias are conserved', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const run = simulateDeployment(scenario(input));
        // Plain checks inside the loop (expect() per second would be slow), one assertion at the end.
        let bad = -1;
        for (let t = 0; t < run.scenario.durationSeconds && bad < 0; t++) {
          const weights = run.fromPercent[t]! + run.toPercent[t]!;
          const requests = run.fromRequests[t]! + run.toRequests[t]!;
          if (weights !== 100 || Math.abs(requests - run.scenario.requestsPerSecond) > 1e-3 * run.scenario.requestsPerSecond) bad = t;
        }
        expect(bad).toBe(-1);
      }),
      {numRuns: 80},
    );
  });

  it('an error rate just over the threshold still trips the alarm (counted in double precision)', () => {
    // fast-check found this: per-second errors kept in single precision fell just under 0.1 %.
    const run = simulateDeployment(scenario({deploymentConfig: 'Canary10Percent5Minutes', requestsPerSecond: 1, to: {errorRate: 0.00100000001}, alarm: {thresholdPercent: 0.1, periodSeconds: 10, evaluationPeriods: 1, metric: 'newVersionErrorRate'}}));
    expect(run.outcome).toBe('rolledBack');
  });

  it('rollback stops traffic to the bad version, and before it the new share only grows', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const run = simulateDeployment(scenario(input));
        const end = run.rollbackSecond >= 0 ? run.rollbackSecond : run.scenario.durationSeconds;
        let decreasing = -1;
        for (let t = 1; t < end && decreasing < 0; t++) if (run.toPercent[t]! < run.toPercent[t - 1]!) decreasing = t;
        expect(decreasing).toBe(-1);
        if (run.rollbackSecond >= 0) {
          let leaked = 0;
          for (let t = run.rollbackSecond; t < run.scenario.durationSeconds; t++) leaked += run.toRequests[t]!;
          expect(leaked).toBe(0);
        }
        // An alarm on the new version's error rate rolls back a version that fails more than the
        // threshold if it goes into ALARM before the deployment succeeds (CodeDeploy watches alarms
        // only while the deployment runs).
        if (input.alarm && input.alarm.metric === 'newVersionErrorRate' && input.preTrafficHook?.result !== 'fail' && input.to.errorRate * 100 >= input.alarm.thresholdPercent + 1e-9) {
          if (alarmSecond(run.scenario) <= successSecond(run.scenario)) expect(run.outcome).toBe('rolledBack');
        }
      }),
      {numRuns: 80},
    );
  });
});

import {downsampleSeries, niceCeiling} from '../../../src/core/simulate/downsampleSeries.ts';

describe('downsampleSeries', () => {
  it('keeps bucket maxima and never more points than asked', () => {
    expect(downsampleSeries([1, 5, 2, 0, 3, 9, 4], 3)).toEqual({bucketSeconds: 3, points: [5, 9, 4]});
    fc.assert(
      fc.property(fc.array(fc.integer({min: 0, max: 1000}), {minLength: 1, maxLength: 500}), fc.integer({min: 1, max: 100}), (values, max) => {
        const {points} = downsampleSeries(values, max);
        expect(points.length).toBeLessThanOrEqual(max);
        expect(Math.max(...points)).toBe(Math.max(...values));
      }),
    );
  });

  it('rounds axis maxima up to 1, 2, 2.5 or 5 × 10^n', () => {
    expect([0, 0.7, 3, 101, 999, 1000, 2400].map(niceCeiling)).toEqual([1, 1, 5, 200, 1000, 1000, 2500]);
  });
});
