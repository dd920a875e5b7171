import {describe, expect, it} from 'vitest';
import {MICROVM_LIMITS, MICROVM_PRICES} from '../../../src/data/prices/microVms.ts';
import {WEB_FUNCTION_RESOURCE_TYPES, WEB_FUNCTIONS, type Range} from '../../../src/data/webFunctions.ts';
import {validateSourced} from '../../support/validateData.ts';

const isRange = (value: unknown): value is Range => typeof value === 'object' && value !== null && 'min' in value && 'max' in value;

describe('Lambda Web Functions facts', () => {
  const facts = Object.entries(WEB_FUNCTIONS);

  it('every fact has an https source, a real as-of date and a grade', () => {
    expect(facts.flatMap(([id, fact]) => validateSourced(id, fact))).toEqual([]);
    expect(WEB_FUNCTION_RESOURCE_TYPES.flatMap((t) => validateSourced(t.type, t))).toEqual([]);
    for (const [id, fact] of facts) expect(['aws-docs', 'aws-repo'], id).toContain(fact.grade);
  });

  // A fact that is unknown, or not from the docs, must say why in its note.
  it('unknown and non-docs facts explain themselves', () => {
    for (const [id, fact] of facts) {
      if (fact.value === null || fact.grade !== 'aws-docs') expect('note' in fact && fact.note.length > 20, id).toBe(true);
    }
    expect(WEB_FUNCTIONS.rates.value).toBeNull();
  });

  it('values are sane: positive counts, ordered ranges, non-empty lists', () => {
    for (const [id, {value}] of facts) {
      if (typeof value === 'number') expect(Number.isInteger(value) && value > 0, id).toBe(true);
      if (Array.isArray(value)) expect(value.length, id).toBeGreaterThan(0);
      if (isRange(value)) {
        expect(value.min, id).toBeGreaterThan(0);
        expect(value.min, id).toBeLessThan(value.max);
        if (value.default !== undefined) expect(value.default >= value.min && value.default <= value.max, id).toBe(true);
      }
    }
    const {min, max} = WEB_FUNCTIONS.concurrencyPerEnvironment.value;
    expect(WEB_FUNCTIONS.concurrencyPerEnvironmentDefault.value).toBeGreaterThanOrEqual(min);
    expect(WEB_FUNCTIONS.concurrencyPerEnvironmentDefault.value).toBeLessThanOrEqual(max);
    expect(WEB_FUNCTIONS.rateLimitValues.value).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10_000]);
  });

  it('lists the three CloudFormation types, each once', () => {
    expect(WEB_FUNCTION_RESOURCE_TYPES.map((t) => t.type)).toEqual(['AWS::Lambda::WebFunction', 'AWS::Lambda::WebFunctionRevision', 'AWS::Lambda::WebFunctionEndpoint']);
  });
});

describe('Lambda MicroVMs facts', () => {
  it('every rate and limit has a source and a date; rates are exact decimals, limits positive', () => {
    const entries = [...Object.entries(MICROVM_PRICES), ...Object.entries(MICROVM_LIMITS)];
    expect(entries.flatMap(([id, fact]) => validateSourced(id, fact))).toEqual([]);
    for (const [id, rate] of Object.entries(MICROVM_PRICES)) expect(rate.usd, id).toMatch(/^\d+\.\d+$/);
    for (const [id, limit] of Object.entries(MICROVM_LIMITS)) expect(limit.value, id).toBeGreaterThan(0);
  });
});
