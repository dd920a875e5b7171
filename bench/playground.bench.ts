/**
 * Playground figures: a trivial handler's cold and warm runs, how late a 3 s timeout fires and
 * how fast a memory bomb is stopped — in Chromium on the built page (what users see) and in
 * Node through the same execution environment the CLI uses.
 */
import {compressToEncodedURIComponent} from 'lz-string';
import type {Page} from 'playwright-core';
import {createFunctionConfig} from '../src/core/runtime/createFunctionConfig.ts';
import {RuntimeSession} from '../src/sandbox/runtimeSession.ts';
import {createNodePlatform, nodeRandom} from '../src/sandbox/node/createNodePlatform.ts';
import type {BenchContext, BenchFigure} from './types.ts';

const TRIVIAL = "let n = 0; export const handler = async () => ({n: ++n});";
const LOOP = 'export const handler = async () => { for (;;) {} };';
const BOMB = 'const kept = []; export const handler = async () => { for (;;) kept.push(new Uint8Array(1 << 20)); };';

function link(code: string, timeoutSeconds: number): string {
  const state = {code, language: 'javascript', templateId: 'eventbridge-custom', eventText: '{}', memoryMB: 128, timeoutSeconds, envText: '', mode: 'sync'};
  return `/docs/playground#pg=${compressToEncodedURIComponent(JSON.stringify(state))}`;
}

/** Clicks a button and returns the milliseconds until the status shows a finished run, plus the output. */
async function timedRun(page: Page, button: string): Promise<{ms: number; output: string}> {
  // A string, not a function: tsx's name helpers do not exist in the page.
  const ms = (await page.evaluate(`(async (name) => {
    const runs = () => document.querySelectorAll('pre[aria-label^="Run "]').length;
    const before = runs();
    const target = [...document.querySelectorAll('button')].find((b) => b.textContent === name);
    const start = performance.now();
    target.click();
    // A MutationObserver fires as soon as React commits the new output (no frame granularity).
    const done = await new Promise((resolve) => {
      const timer = setTimeout(() => { observer.disconnect(); resolve(false); }, 60000);
      const observer = new MutationObserver(() => { if (runs() > before) { clearTimeout(timer); observer.disconnect(); resolve(true); } });
      observer.observe(document.body, {childList: true, subtree: true});
    });
    if (!done) throw new Error('no output after 60 s; status: ' + document.querySelector('[role="status"]').textContent);
    return performance.now() - start;
  })(${JSON.stringify(button)})`)) as number;
  const output = (await page.locator('pre[aria-label^="Run "]').first().textContent()) ?? '';
  return {ms, output};
}

const reportNumber = (output: string, field: string) => Number(new RegExp(`${field}: ([\\d.]+) ms`).exec(output)?.[1] ?? Number.NaN);

