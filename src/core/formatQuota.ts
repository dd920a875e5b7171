import type {Quota} from '../data/schema.ts';

const number = (value: number) => value.toLocaleString('en-US');

/** "128–10,240 MB", "900 seconds", "1,000" — how a quota reads in prose. */
export function formatQuota(quota: Quota): string {
  const range = quota.min !== undefined ? `${number(quota.min)}–${number(quota.value)}` : number(quota.value);
  return quota.unit === 'count' ? range : `${range} ${quota.unit}`;
}
