/**
 * What the playground downloads, and when (issue 17, finding 6): the first Run of the default
 * TypeScript sample on a freshly opened page must load the execution engine (run chunk + QuickJS
 * wasm) and not Monaco; Monaco loads when editing starts. Sizes are gzip of the built files
 * (what the gzip-serving static server sends); the time is from the click on Run to the status
 * "Running…" and to the first output.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import type {BenchContext, BenchFigure} from './types.ts';

function gzippedSize(buildDir: string, urlPath: string): number {
  return gzipSync(readFileSync(join(buildDir, decodeURIComponent(urlPath)))).length;
}

/** Site-local JS and wasm fetched by the page, as URL paths, from the moment `start` is called. */
function recorder(page: import('playwright-core').Page, baseUrl: string) {
  const seen: string[] = [];
  let on = false;
  page.on('request', (request) => {
    const url = request.url();
    if (on && url.startsWith(baseUrl) && /\.(js|wasm)(\?|$)/.test(url)) seen.push(new URL(url).pathname);
  });
  return {start: () => { on = true; seen.length = 0; }, take: () => [...new Set(seen)]};
}

export async function run(ctx: BenchContext): Promise<BenchFigure[]> {
  const page = await ctx.openPage('/docs/playground');
  await page.waitForLoadState('networkidle');
  const record = recorder(page, ctx.baseUrl);
  record.start();
  // In the page: click Run, note when the status first says "Running…" and when output appears.
  const times = (await page.evaluate(`(async () => {
    const status = document.querySelector('[data-widget="playground"] [role="status"]');
    const run = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Run');
    const start = performance.now();
    let running;
    const done = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (running === undefined && /^Running/.test(status.textContent)) running = performance.now() - start;
        if (document.querySelector('pre[aria-label^="Run "]')) { observer.disconnect(); resolve(performance.now() - start); }
      });
      observer.observe(document.body, {childList: true, subtree: true, characterData: true});
      setTimeout(() => resolve(-1), 60000);
    });
    run.click();
    const output = await done;
    return {running: running ?? -1, output};
  })()`)) as {running: number; output: number};
  const runFiles = record.take();
  record.start();
  await page.locator('pre[aria-label^="Handler code"]').click();
  await page.locator('.monaco-editor').first().waitFor({timeout: 60_000});
  await page.waitForLoadState('networkidle');
  const editFiles = record.take();

  const size = (files: string[]) => files.reduce((sum, f) => sum + gzippedSize(ctx.buildDir, f), 0) / 1024;
  const wasm = runFiles.filter((f) => f.endsWith('.wasm'));
  const runJs = runFiles.filter((f) => f.endsWith('.js'));
  const largestRunJs = runJs.map((f) => ({f, kb: size([f])})).sort((a, b) => b.kb - a.kb)[0];
  const monacoJs = editFiles.filter((f) => f.endsWith('.js'));
  const largestMonaco = monacoJs.map((f) => ({f, kb: size([f])})).sort((a, b) => b.kb - a.kb)[0];
  return [
    {name: 'Playground first Run: time from click to "Running…"', value: times.running, unit: 'ms'},
    {name: 'Playground first Run: time from click to the output', value: times.output, unit: 'ms'},
    {name: `Playground first Run: engine JS (${runJs.length} files, largest ${largestRunJs?.f ?? '-'})`, value: size(runJs), unit: 'KB gz'},
    {name: 'Playground first Run: QuickJS wasm', value: size(wasm), unit: 'KB gz'},
    {name: 'Playground first Run: Monaco JS fetched before editing (must be 0)', value: size(runJs.filter((f) => monacoJs.includes(f))) + (runFiles.some((f) => /monaco|editor\.worker|ts\.worker/i.test(f)) ? 1 : 0), unit: 'KB gz'},
    {name: `Playground editing starts: Monaco JS (${monacoJs.length} files, largest ${largestMonaco?.f ?? '-'} ${largestMonaco ? largestMonaco.kb.toFixed(0) : 0} KB)`, value: size(monacoJs), unit: 'KB gz'},
  ];
}
