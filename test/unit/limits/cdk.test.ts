import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {memoryIO} from '../../../src/cli/io.ts';
import {main} from '../../../src/cli/main.ts';

const read = (name: string) => readFileSync(new URL(`../../fixtures/cdk/cdk.out/${name}`, import.meta.url), 'utf8');

describe('CDK synth output (cdk.out/*.template.json)', () => {
  it('checks the synthesized functions and names each finding\'s construct path', async () => {
    const io = memoryIO({'cdk.out/with-paths.template.json': read('with-paths.template.json'), 'cdk.out/aws-cdk-lambda-1.template.json': read('aws-cdk-lambda-1.template.json'), 'cdk.out/manifest.json': '{"version": "36.0.0"}', 'cdk.out/tree.json': '{}'});
    expect(await main(['check', 'cdk.out', '--json', '--today', '2026-12-02'], io)).toBe(0);
    const {files, summary} = JSON.parse(io.stdout);
    expect(summary).toMatchObject({files: 2, skipped: 0, functions: 4, errors: 0});
    const withPaths = files.find((f: {file: string}) => f.file.endsWith('with-paths.template.json'));
    expect(withPaths.functions.map((fn: {name: string; path?: string}) => [fn.name, fn.path])).toEqual([['MyLambdaCCE802FB', 'aws-cdk-lambda-1/MyLambda/Resource'], ['MySnapStartLambda8F562E6E', 'aws-cdk-lambda-1/MySnapStartLambda/Resource']]);
    // nodejs18.x was deprecated on 2025-09-01 (create blocked from 2027-02-01): a warning.
    expect(withPaths.functions[0].findings.map((f: {rule: string; severity: string}) => `${f.rule}:${f.severity}`)).toEqual(['runtime.deprecated:warning']);
    const sarif = memoryIO({'t.json': read('with-paths.template.json')});
    await main(['check', 't.json', '--format', 'sarif', '--today', '2026-12-02'], sarif);
    const result = JSON.parse(sarif.stdout).runs[0].results[0];
    expect(result.locations[0].logicalLocations[0]).toEqual({name: 'MyLambdaCCE802FB', fullyQualifiedName: 'aws-cdk-lambda-1/MyLambda/Resource', kind: 'resource'});
    const text = memoryIO({'t.json': read('with-paths.template.json')});
    await main(['check', 't.json', '--today', '2026-12-02'], text);
    expect(text.stdout).toContain('MyLambdaCCE802FB [aws-cdk-lambda-1/MyLambda/Resource] (line ');
  });
});
