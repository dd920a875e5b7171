import type {Result} from '../result.ts';

/**
 * Reads what people type into Lambda Lab's inputs. Every method returns a Result whose error is
 * one sentence naming the field, the accepted range and its source. MB and GB are binary.
 */
export interface QuantityParser {
  /** "512 MB", "1.5 GB", "1536" → MB (binary, whole MB, 128–10,240). */
  memoryMB(text: string, field: string): Result<number>;
  /** Ephemeral storage: same units, 512–10,240 MB. */
  storageMB(text: string, field: string): Result<number>;
  /** "120 ms", "2 s", "1.5 minutes", "250" (ms) → ms, 0–900,000 (the 15-minute timeout). */
  durationMs(text: string, field: string): Result<number>;
  /** "3M", "3e6", "250k", "3,000,000", "1.2 billion" → a count ≥ 0. */
  count(text: string, field: string): Result<number>;
  /** Any data size in binary MB ("512 KB" → 0.5, "7 MB", "1 GB" → 1024), checked against a range. */
  dataSizeMB(text: string, field: string, range: {readonly min: number; readonly max: number; readonly source: string}): Result<number>;
  /** A count per month: "3M", "100/s", "250k/day", "5000 per hour" → per month of 730 h, whole requests. */
  monthlyCount(text: string, field: string): Result<number>;
}

/** The month length monthlyCount uses, stated wherever a rate is converted. */
export const HOURS_PER_MONTH = 730;
