import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {add, ceil, fromNumber, mul, parseExact, roundCents, toFixed, toPlain} from '../../../src/core/pricing/exact.ts';
import {formatQuantity, formatUsd} from '../../../src/core/pricing/formatNumbers.ts';

describe('exact arithmetic', () => {
  it('has no float drift: 0.1 + 0.2 is exactly 0.3', () => {
    expect(toPlain(add(parseExact('0.1'), parseExact('0.2')))).toBe('0.3');
    expect(toPlain(mul(parseExact('140000'), parseExact('0.0000166667')))).toBe('2.333338');
  });

  it('parses decimal strings with exponents', () => {
    expect(toPlain(parseExact('3e6'))).toBe('3000000');
    expect(toPlain(parseExact('-1.5E-7'), 10)).toBe('-0.00000015');
    expect(() => parseExact('1,5')).toThrow();
    expect(() => parseExact('')).toThrow();
  });

  it('rounds half away from zero to the cent, as AWS prints', () => {
    expect(toFixed(roundCents(parseExact('2.333338')), 2)).toBe('2.33');
    expect(toFixed(roundCents(parseExact('0.729165')), 2)).toBe('0.73');
    expect(toFixed(roundCents(parseExact('0.005')), 2)).toBe('0.01');
    expect(toFixed(roundCents(parseExact('-0.005')), 2)).toBe('-0.01');
    expect(toFixed(ceil(parseExact('120.2')), 0)).toBe('121');
  });

  it('round-trips any finite double through its shortest decimal', () => {
    fc.assert(fc.property(fc.double({noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12}), (value) => {
      expect(Number(toPlain(fromNumber(value), 400))).toBe(value === 0 ? 0 : value);
    }));
  });

  it('formats with grouping', () => {
    expect(formatQuantity(parseExact('1234567.5'))).toBe('1,234,567.5');
    expect(formatUsd(parseExact('115140.2'))).toBe('$115,140.20');
    expect(formatUsd(parseExact('-0.5'))).toBe('−$0.50');
  });
});
