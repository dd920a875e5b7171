#!/usr/bin/env node
// Searches for new counterexamples: runs every unit test file that uses fast-check on fresh random
// seeds, `--rounds N` times (default 5). CI runs the same tests on one fixed seed
// (test/setup/fastCheckSeed.ts); this is where new inputs are tried. A failure prints fast-check's
// seed and counterexample; replay it with LAMBDA_LAB_FC_SEED=<seed> npx vitest run <file>.
import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';

const roundsFlag = process.argv.indexOf('--rounds');
const rounds = roundsFlag >= 0 ? Number(process.argv[roundsFlag + 1]) : 5;
if (!Number.isInteger(rounds) || rounds < 1 || rounds > 1000) {
  console.error('--rounds: a whole number from 1 to 1000');
  process.exit(2);
}

function testFiles(dir) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path.startsWith(join('test', 'browser')) ? [] : testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}
const files = testFiles('test').filter((file) => /from 'fast-check'|pricerProperties/.test(readFileSync(file, 'utf8')));

let failedRounds = 0;
for (let round = 1; round <= rounds; round++) {
  console.log(`round ${round} of ${rounds}: ${files.length} files on random seeds`);
  const result = spawnSync('npx', ['vitest', 'run', ...files], {stdio: 'inherit', env: {...process.env, LAMBDA_LAB_FC_SEED: 'random'}});
  if (result.status !== 0) failedRounds++;
}
console.log(failedRounds === 0 ? `explore: ${rounds} rounds, no counterexample` : `explore: ${failedRounds} of ${rounds} rounds failed (seeds and counterexamples above)`);
process.exit(failedRounds === 0 ? 0 : 1);
