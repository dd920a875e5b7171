import {readFileSync} from 'node:fs';
import {relative} from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';
import {invokeHandler} from '../../../src/sandbox/node/invokeHandler.ts';
import {ROOT, docFiles} from '../../support/docFiles.ts';
import {checkGoSample, extractSamples, listCodeBlocks, type DocSample} from '../../support/extractDocSamples.ts';


const files = docFiles().map((path) => ({path: relative(ROOT, path), text: readFileSync(path, 'utf8')}));
const extractions = files.map((file) => extractSamples(file.text, file.path));
const samples: DocSample[] = extractions.flatMap((e) => e.samples);
const runnable = samples.filter((s) => s.outcome.skip === undefined);
const goBlocks = files.flatMap((file) => listCodeBlocks(file.text, file.path)).filter((b) => b.lang === 'go');

describe('the sample extractor', () => {
  const fixture = [
    '```js title="index.mjs" sample',
    'export const handler = async (event) => ({ double: event.n * 2 });',
    '```',
    '',
    `<SampleOutcome event='{"n":2}' result='{"double":4}' />`,
    '',
    '```js',
    'export const handler = async () => 1;',
    '```',
    '',
    '```ts sample',
    'export const handler = async (): Promise<number> => 1;',
    '```',
    'Some prose instead of an outcome.',
    '',
    '```js sample',
    'export const handler = async () => { throw new Error("x"); };',
    '```',
    `<SampleOutcome event='{bad json}' error='Error' />`,
  ].join('\n');

  it('reads the code, the language and the expected outcome', () => {
    const {samples: found} = extractSamples(fixture, 'fixture.mdx');
    expect(found).toEqual([
      {file: 'fixture.mdx', line: 1, lang: 'js', code: 'export const handler = async (event) => ({ double: event.n * 2 });', outcome: {event: {n: 2}, result: {double: 4}}},
    ]);
  });

  it('reports unmarked handlers, missing outcomes and bad JSON with file and line', () => {
    expect(extractSamples(fixture, 'fixture.mdx').problems).toEqual([
      'fixture.mdx:7: handler sample is not marked `sample` with an expected outcome',
      'fixture.mdx:11: sample must be followed by <SampleOutcome … /> stating the expected outcome',
      'fixture.mdx:16: event is not valid JSON: {bad json}',
    ]);
  });

  it('finds fences of any length and ignores code that is not a handler', () => {
    const text = '````md\n```js\nexport const handler = 1\n```\n````\n\n```bash\necho hi\n```';
    expect(listCodeBlocks(text, 'f.md').map((b) => b.lang)).toEqual(['md', 'bash']);
    expect(extractSamples(text, 'f.md')).toEqual({samples: [], problems: []});
  });

  it('checks Go samples for syntax-level sanity', () => {
    const good = 'package main\n\nimport (\n\t"fmt"\n\t"github.com/aws/aws-lambda-go/lambda"\n)\n\nfunc h() (string, error) { return fmt.Sprint("}"), nil }\n\nfunc main() {\n\tlambda.Start(h)\n}\n';
    expect(checkGoSample(good)).toEqual([]);
    expect(checkGoSample(good.replace('return fmt', 'return (fmt'))).toEqual(["unbalanced '}'"]);
    expect(checkGoSample(good.replace('\t"fmt"\n', '\t"fmt"\n\t"os"\n'))).toEqual(['import "os" is not used']);
    expect(checkGoSample('package lib\n')).toEqual(['missing `package main`', 'missing `func main()`', 'main does not call lambda.Start']);
  });
});

describe('docs code samples', () => {
  it('every handler sample in the docs is marked with a well-formed expected outcome', () => {
    expect(extractions.flatMap((e) => e.problems)).toEqual([]);
    // Guard against the extractor silently finding nothing.
    expect(samples.length).toBeGreaterThanOrEqual(15);
    expect(runnable.length).toBeGreaterThanOrEqual(12);
  });

  it('every JS/TS sample parses', () => {
    const problems: string[] = [];
    for (const sample of samples) {
      const out = ts.transpileModule(sample.code, {
        reportDiagnostics: true,
        fileName: sample.lang === 'ts' ? 'sample.ts' : 'sample.mjs',
        compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, allowJs: true},
      });
      for (const d of out.diagnostics ?? []) problems.push(`${sample.file}:${sample.line}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('every Go sample passes the syntax-level check', () => {
    expect(goBlocks.length).toBeGreaterThanOrEqual(1);
    const problems = goBlocks
      .filter((b) => /^package /m.test(b.code))
      .flatMap((b) => checkGoSample(b.code).map((p) => `${b.file}:${b.line}: ${p}`));
    expect(problems).toEqual([]);
  });

  // One test per runnable sample, named by file and line, so a failure says which tutorial rotted.
  for (const sample of runnable) {
    it(`${sample.file}:${sample.line} gives its stated outcome in the playground engine`, async () => {
      const run = await invokeHandler({
        code: sample.code,
        filename: sample.lang === 'ts' ? 'index.ts' : 'index.mjs',
        event: sample.outcome.event ?? {},
        timeoutMs: 5_000,
        memoryMB: 128,
      });
      if (sample.outcome.error !== undefined) {
        expect(run.error?.errorType).toBe(sample.outcome.error);
      } else {
        expect(run.error).toBeNull();
        expect(run.result).toEqual(sample.outcome.result);
      }
      expect(run.logs.some((line) => line.startsWith('REPORT RequestId:'))).toBe(true);
    }, 30_000);
  }
});
