import {ARCHITECTURES, type Architecture} from '../../data/schema.ts';
import {memoryAtIndex, type MemorySweep} from './sweepMemory.ts';

/** The strategies AWS Lambda Power Tuning offers. */
export type Strategy = 'cost' | 'speed' | 'balanced';
export const STRATEGIES: readonly Strategy[] = ['cost', 'speed', 'balanced'];

export interface RecommendOptions {
  /** Architectures to choose from; both by default. */
  readonly architectures?: readonly Architecture[];
  /** Balanced only: 0 = fastest … 1 = cheapest, as in power tuning. Default 0.5. */
  readonly balancedWeight?: number;
}

export interface Recommendation {
  readonly strategy: Strategy;
  readonly architecture: Architecture;
  readonly memoryMB: number;
  readonly index: number;
  /** Average duration per invocation, ms (incl. the cold-start share of init). */
  readonly durationMs: number;
  /** Average cost per invocation, USD, first tier, unrounded. */
  readonly costUsd: number;
  readonly monthlyUsd: number;
  /** The value minimised: cost, duration, or the balanced score. */
  readonly score: number;
  /**
   * False when no size considered ends within the 900 s timeout: the result is then the best of
   * sizes that cannot run, and callers must say so instead of pricing it.
   */
  readonly withinTimeout: boolean;
}

/**
 * Picks the swept memory size and architecture that is optimal for a strategy, scanning every
 * swept value (no sampling, so it is the true optimum of the sweep):
 * - `cost`: lowest cost per invocation; ties → faster;
 * - `speed`: lowest duration; ties → cheaper (so the smallest size that reaches the plateau
 *   wins, e.g. 1,769 MB for single-threaded code);
 * - `balanced`: lowest `w × cost / maxCost + (1 − w) × duration / maxDuration`, maxima over the
 *   architectures considered, as power tuning's analyzer computes it; ties → cheaper.
 * Remaining ties go to the architecture listed first, then to less memory.
 * Unlike power tuning, cost includes the request fee (the same at every size).
 * Sizes at which an invocation would run past the 900 s timeout are skipped (all are considered
 * only when none fits, with `withinTimeout: false`).
 * @param sweep - a filled sweep
 * @param strategy - cost, speed or balanced
 * @param options - architectures and balanced weight
 */
export function recommendMemory(sweep: MemorySweep, strategy: Strategy, options: RecommendOptions = {}): Recommendation {
  const architectures = options.architectures && options.architectures.length > 0 ? options.architectures : ARCHITECTURES;
  const weight = Math.min(Math.max(options.balancedWeight ?? 0.5, 0), 1);
  const anyFits = architectures.some((arch) => sweep.architectures[arch].withinTimeout.includes(1));
  const usable = (fits: number) => fits === 1 || !anyFits;
  let maxCost = 0;
  let maxDuration = 0;
  if (strategy === 'balanced') {
    for (const arch of architectures) {
      const {costUsd, durationMs, withinTimeout} = sweep.architectures[arch];
      for (let i = 0; i < sweep.size; i++) {
        if (!usable(withinTimeout[i]!)) continue;
        if (costUsd[i]! > maxCost) maxCost = costUsd[i]!;
        if (durationMs[i]! > maxDuration) maxDuration = durationMs[i]!;
      }
    }
  }
  // Power tuning's formula, term for term (so equal inputs give bit-equal scores).
  const costMax = maxCost > 0 ? maxCost : 1;
  const durationMax = maxDuration > 0 ? maxDuration : 1;

  let bestArch: Architecture = architectures[0]!;
  let bestIndex = -1;
  let bestScore = Infinity;
  let bestCost = Infinity;
  let bestDuration = Infinity;
  for (const arch of architectures) {
    const {costUsd, durationMs, withinTimeout} = sweep.architectures[arch];
    for (let i = 0; i < sweep.size; i++) {
      if (!usable(withinTimeout[i]!)) continue;
      const cost = costUsd[i]!;
      const duration = durationMs[i]!;
      const score = strategy === 'cost' ? cost : strategy === 'speed' ? duration : (weight * cost) / costMax + ((1 - weight) * duration) / durationMax;
      const second = strategy === 'cost' ? duration : cost;
      const bestSecond = strategy === 'cost' ? bestDuration : bestCost;
      // Strictly better only: an equal candidate later in the scan has more memory (or a later architecture).
      if (score < bestScore || (score === bestScore && second < bestSecond)) {
        bestScore = score;
        bestCost = cost;
        bestDuration = duration;
        bestIndex = i;
        bestArch = arch;
      }
    }
  }
  const chosen = sweep.architectures[bestArch];
  return {
    strategy,
    architecture: bestArch,
    memoryMB: memoryAtIndex(bestIndex),
    index: bestIndex,
    durationMs: chosen.durationMs[bestIndex]!,
    costUsd: chosen.costUsd[bestIndex]!,
    monthlyUsd: chosen.monthlyUsd[bestIndex]!,
    score: bestScore,
    withinTimeout: anyFits,
  };
}
