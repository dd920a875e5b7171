import {UsageError} from '../errors.ts';
import type {Result} from '../../core/result.ts';
import {REGION_PRICES} from '../../data/prices.ts';
import {SOURCES} from '../../data/sources.ts';

/** Unwraps a Result or throws the UsageError the CLI prints as one line with exit code 2. */
export function orUsage<T>(result: Result<T>, flag: string): T {
  if (!result.ok) throw new UsageError(result.error.startsWith('--') ? result.error : `--${flag}: ${result.error.replace(/^[^:]*: /, '')}`);
  return result.value;
}

/** Where the workload model's ranges come from (they are the model's, not AWS quotas). */
const MODEL_RANGE = "the range of Lambda Lab's workload model, docs/tools/cli-reference.md#tune";

/** `--region x`: one line naming the flag, the Regions that have prices and their source. */
export function regionError(region: string): UsageError {
  return new UsageError(`--region: '${region}' has no prices in Lambda Lab's data (one of: ${REGION_PRICES.map((prices) => prices.region).join(', ')}; ${SOURCES.pricing})`);
}

/** Reads a 0–1 fraction written as 0.6 or 60%. */
export function readFraction(text: string, flag: string, label: string): number {
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*$/.exec(text);
  const value = match ? Number(match[1]) / (match[2] ? 100 : 1) : Number.NaN;
  if (!(value >= 0 && value <= 1)) throw new UsageError(`--${flag}: '${text}' is not a ${label} from 0 to 1 (or 0% to 100%; ${MODEL_RANGE}).`);
  return value;
}

/** Reads a plain number within a range. */
export function readNumber(text: string, flag: string, min: number, max: number, integer = false, source?: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new UsageError(`--${flag}: '${text}' must be ${integer ? 'a whole number' : 'a number'} from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')} (${source ?? MODEL_RANGE}).`);
  }
  return value;
}
