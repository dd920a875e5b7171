import {execFileSync, spawnSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {main} from '../../../src/cli/main.ts';
import {memoryIO} from '../../../src/cli/io.ts';

describe('lambda-lab CLI', () => {
  it('lists commands with --help and exits 0', async () => {
    const io = memoryIO();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.stdout).toContain('quotas');
  });

  it('rejects an unknown command with exit 2 and one line', async () => {
    const io = memoryIO();
    expect(await main(['nope'], io)).toBe(2);
    expect(io.stderr.trim().split('\n')).toHaveLength(1);
    expect(io.stderr).toContain("unknown command 'nope'");
  });

  it('rejects an unknown option with exit 2, naming it', async () => {
    const io = memoryIO();
    expect(await main(['quotas', '--frobnicate'], io)).toBe(2);
    expect(io.stderr).toMatch(/^lambda-lab quotas: Unknown option '--frobnicate' \(this command takes [^\n]*see --help for each one's range\)\n$/);
  });

  it('prints one quota as JSON', async () => {
    const io = memoryIO();
    expect(await main(['quotas', '--id', 'memory', '--json'], io)).toBe(0);
    const parsed = JSON.parse(io.stdout);
    expect(parsed.quotas).toHaveLength(1);
    expect(parsed.quotas[0]).toMatchObject({id: 'memory', min: 128, value: 10240, unit: 'MB'});
  });

  it('names the accepted values for a bad --id', async () => {
    const io = memoryIO();
    expect(await main(['quotas', '--id', 'ram'], io)).toBe(2);
    expect(io.stderr).toContain("--id 'ram' is not a known quota (one of: memory, timeout");
  });

  // A real process through npm: slow when the machine is busy (tsx compiles on start), hence the timeout.
  it('runs as a real process through npm run -s cli', {timeout: 120_000}, () => {
    const out = execFileSync('npm', ['run', '-s', 'cli', '--', 'quotas', '--id', 'timeout', '--json'], {encoding: 'utf8'});
    expect(JSON.parse(out).quotas[0]).toMatchObject({id: 'timeout', value: 900, default: 3});
    const bad = spawnSync('npm', ['run', '-s', 'cli', '--', 'quotas', '--bogus'], {encoding: 'utf8'});
    expect(bad.status).toBe(2);
    expect(bad.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
