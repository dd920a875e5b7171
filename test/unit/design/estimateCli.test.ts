import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {memoryIO} from '../../../src/cli/io.ts';
import {main} from '../../../src/cli/main.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/design/examples/${name}`, import.meta.url), 'utf8');
const FILES = {
  'template.yaml': fixture('golden-http-api.yaml'),
  'usage.yml': fixture('golden-usage.yml'),
  'v1.yaml': fixture('stack-v1.yaml'),
  'v2.yaml': fixture('stack-v2.yaml'),
  'stack-usage.yml': fixture('stack-usage.yml'),
};
const run = async (args: string[], files: Record<string, string> = {}) => {
  const io = memoryIO({...FILES, ...files});
  const code = await main(['estimate', ...args], io);
  return {code, stdout: io.stdout, stderr: io.stderr};
};

describe('lambda-lab estimate <template> --usage', () => {
  it('the issue’s golden example: total 20.33 (Lambda $2.00 + $8.33, HTTP API $10.00), logs listed as needing a key', async () => {
    const {code, stdout} = await run(['template.yaml', '--usage', 'usage.yml', '--no-free-tier', '--json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout);
    expect(parsed.total).toBe(20.33);
    expect(parsed.lines.map((line: {service: string; usd: number}) => [line.service, line.usd])).toEqual([['AWS Lambda', 2], ['AWS Lambda', 8.33], ['Amazon API Gateway', 10]]);
    expect(parsed.unpriced).toEqual([expect.objectContaining({resource: 'Api', keys: ['monthly_data_ingested_gb']})]);
    expect(parsed.resources.map((r: {id: string; status: string}) => [r.id, r.status])).toEqual([['Api', 'priced'], ['ServerlessHttpApi', 'priced']]);
  });

  it('with the default (always-free) tier Lambda’s free tier applies and the HTTP API’s 12-month offer does not', async () => {
    const parsed = JSON.parse((await run(['template.yaml', '--usage', 'usage.yml', '--json'])).stdout);
    // requests (10M − 1M) × $0.20/M = $1.80; (500,000 − 400,000) GB-s × $0.0000166667 = $1.66667 ≈ $1.67; HTTP $10.00
    expect(parsed.total).toBe(13.47);
    const first = JSON.parse((await run(['template.yaml', '--usage', 'usage.yml', '--free-tier-12-month', '--json'])).stdout);
    expect(first.total).toBe(12.47); // HTTP: (10M − 1M) × $1.00/M = $9.00
  });

  it('prints a table with each line’s arithmetic, per-resource shares and what is not priced', async () => {
    const {stdout} = await run(['template.yaml', '--usage', 'usage.yml', '--no-free-tier']);
    expect(stdout).toMatch(/Total \(sum of rounded lines\)\s+\$20\.33/);
    expect(stdout).toContain('10,000,000 requests × $1.00 per 1M requests = $10.00');
    expect(stdout).toContain('needs monthly_data_ingested_gb');
  });

  it('without a usage file nothing is $0 by silence: every usage line says what it needs', async () => {
    const parsed = JSON.parse((await run(['template.yaml', '--json'])).stdout);
    expect(parsed.total).toBe(0);
    expect(parsed.unpriced.flatMap((line: {keys?: string[]}) => line.keys ?? [])).toEqual(expect.arrayContaining(['monthly_requests', 'request_duration_ms', 'monthly_data_ingested_gb']));
    expect(parsed.resources.find((r: {id: string}) => r.id === 'Api').status).toBe('needs usage');
  });

  it('bad YAML: exit 2 with file:line:column', async () => {
    const {code, stderr} = await run(['bad.yaml', '--usage', 'usage.yml'], {'bad.yaml': 'Resources:\n  Fn:\n    Type: [unclosed\n'});
    expect(code).toBe(2);
    expect(stderr).toMatch(/^lambda-lab estimate: bad\.yaml:\d+:\d+: /);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('unknown usage key: one line naming the nearest valid key, with file:line:column', async () => {
    const {code, stderr} = await run(['template.yaml', '--usage', 'u.yml'], {'u.yml': 'version: 0.1\nresource_usage:\n  Api:\n    monthly_request: 5\n'});
    expect(code).toBe(2);
    expect(stderr.trim()).toBe("lambda-lab estimate: u.yml:4:5: unknown usage key 'monthly_request' for Api (AWS::Serverless::Function); did you mean 'monthly_requests'?");
  });

  it('unknown resource, bad value, wrong version: exit 2, one line each', async () => {
    const cases: [string, RegExp][] = [
      ['version: 0.1\nresource_usage:\n  Apii:\n    monthly_requests: 5\n', /u\.yml:3:3: resource_usage\.Apii is not a resource in the template; did you mean 'Api'\?/],
      ['version: 0.1\nresource_usage:\n  Api:\n    monthly_requests: -5\n', /u\.yml:4:5: Api\.monthly_requests must be a number ≥ 0/],
      ['version: 0.1\nresource_usage:\n  Api:\n    monthly_requests: lots\n', /u\.yml:4:5: .*must be a number/],
      ['version: 2\n', /u\.yml:1:1: version 2 is not supported/],
      ['resource_usage: {}\n', /u\.yml:1:1: the usage file needs version: 0\.1/],
      ['version: 0.1\nresource_usage:\n  Api: [1\n', /u\.yml:\d+:\d+: .*YAML/],
    ];
    for (const [text, pattern] of cases) {
      const {code, stderr} = await run(['template.yaml', '--usage', 'u.yml'], {'u.yml': text});
      expect(code, text).toBe(2);
      expect(stderr, text).toMatch(pattern);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('--usage-template prints every key the template needs, one comment each, and it reads back', async () => {
    const {code, stdout} = await run(['v2.yaml', '--usage-template']);
    expect(code).toBe(0);
    expect(stdout).toContain('version: 0.1');
    expect(stdout).toMatch(/OrdersFunction: # AWS::Serverless::Function\n {4}monthly_requests: 0 # /);
    expect(stdout).toContain('monthly_write_request_units: 0 #');
    expect(stdout).toContain('# monthly_requests: 0 # default: the monthly_requests of OrdersFunction');
    expect(stdout).not.toContain('OrdersRole:');
    const back = await run(['v2.yaml', '--usage', 'generated.yml', '--json'], {'generated.yml': stdout});
    expect(back.code).toBe(0);
  });

  it('bill files still go to the Lambda-only estimator', async () => {
    const bill = 'functions:\n  - name: a\n    memory: 128MB\n    duration: 1ms\n    requests: 1M\n';
    const {code, stdout} = await run(['bill.yaml', '--no-free-tier', '--json'], {'bill.yaml': bill});
    expect(code).toBe(0);
    expect(JSON.parse(stdout).lineItems).toBeDefined();
  });
});

describe('lambda-lab estimate diff', () => {
  const args = ['diff', 'v1.yaml', 'v2.yaml', '--usage', 'stack-usage.yml'];
  it('JSON: before, after, change per line and per resource, for two versions of one template', async () => {
    const {code, stdout} = await run([...args, '--json']);
    expect(code).toBe(0);
    const diff = JSON.parse(stdout);
    // v1: Lambda $0.80 + $8.00, logs $7.50, HTTP API $5.00, DynamoDB $1.25 + $1.25 + $3.75 = $27.55
    // v2: memory 1,024 → 2,048 MB: duration (2,000,000 − 400,000) GB-s × $0.0000133334 = $21.33; + queue (3M − 1M) × $0.40/M = $0.80
    expect([diff.before, diff.after, diff.change]).toEqual([27.55, 41.68, 14.13]);
    expect(diff.resources).toContainEqual({key: 'OrdersQueue', before: 0, after: 0.8, change: 0.8});
    expect(diff.newUnpriced).toEqual([expect.stringContaining('ErrorsAlarm (AWS::CloudWatch::Alarm): not priced')]);
  });
  it('markdown: a summary line, then a collapsible table', async () => {
    const {stdout} = await run([...args, '--format', 'markdown']);
    expect(stdout.split('\n')[0]).toBe('**Monthly cost: $27.55 → $41.68 (+$14.13, +51.3%, increase)**');
    expect(stdout).toContain('<details><summary>');
    expect(stdout).toContain('| AWS Lambda · Lambda duration (us-east-1) | $8.00 | $21.33 | +$13.33 |');
  });
  it('--fail-above exits 1 when the increase is larger, 0 when not', async () => {
    expect((await run([...args, '--fail-above', '50'])).code).toBe(0);
    expect((await run([...args, '--fail-above', '10'])).code).toBe(1);
    expect((await run([...args, '--fail-above', '60%'])).code).toBe(0);
    const over = await run([...args, '--fail-above', '10%']);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('above --fail-above 10%');
    expect((await run([...args, '--fail-above', 'ten'])).code).toBe(2);
    expect((await run(['diff', 'v1.yaml'])).code).toBe(2);
  });
});