async function browserFigures(ctx: BenchContext): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const page = await ctx.openPage(link(TRIVIAL, 3));
  const first = await timedRun(page, 'Run');
  figures.push({name: 'Browser: first Run, trivial handler (worker + wasm + init + invoke), wall', value: first.ms, unit: 'ms'});
  const colds: number[] = [];
  for (let i = 0; i < 5; i++) colds.push((await timedRun(page, 'Run with a cold start')).ms);
  colds.sort((a, b) => a - b);
  figures.push({name: 'Browser: cold run, trivial handler, page loaded (median of 5, wall)', value: colds[2]!, unit: 'ms', goal: '≤ 50 ms'});
  const coldRun = await timedRun(page, 'Run with a cold start');
  figures.push({name: 'Browser: cold run REPORT Init Duration + Duration', value: reportNumber(coldRun.output, 'Init Duration') + reportNumber(coldRun.output, 'Duration'), unit: 'ms'});
  const warms: number[] = [];
  let warmOut = '';
  for (let i = 0; i < 9; i++) {
    const w = await timedRun(page, 'Run');
    warms.push(w.ms);
    warmOut = w.output;
  }
  warms.sort((a, b) => a - b);
  figures.push({name: 'Browser: warm run, trivial handler (median of 9, wall incl. React rendering)', value: warms[4]!, unit: 'ms', goal: '≤ 5 ms'});
  figures.push({name: 'Browser: warm run REPORT Duration', value: reportNumber(warmOut, 'Duration'), unit: 'ms', goal: '≤ 5 ms'});

  const loopPage = await ctx.openPage(link(LOOP, 3));
  const loop = await timedRun(loopPage, 'Run');
  figures.push({name: 'Browser: 3 s timeout, REPORT Duration minus 3000 ms (lateness)', value: reportNumber(loop.output, 'Duration') - 3000, unit: 'ms', goal: '≤ 50 ms'});
  figures.push({name: 'Browser: 3 s timeout, wall time from Run to output', value: loop.ms, unit: 'ms'});

  // Each a first Run on a freshly loaded page (new worker, wasm, init, then the bomb); one sample is noisy.
  const bombs: {ms: number; output: string}[] = [];
  for (let i = 0; i < 3; i++) bombs.push(await timedRun(await ctx.openPage(link(BOMB, 10)), 'Run'));
  const bombMs = bombs.map((b) => b.ms).sort((a, b) => a - b);
  figures.push({name: 'Browser: memory bomb (128 MB) stopped after (wall, median of 3 fresh pages)', value: bombMs[1]!, unit: 'ms', goal: '≤ 1000 ms'});
  figures.push({name: 'Browser: memory bomb stopped after (wall, slowest of 3)', value: bombMs[2]!, unit: 'ms'});
  figures.push({name: 'Browser: memory bomb ended as out-of-memory (1 = yes, all 3)', value: bombs.every((b) => /signal: killed/.test(b.output)) ? 1 : 0, unit: '×'});
  return figures;
}

async function nodeFigures(): Promise<BenchFigure[]> {
  const session = new RuntimeSession(createNodePlatform(), nodeRandom);
  const config = (timeoutMs: number) => {
    const c = createFunctionConfig({timeoutMs});
    if (!c.ok) throw new Error(c.error);
    return c.value;
  };
  const request = (code: string, timeoutMs: number, forceCold = false) => ({code, format: 'esm' as const, config: config(timeoutMs), eventJson: '{}', forceCold});
  await session.invoke(request(TRIVIAL, 3000, true)); // compiles the wasm once
  const time = async (code: string, timeoutMs: number, forceCold: boolean) => {
    const start = performance.now();
    const outcome = await session.invoke(request(code, timeoutMs, forceCold));
    return {ms: performance.now() - start, outcome};
  };
  const colds: number[] = [];
  const coldsBackToBack: number[] = [];
  for (let i = 0; i < 7; i++) {
    // Like a user between clicks: the session prepares the next engine while idle.
    await new Promise((resolve) => setTimeout(resolve, 150));
    colds.push((await time(TRIVIAL, 3000, true)).ms);
  }
  for (let i = 0; i < 7; i++) coldsBackToBack.push((await time(TRIVIAL, 3000, true)).ms);
  coldsBackToBack.sort((a, b) => a - b);
  const warms: number[] = [];
  for (let i = 0; i < 21; i++) warms.push((await time(TRIVIAL, 3000, false)).ms);
  colds.sort((a, b) => a - b);
  warms.sort((a, b) => a - b);
  const loop = await time(LOOP, 3000, true);
  const bomb = await time(BOMB, 10_000, true);
  return [
    {name: 'Node: cold run, trivial handler, 150 ms idle before (median of 7)', value: colds[3]!, unit: 'ms', goal: '≤ 50 ms'},
    {name: 'Node: cold run, trivial handler, back to back (median of 7)', value: coldsBackToBack[3]!, unit: 'ms'},
    {name: 'Node: warm run, trivial handler (median of 21)', value: warms[10]!, unit: 'ms', goal: '≤ 5 ms'},
    {name: 'Node: 3 s timeout lateness (REPORT Duration − 3000)', value: loop.outcome.report.durationMs - 3000, unit: 'ms', goal: '≤ 50 ms'},
    {name: 'Node: memory bomb (128 MB) stopped after', value: bomb.ms, unit: 'ms', goal: '≤ 1000 ms'},
    {name: 'Node: memory bomb ended as out-of-memory (1 = yes)', value: bomb.outcome.status === 'oom' ? 1 : 0, unit: '×'},
  ];
}

export async function run(ctx: BenchContext): Promise<BenchFigure[]> {
  return [...(await browserFigures(ctx)), ...(await nodeFigures())];
}
