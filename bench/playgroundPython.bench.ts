/**
 * Python playground figures: the first Python run on a loaded page (Pyodide download from the
 * local server + start), a warm trivial run, how late a 3 s timeout fires, how fast a memory bomb
 * is stopped, the extra bytes Python costs, and that a page without a Python run loads none of
 * them — in Chromium on the built page, and in Node through the CLI's engine.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {compressToEncodedURIComponent} from 'lz-string';
import type {Page} from 'playwright-core';
import {createFunctionConfig} from '../src/core/runtime/createFunctionConfig.ts';
import {PYODIDE_VERSION} from '../src/core/runtime/python/pythonRuntimes.ts';
import {loadNodePyodide} from '../src/sandbox/python/node/loadNodePyodide.ts';
import {PythonRuntimeSession} from '../src/sandbox/python/PythonRuntimeSession.ts';
import {nodeRandom} from '../src/sandbox/node/createNodePlatform.ts';
import type {BenchContext, BenchFigure} from './types.ts';

const TRIVIAL = 'n = 0\ndef lambda_handler(event, context):\n    global n\n    n += 1\n    return {"n": n}\n';
const LOOP = 'def lambda_handler(event, context):\n    while True:\n        pass\n';
const BOMB = "kept = []\ndef lambda_handler(event, context):\n    while True:\n        kept.append(' ' * 2**20)\n";

function link(code: string, timeoutSeconds: number): string {
  const state = {code, language: 'python', templateId: 'eventbridge-custom', eventText: '{}', memoryMB: 128, timeoutSeconds, envText: '', mode: 'sync'};
  return `/docs/playground#pg=${compressToEncodedURIComponent(JSON.stringify(state))}`;
}

async function timedRun(page: Page): Promise<{ms: number; output: string}> {
  const ms = (await page.evaluate(`(async () => {
    const runs = () => document.querySelectorAll('pre[aria-label^="Run "]').length;
    const before = runs();
    const target = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Run');
    const start = performance.now();
    target.click();
    const done = await new Promise((resolve) => {
      const timer = setTimeout(() => { observer.disconnect(); resolve(false); }, 180000);
      const observer = new MutationObserver(() => { if (runs() > before) { clearTimeout(timer); observer.disconnect(); resolve(true); } });
      observer.observe(document.body, {childList: true, subtree: true});
    });
    if (!done) throw new Error('no output after 180 s');
    return performance.now() - start;
  })()`)) as number;
  return {ms, output: await newestOutput(page)};
}

/** The newest run's output: the highest run number, whatever order the list shows. */
function newestOutput(page: Page): Promise<string> {
  // A string, not a function: tsx would wrap a function's inner arrows in its __name helper.
  return page.evaluate(`(() => {
    const id = (el) => Number(/^Run (\\d+)/.exec(el.getAttribute('aria-label') || '')?.[1] ?? -1);
    return [...document.querySelectorAll('pre[aria-label^="Run "]')].sort((a, b) => id(b) - id(a))[0]?.textContent ?? '';
  })()`) as Promise<string>;
}

/** The built JavaScript chunks only Python uses (the page-side host and the worker). */
function pythonChunks(buildDir: string): string[] {
  const dir = join(buildDir, 'assets', 'js');
  return readdirSync(dir).filter((f) => f.endsWith('.js') && /lambda-lab-python|pyodide\.mjs/.test(readFileSync(join(dir, f), 'utf8'))).map((f) => `/assets/js/${f}`);
}

/**
 * Every request of the page and its workers (a worker's fetches are not in the page's
 * performance timeline) for Pyodide or a Python-only chunk, with its bytes on the wire.
 */
function watchPython(page: Page, chunks: string[]): {urls: string[]; bytes(): Promise<number>} {
  const requests: import('playwright-core').Request[] = [];
  page.on('requestfinished', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.includes('/pyodide/') || chunks.includes(path)) requests.push(r);
  });
  return {
    get urls() {
      return requests.map((r) => r.url());
    },
    bytes: async () => (await Promise.all(requests.map(async (r) => (await r.sizes()).responseBodySize))).reduce((a, b) => a + b, 0),
  };
}

async function openWatched(ctx: BenchContext, path: string, chunks: string[]): Promise<{page: Page; python: ReturnType<typeof watchPython>}> {
  const page = await ctx.openPage('about:blank');
  const python = watchPython(page, chunks);
  await page.goto(new URL(path, ctx.baseUrl).href, {waitUntil: 'networkidle'});
  return {page, python};
}

/** Pages a reader meets, none of which runs Python: no Python byte may load on them. */
const PAGES_WITHOUT_PYTHON_RUN = ['/', '/docs/intro', '/docs/playground', '/docs/about'];

const reportNumber = (output: string, field: string) => Number(new RegExp(`${field}: ([\\d.]+) ms`).exec(output)?.[1] ?? Number.NaN);

