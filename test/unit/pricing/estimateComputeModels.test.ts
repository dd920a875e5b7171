/** `lambda-lab estimate` with Managed Instances, durable functions and pollers, by flags and in bill files. */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {memoryIO} from '../../../src/cli/io.ts';
import {main} from '../../../src/cli/main.ts';

const run = async (args: string[], files: Record<string, string> = {}) => {
  const io = memoryIO(files);
  const code = await main(['estimate', ...args], io);
  return {code, stdout: io.stdout, stderr: io.stderr};
};
const ids = (parsed: {lineItems: {id: string; usd: number}[]}) => parsed.lineItems.map((item) => [item.id, item.usd]);

describe('estimate --compute managed-instances', () => {
  it('prices 3 × m7g.xlarge for 730 h with 100M requests exactly as the issue states it', async () => {
    const {code, stdout} = await run(['--compute', 'managed-instances', '--instance-type', 'm7g.xlarge', '--instances', '3', '--hours', '730', '--requests', '100M', '--json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    // $357.41 EC2 (2,190 h × $0.1632) + $53.61 fee (15% of $357.408) + $20.00 requests (100M × $0.20/M)
    expect(ids(parsed)).toEqual([['requests', 20], ['managedInstancesEc2', 357.41], ['managedInstancesFee', 53.61]]);
    expect(parsed.total).toBe(431.02);
    expect(parsed.inputs.function.architecture).toBe('arm64'); // from the instance type
  });

  it('explains what is missing or wrong in one line', async () => {
    const missing = await run(['--compute', 'managed-instances', '--instance-type', 'm7g.xlarge', '--requests', '1M']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe('lambda-lab estimate: --compute managed-instances needs --instance-type and --instances (e.g. --instance-type m7g.xlarge --instances 3)');
    const orphan = await run(['--memory', '1GB', '--duration', '1s', '--requests', '1M', '--instances', '3']);
    expect(orphan.stderr.trim()).toBe('lambda-lab estimate: --instances needs --compute managed-instances');
    const region = await run(['--compute', 'managed-instances', '--instance-type', 'm7g.xlarge', '--instances', '3', '--requests', '1M', '--region', 'eu-west-1']);
    expect(region.stderr.trim()).toMatch(/^lambda-lab estimate: region: 'eu-west-1' has no EC2 prices in Lambda Lab's data \(known: us-east-1\)/);
    const arch = await run(['--compute', 'managed-instances', '--instance-type', 'm7g.xlarge', '--instances', '3', '--requests', '1M', '--arch', 'x86_64']);
    expect(arch.stderr.trim()).toMatch(/--arch: m7g.xlarge is arm64, the function is x86_64/);
  });
});

describe('estimate with durable functions', () => {
  it('--durable-operations, --durable-data-written and --durable-retention add their lines', async () => {
    const {stdout} = await run(['--memory', '512MB', '--duration', '200ms', '--requests', '3M', '--durable-operations', '6M', '--durable-data-written', '12GB', '--durable-retention', '14', '--json']);
    const parsed = JSON.parse(stdout);
    // 6M × $8/M = $48; 12 GB × $0.25 = $3.00; 12 × 14 × 24 ÷ 730 = 5.523287… GB-months × $0.15 = $0.8284931… ≈ $0.83
    expect(ids(parsed).filter(([id]) => String(id).startsWith('durable'))).toEqual([['durableOperations', 48], ['durableDataWritten', 3], ['durableDataRetained', 0.83]]);
    const bad = await run(['--memory', '512MB', '--duration', '200ms', '--requests', '3M', '--durable-operations', '6M', '--durable-retention', '365']);
    expect(bad.stderr.trim()).toBe('lambda-lab estimate: durable.retention: 365 days is outside 1–90 days');
  });
});

describe('a bill file that mixes compute models', () => {
  it('prices each function its own way, in one bill', async () => {
    const bill = readFileSync(new URL('../../fixtures/pricing/mixed-models.yaml', import.meta.url), 'utf8');
    const {code, stdout} = await run(['bill.yaml', '--json'], {'bill.yaml': bill});
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    const labels = parsed.lineItems.map((item: {label: string}) => item.label);
    expect(labels).toContain('steady: Managed Instances: EC2 (m7g.xlarge, on-demand)');
    expect(labels).toContain('orders: Durable functions: durable operations');
    expect(labels).toContain('consumer: Provisioned event pollers (SQS)');
    // SQS pollers: 4 EPU × 730 h = 2,920 EPU-hours × $0.00925 = $27.01
    expect(parsed.lineItems.find((item: {id: string}) => item.id === 'eventPollers').usd).toBe(27.01);
    expect(parsed.total).toBe(parsed.lineItems.reduce((acc: number, item: {usd: number}) => Math.round((acc + item.usd) * 100) / 100, 0));
  });
});
