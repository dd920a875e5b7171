// Real Terraform from public repositories (not committed): LAMBDA_LAB_CORPUS/terraform holds
// terraform-aws-modules/terraform-aws-lambda (Apache-2.0) and the .tf files of aws-samples/serverless-patterns
// (MIT-0). Zero crashes, zero refusals, and exactly the reviewed errors of expected-terraform-errors.json.
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {processIO} from '../../../src/cli/io.ts';
import {main} from '../../../src/cli/main.ts';

const sharedCorpus = fileURLToPath(new URL('../../../../shared/corpus', import.meta.url));
const corpus = process.env.LAMBDA_LAB_CORPUS ?? (existsSync(sharedCorpus) ? sharedCorpus : undefined);
const root = corpus ? join(corpus, 'terraform') : '';
const expected = JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/corpus/expected-terraform-errors.json', import.meta.url)), 'utf8')) as {today: string; files: Record<string, {function: string; rule: string; why: string}[]>};

describe.skipIf(!corpus || !existsSync(root))('real-world Terraform corpus (LAMBDA_LAB_CORPUS/terraform)', () => {
  it('checks every .tf module without a crash or refusal, and reports exactly the reviewed errors', async () => {
    let stdout = '';
    let stderr = '';
    const io = {...processIO, out: (text: string) => void (stdout += text), err: (text: string) => void (stderr += text)};
    const code = await main(['check', root, '--today', expected.today, '--format', 'json'], io);
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
    const report = JSON.parse(stdout) as {files: {file: string; skipped?: string; functions?: {name: string; findings: {rule: string; severity: string}[]}[]}[]; summary: {functions: number}};
    // Non-Terraform files of the repositories (.pre-commit-config.yaml, test.sh) are skipped as not templates; no .tf file is.
    expect(report.files.filter((file) => file.skipped && file.file.endsWith('.tf'))).toEqual([]);
    expect(report.summary.functions).toBeGreaterThanOrEqual(80);
    const errors: Record<string, {function: string; rule: string}[]> = {};
    for (const file of report.files) for (const fn of file.functions ?? []) for (const f of fn.findings) if (f.severity === 'error') (errors[file.file.slice(root.length + 1)] ??= []).push({function: fn.name, rule: f.rule});
    expect(errors).toEqual(Object.fromEntries(Object.entries(expected.files).map(([file, list]) => [file, list.map(({function: fn, rule}) => ({function: fn, rule}))])));
  }, 180_000);
});
