import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseScenario, runSimulation, summarizeSimulation, parseRateSeries, evaluateTraffic, formatClock, parseClock, createRandom} from '../../../src/core/simulate/concurrency/index.ts';
import type {Scenario, SimulationRun} from '../../../src/core/simulate/concurrency/index.ts';

function scenario(input: Record<string, unknown>): Scenario {
  const result = parseScenario(input);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function sum(values: Float32Array): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

describe('traffic shapes and clock', () => {
  it('evaluates each shape at known seconds', () => {
    expect(evaluateTraffic({shape: 'steady', rps: 7}, 99, 0)).toBe(7);
    const ramp = {shape: 'ramp', fromRps: 0, toRps: 100, startSecond: 10, durationSeconds: 10} as const;
    expect([5, 10, 15, 20, 30].map((t) => evaluateTraffic(ramp, t, 0))).toEqual([0, 0, 50, 100, 100]);
    const spike = {shape: 'spike', baseRps: 1, peakRps: 9, atSecond: 5, durationSeconds: 2} as const;
    expect([4, 5, 6, 7].map((t) => evaluateTraffic(spike, t, 0))).toEqual([1, 9, 9, 1]);
    const daily = {shape: 'daily', minRps: 10, maxRps: 110, peakHour: 14} as const;
    expect(evaluateTraffic(daily, 0, 14 * 3600)).toBeCloseTo(110);
    expect(evaluateTraffic(daily, 0, 2 * 3600)).toBeCloseTo(10);
    const series = {shape: 'series', rps: [3, 4], stepSeconds: 60} as const;
    expect([0, 59, 60, 120].map((t) => evaluateTraffic(series, t, 0))).toEqual([3, 3, 4, 0]);
  });

  it('formats and parses the clock', () => {
    expect(formatClock(12 * 3600 + 10)).toBe('12:00:10');
    expect(formatClock(86_400 + 5)).toBe('00:00:05');
    expect(parseClock('09:30')).toBe(9 * 3600 + 30 * 60);
    expect(parseClock('24:00')).toBeUndefined();
  });

  it('parses a pasted series and rejects junk with the position', () => {
    expect(parseRateSeries('10, 20\n30 40')).toEqual({ok: true, value: [10, 20, 30, 40]});
    expect(parseRateSeries('10, x')).toEqual({ok: false, error: 'value 2 ("x") is not a rate from 0 to 1,000,000 requests per second'});
  });

  it('the random generator is deterministic per seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(c()).not.toBe(first[0]);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });
});

describe('parseScenario', () => {
  it('fills defaults', () => {
    const s = scenario({functions: [{name: 'f', durationMs: 100, traffic: {shape: 'steady', rps: 1}}]});
    expect(s.accountConcurrency).toBe(1000);
    expect(s.durationSeconds).toBe(600);
    expect(s.functions[0]).toMatchObject({invocation: 'sync', memoryMB: 512, provisionedConcurrency: 0, maxEventAgeSeconds: 21_600, batchSize: 10});
  });

  it.each([
    [{functions: []}, 'functions: must list at least one function'],
    [{functions: [{name: 'f', durationMs: 100, memoryMB: 20_000, traffic: {shape: 'steady', rps: 1}}]}, 'functions[0].memoryMB: 20,000 is outside 128–10,240 (Lambda memory quota)'],
    [{functions: [{name: 'f', durationMs: 100, traffic: {shape: 'steady', rps: 1}, reservedConcurrency: 950}]}, 'functions: reserved plus provisioned concurrency (950) is more than the account quota of 1,000 minus the 100 that must stay unreserved (900)'],
    [{functions: [{name: 'f', durationMs: 100, traffic: {shape: 'steady', rps: 1}, reservedConcurrency: 10, provisionedConcurrency: 20}]}, "functions[0].provisionedConcurrency: 20 is more than the function's reserved concurrency of 10 (provisioned concurrency counts against it)"],
    [{functions: [{name: 'f', durationMs: 100, traffic: {shape: 'wave', rps: 1}}]}, 'functions[0].traffic.shape: "wave" is not one of steady, ramp, spike, daily, series'],
    [{functions: [{name: 'f', durationMs: 100, traffic: {shape: 'steady', rps: 1}}], colour: 'red'}, 'scenario: unknown field "colour" (allowed: name, description, region, scalingModel, durationSeconds, accountConcurrency, seed, startClock, functions)'],
    [{functions: [{name: 'f', durationMs: 'fast', traffic: {shape: 'steady', rps: 1}}]}, 'functions[0].durationMs: "fast" is not a number (expected 1 to 900,000)'],
    [{functions: [{name: 'f', durationMs: ' ', traffic: {shape: 'steady', rps: 1}}]}, 'functions[0].durationMs: enter a number from 1 to 900,000'],
    [{startClock: '25:00', functions: [{name: 'f', durationMs: 1, traffic: {shape: 'steady', rps: 1}}]}, 'startClock: "25:00" is not a time like 12:00 or 12:00:00'],
  ])('rejects %j', (input, message) => {
    expect(parseScenario(input)).toEqual({ok: false, error: message});
  });
});

describe('runSimulation, worked cases', () => {
  it('steady traffic: concurrency = rate × duration, served = arrivals, one cold start per environment', () => {
    const run = runSimulation(scenario({durationSeconds: 120, functions: [{name: 'api', durationMs: 500, traffic: {shape: 'steady', rps: 100}}]}));
    const fn = run.functions[0]!;
    expect(fn.concurrency[60]).toBeCloseTo(50, 6);
    expect(fn.totals.served).toBe(12_000);
    expect(fn.totals.throttledAttempts).toBe(0);
    expect(fn.totals.coldStarts).toBe(100); // the first second: 100 new environments, then warm reuse
    expect(sum(fn.coldStarts)).toBe(fn.totals.coldStarts);
  });

  it('reserved concurrency caps and throttles: 2,000 rps × 0.2 s against 100 reserved serves 500/s', () => {
    const run = runSimulation(scenario({durationSeconds: 60, functions: [{name: 'checkout', durationMs: 200, reservedConcurrency: 100, traffic: {shape: 'steady', rps: 2000}}]}));
    const fn = run.functions[0]!;
    expect(fn.served[30]).toBe(500);
    expect(fn.throttled[30]).toBe(1500);
    expect(fn.totals.firstThrottleSecond.reserved).toBe(0);
    const text = summarizeSimulation(run).map((line) => line.text).join(' ');
    expect(text).toContain('At 00:00:00 checkout hit its reserved concurrency of 100:');
    expect(text).toContain('HTTP 429');
  });

  it('reserved concurrency 0 disables the function and sends async events to the DLQ', () => {
    const run = runSimulation(scenario({durationSeconds: 30, functions: [{name: 'off', invocation: 'async', durationMs: 100, reservedConcurrency: 0, traffic: {shape: 'steady', rps: 10}}]}));
    const fn = run.functions[0]!;
    expect(fn.totals.served).toBe(0);
    expect(fn.totals.expired).toBe(300);
    expect(fn.totals.throttledByCause.disabled).toBe(300);
  });

  it('the scaling rate: a jump to 3,000 takes three 10-second windows', () => {
    const run = runSimulation(scenario({durationSeconds: 60, accountConcurrency: 10_000, functions: [{name: 'spiky', durationMs: 1000, traffic: {shape: 'steady', rps: 3000}}]}));
    const fn = run.functions[0]!;
    expect(fn.environments[0]).toBe(1000);
    expect(fn.environments[9]).toBe(1000);
    expect(fn.environments[10]).toBe(2000);
    expect(fn.environments[20]).toBe(3000);
    expect(fn.totals.firstThrottleSecond.scaling).toBe(0);
    expect(fn.throttled[25]).toBe(0);
  });

  it('async throttles are retried and eventually served', () => {
    const run = runSimulation(scenario({durationSeconds: 1800, functions: [{name: 'worker', invocation: 'async', durationMs: 1000, reservedConcurrency: 10, traffic: {shape: 'spike', baseRps: 0, peakRps: 50, atSecond: 0, durationSeconds: 20}}]}));
    const fn = run.functions[0]!;
    expect(fn.totals.arrivals).toBe(1000);
    expect(fn.totals.served).toBe(1000);
    expect(fn.totals.rejected).toBe(0);
    expect(fn.totals.servedAfterRetry).toBeGreaterThan(0);
    expect(fn.totals.waitingAtEnd).toBe(0);
  });

  it('async events past the maximum event age are discarded', () => {
    const run = runSimulation(scenario({durationSeconds: 600, functions: [{name: 'worker', invocation: 'async', durationMs: 1000, reservedConcurrency: 1, maxEventAgeSeconds: 60, traffic: {shape: 'spike', baseRps: 0, peakRps: 100, atSecond: 0, durationSeconds: 1}}]}));
    const fn = run.functions[0]!;
    expect(fn.totals.served + fn.totals.expired).toBe(100);
    expect(fn.totals.expired).toBeGreaterThan(0);
  });

  it('is deterministic for a seed and varies with it when durations spread', () => {
    const input = {seed: 7, durationSeconds: 300, functions: [{name: 'f', durationMs: 400, durationSpread: 0.5, traffic: {shape: 'steady', rps: 100}}]};
    const a = runSimulation(scenario(input));
    const b = runSimulation(scenario(input));
    const c = runSimulation(scenario({...input, seed: 8}));
    expect(Array.from(a.functions[0]!.concurrency)).toEqual(Array.from(b.functions[0]!.concurrency));
    expect(Array.from(a.functions[0]!.concurrency)).not.toEqual(Array.from(c.functions[0]!.concurrency));
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over random scenarios.

const trafficArb = fc.oneof(
  fc.record({shape: fc.constant('steady'), rps: fc.integer({min: 0, max: 3000})}),
  fc.record({shape: fc.constant('spike'), baseRps: fc.integer({min: 0, max: 200}), peakRps: fc.integer({min: 0, max: 8000}), atSecond: fc.integer({min: 0, max: 60}), durationSeconds: fc.integer({min: 1, max: 60})}),
  fc.record({shape: fc.constant('ramp'), fromRps: fc.integer({min: 0, max: 100}), toRps: fc.integer({min: 0, max: 5000}), startSecond: fc.integer({min: 0, max: 30}), durationSeconds: fc.integer({min: 1, max: 90})}),
  fc.record({shape: fc.constant('series'), rps: fc.array(fc.integer({min: 0, max: 4000}), {minLength: 1, maxLength: 20}), stepSeconds: fc.integer({min: 1, max: 10})}),
);

const functionArb = fc.record({
  invocation: fc.constantFrom('sync', 'async', 'queue'),
  durationMs: fc.integer({min: 5, max: 20_000}),
  durationSpread: fc.constantFrom(0, 0.3),
  initMs: fc.integer({min: 0, max: 3000}),
  reserved: fc.option(fc.integer({min: 0, max: 300}), {nil: undefined}),
  provisioned: fc.integer({min: 0, max: 200}),
  maximumConcurrency: fc.option(fc.integer({min: 2, max: 50}), {nil: undefined}),
  traffic: trafficArb,
});

const scenarioArb = fc
  .record({account: fc.integer({min: 400, max: 3000}), seed: fc.integer({min: 0, max: 1000}), functions: fc.array(functionArb, {minLength: 1, maxLength: 4})})
  .map(({account, seed, functions}) => {
    let budget = account - 100;
    const fns = functions.map((f, index) => {
      let reserved = f.reserved;
      let provisioned = f.provisioned;
      if (reserved !== undefined) {
        reserved = Math.min(reserved, Math.max(0, budget));
        provisioned = Math.min(provisioned, reserved);
        budget -= reserved;
      } else {
        provisioned = Math.min(provisioned, Math.max(0, budget));
        budget -= provisioned;
      }
      return {
        name: `fn${index}`,
        invocation: f.invocation,
        durationMs: f.durationMs,
        durationSpread: f.durationSpread,
        initMs: f.initMs,
        ...(reserved !== undefined ? {reservedConcurrency: reserved} : {}),
        provisionedConcurrency: provisioned,
        ...(f.invocation === 'queue' && f.maximumConcurrency !== undefined ? {maximumConcurrency: f.maximumConcurrency} : {}),
        traffic: f.traffic,
      };
    });
    return {durationSeconds: 120, accountConcurrency: account, seed, functions: fns};
  });

function runOf(input: Record<string, unknown>): SimulationRun {
  return runSimulation(scenario(input));
}

describe('runSimulation properties', () => {
  it('no request is both served and throttled: each second served + throttled = offered, and totals add up', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const run = runOf(input);
        for (const fn of run.functions) {
          // Plain checks per second, one assertion per function (expect() per second is slow).
          let bad = -1;
          for (let t = 0; t < run.scenario.durationSeconds && bad < 0; t++) {
            if (fn.served[t]! + fn.throttled[t]! !== fn.offered[t]! || fn.served[t]! < 0 || fn.throttled[t]! < 0) bad = t;
          }
          expect(bad, `${fn.name} at second ${bad}`).toBe(-1);
          if (fn.config.invocation === 'sync') expect(fn.totals.served + fn.totals.rejected).toBe(fn.totals.arrivals);
          if (fn.config.invocation === 'async') expect(fn.totals.served + fn.totals.expired + fn.totals.waitingAtEnd).toBeCloseTo(fn.totals.arrivals, 6);
        }
      }),
      {numRuns: 60},
    );
  });

  it('concurrency never exceeds reserved concurrency or the account quota', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const run = runOf(input);
        const problems: string[] = [];
        for (let t = 0; t < run.scenario.durationSeconds && problems.length === 0; t++) {
          if (run.accountConcurrency[t]! > run.scenario.accountConcurrency + 1e-3) problems.push(`account ${run.accountConcurrency[t]} at ${t}`);
          for (const fn of run.functions) {
            const reserved = fn.config.reservedConcurrency;
            if (reserved !== undefined && fn.concurrency[t]! > reserved + 1e-3) problems.push(`${fn.name} ${fn.concurrency[t]} > reserved ${reserved} at ${t}`);
            const mapping = fn.config.invocation === 'queue' ? fn.config.maximumConcurrency : undefined;
            if (mapping !== undefined && fn.concurrency[t]! > mapping + 1e-3) problems.push(`${fn.name} ${fn.concurrency[t]} > maximumConcurrency ${mapping} at ${t}`);
          }
        }
        expect(problems).toEqual([]);
      }),
      {numRuns: 60},
    );
  });

  it('the scaling rate is never exceeded: at most 1,000 new environments per function in any 10 seconds', () => {
    const bursty = fc.record({rps: fc.integer({min: 1000, max: 40_000}), durationMs: fc.integer({min: 50, max: 5000}), initMs: fc.integer({min: 0, max: 2000})});
    fc.assert(
      fc.property(fc.array(bursty, {minLength: 1, maxLength: 3}), (fns) => {
        const run = runOf({durationSeconds: 90, accountConcurrency: 100_000, functions: fns.map((f, i) => ({name: `f${i}`, durationMs: f.durationMs, initMs: f.initMs, traffic: {shape: 'steady', rps: f.rps}}))});
        for (const fn of run.functions) {
          let window = 0;
          let worst = 0;
          for (let t = 0; t < run.scenario.durationSeconds; t++) {
            window += fn.coldStarts[t]!;
            if (t >= 10) window -= fn.coldStarts[t - 10]!;
            worst = Math.max(worst, window);
          }
          expect(worst).toBeLessThanOrEqual(1000);
        }
      }),
      {numRuns: 40},
    );
  });

  it('with provisioned concurrency covering the load there are no cold starts and no throttles', () => {
    const load = fc.record({rps: fc.integer({min: 1, max: 2000}), durationMs: fc.integer({min: 100, max: 3000}), initMs: fc.integer({min: 0, max: 3000}), headroom: fc.integer({min: 0, max: 50})});
    fc.assert(
      fc.property(load, ({rps, durationMs, initMs, headroom}) => {
        // Enough environments for rate × duration and for 10 requests a second each.
        const needed = Math.max(Math.ceil((rps * durationMs) / 1000), Math.ceil(rps / 10));
        const provisioned = needed + headroom;
        const run = runOf({durationSeconds: 120, accountConcurrency: provisioned + 1000, functions: [{name: 'f', durationMs, initMs, provisionedConcurrency: provisioned, traffic: {shape: 'steady', rps}}]});
        const fn = run.functions[0]!;
        expect(fn.totals.coldStarts).toBe(0);
        expect(fn.totals.throttledAttempts).toBe(0);
      }),
      {numRuns: 60},
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const a = runOf(input);
        const b = runOf(input);
        expect(a.functions.map((f) => f.totals)).toEqual(b.functions.map((f) => f.totals));
      }),
      {numRuns: 15},
    );
  });
});

