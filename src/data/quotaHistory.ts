/**
 * Earlier values of quotas that changed, so findings and pages can say "was 256 KB until …".
 * Each entry is the value that held until (and excluding) `until`.
 */
import type {QuotaUnit, Sourced} from './schema.ts';
import {SOURCES} from './sources.ts';

export interface QuotaHistoryEntry extends Sourced {
  /** The id in src/data/quotas.ts whose value changed. */
  readonly quotaId: string;
  readonly value: number;
  readonly unit: QuotaUnit;
  /** First day the newer value applied (YYYY-MM-DD). */
  readonly until: string;
}

export const QUOTA_HISTORY = [
  {quotaId: 'payloadAsync', value: 256, unit: 'KB', until: '2025-10-24', source: SOURCES.asyncPayloadNews, asOf: '2025-10-24', note: 'Asynchronous invocations (InvocationType=Event) were limited to 256 KB; since 2025-10-24 to 1 MB, billed as one request per 256 KB plus one per further 64 KB.'},
  {quotaId: 'payloadStreamed', value: 20, unit: 'MB', until: '2025-07-31', source: SOURCES.quotas, asOf: '2026-08-05', note: 'Streamed responses had a 20 MB soft limit from the April 2023 launch.'},
  {quotaId: 'codeStorage', value: 75, unit: 'GB', until: '2026-07-01', source: SOURCES.selfManagedStorage, asOf: '2026-08-05', note: '75 GB and adjustable; raised to 300 GB (not adjustable) with self-managed S3 code storage in July 2026.'},
  {quotaId: 'memory', value: 3_008, unit: 'MB', until: '2020-12-01', source: SOURCES.memory, asOf: '2020-12-01', note: '128–3,008 MB in 64 MB steps.'},
] as const satisfies readonly QuotaHistoryEntry[];

/** The history entries for one quota, oldest first. */
export function historyOf(quotaId: string): readonly QuotaHistoryEntry[] {
  return QUOTA_HISTORY.filter((entry) => entry.quotaId === quotaId);
}
