/** One paragraph about a deployment: how it ended and how many requests met the new version. */
import {formatElapsed} from './formatElapsed.ts';
import type {TrafficRun} from './types.ts';

const count = (value: number): string => Math.round(value).toLocaleString('en-US');

export function summarizeDeployment(run: TrafficRun): string {
  const {scenario, totals} = run;
  const to = `version ${scenario.to.version}`;
  const met = `${count(totals.toRequests)} requests reached ${to} and ${count(totals.toErrors)} of them failed`;
  switch (run.outcome) {
    case 'rolledBack': {
      const reason = run.events.find((e) => e.kind === 'alarm' || e.kind === 'hookFailed');
      const why = reason?.kind === 'alarm' ? 'the CloudWatch alarm' : reason ? 'a failed validation hook' : 'a failure';
      if (totals.toRequests === 0) return `Rolled back at ${formatElapsed(run.rollbackSecond)} because of ${why}, before ${to} received any traffic: no user met it.`;
      return `Rolled back at ${formatElapsed(run.rollbackSecond)} because of ${why}: before that, ${met}. After the rollback no request reaches ${to}.`;
    }
    case 'succeeded': {
      const end = run.events.find((e) => e.kind === 'succeeded');
      return `${scenario.config.samType} finished at ${formatElapsed(end?.second ?? 0)} with all traffic on ${to}; by the end of the simulated time ${met}.`;
    }
    case 'inProgress':
      return `Still shifting when the simulation ended (${Math.round(run.toPercent[run.toPercent.length - 1] ?? 0)} % on ${to}); so far ${met}.`;
  }
}
