/**
 * Cost against traffic for the comparison, and the break-even points: the traffic at which one
 * option stops being cheaper than another, found by bisection between sweep points where the
 * cost difference changes sign.
 */
import {compareCompute, COMPUTE_OPTION_IDS, priceComputeOption, type CompareWorkload, type ComputeOptionId} from './compareCompute.ts';

const SECONDS_PER_MONTH = 730 * 3600;

export interface CostPoint {
  readonly requestsPerMonth: number;
  readonly averageRequestsPerSecond: number;
  readonly costs: Readonly<Record<ComputeOptionId, number>>;
  readonly cheapest: ComputeOptionId;
}

export interface BreakEven {
  /** Cheaper below the point. */
  readonly below: ComputeOptionId;
  /** Cheaper above it. */
  readonly above: ComputeOptionId;
  /** The last traffic (requests/month) at which `below` is still no dearer… */
  readonly lastBelowRequestsPerMonth: number;
  /** …and the first at which `above` is cheaper (at most 1 request or 0.001% later). */
  readonly requestsPerMonth: number;
  readonly averageRequestsPerSecond: number;
  readonly text: string;
}

function costsAt(workload: CompareWorkload, requestsPerMonth: number): {costs: Record<ComputeOptionId, number>; cheapest: ComputeOptionId} {
  const comparison = compareCompute({...workload, requestsPerMonth});
  const costs = {} as Record<ComputeOptionId, number>;
  for (const option of comparison.options) costs[option.id] = option.monthlyUsd;
  return {costs, cheapest: comparison.cheapest};
}

/** "Lambda Managed Instances (m7g.large) on 3 × m7g.large …": the label with the fleet's size at that traffic. */
function labelsAt(workload: CompareWorkload, requestsPerMonth: number, ids: readonly ComputeOptionId[]): Record<ComputeOptionId, string> {
  const labels = {} as Record<ComputeOptionId, string>;
  for (const id of ids) {
    const option = priceComputeOption({...workload, requestsPerMonth}, id);
    const fleet = id === 'managed-instances' || id === 'ec2' || id === 'fargate';
    labels[id] = `${option.label}${fleet ? ` on ${option.sizing.split(':')[0]!.replace(/ \(.*$/, '').replace(/ for the peak.*$/, '')}` : ''}`;
  }
  return labels;
}

/** Monthly cost of every option at `points` traffic levels, evenly spaced on a log scale of average requests/s. */
export function sweepTraffic(workload: CompareWorkload, range: {readonly fromRps: number; readonly toRps: number; readonly points: number}): CostPoint[] {
  const points: CostPoint[] = [];
  const from = Math.log10(range.fromRps);
  const to = Math.log10(range.toRps);
  for (let index = 0; index < range.points; index += 1) {
    const rps = 10 ** (from + ((to - from) * index) / Math.max(1, range.points - 1));
    const requestsPerMonth = Math.round(rps * SECONDS_PER_MONTH);
    const {costs, cheapest} = costsAt(workload, requestsPerMonth);
    points.push({requestsPerMonth, averageRequestsPerSecond: requestsPerMonth / SECONDS_PER_MONTH, costs, cheapest});
  }
  return points;
}

const fmt = (value: number) => (value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toLocaleString('en-US', {maximumSignificantDigits: 2}));
const fmtCount = (value: number) => (value >= 1e9 ? `${fmt(value / 1e9)} billion` : value >= 1e6 ? `${fmt(value / 1e6)} million` : value.toLocaleString('en-US'));

/**
 * Bisection on requests/month between `lo`, where `below` costs no more than `above`, and `hi`,
 * where it costs more: returns the last traffic where `below` is still no dearer and the first
 * where it is dearer, at most 1 request or 0.001% apart. null when there is no flip at `hi`.
 */
function bisect(workload: CompareWorkload, below: ComputeOptionId, above: ComputeOptionId, lo: number, hi: number): {readonly from: number; readonly to: number} | null {
  const noDearer = (x: number) => priceComputeOption({...workload, requestsPerMonth: x}, below).monthlyUsd <= priceComputeOption({...workload, requestsPerMonth: x}, above).monthlyUsd;
  if (!noDearer(lo) || noDearer(hi)) return null;
  let low = lo;
  let high = hi;
  for (let step = 0; step < 60 && high - low > Math.max(1, low * 1e-5); step += 1) {
    const mid = Math.floor((low + high) / 2);
    if (noDearer(mid)) low = mid;
    else high = mid;
  }
  return {from: low, to: high};
}

function breakEven(workload: CompareWorkload, below: ComputeOptionId, above: ComputeOptionId, crossing: {readonly from: number; readonly to: number}): BreakEven {
  const labels = labelsAt(workload, crossing.to, [below, above]);
  const rps = crossing.to / SECONDS_PER_MONTH;
  return {
    below,
    above,
    lastBelowRequestsPerMonth: crossing.from,
    requestsPerMonth: crossing.to,
    averageRequestsPerSecond: rps,
    text: `Above ~${fmt(rps)} requests/s on average (${fmtCount(crossing.to)} a month), ${labels[above]} is cheaper than ${labels[below]}.`,
  };
}

/**
 * Where the cheapest option changes along the sweep, with the crossing located by bisection,
 * and each put in words ("Above ~12 requests/s on average (31 million a month), … is cheaper than …").
 */
export function findBreakEvens(workload: CompareWorkload, sweep: readonly CostPoint[]): BreakEven[] {
  const found: BreakEven[] = [];
  for (let index = 1; index < sweep.length; index += 1) {
    const before = sweep[index - 1]!;
    const after = sweep[index]!;
    if (before.cheapest === after.cheapest) continue;
    const crossing = bisect(workload, before.cheapest, after.cheapest, before.requestsPerMonth, after.requestsPerMonth);
    if (crossing) found.push(breakEven(workload, before.cheapest, after.cheapest, crossing));
  }
  return found;
}

/** Every option against one reference (default Lambda on demand arm64): where each crosses it. */
export function findCrossings(workload: CompareWorkload, sweep: readonly CostPoint[], reference: ComputeOptionId = 'lambda-arm64'): BreakEven[] {
  const found: BreakEven[] = [];
  for (const other of COMPUTE_OPTION_IDS) {
    if (other === reference) continue;
    for (let index = 1; index < sweep.length; index += 1) {
      const before = sweep[index - 1]!;
      const after = sweep[index]!;
      const below = before.costs[other] <= before.costs[reference] ? other : reference;
      const above = below === other ? reference : other;
      const crossing = bisect(workload, below, above, before.requestsPerMonth, after.requestsPerMonth);
      if (crossing) found.push(breakEven(workload, below, above, crossing));
    }
  }
  return found.sort((p, q) => p.requestsPerMonth - q.requestsPerMonth);
}