async function browserFigures(ctx: BenchContext): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const chunks = pythonChunks(ctx.buildDir);
  let strayRequests = 0;
  let strayBytes = 0;
  for (const path of PAGES_WITHOUT_PYTHON_RUN) {
    const {page, python} = await openWatched(ctx, path, chunks);
    // Pointing at Run prepares a JavaScript run; Python must still wait for the press.
    const run = page.getByRole('button', {name: 'Run', exact: true});
    if (await run.count()) await run.hover();
    await page.waitForTimeout(500);
    strayRequests += python.urls.length;
    strayBytes += await python.bytes();
  }
  figures.push({name: `Python: requests for Pyodide or the ${chunks.length} Python-only chunks on ${PAGES_WITHOUT_PYTHON_RUN.length} pages without a Python run (${PAGES_WITHOUT_PYTHON_RUN.join(' ')})`, value: strayRequests, unit: '', goal: '0'});
  figures.push({name: 'Python: bytes of them', value: strayBytes, unit: 'B', goal: '0'});
  const {page, python} = await openWatched(ctx, link(TRIVIAL, 3), chunks);
  const first = await timedRun(page);
  figures.push({name: 'Python browser: first run on a loaded page (download from the local server + start + init + invoke), wall', value: first.ms, unit: 'ms'});
  figures.push({name: `Python browser: extra bytes on the wire for the first run (gzip; ${python.urls.length} files: Pyodide + Python chunks)`, value: await python.bytes(), unit: 'B'});
  const warms: number[] = [];
  let warmOut = '';
  for (let i = 0; i < 9; i++) {
    const w = await timedRun(page);
    warms.push(w.ms);
    warmOut = w.output;
  }
  warms.sort((a, b) => a - b);
  figures.push({name: 'Python browser: warm trivial run (median of 9, wall incl. rendering)', value: warms[4]!, unit: 'ms', goal: '≤ 20 ms'});
  figures.push({name: 'Python browser: warm run REPORT Duration', value: reportNumber(warmOut, 'Duration'), unit: 'ms'});
  const loopPage = await ctx.openPage(link(LOOP, 3));
  await timedRun(loopPage); // loads the engine: the timeout below runs on a warm page
  const loop = await timedRun(loopPage);
  figures.push({name: 'Python browser: 3 s timeout, REPORT Duration minus 3000 ms (lateness)', value: reportNumber(loop.output, 'Duration') - 3000, unit: 'ms'});
  figures.push({name: 'Python browser: 3 s timeout, wall from Run to output', value: loop.ms, unit: 'ms'});
  const bombPage = await ctx.openPage(link(BOMB, 20));
  const bomb = await timedRun(bombPage);
  figures.push({name: 'Python browser: memory bomb (128 MB) stopped after, first run incl. engine load (wall)', value: bomb.ms, unit: 'ms'});
  figures.push({name: 'Python browser: memory bomb REPORT Duration (the bomb itself)', value: reportNumber(bomb.output, 'Duration'), unit: 'ms'});
  figures.push({name: 'Python browser: memory bomb ended as out-of-memory (1 = yes)', value: /signal: killed/.test(bomb.output) ? 1 : 0, unit: '×'});
  return figures;
}

async function nodeFigures(ctx: BenchContext): Promise<BenchFigure[]> {
  const start = performance.now();
  const session = new PythonRuntimeSession(await loadNodePyodide(), {now: () => performance.now(), wallClock: () => new Date(), random: nodeRandom});
  const loadMs = performance.now() - start;
  const made = createFunctionConfig({timeoutMs: 3000});
  if (!made.ok) throw new Error(made.error);
  const config = {...made.value, moduleName: 'lambda_function', exportName: 'lambda_handler'};
  const invoke = (code: string, forceCold = false) => session.invoke({language: 'python', code, config, runtime: 'python3.14', logFormat: 'Text', eventJson: '{}', forceCold});
  const time = async (code: string, forceCold = false) => {
    const t = performance.now();
    const outcome = await invoke(code, forceCold);
    return {ms: performance.now() - t, outcome};
  };
  await invoke(TRIVIAL, true);
  const colds: number[] = [];
  for (let i = 0; i < 5; i++) colds.push((await time(TRIVIAL, true)).ms);
  const warms: number[] = [];
  for (let i = 0; i < 21; i++) warms.push((await time(TRIVIAL)).ms);
  colds.sort((a, b) => a - b);
  warms.sort((a, b) => a - b);
  const loop = await time(LOOP, true);
  const bomb = await time(BOMB, true);
  const dir = join(ctx.buildDir, 'pyodide', PYODIDE_VERSION);
  const bytes = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'].reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  return [
    {name: 'Python: engine files in the build (uncompressed)', value: bytes, unit: 'B'},
    {name: 'Python Node: load Pyodide + bootstrap', value: loadMs, unit: 'ms'},
    {name: 'Python Node: cold start (soft reset + init), trivial handler (median of 5)', value: colds[2]!, unit: 'ms'},
    {name: 'Python Node: warm trivial run (median of 21)', value: warms[10]!, unit: 'ms', goal: '≤ 20 ms'},
    {name: 'Python Node: 3 s timeout lateness (REPORT Duration − 3000)', value: loop.outcome.report.durationMs - 3000, unit: 'ms'},
    {name: 'Python Node: memory bomb (128 MB) stopped after', value: bomb.ms, unit: 'ms'},
    {name: 'Python Node: memory bomb ended as out-of-memory (1 = yes)', value: bomb.outcome.status === 'oom' ? 1 : 0, unit: '×'},
  ];
}

export async function run(ctx: BenchContext): Promise<BenchFigure[]> {
  return [...(await nodeFigures(ctx)), ...(await browserFigures(ctx))];
}
