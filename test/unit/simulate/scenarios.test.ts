import {describe, expect, it} from 'vitest';
import {computeRunCost, describeRunCost, parseScenario, runSimulation, summarizeSimulation} from '../../../src/core/simulate/concurrency/index.ts';
import {SCENARIO_PRESETS, findScenarioPreset} from '../../../src/data/scenarios/index.ts';
import {invocationCost} from '../../../src/core/pricing/index.ts';

function runPreset(id: string, change?: (input: Record<string, unknown>) => Record<string, unknown>) {
  const preset = findScenarioPreset(id);
  if (!preset) throw new Error(`no preset ${id}`);
  const input = change ? change(structuredClone(preset.input) as Record<string, unknown>) : preset.input;
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.error);
  return runSimulation(parsed.value);
}

describe('ready scenarios reproduce the documented behaviour', () => {
  it('every preset parses and has a unique id', () => {
    for (const preset of SCENARIO_PRESETS) expect(parseScenario(preset.input).ok, preset.id).toBe(true);
    expect(new Set(SCENARIO_PRESETS.map((p) => p.id)).size).toBe(SCENARIO_PRESETS.length);
  });

  it('launch spike: scaling takes ~30 s at 1,000 environments per 10 s, with 429s and cold starts meanwhile', () => {
    const fn = runPreset('launch-spike').functions[0]!;
    const start = 30; // the spike starts at 12:00:30
    const before = fn.environments[start - 1]!; // environments kept warm by the baseline traffic
    expect(fn.environments[start + 9]).toBeLessThanOrEqual(before + 1_000);
    expect(fn.environments[start + 19]).toBeLessThanOrEqual(before + 2_000);
    expect(fn.environments[start + 30]).toBeGreaterThanOrEqual(3_000);
    expect(fn.totals.firstThrottleSecond.scaling).toBe(start);
    expect(fn.totals.throttledByCause.scaling).toBeGreaterThan(0);
    expect(fn.throttled[start + 60]).toBe(0); // once scaled, nothing is throttled
    expect(fn.totals.coldStarts).toBeGreaterThanOrEqual(3_000);
  });

  it('launch spike with provisioned concurrency: no cold starts and no throttles', () => {
    const run = runPreset('launch-spike-provisioned');
    const fn = run.functions[0]!;
    expect(fn.totals.coldStarts).toBe(0);
    expect(fn.totals.throttledAttempts).toBe(0);
    expect(summarizeSimulation(run).map((l) => l.text).join(' ')).toContain('provisioned concurrency of 3,200 covered the peak');
  });

  it('noisy neighbour: checkout is throttled by the shared pool, and reserving 100 for it fixes that', () => {
    const run = runPreset('noisy-neighbour');
    const checkout = run.functions.find((f) => f.name === 'checkout')!;
    expect(checkout.totals.throttledByCause.account).toBeGreaterThan(0);
    expect(Math.max(...run.accountConcurrency)).toBeLessThanOrEqual(1_000 + 1e-6);
    const text = summarizeSimulation(run).map((l) => l.text).join(' ');
    expect(text).toMatch(/checkout ran out of unreserved concurrency .*image-import was using/);

    const fixed = runPreset('noisy-neighbour', (input) => {
      const fns = input.functions as Record<string, unknown>[];
      fns[0] = {...fns[0], reservedConcurrency: 100};
      return input;
    });
    // Only the very first second (every environment cold at once) can still throttle; the import no longer can.
    const fixedCheckout = fixed.functions.find((f) => f.name === 'checkout')!;
    expect(fixedCheckout.totals.throttledByCause.account).toBe(0);
    expect(fixedCheckout.throttled.slice(1).reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('SQS consumer: reserved concurrency 20 caps the database connections and no message is lost', () => {
    const fn = runPreset('sqs-consumer-reserved').functions[0]!;
    expect(Math.max(...fn.concurrency)).toBeLessThanOrEqual(20 + 1e-6);
    expect(Math.max(...fn.waiting)).toBeGreaterThan(10_000);
    expect(fn.totals.waitingAtEnd).toBe(0);
    // Every message was processed: batches of 10 served cover all arrivals.
    expect(fn.totals.served * 10).toBeGreaterThanOrEqual(fn.totals.arrivals);
    expect(fn.totals.rejected).toBe(0);
  });

  it('async retries: throttled events run later instead of failing', () => {
    const fn = runPreset('async-throttle-retries').functions[0]!;
    expect(fn.totals.throttledAttempts).toBeGreaterThan(0);
    expect(fn.totals.servedAfterRetry).toBeGreaterThan(0);
    expect(fn.totals.served).toBe(fn.totals.arrivals);
    expect(fn.totals.rejected).toBe(0);
  });
});

describe('computeRunCost', () => {
  it('matches requests × request price + duration at the first-tier rate (launch spike, no provisioned concurrency)', () => {
    const run = runPreset('launch-spike');
    const fn = run.functions[0]!;
    const cost = computeRunCost(run);
    const perRequest = invocationCost({architecture: 'arm64', memoryMB: 1024, durationMs: 1000});
    const expected = fn.totals.served * perRequest.requestUsd + fn.totals.onDemandSeconds * perRequest.durationUsd;
    expect(cost.totalUnroundedUsd).toBeCloseTo(expected, 2);
    expect(describeRunCost(cost)).toMatch(/^This run would cost about \$\d+\.\d\d/);
  });

  it('charges provisioned concurrency for the whole run even when idle', () => {
    const idle = runPreset('launch-spike-provisioned', (input) => ({...input, functions: (input.functions as Record<string, unknown>[]).map((f) => ({...f, traffic: {shape: 'steady', rps: 0}}))}));
    const cost = computeRunCost(idle);
    // 3,200 × 1 GB × 600 s × $0.0000033334 (arm64 provisioned concurrency)
    expect(cost.totalUnroundedUsd).toBeCloseTo(3_200 * 600 * 0.0000033334, 6);
  });
});

describe('the scaling rules before November 2023 (for comparing with old study material)', () => {
  const legacy = (region: string) =>
    runPreset('launch-spike', (input) => ({...input, scalingModel: 'before-2023-11', region})).functions[0]!;

  it('in us-east-1 the old account burst of 3,000 met the spike at once', () => {
    const fn = legacy('us-east-1');
    const before = fn.environments[29]!;
    expect(fn.environments[30]).toBeGreaterThan(2_900);
    expect(fn.environments[30]).toBeLessThanOrEqual(Math.max(3_000, before + 3_000));
  });

  it('in a 500-burst Region it grew by only 500 a minute: 3,000 environments took about 5 minutes', () => {
    const fn = legacy('eu-north-1');
    const start = 30;
    expect(fn.environments[start]).toBeLessThanOrEqual(500);
    expect(fn.environments[start + 60]).toBeLessThanOrEqual(500 + 500 + 10);
    expect(fn.environments[start + 120]).toBeLessThanOrEqual(500 + 1_000 + 10);
    const today = runPreset('launch-spike', (input) => ({...input, region: 'eu-north-1'})).functions[0]!;
    expect(today.totals.throttledAttempts).toBeLessThan(fn.totals.throttledAttempts / 5);
  });

  it('the summary names the old rule', () => {
    const run = runPreset('launch-spike', (input) => ({...input, scalingModel: 'before-2023-11', region: 'eu-north-1'}));
    expect(summarizeSimulation(run)[0]!.text).toContain('account-wide burst allowed under the rules before November 2023 (an initial 500 in eu-north-1, then 500 more a minute');
  });

  it('rejects an unknown region and model', () => {
    expect(parseScenario({region: 'mars-1', functions: [{name: 'f', durationMs: 1, traffic: {rps: 1}}]}).ok).toBe(false);
    expect(parseScenario({scalingModel: '2019', functions: [{name: 'f', durationMs: 1, traffic: {rps: 1}}]})).toEqual({ok: false, error: 'scalingModel: "2019" is not one of current, before-2023-11'});
  });
});
