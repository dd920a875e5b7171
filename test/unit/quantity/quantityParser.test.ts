import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {createLambdaMath} from '../../../src/core/quantity/createLambdaMath.ts';
import {createQuantityParser} from '../../../src/core/quantity/createQuantityParser.ts';
import {loadQuantityParser} from '../../../src/core/quantity/loadQuantityParser.ts';

const parser = createQuantityParser(createLambdaMath());
const value = (result: {ok: boolean; value?: number; error?: string}) => (result.ok ? result.value : result.error);

describe('memory and storage (binary MB)', () => {
  it.each([
    ['512 MB', 512],
    ['1.5 GB', 1536], // binary: mathjs's decimal GB would say 1500 and skew a price by 2.4%
    ['1.5GiB', 1536],
    ['10 GB', 10_240],
    ['1536', 1536],
    ['512mb', 512],
    ['2 * 512 MB', 1024],
  ])('%s → %d MB', (text, expected) => {
    expect(value(parser.memoryMB(text, 'memory'))).toBe(expected);
  });

  it('names the field, the range and the source when out of range or malformed', () => {
    expect(value(parser.memoryMB('20 GB', 'memory'))).toBe('memory: 20,480 MB is above the maximum of 10,240 MB (128–10,240 MB, AWS Lambda quotas)');
    expect(value(parser.memoryMB('64 MB', 'memory'))).toBe('memory: 64 MB is below the minimum of 128 MB (128–10,240 MB, AWS Lambda quotas)');
    expect(value(parser.memoryMB('1.7 GB', 'memory'))).toMatch(/^memory: 1,740\.8 MB is not a whole number of MB; Lambda sets it in 1 MB steps/);
    expect(value(parser.memoryMB('lots', 'memory'))).toBe('memory: could not read "lots"; type a size like 512 MB or 1.5 GB (1 GB = 1024 MB)');
    expect(value(parser.memoryMB('5 s', 'memory'))).toMatch(/^memory: could not read "5 s"/);
    expect(value(parser.memoryMB('', 'memory'))).toMatch(/^memory: required/);
    expect(value(parser.storageMB('256 MB', 'ephemeral storage'))).toBe('ephemeral storage: 256 MB is below the minimum of 512 MB (512–10,240 MB, AWS Lambda quotas)');
    expect(value(parser.storageMB('2 GB', 'ephemeral storage'))).toBe(2048);
  });
});

describe('durations', () => {
  it.each([
    ['120 ms', 120],
    ['2 s', 2000],
    ['0.1 s', 100],
    ['1.5 minutes', 90_000],
    ['15 min', 900_000],
    ['250', 250],
  ])('%s → %d ms', (text, expected) => {
    expect(value(parser.durationMs(text, 'duration'))).toBe(expected);
  });
  it('refuses more than the 900 s timeout and non-times', () => {
    expect(value(parser.durationMs('901 s', 'duration'))).toBe('duration: 901,000 ms is above the maximum of 900,000 ms (0–900,000 ms, the 900 s timeout, AWS Lambda quotas)');
    expect(value(parser.durationMs('2 kg', 'duration'))).toMatch(/^duration: could not read "2 kg"/);
    expect(value(parser.durationMs('-5 ms', 'duration'))).toMatch(/^duration: -5 ms is below the minimum of 0 ms/);
  });
});

describe('counts and monthly rates (month = 730 h)', () => {
  it.each([
    ['3M', 3_000_000],
    ['3e6', 3_000_000],
    ['250k', 250_000],
    ['3,000,000', 3_000_000],
    ['1.2 billion', 1_200_000_000],
  ])('count %s → %d', (text, expected) => {
    expect(value(parser.count(text, 'requests'))).toBe(expected);
  });
  it.each([
    ['3M', 3_000_000],
    ['100/s', 100 * 730 * 3600], // 262,800,000
    ['250k/day', Math.round((250_000 * 730) / 24)], // 7,604,166.67 → 7,604,167
    ['5000 per hour', 5000 * 730],
    ['10/min', 10 * 730 * 60],
    ['3M/month', 3_000_000],
  ])('monthly %s → %d', (text, expected) => {
    expect(value(parser.monthlyCount(text, 'requests'))).toBe(expected);
  });
  it('explains bad rates', () => {
    expect(value(parser.monthlyCount('100/fortnight', 'requests'))).toBe('requests: could not read the period "fortnight"; use /s, /minute, /hour, /day, /week or /month (a month is 730 h)');
    expect(value(parser.monthlyCount('-3', 'requests'))).toBe('requests: -3 per month is below the minimum of 0 (a count cannot be negative)');
    expect(value(parser.count('many', 'requests'))).toBe('requests: could not read "many"; type a count like 3M, 250k or 3e6');
  });
  it('never returns NaN or throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 40}), (text) => {
        for (const result of [parser.memoryMB(text, 'm'), parser.storageMB(text, 's'), parser.durationMs(text, 'd'), parser.count(text, 'c'), parser.monthlyCount(text, 'r')]) {
          if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
          else expect(result.error).toMatch(/^[mdcrs]: /);
        }
      }),
      {numRuns: 300},
    );
  });
  it('round-trips plain numbers typed as counts', () => {
    fc.assert(fc.property(fc.integer({min: 0, max: 1e12}), (n) => {
      expect(value(parser.count(String(n), 'c'))).toBe(n);
    }));
  });
});

describe('lazy loading', () => {
  it('loads the parser once through a dynamic import', async () => {
    const first = await loadQuantityParser();
    expect(first).toBe(await loadQuantityParser());
    expect(value(first.memoryMB('1 GB', 'memory'))).toBe(1024);
  });
});
