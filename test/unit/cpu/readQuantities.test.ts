import {describe, expect, it} from 'vitest';
import {simpleQuantities} from '../../../src/core/cpu/index.ts';

describe('simpleQuantities', () => {
  it.each([
    ['1769MB', 1769], ['1.5 GB', 1536], ['1,024 MB', 1024], ['512', 512], ['2GiB', 2048],
  ])('memory %s → %i MB (binary GB)', (text, mb) => expect(simpleQuantities.memoryMB(text, 'memory')).toEqual({ok: true, value: mb}));

  it.each([
    ['800ms', 800], ['1.2 s', 1200], ['2 min', 120_000], ['45', 45],
  ])('duration %s → %i ms', (text, ms) => expect(simpleQuantities.durationMs(text, 'cpu')).toEqual({ok: true, value: ms}));

  it.each([
    ['3M', 3_000_000], ['250k/day', Math.round((250_000 * 730) / 24)], ['100/s', 100 * 730 * 3600], ['1,000,000', 1_000_000],
  ])('monthly count %s → %d (month = 730 h)', (text, count) => {
    const result = simpleQuantities.monthlyCount(text, 'requests');
    expect(result.ok && result.value).toBeCloseTo(count, 6);
  });

  it('checks ranges exactly as the mathjs parser does (one set of limits)', () => {
    expect(simpleQuantities.monthlyCount('10,000,000,000,000,000', 'requests')).toEqual({ok: false, error: "requests: 10,000,000,000,000,000 per month is above Lambda Lab's limit of 1,000,000,000,000,000"});
    expect(simpleQuantities.durationMs('800 s', 'cpu')).toEqual({ok: true, value: 800_000});
    expect(simpleQuantities.durationMs('901 s', 'cpu').ok).toBe(false);
    expect(simpleQuantities.memoryMB('99 GB', 'memory')).toEqual({ok: false, error: 'memory: 101,376 MB is above the maximum of 10,240 MB (128–10,240 MB, AWS Lambda quotas)'});
    expect(simpleQuantities.memoryMB('64', 'memory').ok).toBe(false);
  });

  it('names the field and shows an example when it cannot read a value', () => {
    expect(simpleQuantities.memoryMB('1.5 TB', 'memory')).toEqual({ok: false, error: "memory: '1.5 TB' is not a quantity like 1769MB or 1.5GB."});
    expect(simpleQuantities.monthlyCount('lots', 'requests')).toEqual({ok: false, error: "requests: 'lots' is not a count like 3M, 250k/day or 100/s."});
  });
});
