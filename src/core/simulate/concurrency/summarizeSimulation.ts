/**
 * Explains a run in plain language: what happened, when, and which rule caused it
 * ("At 12:00:10 checkout hit its reserved concurrency of 100: 2,300 requests throttled.").
 */
import {LEGACY_BURST_MODEL} from '../../../data/scaling.ts';
import {formatClock} from './formatClock.ts';

function legacyBurstFor(region: string): number {
  return (LEGACY_BURST_MODEL.burstByRegion as Record<string, number>)[region] ?? LEGACY_BURST_MODEL.defaultBurst;
}
import type {FunctionRun, SimulationRun, ThrottleCause} from './types.ts';

export interface SummaryLine {
  /** The function the line is about, or undefined for the account. */
  readonly functionName?: string;
  /** Simulated second the event starts at, for ordering and for charts; -1 for totals. */
  readonly second: number;
  readonly text: string;
}

const count = (value: number): string => Math.round(value).toLocaleString('en-US');
const plural = (value: number, one: string, many: string): string => `${count(value)} ${Math.round(value) === 1 ? one : many}`;

function peakOtherFunction(run: SimulationRun, self: FunctionRun, second: number): FunctionRun | undefined {
  let best: FunctionRun | undefined;
  for (const other of run.functions) {
    if (other === self || other.config.reservedConcurrency !== undefined) continue;
    if (!best || other.concurrency[second]! > best.concurrency[second]!) best = other;
  }
  return best && best.concurrency[second]! >= 1 ? best : undefined;
}

function explainThrottle(run: SimulationRun, fn: FunctionRun, cause: ThrottleCause): string {
  const {scenario} = run;
  const second = fn.totals.firstThrottleSecond[cause];
  const at = formatClock(scenario.startSecondOfDay + second);
  const throttled = plural(fn.totals.throttledByCause[cause], 'request', 'requests');
  const what = fn.config.invocation === 'queue' ? throttled.replace('request', 'batch').replace('batchs', 'batches') : throttled;
  switch (cause) {
    case 'disabled':
      return `${fn.name} has reserved concurrency 0, which switches it off: all ${what} were throttled.`;
    case 'reserved':
      return `At ${at} ${fn.name} hit its reserved concurrency of ${count(fn.config.reservedConcurrency ?? 0)}: ${what} throttled.`;
    case 'account': {
      const reserved = scenario.functions.reduce((sum, f) => sum + (f.reservedConcurrency ?? f.provisionedConcurrency), 0);
      const neighbour = peakOtherFunction(run, fn, second);
      const pool = `the account's ${count(scenario.accountConcurrency)}${reserved > 0 ? ` minus ${count(reserved)} reserved or provisioned` : ''}`;
      const blame = neighbour ? `; ${neighbour.name} was using ${count(neighbour.concurrency[second]!)} of it` : '';
      return `At ${at} ${fn.name} ran out of unreserved concurrency (${pool})${blame}: ${what} throttled.`;
    }
    case 'scaling':
      if (scenario.scalingModel === 'before-2023-11') {
        return `At ${at} ${fn.name} needed more environments than the account-wide burst allowed under the rules before November 2023 (an initial ${count(legacyBurstFor(scenario.region))} in ${scenario.region}, then 500 more a minute, shared by all functions): ${what} throttled while it scaled up.`;
      }
      return `At ${at} ${fn.name} needed environments faster than 1,000 new ones per 10 seconds: ${what} throttled while it scaled up.`;
    case 'requestRate':
      return `At ${at} ${fn.name} received more than 10 requests per second per unit of its concurrency limit: ${what} throttled.`;
    case 'mappingLimit':
      return `From ${at} the SQS event source mapping for ${fn.name} had more messages than pollers (it starts with 5 and adds up to 300 a minute${fn.config.maximumConcurrency ? `, at most ${count(fn.config.maximumConcurrency)}` : ''}), so messages waited in the queue.`;
  }
}

