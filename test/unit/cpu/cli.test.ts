import {execFileSync, spawnSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {main} from '../../../src/cli/main.ts';
import {memoryIO} from '../../../src/cli/io.ts';
import {computeDurationMs, DEFAULT_WORKLOAD} from '../../../src/core/cpu/index.ts';

async function run(args: string[], files: Record<string, string> = {}) {
  const io = memoryIO(files);
  const code = await main(args, io);
  return {code, stdout: io.stdout, stderr: io.stderr};
}

describe('lambda-lab cpu', () => {
  it('prints the share, visible cores and prices of 1,769 MB as JSON', async () => {
    const {code, stdout} = await run(['cpu', '--memory', '1769MB', '--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({memoryMB: 1769, vcpuShare: 1, visibleCores: 2, singleThreadSpeed: 1, nextWholeVcpuAtMB: 3538});
    // 1,769 MB × 1 ms at $0.0000166667 per GB-s.
    // The engine reports USD to 15 decimal places.
    expect(out.prices.x86_64.perMsUsd).toBeCloseTo((1769 / 1024) * 0.001 * 0.0000166667, 14);
    // 1M × (100 ms duration + request) on arm64.
    expect(out.prices.arm64.per1MInvocationsUsd).toBeCloseTo(1e6 * ((1769 / 1024) * 0.1 * 0.0000133334 + 0.0000002), 6);
  });

  it('reads binary GB and shows the empirical core count in text', async () => {
    const {code, stdout} = await run(['cpu', '--memory', '3GB']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Memory\s+3,072 MB/);
    expect(stdout).toMatch(/Visible cores \(empirical, rwnx\/lambda-cpuinfo\)\s+3/);
  });

  it.each([
    [['cpu', '--memory', '64MB'], 'lambda-lab cpu: --memory: 64 MB is below the minimum of 128 MB (128–10,240 MB, AWS Lambda quotas)'],
    [['cpu', '--memory', '11GB'], 'lambda-lab cpu: --memory: 11,264 MB is above the maximum of 10,240 MB (128–10,240 MB, AWS Lambda quotas)'],
    [['cpu', '--memory', 'lots'], 'lambda-lab cpu: --memory: could not read "lots"; type a size like 512 MB or 1.5 GB (1 GB = 1024 MB)'],
    [['cpu'], 'lambda-lab cpu: missing --memory (e.g. --memory 1769MB)'],
  ])('rejects %j with exit 2 and one line', async (args, message) => {
    const {code, stderr} = await run(args);
    expect(code).toBe(2);
    expect(stderr).toBe(`${message}\n`);
  });
});

describe('lambda-lab tune', () => {
  it('sweeps the issue example and recommends the model optimum', async () => {
    const {code, stdout} = await run(['tune', '--cpu', '800ms', '--io', '120ms', '--parallel', '0', '--requests', '3M', '--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.sizesSwept).toBe(20_226);
    expect(out.requestsPerMonth).toBe(3_000_000);
    expect(out.model).toMatchObject({cpuMs: 800, ioMs: 120, parallelFraction: 0, maxThreads: 1});
    expect(out.recommendations.speed).toMatchObject({architecture: 'arm64', memoryMB: 1769, durationMs: 920});
    expect(out.recommendations.cost).toMatchObject({architecture: 'arm64', memoryMB: 128});
    // The bill comes from the pricing engine with the free tier applied, so it is below the no-free-tier figure.
    expect(out.recommendations.cost.bill.total).toBeLessThan(out.recommendations.cost.monthlyUsd);
    expect(out.assumptions.length).toBeGreaterThan(3);
  });

  it('fits a measured table from a file first', async () => {
    const truth = {...DEFAULT_WORKLOAD, cpuMs: 1500, ioMs: 40, parallelFraction: 0.8, maxThreads: 4};
    const table = [256, 1024, 2048, 4096, 8192, 10_240].map((mb) => `${mb} MB → ${computeDurationMs(truth, mb).toFixed(4)} ms`).join('\n');
    const {code, stdout} = await run(['tune', '--measured', 'pt.txt', '--requests', '1M', '--strategy', 'speed', '--json'], {'pt.txt': table});
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.model.cpuMs).toBeCloseTo(1500, 1);
    expect(out.model.parallelFraction).toBeCloseTo(0.8, 4);
    expect(out.model.maxThreads).toBe(4);
    expect(out.fit.rSquared).toBeGreaterThan(0.999999);
    expect(Object.keys(out.recommendations)).toEqual(['speed']);
  });

  it.each([
    [['tune', '--cpu', '800ms'], 'lambda-lab tune: missing --requests (invocations per month, e.g. --requests 3M)'],
    [['tune', '--requests', '3M'], 'lambda-lab tune: missing --cpu (CPU time at 1 vCPU, e.g. --cpu 800ms) or --measured <file>'],
    [['tune', '--cpu', '800', '--parallel', '1.5', '--requests', '3M'], "lambda-lab tune: --parallel: '1.5' is not a parallel share from 0 to 1 (or 0% to 100%; the range of Lambda Lab's workload model, docs/tools/cli-reference.md#tune)."],
    [['tune', '--cpu', '20min', '--requests', '3M'], 'lambda-lab tune: --cpu: 1,200,000 ms is above the maximum of 900,000 ms (0–900,000 ms, the 900 s timeout, AWS Lambda quotas)'],
    [['tune', '--cpu', '800ms', '--requests', 'lots'], 'lambda-lab tune: --requests: could not read "lots"; type a count like 3M (per month), 100/s or 250k/day (a month is 730 h)'],
    [['tune', '--cpu', '800ms', '--requests', '3M', '--strategy', 'cheap'], "lambda-lab tune: --strategy: 'cheap' is not one of cost, speed, balanced (AWS Lambda Power Tuning's strategies, https://github.com/alexcasalboni/aws-lambda-power-tuning)"],
    [['tune', '--cpu', '800ms', '--requests', '3M', '--measured', 'missing.json'], "lambda-lab tune: --measured: cannot read 'missing.json'"],
  ])('rejects %j with exit 2 and one line', async (args, message) => {
    const {code, stderr} = await run(args);
    expect(code).toBe(2);
    expect(stderr).toBe(`${message}\n`);
  });

  it('runs as a real process: tune --json prints one object; cpu rejects bad memory with exit 2', () => {
    const out = execFileSync('npm', ['run', '-s', 'cli', '--', 'tune', '--cpu', '800ms', '--io', '120ms', '--parallel', '0', '--requests', '3M', '--json'], {encoding: 'utf8'});
    expect(JSON.parse(out).recommendations.speed.memoryMB).toBe(1769);
    const cpu = execFileSync('npm', ['run', '-s', 'cli', '--', 'cpu', '--memory', '1769MB', '--json'], {encoding: 'utf8'});
    expect(JSON.parse(cpu)).toMatchObject({vcpuShare: 1, visibleCores: 2});
    const bad = spawnSync('npm', ['run', '-s', 'cli', '--', 'cpu', '--memory', '20GB'], {encoding: 'utf8'});
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  }, 120_000); // three real processes on a loaded machine
});
