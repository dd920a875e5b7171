/**
 * Simulates a CodeDeploy deployment of a Lambda alias from one version to another, second by second:
 * BeforeAllowTraffic hook → traffic shifted by the configuration (canary, linear, all-at-once) →
 * AfterAllowTraffic hook → done. A CloudWatch alarm in ALARM, or a failed hook, rolls the alias
 * back to the original version at once. Errors are expected values (requests × error rate), so
 * runs are deterministic.
 */
import type {DeploymentEvent, DeploymentOutcome, TrafficRun, TrafficScenario} from './types.ts';
import {formatElapsed} from './formatElapsed.ts';

/**
 * The new version's share (percent) `secondsShifting` seconds after traffic shifting began, when
 * nothing goes wrong. Linear adds its percentage at the start of each interval, so
 * Linear10PercentEvery1Minute is at 10 % at once and 100 % after 9 minutes.
 */
export function plannedPercent(scenario: Pick<TrafficScenario, 'config'>, secondsShifting: number): number {
  const {type, percentage, intervalMinutes} = scenario.config;
  if (secondsShifting < 0) return 0;
  const interval = intervalMinutes * 60;
  switch (type) {
    case 'allAtOnce':
      return 100;
    case 'canary':
      return secondsShifting >= interval ? 100 : percentage;
    case 'linear':
      return Math.min(100, percentage * (Math.floor(secondsShifting / interval) + 1));
  }
}

/** Seconds from the first shift until 100 % (0 for all-at-once). */
export function shiftingSeconds(scenario: Pick<TrafficScenario, 'config'>): number {
  const {type, percentage, intervalMinutes} = scenario.config;
  if (type === 'allAtOnce') return 0;
  if (type === 'canary') return intervalMinutes * 60;
  return (Math.ceil(100 / percentage) - 1) * intervalMinutes * 60;
}