describe('runSimulation with reused arrays', () => {
  it('gives the same numbers as a fresh run, whatever the reused run held', () => {
    const a = scenario({durationSeconds: 300, functions: [{name: 'f', invocation: 'async', durationMs: 900, reservedConcurrency: 20, traffic: {shape: 'spike', baseRps: 5, peakRps: 300, atSecond: 10, durationSeconds: 30}}]});
    const b = scenario({durationSeconds: 300, functions: [{name: 'f', durationMs: 100, traffic: {shape: 'steady', rps: 50}}]});
    const fresh = runSimulation(b);
    const reused = runSimulation(b, {reuse: runSimulation(a)});
    expect(Array.from(reused.functions[0]!.waiting)).toEqual(Array.from(fresh.functions[0]!.waiting));
    expect(Array.from(reused.functions[0]!.concurrency)).toEqual(Array.from(fresh.functions[0]!.concurrency));
    expect(reused.functions[0]!.totals).toEqual(fresh.functions[0]!.totals);
  });
});

describe('daily curve in the engine', () => {
  it('matches evaluateTraffic over a whole day (the engine turns the phase instead of calling Math.cos)', () => {
    const traffic = {shape: 'daily', minRps: 3.3, maxRps: 977.7, peakHour: 15.5} as const;
    const run = runSimulation(scenario({durationSeconds: 86_400, startClock: '07:13:00', accountConcurrency: 100_000, functions: [{name: 'f', durationMs: 10, traffic}]}));
    let expected = 0;
    for (let t = 0; t < 86_400; t++) expected += evaluateTraffic(traffic, t, 7 * 3600 + 13 * 60);
    expect(Math.abs(run.functions[0]!.totals.arrivals - expected)).toBeLessThanOrEqual(1);
  });
});
