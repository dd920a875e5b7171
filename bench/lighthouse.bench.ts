import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {join} from 'node:path';
import type {BenchContext, BenchFigure} from './types.ts';

/**
 * Lighthouse (mobile: its default emulated phone, simulated slow 4G and 4× CPU slowdown) on the built
 * site, with Debian's Chromium (CHROME_PATH, default /usr/bin/chromium), run by scripts/lighthouse.mjs.
 * Scores move with the machine's load, so each page's line says the 1-minute load average when it was
 * measured; on a shared machine run it under the build lock:
 *   flock /tmp/ll-build.lock npm run bench -- --no-build --only=lighthouse
 */
const PAGES: {path: string; goal?: string}[] = [
  {path: '/'},
  {path: '/docs/intro', goal: '≥ 95'},
  {path: '/docs/invocation/asynchronous', goal: '≥ 95'},
  {path: '/docs/lifecycle/cold-and-warm-starts', goal: '≥ 95'},
  {path: '/docs/pricing/calculator', goal: '≥ 90'},
  {path: '/docs/playground', goal: '≥ 90'},
];

interface LighthouseLine {
  url: string;
  load: number;
  performance: number | null;
  accessibility: number | null;
  tbt: number | null;
  lcp: number | null;
  cls: number | null;
  error: string | null;
}

export async function run(ctx: BenchContext): Promise<BenchFigure[]> {
  const urls = PAGES.map((page) => new URL(page.path, ctx.baseUrl).href);
  // Not spawnSync: the static server answering Lighthouse's Chromium runs in this process, and a
  // blocked event loop left every page load hanging until Lighthouse gave up.
  const child = await promisify(execFile)(process.execPath, [join(ctx.root, 'scripts/lighthouse.mjs'), ...urls], {encoding: 'utf8', maxBuffer: 16 * 1024 * 1024}).catch((error: {stderr?: string; message: string}) => {
    throw new Error(`Lighthouse failed: ${(error.stderr ?? error.message).trim().split('\n').at(-1)}`);
  });
  const lines = child.stdout.trim().split('\n').map((line) => JSON.parse(line) as LighthouseLine);
  return PAGES.flatMap(({path, goal}, i): BenchFigure[] => {
    const line = lines[i];
    if (!line || line.error) return [{name: `Lighthouse on ${path} could not measure: ${line?.error ?? 'no result'}`, value: NaN, unit: ''}];
    return [
      {name: `Lighthouse performance, ${path} (load avg ${line.load.toFixed(1)})`, value: line.performance ?? NaN, unit: '/100', goal},
      {name: `  accessibility, ${path}`, value: line.accessibility ?? NaN, unit: '/100', goal: '100'},
      {name: `  TBT, ${path}`, value: line.tbt ?? NaN, unit: 'ms'},
      {name: `  LCP, ${path}`, value: line.lcp ?? NaN, unit: 'ms'},
      {name: `  CLS, ${path}`, value: line.cls ?? NaN, unit: ''},
    ];
  });
}
