// `npm test`: every check, in the order a failure is cheapest to find.
//   1. type checks (site and the DOM-free core)   2. unit, property and hostile-code tests
//   3. the production build                        4. real-Chromium tests against that build
// Ends with one plain line "tests: N passed, N failed" and a non-zero exit code on any failure.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const reports = mkdtempSync(join(tmpdir(), 'lambda-lab-tests-'));
const failures = [];
const failedTests = [];
let passed = 0;
let failed = 0;

function step(name, command, args) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {stdio: 'inherit', env: {...process.env, FORCE_COLOR: process.env.CI ? '0' : '1'}});
  if (result.status !== 0) failures.push(name);
  return result.status === 0;
}

function countVitest(reportFile) {
  if (!existsSync(reportFile)) return;
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  // Name each failed test again at the very end: CI logs are often read from the tail only.
  for (const file of report.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'failed') failedTests.push(`${file.name.replace(process.cwd() + '/', '')} › ${test.fullName}: ${(test.failureMessages?.[0] ?? '').split('\n')[0]}`);
    }
  }
}

function ensureChromium() {
  if (existsSync(chromium)) return true;
  // A fresh Debian machine as root (CI) can install it; anyone else gets told how.
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    return step('install Chromium', 'bash', ['-c', 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium']);
  }
  console.error(`Chromium not found at ${chromium}. Install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH.`);
  failures.push('Chromium missing');
  return false;
}

step('type check', 'npm', ['run', '-s', 'typecheck']);
const unitReport = join(reports, 'unit.json');
step('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
countVitest(unitReport);
if (step('production build', 'npx', ['docusaurus', 'build']) && ensureChromium()) {
  const browserReport = join(reports, 'browser.json');
  step('browser tests', 'npx', ['vitest', 'run', '--config', 'vitest.browser.config.mts', '--reporter=default', '--reporter=json', `--outputFile.json=${browserReport}`]);
  countVitest(browserReport);
}

if (failedTests.length) console.log(`\nFailed tests:\n${failedTests.map((t) => `  ✗ ${t}`).join('\n')}`);
console.log(failures.length ? `\nFailed steps: ${failures.join(', ')}` : '\nAll steps passed.');
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exitCode = failures.length ? 1 : 0;
