// The real-world corpus: zero crashes, zero refusals of valid input, and exactly the reviewed error
// findings of test/fixtures/corpus/expected-errors.json. The templates themselves are third-party
// files and are not committed (see test/fixtures/corpus/README.md): set LAMBDA_LAB_CORPUS to a
// folder holding sam-translator/ and serverless-examples/ to run this file; without it it is skipped.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parse as parseYaml} from 'yaml';
import {describe, expect, it} from 'vitest';
import {checkFunctions} from '../../../src/core/limits/checkFunctions.ts';
import {parseConfigText} from '../../../src/core/limits/parse/parseConfigText.ts';
import {NOT_AWS} from '../../../src/core/limits/parse/parseServerless.ts';

// Or the steering repo's shared/corpus beside the checkout, where the project keeps such data.
const sharedCorpus = fileURLToPath(new URL('../../../../shared/corpus', import.meta.url));
const corpus = process.env.LAMBDA_LAB_CORPUS ?? (existsSync(sharedCorpus) ? sharedCorpus : undefined);
const base = corpus ? join(corpus, '/') : '';
const expected = JSON.parse(readFileSync(fileURLToPath(new URL('../../fixtures/corpus/expected-errors.json', import.meta.url)), 'utf8')) as {today: string; files: Record<string, {function: string; rule: string; why: string}[]>};
const files = corpus ? ['sam-translator', 'serverless-examples'].flatMap((dir) => readdirSync(join(base, dir)).map((name) => `${dir}/${name}`)) : [];

describe.skipIf(!corpus)('real-world corpus (LAMBDA_LAB_CORPUS)', () => {
  const refusals: string[] = [];
  const crashes: string[] = [];
  const skipped: string[] = [];
  const errors: Record<string, {function: string; rule: string}[]> = {};
  let functions = 0;
  for (const file of files) {
    try {
      const dir = file.split('/')[0]!;
      const parsed = parseConfigText(readFileSync(join(base, file), 'utf8'), {readFile: (path) => { try { return readFileSync(join(base, dir, path), 'utf8'); } catch { return undefined; } }, parse: (text) => parseYaml(text)});
      if (!parsed.ok) {
        (parsed.error.includes(NOT_AWS) ? skipped : refusals).push(`${file}: ${parsed.error}`);
        continue;
      }
      const report = checkFunctions(parsed.value.functions, {today: expected.today});
      functions += report.functions.length;
      for (const fn of report.functions) for (const f of fn.findings) if (f.severity === 'error') (errors[file] ??= []).push({function: fn.name, rule: f.rule});
      if (report.account.some((f) => f.severity === 'error')) (errors[file] ??= []).push({function: 'account', rule: report.account.find((f) => f.severity === 'error')!.rule});
    } catch (error) {
      crashes.push(`${file}: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }

  it('has at least 150 templates and checks hundreds of functions', () => {
    expect(files.length).toBeGreaterThanOrEqual(150);
    expect(functions).toBeGreaterThan(500);
  });
  it('never crashes and never refuses a valid file', () => {
    expect(crashes).toEqual([]);
    expect(refusals).toEqual([]);
  });
  it('skips exactly the files for other clouds', () => {
    expect(skipped.every((line) => /provider\.name is "(azure|google|openwhisk|kubeless|spotinst|tencent|cloudflare|twilio|knative|aliyun|huawei|fn)"/.test(line)), skipped.join('\n')).toBe(true);
    expect(skipped).toHaveLength(60);
  });
  it('reports exactly the reviewed errors, each with its reason', () => {
    const reviewed = Object.fromEntries(Object.entries(expected.files).map(([file, list]) => [file, list.map(({function: fn, rule}) => ({function: fn, rule}))]));
    expect(errors).toEqual(reviewed);
    for (const list of Object.values(expected.files)) for (const entry of list) expect(entry.why.length, `${entry.function} ${entry.rule}`).toBeGreaterThan(30);
  });
});
