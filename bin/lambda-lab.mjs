#!/usr/bin/env node
// Entry point for `lambda-lab` and `npm run cli`. Runs the plain-JavaScript bundle that
// scripts/build-cli.mjs writes to dist/cli/ (during `npm ci`, through the `prepare` script).
// When a source file is newer than the bundle (a developer edited it), the bundle is rebuilt first;
// if that is impossible, the TypeScript runs through tsx as before. LAMBDA_LAB_TSX=1 forces tsx.
import {readFileSync, statSync} from 'node:fs';

const root = new URL('../', import.meta.url);

function bundleIsFresh() {
  try {
    const {builtAt, inputs} = JSON.parse(readFileSync(new URL('dist/cli/inputs.json', root), 'utf8'));
    return inputs.every((file) => statSync(new URL(file, root)).mtimeMs <= builtAt);
  } catch {
    return false;
  }
}

async function loadMain() {
  if (process.env.LAMBDA_LAB_TSX !== '1') {
    let fresh = bundleIsFresh();
    if (!fresh) {
      try {
        const {buildCli} = await import('../scripts/build-cli.mjs');
        await buildCli();
        fresh = bundleIsFresh();
      } catch {
        fresh = false;
      }
    }
    if (fresh) {
      if (process.env.LAMBDA_LAB_REPORT_ENTRY === '1') process.stderr.write('lambda-lab: running dist/cli/lambda-lab.mjs\n');
      return (await import(new URL('dist/cli/lambda-lab.mjs', root).href)).main;
    }
  }
  if (process.env.LAMBDA_LAB_REPORT_ENTRY === '1') process.stderr.write('lambda-lab: running src/cli/main.ts through tsx\n');
  // A child node with tsx's loader: commands load through dynamic import(), which neither a tsImport
  // scope nor a late register() follows in this CommonJS package; `node --import tsx` does.
  return async (args) => {
    const {spawnSync} = await import('node:child_process');
    const entry = new URL('src/cli/entry.mts', root);
    const result = spawnSync(process.execPath, ['--import', import.meta.resolve('tsx'), entry.pathname, ...args], {stdio: 'inherit', cwd: process.cwd()});
    return result.status ?? 70;
  };
}

// `lambda-lab … | head` closes the pipe early: stop quietly, as Unix tools do, instead of a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const main = await loadMain();
process.exitCode = await main(process.argv.slice(2));
