import {execFileSync, spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {memoryIO} from '../../../src/cli/io.ts';
import {main} from '../../../src/cli/main.ts';

const run = async (args: string[], files: Record<string, string> = {}) => {
  const io = memoryIO(files);
  const code = await main(['estimate', ...args], io);
  return {code, stdout: io.stdout, stderr: io.stderr};
};
const BILL = readFileSync(new URL('../../fixtures/pricing/bill.yaml', import.meta.url), 'utf8');

describe('lambda-lab estimate', () => {
  it('prices AWS’s mobile-backend example as one JSON object with a numeric total', async () => {
    const {code, stdout} = await run(['--memory', '1536MB', '--duration', '120ms', '--requests', '3M', '--free-tier', '--json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.total).toBe(2.73);
    expect(parsed.totalUnrounded).toBe(2.733338);
    expect(parsed.lineItems.map((item: {id: string; usd: number}) => [item.id, item.usd])).toEqual([['requests', 0.4], ['duration', 2.33]]);
    expect(parsed.assumptions.hoursPerMonth).toBe(730);
  });

  it('turns the free tier off, switches architecture and Region', async () => {
    const x86 = JSON.parse((await run(['--memory', '1536MB', '--duration', '120ms', '--requests', '3M', '--no-free-tier', '--json'])).stdout);
    expect(x86.total).toBe(9.6); // 540,000 × 0.0000166667 = $9.00 + $0.60
    const arm = JSON.parse((await run(['--memory', '1536MB', '--duration', '120ms', '--requests', '3M', '--no-free-tier', '--arch', 'arm64', '--json'])).stdout);
    expect(arm.total).toBe(7.8); // 540,000 × 0.0000133334 = $7.200036 ≈ $7.20 + $0.60
    const capeTown = JSON.parse((await run(['--memory', '1GB', '--duration', '1s', '--requests', '1M', '--no-free-tier', '--region', 'af-south-1', '--json'])).stdout);
    expect(capeTown.total).toBe(22.37); // 1M × $0.27/M = $0.27 + 1,000,000 × 0.0000221 = $22.10
  });

  it('prices provisioned concurrency, Lambda@Edge, storage and rates', async () => {
    const pc = JSON.parse((await run(['--memory', '1536MB', '--duration', '120ms', '--requests', '3M', '--provisioned-concurrency', '100', '--provisioned-hours', '8', '--provisioned-requests', '500k', '--provisioned-duration', '100ms', '--json'])).stdout);
    expect(pc.total).toBe(19.96); // AWS's provisioned-concurrency example 1
    const edge = JSON.parse((await run(['--edge', '--memory', '128MB', '--duration', '10ms', '--requests', '10M', '--json'])).stdout);
    expect(edge.total).toBe(6.63);
    const storage = JSON.parse((await run(['--memory', '4096MB', '--duration', '280ms', '--requests', '6M', '--ephemeral-storage', '2048MB', '--json'])).stdout);
    expect(storage.total).toBe(106.41);
    const rate = JSON.parse((await run(['--memory', '128MB', '--duration', '1ms', '--requests', '100/s', '--json'])).stdout);
    expect(rate.inputs.function.requestsPerMonth).toBe(262_800_000);
  });

  it('prints a readable table with each formula', async () => {
    const {code, stdout} = await run(['--memory', '1536MB', '--duration', '120ms', '--requests', '3M']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Total \(sum of rounded lines\)\s+\$2\.73/);
    expect(stdout).toContain('540,000 GB-s − 400,000 free = 140,000 GB-s × $0.0000166667 per GB-s = $2.333338 ≈ $2.33');
  });

  it('prices a YAML bill with the free tier once and shows per-function shares', async () => {
    const {code, stdout} = await run(['bill.yaml', '--json'], {'bill.yaml': BILL});
    expect(code).toBe(0);
    const bill = JSON.parse(stdout);
    expect(bill.functions.map((share: {name: string}) => share.name)).toEqual(['api', 'batch', 'edge-auth']);
    expect(bill.freeTierApplied).toEqual({requests: 1_000_000, gbSeconds: 400_000, streamingGB: 0});
    const sumOfLines = bill.lineItems.reduce((acc: number, item: {usd: number}) => acc + Math.round(item.usd * 100), 0);
    expect(Math.round(bill.total * 100)).toBe(sumOfLines);
    // A JSON bill gives the same answer; --no-free-tier overrides the file.
    const json = JSON.stringify({functions: [{name: 'a', memory: 1536, duration: 120, requests: 3_000_000}]});
    expect(JSON.parse((await run(['bill.json', '--json'], {'bill.json': json})).stdout).total).toBe(2.73);
    expect(JSON.parse((await run(['bill.json', '--no-free-tier', '--json'], {'bill.json': json})).stdout).total).toBe(9.6);
  });

  it.each([
    [['--memory', '20GB', '--duration', '120ms', '--requests', '3M'], 'lambda-lab estimate: --memory: 20,480 MB is above the maximum of 10,240 MB (128–10,240 MB, AWS Lambda quotas)'],
    [['--memory', '1GB', '--duration', '16 minutes', '--requests', '3M'], 'lambda-lab estimate: --duration: 960,000 ms is above the maximum of 900,000 ms (0–900,000 ms, the 900 s timeout, AWS Lambda quotas)'],
    [['--memory', '1GB', '--duration', '1s'], 'lambda-lab estimate: missing --requests (per month, e.g. --requests 3M or 100/s), or give a bill file'],
    [['--memory', '1GB', '--duration', '1s', '--requests', 'lots'], 'lambda-lab estimate: --requests: could not read "lots"; type a count like 3M (per month), 100/s or 250k/day (a month is 730 h)'],
    [['--memory', '1GB', '--duration', '1s', '--requests', '1M', '--region', 'mars-1'], "lambda-lab estimate: --region: 'mars-1' has no prices in Lambda Lab's data (one of: us-east-1,"],
    [['--memory', '1GB', '--duration', '1s', '--requests', '1M', '--arch', 'arm64', '--region', 'eu-west-1', '--provisioned-concurrency', '1', '--provisioned-hours', '1'], 'lambda-lab estimate: provisionedConcurrency: no arm64 price for eu-west-1'],
    [['--memory', '1GB', '--duration', '1s', '--requests', '1M', '--savings-plan', '40'], 'lambda-lab estimate: --savings-plan: 40 is outside 0–17'],
    [['missing.yaml'], "lambda-lab estimate: cannot read 'missing.yaml' (ENOENT)"],
  ])('rejects %j with exit 2 and one line', async (args, message) => {
    const {code, stderr} = await run(args);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr.startsWith(message)).toBe(true);
  });

  it('names the function and field in a bad bill', async () => {
    const bad = 'functions:\n  - name: api\n    memory: 64 MB\n    duration: 1 s\n    requests: 1M\n';
    const {code, stderr} = await run(['bad.yaml'], {'bad.yaml': bad});
    expect(code).toBe(2);
    expect(stderr).toBe('lambda-lab estimate: api: memory: 64 MB is below the minimum of 128 MB (128–10,240 MB, AWS Lambda quotas)\n');
    expect((await run(['x.yaml'], {'x.yaml': 'functions: [\n'})).stderr).toMatch(/^lambda-lab estimate: 'x.yaml' is not valid YAML/);
  });

  // Generous timeout: each process starts tsx, and the shared machine is often loaded.
  it('runs as a real process from a shell', {timeout: 180_000}, () => {
    const out = execFileSync('npm', ['run', '-s', 'cli', '--', 'estimate', 'test/fixtures/pricing/bill.yaml', '--json'], {encoding: 'utf8'});
    expect(JSON.parse(out).functions).toHaveLength(3);
    const bad = spawnSync('npm', ['run', '-s', 'cli', '--', 'estimate', '--memory', '20GB', '--duration', '1s', '--requests', '1M'], {encoding: 'utf8'});
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n').filter((line) => !line.startsWith('npm warn'))).toEqual(['lambda-lab estimate: --memory: 20,480 MB is above the maximum of 10,240 MB (128–10,240 MB, AWS Lambda quotas)']);
  });
});
