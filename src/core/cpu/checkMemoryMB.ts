import {getQuota} from '../../data/quotas.ts';
import {fail, ok, type Result} from '../result.ts';

const MEMORY = getQuota('memory');
/** Smallest configurable memory, 128 MB. */
export const MIN_MEMORY_MB = MEMORY.min ?? 128;
/** Largest configurable memory, 10,240 MB. */
export const MAX_MEMORY_MB = MEMORY.value;

/**
 * Checks a memory size in MB: a whole number from 128 to 10,240 (Lambda takes 1 MB steps).
 * @param memoryMB - the value to check
 * @param field - the name of the input, used in the message
 */
export function checkMemoryMB(memoryMB: number, field = 'memory'): Result<number> {
  const range = `${MIN_MEMORY_MB.toLocaleString('en-US')}–${MAX_MEMORY_MB.toLocaleString('en-US')} MB in 1 MB steps (AWS Lambda quotas)`;
  if (!Number.isFinite(memoryMB)) return fail(`${field}: must be a number of MB, ${range}.`);
  if (!Number.isInteger(memoryMB)) return fail(`${field}: ${memoryMB} MB is not a whole number of MB; Lambda takes ${range}.`);
  if (memoryMB < MIN_MEMORY_MB) return fail(`${field}: ${memoryMB.toLocaleString('en-US')} MB is below the minimum; Lambda takes ${range}.`);
  if (memoryMB > MAX_MEMORY_MB) return fail(`${field}: ${memoryMB.toLocaleString('en-US')} MB is above the maximum; Lambda takes ${range}.`);
  return ok(memoryMB);
}