function explainAftermath(fn: FunctionRun): string | undefined {
  const t = fn.totals;
  if (t.throttledAttempts <= 0) return undefined;
  switch (fn.config.invocation) {
    case 'sync':
      return `Synchronous callers of ${fn.name} received HTTP 429 for ${plural(t.rejected, 'request', 'requests')}; they are lost unless the caller retries.`;
    case 'async': {
      if (fn.config.reservedConcurrency === 0) return `Its ${plural(t.expired, 'event goes', 'events go')} to the dead-letter queue or on-failure destination without retries.`;
      const parts = [`Lambda kept the throttled events for ${fn.name} in its internal queue and retried them (1 s, 2 s, 4 s … up to 5 minutes apart)`];
      parts.push(`${plural(t.servedAfterRetry, 'event', 'events')} ran later`);
      if (t.expired > 0) parts.push(`${count(t.expired)} passed the maximum event age of ${count(fn.config.maxEventAgeSeconds)} s and were discarded`);
      if (t.waitingAtEnd > 0) parts.push(`${count(t.waitingAtEnd)} were still waiting at the end`);
      return `${parts.join('; ')}.`;
    }
    case 'queue': {
      let peak = 0;
      for (const value of fn.waiting) if (value > peak) peak = value;
      return `Throttled batches of ${fn.name} went back to the queue, so no message was lost: the backlog peaked at ${plural(peak, 'message', 'messages')}${t.waitingAtEnd > 0 ? ` and ${count(t.waitingAtEnd)} were still waiting at the end` : ' and drained before the end'}.`;
    }
  }
}

function explainColdStarts(fn: FunctionRun, startSecondOfDay: number): string {
  const t = fn.totals;
  const provisioned = fn.config.provisionedConcurrency;
  const peak = `peak concurrency ${count(t.peakConcurrency)} at ${formatClock(startSecondOfDay + t.peakSecond)}`;
  if (provisioned > 0) {
    if (t.coldStarts === 0) return `${fn.name}: provisioned concurrency of ${count(provisioned)} covered the ${peak}, so there were no cold starts.`;
    return `${fn.name}: the ${peak} went past its provisioned concurrency of ${count(provisioned)}; the overflow ran on on-demand environments with ${plural(t.coldStarts, 'cold start', 'cold starts')}.`;
  }
  const share = t.served > 0 ? (100 * t.coldStarts) / t.served : 0;
  return `${fn.name}: ${peak}; ${plural(t.coldStarts, 'cold start', 'cold starts')} (${share < 0.1 && t.coldStarts > 0 ? '<0.1' : share.toFixed(1)} % of ${plural(t.served, 'invocation', 'invocations')}).`;
}

/** Builds the summary lines, throttling events first in time order, then per-function totals. */
export function summarizeSimulation(run: SimulationRun): SummaryLine[] {
  const events: SummaryLine[] = [];
  const totals: SummaryLine[] = [];
  for (const fn of run.functions) {
    for (const cause of ['disabled', 'reserved', 'account', 'scaling', 'requestRate', 'mappingLimit'] as const) {
      const second = fn.totals.firstThrottleSecond[cause];
      if (second < 0) continue;
      if (cause !== 'mappingLimit' && fn.totals.throttledByCause[cause] <= 0) continue;
      events.push({functionName: fn.name, second, text: explainThrottle(run, fn, cause)});
    }
    const aftermath = explainAftermath(fn);
    if (aftermath) totals.push({functionName: fn.name, second: -1, text: aftermath});
    totals.push({functionName: fn.name, second: -1, text: explainColdStarts(fn, run.scenario.startSecondOfDay)});
  }
  events.sort((a, b) => a.second - b.second);
  const anyThrottle = run.functions.some((fn) => fn.totals.throttledAttempts > 0);
  const account: SummaryLine = {
    second: -1,
    text: `${anyThrottle ? '' : 'No request was throttled. '}The account peaked at ${count(run.peakAccountConcurrency)} of its ${count(run.scenario.accountConcurrency)} concurrent executions at ${formatClock(run.scenario.startSecondOfDay + run.peakAccountSecond)}.`,
  };
  return [...events, ...totals, account];
}
