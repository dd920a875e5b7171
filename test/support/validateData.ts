import type {Quota, RegionPrices, Sourced} from '../../src/data/schema.ts';
import {ARCHITECTURES} from '../../src/data/schema.ts';

/** Returns one actionable message per problem; an empty list means the entry is valid. */
export function validateSourced(label: string, entry: Sourced): string[] {
  const problems: string[] = [];
  if (typeof entry.source !== 'string' || !/^https:\/\/[^\s/]+\.[^\s]+$/.test(entry.source)) {
    problems.push(`${label}: source must be an https URL (got ${JSON.stringify(entry.source)})`);
  }
  if (!isRealDate(entry.asOf)) {
    problems.push(`${label}: asOf must be a real date YYYY-MM-DD (got ${JSON.stringify(entry.asOf)})`);
  }
  return problems;
}

function isRealDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export function validatePrices(regions: readonly RegionPrices[]): string[] {
  const problems: string[] = [];
  for (const region of regions) {
    for (const arch of ARCHITECTURES) {
      const prices = region.architectures[arch];
      if (!prices) {
        problems.push(`${region.region}: missing architecture ${arch}`);
        continue;
      }
      for (const [dimension, price] of Object.entries(prices)) {
        if (!price) continue;
        const label = `${region.region}/${arch}/${dimension}`;
        problems.push(...validateSourced(label, price));
        if (price.tiers.length === 0) problems.push(`${label}: needs at least one tier`);
        let previous = 0;
        price.tiers.forEach((tier, index) => {
          if (!/^\d+(\.\d+)?$/.test(tier.usd)) {
            problems.push(`${label}: tier ${index + 1} usd must be a plain decimal string like "0.0000166667" (got ${JSON.stringify(tier.usd)})`);
          }
          const isLast = index === price.tiers.length - 1;
          if (isLast && tier.upTo !== null) problems.push(`${label}: the last tier must have upTo: null`);
          if (!isLast) {
            if (tier.upTo === null || !(tier.upTo > previous)) problems.push(`${label}: tier ${index + 1} upTo must be above the previous tier's`);
            else previous = tier.upTo;
          }
        });
      }
    }
  }
  return problems;
}

export function validateQuotas(quotas: readonly Quota[]): string[] {
  const problems: string[] = [];
  for (const quota of quotas) {
    problems.push(...validateSourced(quota.id, quota));
    if (!Number.isFinite(quota.value) || quota.value < 0) {
      problems.push(`${quota.id}: value must be a finite number ≥ 0 (got ${quota.value})`);
    }
    if (quota.min !== undefined && !(quota.min <= quota.value)) {
      problems.push(`${quota.id}: min ${quota.min} must not exceed value ${quota.value}`);
    }
    if (quota.default !== undefined && quota.min !== undefined && (quota.default < quota.min || quota.default > quota.value)) {
      problems.push(`${quota.id}: default ${quota.default} must lie in ${quota.min}–${quota.value}`);
    }
  }
  return problems;
}
