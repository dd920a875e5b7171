import {describe, expect, it} from 'vitest';
import {concurrencyFieldLabel} from '../../../src/components/ConcurrencySimulator/fieldLabels.ts';
import {trafficFieldLabel} from '../../../src/components/TrafficShifting/fieldLabels.ts';
import {parseScenario} from '../../../src/core/simulate/concurrency/index.ts';
import {parseTrafficScenario} from '../../../src/core/simulate/traffic/index.ts';

const fn = (extra: Record<string, unknown> = {}) => ({name: 'checkout', durationMs: 100, traffic: {shape: 'steady', rps: 1}, ...extra});

function widgetError(draft: {functions: Record<string, unknown>[]} & Record<string, unknown>): string {
  const result = parseScenario(draft, concurrencyFieldLabel(draft));
  return result.ok ? 'ok' : result.error;
}

describe('simulator errors name fields as the forms label them', () => {
  it.each([
    [{accountConcurrency: -5, functions: [fn()]}, "Account concurrency quota: -5 is outside 10–1,000,000 (the Region's concurrency quota, 1,000 by default)"],
    [{durationSeconds: 200_000, functions: [fn()]}, 'Simulated seconds: 200,000 is outside 1–172,800 (up to 2 days at 1-second steps)'],
    [{functions: [fn({memoryMB: 20_000})]}, 'Function checkout › Memory (MB): 20,000 is outside 128–10,240 (Lambda memory quota)'],
    [{functions: [fn({name: '', reservedConcurrency: 1.5})]}, 'Function 1 › Name: "" must be 1–64 letters, digits, hyphens or underscores (Lambda function names)'],
    [{functions: [fn(), fn({name: 'api', traffic: {shape: 'spike', peakRps: -1}})]}, 'Function api › Peak requests/s: -1 is outside 0–1,000,000'],
    [{functions: [fn({traffic: {shape: 'daily', minRps: 50, maxRps: 10}})]}, 'Function checkout › Peak requests/s: 10 is below the lowest rate (50)'],
    [{functions: [fn({traffic: {shape: 'series', rps: '10, x'}})]}, 'Function checkout › Requests per second, one value per step: value 2 ("x") is not a rate from 0 to 1,000,000 requests per second'],
    [{functions: [fn({traffic: {shape: 'series', rps: [10, 2_000_000]}})]}, 'Function checkout › Requests per second, one value per step, value 2: 2,000,000 is outside 0–1,000,000'],
    [{functions: [fn({provisionedConcurrency: 1_500})]}, "Functions: reserved plus provisioned concurrency (1,500) is more than the account quota of 1,000 minus the 100 that must stay unreserved (900)"],
  ])('concurrency simulator: %j', (draft, message) => {
    expect(widgetError(draft)).toBe(message);
  });

  it('keeps scenario-file paths for the CLI', () => {
    expect(parseScenario({accountConcurrency: -5, functions: [fn()]})).toEqual({ok: false, error: "accountConcurrency: -5 is outside 10–1,000,000 (the Region's concurrency quota, 1,000 by default)"});
    expect(parseTrafficScenario({requestsPerSecond: -5})).toEqual({ok: false, error: 'requestsPerSecond: -5 is outside 0.01–1,000,000'});
  });

  it.each([
    [{requestsPerSecond: -5}, 'Requests per second to the alias: -5 is outside 0.01–1,000,000'],
    [{requestsPerSecond: '2000000'}, 'Requests per second to the alias: 2,000,000 is outside 0.01–1,000,000'],
    [{requestsPerSecond: ''}, 'Requests per second to the alias: enter a number (0.01–1,000,000)'],
    [{from: {version: 6, errorPercent: 150}, to: {version: 7}}, 'Errors of version 6 (%): 150 is outside 0–100'],
    [{to: {errorPercent: -1}}, 'Errors of version new (%): -1 is outside 0–100'],
    [{alarm: {thresholdPercent: 5, periodSeconds: 5}}, 'Period (s): 5 is outside 10–3,600'],
    [{alarm: {evaluationPeriods: 11}}, 'Breaching periods to alarm: 11 is outside 1–10'],
  ])('traffic-shifting simulator: %j', (draft, message) => {
    expect(parseTrafficScenario(draft, trafficFieldLabel(draft))).toEqual({ok: false, error: message});
  });
});
