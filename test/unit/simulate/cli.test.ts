import {describe, expect, it} from 'vitest';
import {main} from '../../../src/cli/main.ts';
import {memoryIO} from '../../../src/cli/io.ts';

const YAML_SCENARIO = `
name: Two functions
durationSeconds: 120
accountConcurrency: 1000
startClock: "12:00:00"
functions:
  - name: checkout
    durationMs: 200
    reservedConcurrency: 100
    traffic: {shape: spike, baseRps: 100, peakRps: 2000, atSecond: 10, durationSeconds: 30}
  - name: worker
    invocation: async
    durationMs: 1000
    traffic: {shape: series, rps: "5, 10, 20", stepSeconds: 30}
`;

describe('lambda-lab simulate', () => {
  it('runs a YAML scenario file and prints one JSON object with summary, totals and cost', async () => {
    const io = memoryIO({'s.yaml': YAML_SCENARIO});
    expect(await main(['simulate', 's.yaml', '--json'], io)).toBe(0);
    const out = JSON.parse(io.stdout);
    expect(out.kind).toBe('concurrency');
    expect(out.functions.map((f: {name: string}) => f.name)).toEqual(['checkout', 'worker']);
    expect(out.summary.join(' ')).toContain('At 12:00:10 checkout hit its reserved concurrency of 100');
    expect(out.costUsd).toBeGreaterThan(0);
    expect(out.functions[0].series).toBeUndefined();
  });

  it('includes per-second series with --series', async () => {
    const io = memoryIO({'s.yaml': YAML_SCENARIO});
    expect(await main(['simulate', 's.yaml', '--json', '--series'], io)).toBe(0);
    expect(JSON.parse(io.stdout).functions[0].series.concurrency).toHaveLength(120);
  });

  it('accepts a built-in scenario name, concurrency or traffic', async () => {
    const io = memoryIO();
    expect(await main(['simulate', 'launch-spike-provisioned', '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout).functions[0].totals.coldStarts).toBe(0);
    const io2 = memoryIO();
    expect(await main(['simulate', 'canary-bad-version-alarm', '--json'], io2)).toBe(0);
    const traffic = JSON.parse(io2.stdout);
    expect(traffic.kind).toBe('traffic');
    expect(traffic.outcome).toBe('rolledBack');
  });

  it('lists built-in scenarios', async () => {
    const io = memoryIO();
    expect(await main(['simulate', '--list', '--json'], io)).toBe(0);
    expect(JSON.parse(io.stdout).scenarios.map((s: {id: string}) => s.id)).toContain('noisy-neighbour');
  });

  it.each([
    [['simulate', 'missing.yaml'], /^lambda-lab simulate: cannot read 'missing.yaml' \(ENOENT\): give a scenario file or a built-in name/],
    [['simulate', 'bad.yaml'], /^lambda-lab simulate: 'bad.yaml' is not valid YAML or JSON: /],
    [['simulate', 'invalid.yaml'], /^lambda-lab simulate: invalid.yaml: functions\[0\]\.reservedConcurrency: -5 is outside 0–1,000,000 \(Lambda Lab's simulator range; the scenario format: docs\/tools\/cli-reference\.md#simulate\)$/],
    [['simulate', 'deploy.yaml'], /^lambda-lab simulate: deploy.yaml: deploymentConfig: "Canary99" is not a predefined Lambda configuration/],
    [['simulate'], /^lambda-lab simulate: give one scenario file or built-in name \(got 0\); see --list$/],
  ])('exits 2 with one line for %j', async (argv, message) => {
    const io = memoryIO({
      'bad.yaml': 'functions: [unclosed',
      'invalid.yaml': 'functions: [{name: f, durationMs: 10, reservedConcurrency: -5, traffic: {shape: steady, rps: 1}}]',
      'deploy.yaml': 'deploymentConfig: Canary99',
    });
    expect(await main(argv, io)).toBe(2);
    expect(io.stderr.trim().split('\n')).toHaveLength(1);
    expect(io.stderr.trim()).toMatch(message);
  });
});
