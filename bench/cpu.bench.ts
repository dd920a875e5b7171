import {execFileSync} from 'node:child_process';
import {join} from 'node:path';
import {checkWorkloadModel, createMemorySweep, fillMemorySweep, readInvocationRates, recommendMemory, STRATEGIES, type InvocationRates} from '../src/core/cpu/index.ts';
import type {Architecture} from '../src/data/schema.ts';
import type {BenchContext, BenchFigure} from './types.ts';

const PAGE = '/docs/configuration/memory-and-cpu';
const RUNS = 200;

const BROWSER_TIMER = `
globalThis.timeCpuSweep = function (runs, model, rates) {
  var core = globalThis.cpuCore;
  var buffer = core.createMemorySweep();
  var fillTimes = [], fullTimes = [];
  for (var i = 0; i < runs; i++) {
    var t = performance.now();
    core.fillMemorySweep(buffer, model, rates, 3000000);
    fillTimes.push(performance.now() - t);
    t = performance.now();
    core.fillMemorySweep(buffer, model, rates, 3000000);
    for (var k = 0; k < core.STRATEGIES.length; k++) core.recommendMemory(buffer, core.STRATEGIES[k]);
    fullTimes.push(performance.now() - t);
  }
  function med(v) { var s = v.slice().sort(function (a, b) { return a - b; }); return s[Math.floor(s.length / 2)]; }
  return {fill: med(fillTimes), full: med(fullTimes), first: fillTimes[0]};
};`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function rates(): Record<Architecture, InvocationRates> {
  const x86 = readInvocationRates('us-east-1', 'x86_64');
  const arm = readInvocationRates('us-east-1', 'arm64');
  if (!x86.ok || !arm.ok) throw new Error('no us-east-1 prices');
  return {x86_64: x86.value, arm64: arm.value};
}

/** The same core, bundled for the browser, times the sweep inside Chromium's engine. */
function browserBundle(root: string): string {
  // esbuild comes with tsx; its CLI keeps the bench free of a bundler API dependency.
  return execFileSync(
    join(root, 'node_modules/.bin/esbuild'),
    [join(root, 'src/core/cpu/index.ts'), '--bundle', '--format=iife', '--global-name=cpuCore', '--platform=browser', '--target=es2022', '--minify', '--log-level=error'],
    {encoding: 'utf8', maxBuffer: 16 * 1024 * 1024},
  );
}

export async function run(ctx: BenchContext): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const model = checkWorkloadModel({cpuMs: 800, ioMs: 120, parallelFraction: 0.5, maxThreads: 4, initMs: 250, coldStartRate: 0.01});
  if (!model.ok) throw new Error(model.error);
  const r = rates();

  // Node: fill the 10,113 × 2 sweep, then the three strategies, with reused buffers.
  const sweep = createMemorySweep();
  const fills: number[] = [];
  const withRecommendations: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    fillMemorySweep(sweep, model.value, r, 3_000_000);
    fills.push(performance.now() - t);
    t = performance.now();
    fillMemorySweep(sweep, model.value, r, 3_000_000);
    for (const strategy of STRATEGIES) recommendMemory(sweep, strategy);
    withRecommendations.push(performance.now() - t);
  }
  figures.push({name: 'Full sweep 10,113 sizes × 2 architectures, Node (median)', value: median(fills), unit: 'ms', goal: '≤ 10 ms'});
  figures.push({name: 'Sweep + 3 strategy recommendations, Node (median)', value: median(withRecommendations), unit: 'ms'});

  // Chromium: the same bundled core, timed in the page's engine.
  const page = await ctx.openPage(PAGE);
  await page.addScriptTag({content: browserBundle(ctx.root)});
  // Plain JS text, so tsx's helpers never leak into the page.
  await page.addScriptTag({content: BROWSER_TIMER});
  const inBrowser = await page.evaluate(
    ([runs, m, rr]) => (globalThis as unknown as {timeCpuSweep(runs: number, model: unknown, rates: unknown): {fill: number; full: number; first: number}}).timeCpuSweep(runs, m, rr),
    [RUNS, model.value, r] as const,
  );
  figures.push({name: 'Full sweep 10,113 sizes × 2 architectures, Chromium (median)', value: inBrowser.fill, unit: 'ms', goal: '≤ 10 ms'});
  figures.push({name: 'Full sweep, Chromium, first (cold) run', value: inBrowser.first, unit: 'ms', goal: '≤ 10 ms'});
  figures.push({name: 'Sweep + 3 strategy recommendations, Chromium (median)', value: inBrowser.full, unit: 'ms'});

  // The widget itself: one step of the parallel-share slider. React handles an input event
  // synchronously, so the dispatch time is the re-sweep + recommendations + chart + commit; the
  // next animation frame adds layout and paint.
  const slider = page.getByTestId('sweep-parallel');
  await slider.focus();
  const sync: number[] = [];
  const toFrame: number[] = [];
  for (let i = 0; i < 40; i++) {
    const step = i % 2 === 0 ? 1 : -1;
    const [dispatch, frame] = await page.evaluate(
      (delta) =>
        new Promise<[number, number]>((resolve) => {
          const input = document.activeElement as HTMLInputElement;
          // React tracks the value; set it through the native setter so onChange fires.
          const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
          const started = performance.now();
          setValue.call(input, String(Number(input.value) + delta));
          input.dispatchEvent(new Event('input', {bubbles: true}));
          const dispatched = performance.now() - started;
          requestAnimationFrame(() => resolve([dispatched, performance.now() - started]));
        }),
      step,
    );
    sync.push(dispatch);
    toFrame.push(frame);
  }
  const label = await page.getByTestId('sweep-recommendation').textContent();
  if (!label?.includes('MB')) throw new Error('the sweep widget did not render a recommendation');
  figures.push({name: 'Sweep widget: slider step, re-sweep + render + commit, Chromium (median)', value: median(sync), unit: 'ms', goal: '≤ 10 ms'});
  figures.push({name: 'Sweep widget: slider step to next animation frame, Chromium (median)', value: median(toFrame), unit: 'ms', goal: '≤ 16.7 ms (one frame)'});
  return figures;
}
