import {getQuota} from '../../data/quotas.ts';
import {priceFunction} from '../pricing/priceFunction.ts';
import type {FunctionUsage, PricingOptions} from '../pricing/types.ts';

export interface MemoryPoint {
  readonly memoryMB: number;
  readonly x86: number;
  /** null where arm64 cannot be priced with these settings (e.g. a price missing in the Region). */
  readonly arm64: number | null;
}

/** Memory sizes for the cost curve: the range's ends, powers of two, and the function's own size. */
export function memorySteps(current: number): number[] {
  const quota = getQuota('memory');
  const steps = [quota.min ?? 128, 256, 512, 768, 1024, 1536, 1769, 2048, 3008, 4096, 5120, 6144, 8192, quota.value, current];
  return [...new Set(steps)].filter((mb) => mb >= (quota.min ?? 128) && mb <= quota.value).sort((a, b) => a - b);
}

const tryTotal = (usage: FunctionUsage, options: PricingOptions): number | null => {
  try {
    return priceFunction(usage, options).totalUnrounded;
  } catch {
    return null;
  }
};

/**
 * Monthly cost against memory for x86_64 and arm64, holding the duration fixed. That is the
 * curve's assumption: real functions often finish sooner with more memory (more CPU), so the
 * true curve is flatter. See the memory and CPU page.
 */
export function sweepMemory(usage: FunctionUsage, options: PricingOptions): MemoryPoint[] {
  return memorySteps(usage.memoryMB).map((memoryMB) => ({
    memoryMB,
    x86: tryTotal({...usage, memoryMB, architecture: 'x86_64'}, options) ?? 0,
    arm64: usage.edge ? null : tryTotal({...usage, memoryMB, architecture: 'arm64'}, options),
  }));
}
