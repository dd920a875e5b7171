import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {decimateSeries} from '../../../src/core/cpu/index.ts';

describe('decimateSeries', () => {
  it('keeps the ends, every bucket extreme, increasing indices and at most 2 × buckets + 2 points', () => {
    fc.assert(
      fc.property(fc.array(fc.double({noNaN: true, min: -1e6, max: 1e6}), {minLength: 1, maxLength: 3000}), fc.integer({min: 1, max: 400}), (values, buckets) => {
        const picked = decimateSeries(values, buckets);
        expect(picked[0]).toBe(0);
        expect(picked.at(-1)).toBe(values.length - 1);
        for (let i = 1; i < picked.length; i++) expect(picked[i]!).toBeGreaterThan(picked[i - 1]!);
        expect(picked.length).toBeLessThanOrEqual(Math.max(values.length, 2 * buckets + 2));
        const kept = picked.map((i) => values[i]!);
        expect(Math.min(...kept)).toBe(Math.min(...values));
        expect(Math.max(...kept)).toBe(Math.max(...values));
      }),
    );
  });

  it('returns nothing for an empty series', () => {
    expect(decimateSeries([], 10)).toEqual([]);
  });
});
