import type {DesignEstimate} from './estimateDesign.ts';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * What the total leaves out, in one sentence, or undefined when it leaves out nothing: a design
 * whose resources are all unpriced must not read as costing $0.00.
 */
export function totalLeavesOut(estimate: DesignEstimate): string | undefined {
  const notPriced = estimate.resources.filter((resource) => resource.status === 'not priced').length;
  const parts = [notPriced > 0 ? plural(notPriced, 'resource not priced yet', 'resources not priced yet') : '', estimate.unpriced.length > 0 ? plural(estimate.unpriced.length, 'line that needs usage', 'lines that need usage') : ''].filter(Boolean);
  return parts.length ? `The total leaves out ${parts.join(' and ')} (listed below).` : undefined;
}

/** "Lambda is 12.5% of it", or that nothing is priced (a share of $0 means nothing). */
export function lambdaShareText(estimate: DesignEstimate): string {
  return estimate.lines.length === 0 ? 'no line of this design is priced yet' : `Lambda is ${(estimate.lambdaShare * 100).toFixed(1)}% of it`;
}
