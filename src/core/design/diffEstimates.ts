/** The cost change a pull request makes: before, after and the change, per resource and per line. */
import type {DesignEstimate} from './estimateDesign.ts';

export interface DiffRow {
  readonly key: string;
  readonly before: number;
  readonly after: number;
  readonly change: number;
}

export interface EstimateDiff {
  readonly before: number;
  readonly after: number;
  readonly change: number;
  /** change / before × 100; null when before is 0. */
  readonly percent: number | null;
  readonly resources: readonly DiffRow[];
  readonly lines: readonly DiffRow[];
  /** Unpriced lines and not-priced resources that appear only in the head (new costs this diff cannot show). */
  readonly newUnpriced: readonly string[];
}

const cents = (usd: number) => Math.round(usd * 100);
const row = (key: string, before: number, after: number): DiffRow => ({key, before, after, change: (cents(after) - cents(before)) / 100});

function merge(base: Map<string, number>, head: Map<string, number>): DiffRow[] {
  const keys = [...new Set([...base.keys(), ...head.keys()])];
  return keys.map((key) => row(key, base.get(key) ?? 0, head.get(key) ?? 0)).filter((entry) => entry.before !== 0 || entry.after !== 0);
}

const lineKey = (line: DesignEstimate['lines'][number]) => `${line.service} · ${line.label} (${line.region})`;

export function diffEstimates(base: DesignEstimate, head: DesignEstimate): EstimateDiff {
  const sumBy = <T>(items: readonly T[], key: (item: T) => string, usd: (item: T) => number) => {
    const map = new Map<string, number>();
    for (const item of items) map.set(key(item), (cents(map.get(key(item)) ?? 0) + cents(usd(item))) / 100);
    return map;
  };
  const lines = merge(sumBy(base.lines, lineKey, (line) => line.usd), sumBy(head.lines, lineKey, (line) => line.usd));
  const resources = merge(sumBy(base.resources, (r) => r.id, (r) => r.usd), sumBy(head.resources, (r) => r.id, (r) => r.usd));
  const describe = (line: DesignEstimate['unpriced'][number]) => `${line.resource}: ${line.label} (${line.reason})`;
  const before = new Set(base.unpriced.map(describe));
  const change = (cents(head.total) - cents(base.total)) / 100;
  return {
    before: base.total,
    after: head.total,
    change,
    percent: base.total === 0 ? null : (change / base.total) * 100,
    resources,
    lines,
    newUnpriced: [
      ...head.unpriced.map(describe).filter((text) => !before.has(text)),
      ...head.resources.filter((r) => r.status === 'not priced' && !base.resources.some((b) => b.id === r.id && b.status === 'not priced')).map((r) => `${r.id} (${r.type}): not priced — ${r.reason}`),
    ],
  };
}

/** `--fail-above 50` (USD) or `--fail-above 10%`: true when the increase is larger. */
export function exceedsThreshold(diff: EstimateDiff, threshold: {readonly usd?: number; readonly percent?: number}): boolean {
  if (threshold.usd !== undefined) return diff.change > threshold.usd;
  if (threshold.percent !== undefined) return diff.percent === null ? diff.change > 0 : diff.percent > threshold.percent;
  return false;
}
