import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {memoryIO} from '../../../src/cli/io.ts';
import {main} from '../../../src/cli/main.ts';
import {checkFunctions} from '../../../src/core/limits/checkFunctions.ts';
import {guessHclErrorLine, parseHcl} from '../../../src/core/limits/parse/loadHcl.ts';
import {parseConfigText, TERRAFORM_HCL} from '../../../src/core/limits/parse/parseConfigText.ts';
import {looksLikeTerraformHcl, parseTerraformHcl, type TerraformFile} from '../../../src/core/limits/parse/parseTerraformHcl.ts';

const dir = 'test/fixtures/terraform/hcl';
const names = ['lambda.tf', 'queues.tf', 'variables.tf'];
const texts = Object.fromEntries(names.map((name) => [`${dir}/${name}`, readFileSync(new URL(`../../fixtures/terraform/hcl/${name}`, import.meta.url), 'utf8')]));

async function module(files: Record<string, string>): Promise<TerraformFile[]> {
  const out: TerraformFile[] = [];
  for (const [path, text] of Object.entries(files)) {
    const json = await parseHcl(text, path);
    if (!json.ok) throw new Error(json.error);
    out.push({path, text, json: json.value});
  }
  return out;
}

describe('Terraform .tf files (hcl2-parser)', () => {
  it('reads a module of three files: literal locals resolved; variables (default named) and other expressions unresolved; resources linked', async () => {
    const parsed = parseTerraformHcl(await module(texts));
    if (!parsed.ok) throw new Error(parsed.error);
    const byName = new Map(parsed.value.map((entry) => [entry.fn.name, entry]));
    const worker = byName.get('aws_lambda_function.worker')!;
    expect(worker.file).toBe(`${dir}/lambda.tf`);
    expect(worker.fn).toMatchObject({location: {line: 10, column: 1}, runtime: 'python3.13', memoryMB: {unresolved: 'var.worker_memory (default 1024, unless a caller or .tfvars sets it)'}, timeoutSeconds: 60, architecture: 'arm64', tags: ['team'], functionName: {unresolved: 'jobs-worker-${var.environment}'}});
    expect(worker.fn.environment).toEqual({TABLE: 'orders', QUEUE: {unresolved: 'aws_sqs_queue.jobs.url'}});
    expect(worker.fn.eventSources).toEqual([{type: 'sqs', queue: 'aws_sqs_queue.jobs', fifo: false, visibilityTimeoutSeconds: 90, batchSize: 10}, {type: 'other', kind: 'FunctionUrl'}]);
    expect(worker.fn.latestEventSources).toEqual(['EventSourceMapping', 'FunctionUrl']);
    const legacy = byName.get('aws_lambda_function.legacy')!.fn;
    // The FIFO mapping goes through an alias (not $LATEST); the permission names the bare function.
    expect(legacy.eventSources).toHaveLength(3);
    expect(legacy.eventSources).toEqual(expect.arrayContaining([
      {type: 'sqs', queue: 'aws_sqs_queue.orders', fifo: true, visibilityTimeoutSeconds: 30, batchSize: 50},
      {type: 'api', api: 'rest', endpoint: 'edge', integrationTimeoutMs: 45000},
      {type: 'other', kind: 'permission for apigateway.amazonaws.com'},
    ]));
    expect(legacy.latestEventSources).toEqual(['Permission (apigateway.amazonaws.com)']);
    const report = checkFunctions(parsed.value.map((entry) => entry.fn), {today: '2026-12-02'});
    const rules = Object.fromEntries(report.functions.map((fn) => [fn.name, fn.findings.map((f) => `${f.rule}:${f.severity}`).sort()]));
    expect(rules).toEqual({
      'aws_lambda_function.worker': ['sqs.visibility:warning', 'unresolved:note', 'unresolved:note'],
      'aws_lambda_function.legacy': ['apigw.edgeIntegrationTimeout:error', 'memory.range:error', 'runtime.deprecated:error', 'sqs.batchSize:error', 'sqs.visibility:error'],
    });
  });

  it('an expression it cannot evaluate is a note, never an error', async () => {
    const text = `resource "aws_lambda_function" "f" {
  function_name = module.naming.name
  runtime       = var.runtime
  handler       = var.handler
  memory_size   = var.memory * 2
  timeout       = lookup(var.timeouts, "f", 3)
  layers        = var.layers
}
`;
    const parsed = parseTerraformHcl(await module({'main.tf': text}));
    if (!parsed.ok) throw new Error(parsed.error);
    const report = checkFunctions(parsed.value.map((entry) => entry.fn), {today: '2026-12-02'});
    const findings = report.functions[0]!.findings;
    expect(findings.filter((f) => f.severity !== 'note')).toEqual([]);
    expect(findings.map((f) => f.field)).toEqual(expect.arrayContaining(['functionName', 'runtime', 'memoryMB', 'timeoutSeconds']));
  });

  it('count and for_each: checked once, with a note', async () => {
    const parsed = parseTerraformHcl(await module({'main.tf': 'resource "aws_lambda_function" "f" {\n  count = 3\n  runtime = "python3.13"\n  handler = "a.b"\n}\n'}));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value[0]!.fn.parseFindings?.[0]?.message).toMatch(/count = 3: every instance was checked/);
  });

  it('lambda-lab check on a directory: findings on each function\'s file and line; files without functions left out', async () => {
    const io = memoryIO(texts);
    expect(await main(['check', dir, '--today', '2026-12-02'], io)).toBe(1);
    expect(io.stdout).toMatch(/^test\/fixtures\/terraform\/hcl\/lambda.tf: Terraform configuration \(\.tf\), 2 functions/);
    expect(io.stdout).toMatch(/aws_lambda_function\.legacy \(line 36\): 5 errors/);
    expect(io.stdout).not.toMatch(/queues\.tf/);
    const sarif = memoryIO(texts);
    await main(['check', dir, '--today', '2026-12-02', '--format', 'sarif'], sarif);
    const results = JSON.parse(sarif.stdout).runs[0].results as {ruleId: string; locations: {physicalLocation: {artifactLocation: {uri: string}; region: {startLine: number}}}[]}[];
    expect(results.find((r) => r.ruleId === 'memory.range')?.locations[0]?.physicalLocation).toMatchObject({artifactLocation: {uri: `${dir}/lambda.tf`}, region: {startLine: 36}});
  });

  it('lambda-lab check on one .tf file reads its module siblings for variables and queues', async () => {
    const io = memoryIO(texts);
    expect(await main(['check', `${dir}/lambda.tf`, '--today', '2026-12-02', '--json'], io)).toBe(1);
    const json = JSON.parse(io.stdout);
    expect(json.format).toBe('terraform-hcl');
    const worker = json.functions.find((fn: {name: string}) => fn.name === 'aws_lambda_function.worker');
    // The 90 s queue (queues.tf) and the memory variable's default (variables.tf) come from the siblings.
    expect(worker.findings.map((f: {rule: string; message: string}) => f.rule)).toEqual(['sqs.visibility', 'unresolved', 'unresolved']);
    expect(worker.findings.map((f: {message: string}) => f.message).join(" ")).toMatch(/Memory is var\.worker_memory \(default 1024/);
    expect(worker.findings[0].message).toMatch(/aws_sqs_queue\.jobs \(90 s\)/);
  });

  it('a syntax error is one line naming the file and the line near it', async () => {
    const io = memoryIO({'bad.tf': 'resource "aws_lambda_function" "f" {\n  runtime = "python3.13"\n  timeout = [1, 2\n}\n'});
    expect(await main(['check', 'bad.tf'], io)).toBe(2);
    expect(io.stderr.trim()).toBe('lambda-lab check: bad.tf: not valid Terraform HCL (near line 4); run "terraform validate" for the exact error.');
    expect(guessHclErrorLine('a = "x\n')).toBe(1);
  });

  it('pasted .tf text (the site, stdin) gets one line saying how to check it', () => {
    const parsed = parseConfigText(texts[`${dir}/lambda.tf`]!);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toBe(TERRAFORM_HCL);
  });
  it('tells HCL from YAML and JSON', () => {
    expect(looksLikeTerraformHcl(texts[`${dir}/lambda.tf`]!)).toBe(true);
    expect(looksLikeTerraformHcl('Resources:\n  F:\n    Type: AWS::Lambda::Function\n')).toBe(false);
    expect(looksLikeTerraformHcl('{"resource": {}}')).toBe(false);
  });
});
