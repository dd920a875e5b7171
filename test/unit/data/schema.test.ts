import {describe, expect, it} from 'vitest';
import {REGION_PRICES} from '../../../src/data/prices.ts';
import {QUOTAS} from '../../../src/data/quotas.ts';
import {validatePrices, validateQuotas, validateSourced} from '../../support/validateData.ts';

describe('data schema', () => {
  it('every price has a source, a date, ordered tiers and exact decimal amounts', () => {
    expect(validatePrices(REGION_PRICES)).toEqual([]);
  });

  it('every quota has a source, a date and a value in range', () => {
    expect(validateQuotas(QUOTAS)).toEqual([]);
  });

  it('ids are unique', () => {
    const ids = QUOTAS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    const regions = REGION_PRICES.map((r) => r.region);
    expect(new Set(regions).size).toBe(regions.length);
  });

  // The validator itself must catch what it claims to catch.
  it('reports a missing source, a bad date and an out-of-range value clearly', () => {
    expect(validateSourced('memory', {source: '', asOf: '2026-08-05'})).toEqual(['memory: source must be an https URL (got "")']);
    expect(validateSourced('memory', {source: 'https://docs.aws.amazon.com/x', asOf: '2026-13-01'})).toEqual(['memory: asOf must be a real date YYYY-MM-DD (got "2026-13-01")']);
    const bad = validateQuotas([{id: 'x', name: 'X', value: -1, unit: 'MB', adjustable: false, scope: 'function', source: 'https://a.b', asOf: '2026-01-01'}]);
    expect(bad).toEqual(['x: value must be a finite number ≥ 0 (got -1)']);
    const badTiers = validatePrices([
      {region: 'r', name: 'R', architectures: {
        x86_64: {requests: {unit: 'request', tiers: [{upTo: 5, usd: '1'}], source: 'https://a.b', asOf: '2026-01-01'}, duration: {unit: 'GB-second', tiers: [{upTo: null, usd: '1e-5'}], source: 'https://a.b', asOf: '2026-01-01'}},
        arm64: {requests: {unit: 'request', tiers: [{upTo: null, usd: '1'}], source: 'https://a.b', asOf: '2026-01-01'}, duration: {unit: 'GB-second', tiers: [{upTo: null, usd: '1'}], source: 'https://a.b', asOf: '2026-01-01'}},
      }},
    ]);
    expect(badTiers).toEqual([
      'r/x86_64/requests: the last tier must have upTo: null',
      'r/x86_64/duration: tier 1 usd must be a plain decimal string like "0.0000166667" (got "1e-5")',
    ]);
  });
});
