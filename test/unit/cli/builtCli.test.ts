// The shipped CLI is the esbuild bundle in dist/cli/ (built by `npm ci` through `prepare`, rebuilt
// by bin/lambda-lab.mjs when a source is newer). These tests run that bundle as a real process.
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {beforeAll, describe, expect, it} from 'vitest';
import {buildCli, EXTERNAL} from '../../../scripts/build-cli.mjs';

const run = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, ['bin/lambda-lab.mjs', ...args], {encoding: 'utf8', env: {...process.env, LAMBDA_LAB_REPORT_ENTRY: '1', ...env}});

describe('the built CLI', () => {
  beforeAll(async () => {
    await buildCli();
  }, 120_000);

  it('runs the bundle, not tsx, and every command is in it', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stderr).toBe('lambda-lab: running dist/cli/lambda-lab.mjs\n');
    for (const command of ['quotas', 'estimate', 'cpu', 'tune', 'check', 'invoke', 'simulate']) expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
  });

  it('checks many files and a directory in one process, with the documented exit codes', () => {
    const several = run(['check', 'test/fixtures/limits/sam-app.yaml', 'test/fixtures/limits/serverless.yml', '--today', '2026-12-02', '--json']);
    expect(several.status).toBe(1);
    expect(JSON.parse(several.stdout).files).toHaveLength(2);
    const dir = run(['check', 'test/fixtures/limits', '--today', '2026-12-02', '--format', 'github']);
    expect(dir.status).toBe(1);
    expect(dir.stdout).toMatch(/^lambda-lab check: \d+ files \(\d+ skipped\)/m);
    expect(run(['check', 'test/fixtures/limits/does-not-exist.yaml']).status).toBe(2);
  });

  it('keeps heavy and optional packages out of the bundle, and loads typescript only when used', () => {
    expect(EXTERNAL).toContain('pyodide');
    const bundle = readFileSync('dist/cli/lambda-lab.mjs', 'utf8');
    expect(bundle).not.toMatch(/var ts = \{\}|function createSourceFile\(/);
    const manifest = JSON.parse(readFileSync('dist/cli/inputs.json', 'utf8'));
    expect(manifest.inputs).toContain('src/cli/main.ts');
    expect(manifest.inputs).toContain('src/core/limits/checkFunctions.ts');
  });

  it('LAMBDA_LAB_TSX=1 still runs the TypeScript through tsx', () => {
    const result = run(['--version'], {LAMBDA_LAB_TSX: '1'});
    expect(result.stdout.trim()).toBe('0.1.0');
    expect(result.stderr).toBe('lambda-lab: running src/cli/main.ts through tsx\n');
  }, 60_000);
});
