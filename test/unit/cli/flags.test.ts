// Issue 16: bad flag values get one line naming the flag, the accepted range and its source.
import {describe, expect, it} from 'vitest';
import {joinNegativeValues} from '../../../src/cli/args.ts';
import {memoryIO} from '../../../src/cli/io.ts';
import {main} from '../../../src/cli/main.ts';

async function run(args: string[]) {
  const io = memoryIO({'t.yaml': 'Resources: {}\n'});
  const code = await main(args, io);
  return {code, stderr: io.stderr.trim()};
}

describe('flag values as people type them', () => {
  it.each([
    [['estimate', '--memory', '-128MB', '--duration', '100ms', '--requests', '1M'], /^lambda-lab estimate: --memory: -128 MB is below the minimum of 128 MB \(128–10,240 MB, AWS Lambda quotas\)$/],
    [['estimate', '--memory', '128MB', '--duration', '100ms', '--requests', '-5'], /^lambda-lab estimate: --requests: -5 per month is below the minimum of 0/],
    [['estimate', '--memory', '1e400', '--duration', '100ms', '--requests', '1M'], /^lambda-lab estimate: --memory: ∞ MB is above the maximum of 10,240 MB \(128–10,240 MB, AWS Lambda quotas\)$/],
    [['estimate', '--memory', '128MB', '--duration', '100ms', '--requests', '1M', '--savings-plan', '150'], /^lambda-lab estimate: --savings-plan: 150 is outside 0–17 \(.*https:\/\/aws.amazon.com\/savingsplans/],
    [['cpu', '--memory', '-5'], /^lambda-lab cpu: --memory: -5 MB is below the minimum of 128 MB/],
    [['check', 't.yaml', '--concurrency-limit', '-5'], /^lambda-lab check: --concurrency-limit must be a whole number of at least 100, got '-5' \(https:/],
    [['check', 't.yaml', '--code-storage-gb', '1e400'], /^lambda-lab check: --code-storage-gb must be a number of GB from 0, got '1e400' \(the quota is 300 GB per Region, https:/],
  ])('%j → one line', async (args, message) => {
    const {code, stderr} = await run(args);
    expect(code).toBe(2);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
  it('joins a string option with a negative-looking value, and leaves flags alone', () => {
    const options = {memory: {type: 'string' as const, short: 'm'}, json: {type: 'boolean' as const}};
    expect(joinNegativeValues(['--memory', '-128MB', '--json'], options)).toEqual(['--memory=-128MB', '--json']);
    expect(joinNegativeValues(['-m', '-.5'], options)).toEqual(['--memory=-.5']);
    expect(joinNegativeValues(['--memory', '--json'], options)).toEqual(['--memory', '--json']);
    expect(joinNegativeValues(['--json', '-5'], options)).toEqual(['--json', '-5']);
  });
});
