import {writeFileSync, mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {memoryIO} from '../../../src/cli/io.ts';
import {main} from '../../../src/cli/main.ts';

const T = ['--cpu', '800ms', '--requests', '3M'];
const scenario = 'functions: [{name: a, traffic: {shape: steady, rps: -1}}]';

// Every bad value of cpu, tune and simulate: exit 2 and one line that names the flag (or field),
// the accepted range or values, and where that range comes from (an AWS page, or Lambda Lab's model).
const CASES: [string[], RegExp][] = [
  [['cpu', '--memory', '-128MB'], /^lambda-lab cpu: --memory: .*128–10,240 MB, AWS Lambda quotas/],
  [['cpu', '--memory', '1e400'], /^lambda-lab cpu: --memory: .*maximum of 10,240 MB .*AWS Lambda quotas/],
  [['cpu', '--memory', '512', '--duration', '0'], /^lambda-lab cpu: --duration: .*900,000 ms .*gettingstarted-limits/],
  [['cpu', '--memory', '512', '--region', 'mars-1'], /^lambda-lab cpu: --region: 'mars-1' .*one of: us-east-1, .*lambda\/pricing/],
  [['cpu', '--arch', 'arm64'], /^lambda-lab cpu: Unknown option '--arch' \(this command takes --memory, --duration, --region, --json/],
  [['tune', ...T, '--requests', '-5'], /^lambda-lab tune: --requests: .*minimum of 0/],
  [['tune', ...T, '--io', '-1s'], /^lambda-lab tune: --io: .*0–900,000 ms, the 900 s timeout, AWS Lambda quotas/],
  [['tune', ...T, '--threads', '100'], /^lambda-lab tune: --threads: '100' .*1 to 64 \(the range of Lambda Lab's workload model/],
  [['tune', ...T, '--parallel', '2'], /^lambda-lab tune: --parallel: '2' .*0 to 1 .*Lambda Lab's workload model/],
  [['tune', ...T, '--cold-starts', '3'], /^lambda-lab tune: --cold-starts: .*0 to 1 .*workload model/],
  [['tune', ...T, '--arm-factor', '50'], /^lambda-lab tune: --arm-factor: .*0.1 to 10 .*workload model/],
  [['tune', ...T, '--weight', '5'], /^lambda-lab tune: --weight: .*0 to 1 .*workload model/],
  [['tune', ...T, '--arch', 'sparc'], /^lambda-lab tune: --arch: 'sparc' is not one of x86_64, arm64, both \(.*foundation-arch/],
  [['tune', ...T, '--strategy', 'cheap'], /^lambda-lab tune: --strategy: 'cheap' is not one of cost, speed, balanced \(.*power-tuning/],
  [['tune', ...T, '--region', 'mars-1'], /^lambda-lab tune: --region: 'mars-1' .*lambda\/pricing/],
  [['tune', ...T, '--memory', '-128MB'], /^lambda-lab tune: Unknown option '--memory' \(this command takes /],
];

describe('flag messages of cpu, tune and simulate', () => {
  it.each(CASES)('%j', async (args, expected) => {
    const io = memoryIO();
    expect(await main(args, io)).toBe(2);
    expect(io.stderr.trim().split('\n')).toHaveLength(1);
    expect(io.stderr.trim()).toMatch(expected);
  });
  it('simulate: a scenario field out of range names the field, the range and that the range is the simulator\'s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'll-flags-'));
    writeFileSync(join(dir, 's.yaml'), scenario);
    const io = memoryIO({[join(dir, 's.yaml')]: scenario});
    expect(await main(['simulate', join(dir, 's.yaml')], io)).toBe(2);
    expect(io.stderr.trim()).toMatch(/functions\[0\]\.traffic\.rps: -1 is outside 0–1,000,000 \(Lambda Lab's simulator range/);
    const memory = memoryIO({'m.yaml': 'functions: [{name: a, memoryMB: 20000, traffic: {shape: steady, rps: 1}}]'});
    expect(await main(['simulate', 'm.yaml'], memory)).toBe(2);
    expect(memory.stderr.trim()).toMatch(/memoryMB: 20,000 is outside 128–10,240 \(Lambda memory quota\)$/);
  });
});
