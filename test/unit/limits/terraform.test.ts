import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {memoryIO} from '../../../src/cli/io.ts';
import {main} from '../../../src/cli/main.ts';
import {checkFunctions} from '../../../src/core/limits/checkFunctions.ts';
import {parseConfigText} from '../../../src/core/limits/parse/parseConfigText.ts';

const plan = readFileSync(new URL('../../fixtures/terraform/plan.json', import.meta.url), 'utf8');

describe('Terraform plan JSON (terraform show -json)', () => {
  it('reads functions from planned_values and child modules, and links the SQS mapping through references', () => {
    const parsed = parseConfigText(plan);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.format).toBe('terraform-plan');
    const [worker, api] = parsed.value.functions;
    expect(worker).toMatchObject({name: 'aws_lambda_function.worker', functionName: 'jobs-worker', runtime: 'python3.13', memoryMB: 1024, timeoutSeconds: 60, architecture: 'arm64', environment: {TABLE: 'orders'}, tags: ['team']});
    expect(worker!.reservedConcurrency).toBeUndefined();
    expect(worker!.eventSources).toEqual([{type: 'sqs', queue: 'aws_sqs_queue.jobs', fifo: false, visibilityTimeoutSeconds: 90, batchSize: 10, maximumBatchingWindowSeconds: 0}]);
    expect(api).toMatchObject({name: 'module.api.aws_lambda_function.this', runtime: 'nodejs12.x', memoryMB: 20480});
    const report = checkFunctions(parsed.value.functions, {today: '2026-12-02'});
    // 90 s visibility < 6 × 60 s: a warning; nodejs12.x blocked and 20 GB memory: errors.
    expect(report.functions.map((fn) => fn.findings.map((f) => `${f.rule}:${f.severity}`))).toEqual([['sqs.visibility:warning'], ['runtime.deprecated:error', 'memory.range:error']]);
  });
  it('lambda-lab check plan.json names the resource address and line', async () => {
    const io = memoryIO({'plan.json': plan});
    expect(await main(['check', 'plan.json', '--today', '2026-12-02'], io)).toBe(1);
    expect(io.stdout).toMatch(/^plan.json: Terraform plan \(terraform show -json\), 2 functions/);
    expect(io.stdout).toMatch(/module\.api\.aws_lambda_function\.this \(line \d+\): 2 errors/);
  });
});
