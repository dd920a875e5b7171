/** `lambda-lab compare`: one JSON object, and one-line errors naming the flag. */
import {describe, expect, it} from 'vitest';
import {memoryIO} from '../../../src/cli/io.ts';
import {main} from '../../../src/cli/main.ts';

const run = async (args: string[]) => {
  const io = memoryIO({});
  const code = await main(['compare', ...args], io);
  return {code, stdout: io.stdout, stderr: io.stderr};
};

describe('lambda-lab compare', () => {
  it('prints the six options, the cheapest and the break-even points as JSON', async () => {
    const {code, stdout} = await run(['--requests', '100M', '--duration', '50ms', '--memory', '1GB', '--cpu', '30%', '--peak-to-average', '3', '--instance-type', 'm7g.large', '--json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.options.map((option: {id: string}) => option.id)).toEqual(['lambda-x86', 'lambda-arm64', 'lambda-provisioned', 'managed-instances', 'fargate', 'ec2']);
    expect(parsed.options.find((option: {id: string}) => option.id === 'managed-instances').monthlyUsd).toBe(225.51);
    expect(parsed.cheapest).toBe('fargate');
    expect(Array.isArray(parsed.breakEvens)).toBe(true);
    expect(parsed.sweep).toHaveLength(25);
  });
  it('refuses bad values with the flag, the range and the source', async () => {
    expect((await run(['--requests', '1M', '--duration', '50ms', '--memory', '1GB', '--utilisation', '150%'])).stderr.trim()).toBe('lambda-lab compare: utilisation target: 1.5 (fraction) is above the maximum of 1 (fraction) (a share of the fleet)');
    expect((await run(['--requests', '1M', '--duration', '50ms', '--memory', '1GB', '--cpu', 'lots'])).stderr.trim()).toBe('lambda-lab compare: --cpu: expected a share like 30% or 0.3, got "lots"');
    const missing = await run(['--requests', '1M']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe('lambda-lab compare: missing --duration (e.g. --duration 50ms)');
  });
});
