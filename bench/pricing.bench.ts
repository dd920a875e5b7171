import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {gzipSync} from 'node:zlib';
import {priceBill, priceFunction} from '../src/core/pricing/index.ts';
import type {FunctionUsage} from '../src/core/pricing/index.ts';
import {REGION_PRICES} from '../src/data/prices.ts';
import type {BenchContext, BenchFigure} from './types.ts';

const PLAIN_PAGE = '/docs/about';
const CALCULATOR = '/docs/pricing/calculator';

/** Runs `work` repeatedly for about `ms` and returns calls per second. */
function perSecond(work: () => unknown, ms = 1500): number {
  for (let i = 0; i < 20; i++) work(); // warm up
  let calls = 0;
  const started = performance.now();
  while (performance.now() - started < ms) {
    work();
    calls += 1;
  }
  return calls / ((performance.now() - started) / 1000);
}

/** A varied 50-function account: both architectures, several Regions, storage, INIT. */
function fiftyFunctions(): FunctionUsage[] {
  const regions = REGION_PRICES.slice(0, 6).map((entry) => entry.region);
  return Array.from({length: 50}, (_, index) => ({
    name: `fn-${index}`,
    region: regions[index % regions.length],
    architecture: index % 3 === 0 ? 'arm64' : 'x86_64',
    memoryMB: 128 + ((index * 397) % 10_112),
    requestsPerMonth: 100_000 * (index + 1),
    averageDurationMs: 20 + index * 7.5,
    ephemeralStorageMB: index % 5 === 0 ? 2048 : 512,
    coldStartRatio: 0.01,
    initDurationMs: 300,
  }));
}

const gzCache = new Map<string, number>();
function gzipped(buildDir: string, urlPath: string): number {
  let size = gzCache.get(urlPath);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(buildDir, decodeURIComponent(urlPath)))).length;
    gzCache.set(urlPath, size);
  }
  return size;
}

/** Gzipped JS a page has fetched by idle; with `edit`, after typing into the memory field too. */
async function pageJs(ctx: BenchContext, path: string, edit = false): Promise<number> {
  const page = await ctx.openPage('about:blank');
  const urls = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('.js')) urls.add(url.pathname);
  });
  await page.goto(new URL(path, ctx.baseUrl).href, {waitUntil: 'networkidle'});
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null), {timeout: 2000})));
  if (edit) {
    await page.getByTestId('memory').fill('1 GB');
    await page.getByTestId('total').filter({hasText: '$'}).waitFor();
    await page.waitForLoadState('networkidle');
  }
  return [...urls].reduce((sum, url) => sum + gzipped(ctx.buildDir, url), 0);
}

export async function run(ctx: BenchContext): Promise<BenchFigure[]> {
  const one: FunctionUsage = {architecture: 'x86_64', memoryMB: 1536, requestsPerMonth: 3_000_000, averageDurationMs: 120, coldStartRatio: 0.01, initDurationMs: 250};
  const bill = fiftyFunctions();
  const figures: BenchFigure[] = [
    {name: 'priceFunction, one function (Node)', value: perSecond(() => priceFunction(one)), unit: 'estimates/s'},
    {name: 'priceBill, 50-function account bill (Node)', value: perSecond(() => priceBill(bill)), unit: 'bills/s'},
  ];
  const referenced = (path: string) => {
    const html = readFileSync(join(ctx.buildDir, path, 'index.html'), 'utf8');
    const urls = new Set([...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+\.js)/g)].map((m) => m[1]!));
    for (const tag of html.match(/<link[^>]*>/g) ?? []) {
      const href = /\shref=["']?([^"' >]+\.js)/.exec(tag)?.[1];
      if (href && /preload/.test(tag)) urls.add(href);
    }
    return [...urls].reduce((sum, url) => sum + gzipped(ctx.buildDir, url), 0);
  };
  figures.push({name: `JS referenced by HTML, ${CALCULATOR} (ratio to plain)`, value: referenced(CALCULATOR) / referenced(PLAIN_PAGE), unit: '×', goal: '≤ 1.10×'});
  const plain = await pageJs(ctx, PLAIN_PAGE);
  const before = await pageJs(ctx, CALCULATOR);
  const after = await pageJs(ctx, CALCULATOR, true);
  figures.push(
    {name: `JS by idle, plain page ${PLAIN_PAGE}`, value: plain / 1024, unit: 'KB gz'},
    {name: `JS by idle, ${CALCULATOR} before the first edit`, value: before / 1024, unit: 'KB gz'},
    {name: `JS after the first edit (mathjs chunk loaded)`, value: after / 1024, unit: 'KB gz'},
    {name: `JS by idle, ${CALCULATOR} before the first edit (ratio to plain)`, value: before / plain, unit: '×', goal: '≤ 1.10×'},
    {name: `JS after the first edit loads mathjs (ratio to plain)`, value: after / plain, unit: '×', goal: '≤ 1.25×'},
  );
  return figures;
}
