import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {checkFunctions} from '../src/core/limits/checkFunctions.ts';
import {parseConfigText} from '../src/core/limits/parse/parseConfigText.ts';
import type {BenchContext, BenchFigure} from './types.ts';

const PATH = '/docs/limits/checker';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Parse + check time in Node, time from paste to findings in Chromium, and what the page loads before and after a paste. */
export async function run(ctx: BenchContext): Promise<BenchFigure[]> {
  const template = readFileSync(join(ctx.root, 'test/fixtures/limits/sam-app.yaml'), 'utf8');
  const times: number[] = [];
  for (let i = 0; i < 50; i += 1) {
    const started = performance.now();
    const parsed = parseConfigText(template);
    if (parsed.ok) checkFunctions(parsed.value.functions, {today: '2026-11-24'});
    times.push(performance.now() - started);
  }
  const page = await ctx.openPage(PATH);
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.js')) scripts.push(request.url());
  });
  await page.waitForLoadState('networkidle');
  const beforePaste = scripts.length;
  await page.getByLabel('Paste a template or command').check();
  const started = performance.now();
  await page.getByLabel(/SAM \/ CloudFormation template/).fill(template);
  await page.locator('[data-function="WorkerFunction"]').waitFor({timeout: 30_000});
  const pasteToFindings = performance.now() - started;
  return [
    {name: 'limits: parse + check the SAM fixture (3 functions), median of 50, Node', value: median(times), unit: 'ms', goal: '≤ 20 ms'},
    {name: 'limits: paste → findings in Chromium (incl. 250 ms debounce, lazy YAML chunk)', value: pasteToFindings, unit: 'ms', goal: '≤ 1,000 ms'},
    {name: 'limits: extra JS files fetched on first paste (YAML parser chunk)', value: scripts.length - beforePaste, unit: 'files'},
  ];
}
