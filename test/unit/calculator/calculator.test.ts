import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {DEFAULT_STATE, decodeCalculatorHash, encodeCalculatorHash, type CalculatorState} from '../../../src/core/calculator/calculatorState.ts';
import {toCsv, toJson, toMarkdown} from '../../../src/core/calculator/exportEstimate.ts';
import {memorySteps, sweepMemory} from '../../../src/core/calculator/sweepMemory.ts';
import {priceBill, priceFunction} from '../../../src/core/pricing/index.ts';

describe('calculator state in the URL hash', () => {
  it('round-trips a state, bill included', () => {
    const state: CalculatorState = {
      fn: {name: 'api', region: 'eu-west-1', architecture: 'arm64', memoryMB: 1024, requestsPerMonth: 5e6, averageDurationMs: 80, ephemeralStorageMB: 1024},
      options: {freeTier: false, savingsPlanPercent: 10, granularityMs: 100, initBilling: 'before-2025-08'},
      bill: [DEFAULT_STATE.fn, {name: 'edge', architecture: 'x86_64', memoryMB: 128, requestsPerMonth: 1e7, averageDurationMs: 10, edge: true}],
    };
    const decoded = decodeCalculatorHash(encodeCalculatorHash(state));
    expect(decoded).toEqual({ok: true, value: state});
  });

  it('an empty hash is the defaults (AWS’s $2.73 example)', () => {
    const decoded = decodeCalculatorHash('');
    expect(decoded.ok && priceFunction(decoded.value.fn, decoded.value.options).total).toBe(2.73);
  });

  it.each([
    ['#calc=%7Bnot json', 'the link’s calculator settings are not valid (it may have been cut short)'],
    ['#other=1', 'the link does not contain calculator settings'],
    [encodeCalculatorHash({...DEFAULT_STATE, fn: {...DEFAULT_STATE.fn, memoryMB: 99_999}}), 'function: memory: 99,999 MB is above the maximum of 10,240 MB (AWS Lambda quotas)'],
    [encodeCalculatorHash({...DEFAULT_STATE, fn: {...DEFAULT_STATE.fn, region: 'mars-1'}}), "function: region 'mars-1' is not one Lambda Lab has prices for"],
    [encodeCalculatorHash({...DEFAULT_STATE, options: {savingsPlanPercent: 50}}), 'savings plan discount: 50 % is above the maximum of 17 % (AWS Lambda pricing: Compute Savings Plans save up to 17%)'],
  ])('rejects %s with a sentence', (hash, message) => {
    expect(decodeCalculatorHash(hash)).toEqual({ok: false, error: message});
  });

  it('never throws on arbitrary hashes', () => {
    fc.assert(fc.property(fc.string({maxLength: 200}), (text) => {
      const result = decodeCalculatorHash(`#calc=${text}`);
      expect(typeof result.ok).toBe('boolean');
    }));
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const result = decodeCalculatorHash(`#calc=${encodeURIComponent(JSON.stringify(value))}`);
      if (result.ok) expect(() => priceFunction(result.value.fn, result.value.options)).not.toThrow();
    }));
  });
});

describe('exports', () => {
  const estimate = priceFunction(DEFAULT_STATE.fn);
  it('CSV has a row per line and the total, quoting formulas with commas', () => {
    const csv = toCsv(estimate).trim().split('\n');
    expect(csv[0]).toBe('line item,billable quantity,unit,usd,usd unrounded,formula');
    expect(csv[1]).toMatch(/^Requests,2000000,requests,0\.40,0\.4,"3,000,000 requests/);
    expect(csv.at(-1)).toBe('Total (sum of rounded lines),,,2.73,2.733338,');
  });
  it('Markdown is a table with the total', () => {
    const md = toMarkdown(estimate);
    expect(md).toContain('| Duration | 140,000 GB-s | $2.33 |');
    expect(md).toContain('| **Total** (sum of rounded lines) | | **$2.73** |');
  });
  it('JSON matches the CLI shape', () => {
    const json = JSON.parse(toJson(estimate, {function: DEFAULT_STATE.fn}));
    expect(json).toMatchObject({total: 2.73, currency: 'USD', inputs: {function: {memoryMB: 1536}}});
    const bill = JSON.parse(toJson(priceBill([DEFAULT_STATE.fn, DEFAULT_STATE.fn]), {}));
    expect(bill.functions).toHaveLength(2);
  });
});

describe('cost against memory', () => {
  it('includes the range ends and the current size, in order', () => {
    expect(memorySteps(1536)[0]).toBe(128);
    expect(memorySteps(1536).at(-1)).toBe(10_240);
    expect(memorySteps(1000)).toContain(1000);
    const steps = memorySteps(3000);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
  });
  it('rises with memory and keeps arm64 at or below x86_64', () => {
    const points = sweepMemory(DEFAULT_STATE.fn, {freeTier: false});
    for (let i = 1; i < points.length; i++) expect(points[i]!.x86).toBeGreaterThanOrEqual(points[i - 1]!.x86);
    for (const point of points) expect(point.arm64!).toBeLessThanOrEqual(point.x86);
    // At the function's own memory, the curve agrees with the estimate.
    expect(points.find((point) => point.memoryMB === 1536)!.x86).toBe(priceFunction(DEFAULT_STATE.fn, {freeTier: false}).totalUnrounded);
  });
});
