// `npm run bench`: builds the site, then prints every figure from bench/*.bench.ts.
// It measures; it never fails on a budget. `--no-build` reuses an existing build/.
import {spawnSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {performance} from 'node:perf_hooks';
import {chromium} from 'playwright-core';
import {tsImport} from 'tsx/esm/api';
import {startStaticServer} from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const buildDir = join(root, 'build');
const rows = [];
const print = (name, value, unit, goal) => {
  const shown = unit === '×' ? value.toFixed(3) : value >= 100 ? value.toFixed(0) : value.toFixed(2);
  rows.push([name, `${shown} ${unit}`, goal ?? '']);
  console.log(`${name.padEnd(72)} ${`${shown} ${unit}`.padStart(14)}  ${goal ?? ''}`);
};

if (!process.argv.includes('--no-build')) {
  const started = performance.now();
  const build = spawnSync('npx', ['docusaurus', 'build'], {cwd: root, stdio: ['ignore', 'ignore', 'inherit']});
  if (build.status !== 0) {
    console.error('bench: the build failed; nothing to measure');
    process.exit(1);
  }
  print('Production build time', (performance.now() - started) / 1000, 's');
}

const server = await startStaticServer(buildDir);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const contexts = [];
const ctx = {
  root,
  buildDir,
  baseUrl: server.url,
  async openPage(path) {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    if (path !== 'about:blank') await page.goto(new URL(path, server.url).href, {waitUntil: 'networkidle'});
    return page;
  },
};

try {
  // `--only=playground` measures just bench/playground.bench.ts (quicker while working on one area).
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  const files = readdirSync(join(root, 'bench')).filter((f) => f.endsWith('.bench.ts') && (!only || f === `${only}.bench.ts`)).sort();
  for (const file of files) {
    console.log(`\n# ${file}`);
    try {
      const {run} = await tsImport(`../bench/${file}`, import.meta.url);
      for (const figure of await run(ctx)) print(figure.name, figure.value, figure.unit, figure.goal ? `goal ${figure.goal}` : '');
    } catch (error) {
      console.log(`  (could not measure: ${error instanceof Error ? error.message : String(error)})`);
    }
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  }
} finally {
  await browser.close();
  await server.close();
}
