import {readFileSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {memoryIO} from '../../../src/cli/io.ts';
import {main} from '../../../src/cli/main.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/limits/${name}`, import.meta.url), 'utf8');
const TODAY = ['--today', '2026-11-24'];

describe('lambda-lab check', () => {
  it('exits 0 with warnings only, and prints fixes and sources', async () => {
    const io = memoryIO({'ok.yaml': 'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties: {Runtime: python3.13, Handler: app.h, Timeout: 30, Events: {Get: {Type: Api}}}\n'});
    expect(await main(['check', 'ok.yaml', ...TODAY], io)).toBe(0);
    expect(io.stdout).toContain('apigw.timeout');
    expect(io.stdout).toContain('fix: Lower the function timeout to 29 s');
    expect(io.stdout).toContain('source: https://aws.amazon.com/about-aws/whats-new/2024/06/amazon-api-gateway-integration-timeout-limit-29-seconds/');
  });

  it('exits 1 when any function has an error', async () => {
    const io = memoryIO({'t.yaml': fixture('sam-app.yaml')});
    expect(await main(['check', 't.yaml', ...TODAY], io)).toBe(1);
    expect(io.stdout).toContain('snapstart.provisioned');
  });

  it('exits 2 for a missing file, malformed YAML or no argument, with one line', async () => {
    for (const [args, files, message] of [
      [['check', 'missing.yaml'], {}, /cannot read file 'missing.yaml' \(ENOENT\)/],
      [['check', 'bad.yaml'], {'bad.yaml': fixture('malformed.yaml')}, /bad.yaml: Line 7, column 5: /],
      [['check'], {}, /missing <file>/],
      [['check', 'x.yaml', '--today', 'tomorrow'], {'x.yaml': 'a: 1'}, /--today must be a date/],
    ] as const) {
      const io = memoryIO(files as Record<string, string>);
      expect(await main([...args], io)).toBe(2);
      expect(io.stderr).toMatch(message);
      expect(io.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('--json prints one object with functions and findings', async () => {
    const io = memoryIO({'s.yml': fixture('serverless.yml')});
    expect(await main(['check', 's.yml', '--json', ...TODAY], io)).toBe(1);
    const parsed = JSON.parse(io.stdout);
    expect(parsed.format).toBe('serverless');
    expect(parsed.functions.map((fn: {name: string}) => fn.name)).toEqual(['resize', 'api', 'rewrite']);
    const rewrite = parsed.functions[2];
    expect(rewrite.findings[0]).toEqual({rule: 'edge.region', severity: 'error', message: expect.stringContaining('us-east-1'), fix: expect.any(String), source: expect.stringMatching(/^https:\/\//)});
  });

  it('--concurrency-limit changes the reserved-concurrency rule', async () => {
    const io = memoryIO({'c.sh': fixture('create-function.sh')});
    expect(await main(['check', 'c.sh', '--json', ...TODAY], io)).toBe(1);
    expect(JSON.parse(io.stdout).functions[0].findings.map((f: {rule: string}) => f.rule)).toContain('concurrency.reserved');
    const raised = memoryIO({'c.sh': 'aws lambda create-function --function-name f --runtime python3.13 --handler a.b\naws lambda put-function-concurrency --function-name f --reserved-concurrent-executions 950\n'});
    expect(await main(['check', 'c.sh', '--concurrency-limit', '5000', ...TODAY], raised)).toBe(0);
  });

  it('--code-storage-gb checks the 300 GB per Region', async () => {
    const files = {'c.sh': 'aws lambda create-function --function-name f --runtime python3.13 --handler a.b\n'};
    const over = memoryIO(files);
    expect(await main(['check', 'c.sh', '--code-storage-gb', '301', ...TODAY], over)).toBe(1);
    expect(over.stdout).toContain('account.codeStorage');
    expect(await main(['check', 'c.sh', '--code-storage-gb', '300', ...TODAY], memoryIO(files))).toBe(0);
    const bad = memoryIO(files);
    expect(await main(['check', 'c.sh', '--code-storage-gb', 'lots'], bad)).toBe(2);
  });

  it('--usage hands the functions to the pricing engine', async () => {
    const io = memoryIO({'t.yaml': fixture('sam-app.yaml'), 'u.yaml': 'functions:\n  WorkerFunction: {requestsPerMonth: 3M, averageDurationMs: 120 ms}\n  ApiFunction: {requestsPerMonth: 100/s, averageDurationMs: 80}\n'});
    await main(['check', 't.yaml', '--json', '--usage', 'u.yaml', ...TODAY], io);
    const {bill} = JSON.parse(io.stdout);
    // By hand (arm64 first-tier $0.0000133334/GB-s, $0.20/M requests, free tier once):
    // requests 262,800,000 + 3,000,000 − 1,000,000 = 264,800,000 → $52.96
    // GB-s 262.8M × 0.08 s × 0.25 GB + 3M × 0.12 s × 1 GB − 400,000 = 5,216,000 → $69.5470144 → $69.55
    expect(bill.total).toBe(122.51);
    expect(bill.notes).toContain('PricingFunction: no usage given, left out of the bill.');
    const stray = memoryIO({'t.yaml': fixture('sam-app.yaml'), 'u.yaml': 'functions:\n  Nope: {requestsPerMonth: 1, averageDurationMs: 1}\n'});
    expect(await main(['check', 't.yaml', '--usage', 'u.yaml', ...TODAY], stray)).toBe(2);
    expect(stray.stderr).toMatch(/--usage names Nope, not found/);
  });

  it('runs as a real process with the documented exit codes', () => {
    const run = (args: string[]) => spawnSync(process.execPath, ['bin/lambda-lab.mjs', 'check', ...args], {encoding: 'utf8'});
    expect(run(['test/fixtures/limits/sam-app.yaml', ...TODAY]).status).toBe(1);
    expect(run(['test/fixtures/limits/does-not-exist.yaml']).status).toBe(2);
  }, 60_000);
});