/** Runs the deployment over `scenario.durationSeconds` seconds. */
export function simulateDeployment(scenario: TrafficScenario): TrafficRun {
  const steps = scenario.durationSeconds;
  const fromPercent = new Float32Array(steps);
  const toPercent = new Float32Array(steps);
  const fromRequests = new Float32Array(steps);
  const toRequests = new Float32Array(steps);
  const fromErrors = new Float32Array(steps);
  const toErrors = new Float32Array(steps);
  const events: DeploymentEvent[] = [];
  const {from, to, alarm} = scenario;
  const v = (spec: {version: string}) => `version ${spec.version}`;
  const at = (second: number) => formatElapsed(second);

  events.push({second: 0, kind: 'start', newVersionPercent: 0, text: `${at(0)} CodeDeploy starts ${scenario.config.name}: alias ${scenario.alias} from ${v(from)} to ${v(to)}.`});

  // Phase boundaries (seconds). -1 = does not happen.
  const pre = scenario.preTrafficHook;
  const post = scenario.postTrafficHook;
  const shiftStart = pre ? pre.durationSeconds : 0;
  const shiftEnd = shiftStart + shiftingSeconds(scenario);
  const postEnd = shiftEnd + (post ? post.durationSeconds : 0);

  let toTotal = 0;
  let toErrorTotal = 0;
  let fromErrorTotal = 0;
  let outcome: DeploymentOutcome = 'inProgress';
  let rollbackSecond = -1;
  let lastPercent = 0;
  let breaching = 0;
  let periodTo = 0;
  let periodToErrors = 0;
  let periodAll = 0;
  let periodAllErrors = 0;

  if (pre) {
    events.push({second: 0, kind: 'hookStarted', newVersionPercent: 0, text: `${at(0)} The BeforeAllowTraffic hook tests ${v(to)} before it gets any traffic.`});
    if (pre.result === 'fail') {
      events.push({second: pre.durationSeconds, kind: 'hookFailed', newVersionPercent: 0, text: `${at(pre.durationSeconds)} The BeforeAllowTraffic hook reports Failed: the deployment stops and ${v(to)} never receives traffic.`});
      outcome = 'rolledBack';
      rollbackSecond = pre.durationSeconds;
    } else {
      events.push({second: pre.durationSeconds, kind: 'hookPassed', newVersionPercent: 0, text: `${at(pre.durationSeconds)} The BeforeAllowTraffic hook reports Succeeded.`});
    }
  }

  for (let t = 0; t < steps; t++) {
    // Where the alias points this second.
    let percent = 0;
    if (outcome === 'inProgress' || outcome === 'succeeded') {
      percent = t >= shiftStart ? plannedPercent(scenario, t - shiftStart) : 0;
    }
    if (outcome === 'inProgress' && percent !== lastPercent) {
      const done = percent === 100;
      events.push({second: t, kind: 'shift', newVersionPercent: percent, text: `${at(t)} The alias sends ${percent} % of traffic to ${v(to)}${done ? ' (all of it)' : ` and ${100 - percent} % to ${v(from)}`}.`});
      if (done && post) events.push({second: t, kind: 'hookStarted', newVersionPercent: 100, text: `${at(t)} The AfterAllowTraffic hook tests ${v(to)} with all traffic on it.`});
    }
    lastPercent = percent;

    const share = percent / 100;
    const toCount = scenario.requestsPerSecond * share;
    const fromCount = scenario.requestsPerSecond - toCount;
    toPercent[t] = percent;
    fromPercent[t] = 100 - percent;
    toRequests[t] = toCount;
    fromRequests[t] = fromCount;
    const toErrorsNow = toCount * to.errorRate;
    const fromErrorsNow = fromCount * from.errorRate;
    toErrors[t] = toErrorsNow;
    fromErrors[t] = fromErrorsNow;
    // Totals and the alarm in double precision (the series are single precision, for size).
    toTotal += toCount;
    toErrorTotal += toErrorsNow;
    fromErrorTotal += fromErrorsNow;

    if (outcome !== 'inProgress') continue;

    // The alarm: CloudWatch evaluates whole periods while the deployment runs.
    if (alarm) {
      periodTo += toCount;
      periodToErrors += toErrorsNow;
      periodAll += toCount + fromCount;
      periodAllErrors += toErrorsNow + fromErrorsNow;
      if ((t + 1) % alarm.periodSeconds === 0) {
        const [errors, total] = alarm.metric === 'newVersionErrorRate' ? [periodToErrors, periodTo] : [periodAllErrors, periodAll];
        const rate = total > 0 ? (100 * errors) / total : 0;
        breaching = total > 0 && rate >= alarm.thresholdPercent ? breaching + 1 : 0;
        periodTo = periodToErrors = periodAll = periodAllErrors = 0;
        if (breaching >= alarm.evaluationPeriods) {
          const second = t + 1;
          const what = alarm.metric === 'newVersionErrorRate' ? `${v(to)}'s error rate` : `the alias's error rate`;
          events.push({second, kind: 'alarm', newVersionPercent: percent, text: `${at(second)} The CloudWatch alarm goes into ALARM: ${what} was ${rate.toFixed(1)} % (threshold ${alarm.thresholdPercent} %) for ${alarm.evaluationPeriods} period${alarm.evaluationPeriods === 1 ? '' : 's'} of ${alarm.periodSeconds} s.`});
          outcome = 'rolledBack';
          rollbackSecond = second;
          continue;
        }
      }
    }
    // The post-traffic hook reports once it has run with 100 % on the new version.
    if (t + 1 === postEnd && percent === 100) {
      if (post?.result === 'fail') {
        events.push({second: postEnd, kind: 'hookFailed', newVersionPercent: 100, text: `${at(postEnd)} The AfterAllowTraffic hook reports Failed.`});
        outcome = 'rolledBack';
        rollbackSecond = postEnd;
        continue;
      }
      if (post) events.push({second: postEnd, kind: 'hookPassed', newVersionPercent: 100, text: `${at(postEnd)} The AfterAllowTraffic hook reports Succeeded.`});
    }
    if (percent === 100 && t + 1 >= postEnd) {
      outcome = 'succeeded';
      events.push({second: t + 1, kind: 'succeeded', newVersionPercent: 100, text: `${at(t + 1)} The deployment succeeds: alias ${scenario.alias} points to ${v(to)} only.`});
    }
  }

  if (rollbackSecond >= 0) {
    events.push({second: rollbackSecond, kind: 'rollback', newVersionPercent: 0, text: `${at(rollbackSecond)} CodeDeploy rolls back: alias ${scenario.alias} sends all traffic to ${v(from)} again.`});
  }
  events.sort((a, b) => a.second - b.second);
  return {
    scenario,
    fromPercent,
    toPercent,
    fromRequests,
    toRequests,
    fromErrors,
    toErrors,
    events,
    outcome,
    rollbackSecond,
    totals: {toRequests: toTotal, toErrors: toErrorTotal, fromErrors: fromErrorTotal},
  };
}

/** Enough simulated time for the whole deployment and five more minutes. */
export function defaultDurationSeconds(scenario: Pick<TrafficScenario, 'config' | 'preTrafficHook' | 'postTrafficHook'>): number {
  return (scenario.preTrafficHook?.durationSeconds ?? 0) + shiftingSeconds(scenario) + (scenario.postTrafficHook?.durationSeconds ?? 0) + 300;
}
