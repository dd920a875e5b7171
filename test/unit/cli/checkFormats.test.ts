import {createRequire} from 'node:module';
// lambda-lab check: CI output formats, --fail-on, --ignore, many files and directories.
import {readFileSync} from 'node:fs';
import Ajv from 'ajv-draft-04';
import {describe, expect, it} from 'vitest';
import {memoryIO} from '../../../src/cli/io.ts';
import {main} from '../../../src/cli/main.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/limits/${name}`, import.meta.url), 'utf8');
// SARIF 2.1.0 (rtm.5, the final schema) as shipped by the npm package @microsoft/jest-sarif (MIT).
const schema = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
const TODAY = ['--today', '2026-12-02'];
const files = {'infra/sam.yaml': fixture('sam-app.yaml'), 'infra/cfn.json': fixture('cfn-stack.json'), 'infra/sls/serverless.yml': fixture('serverless.yml'), 'infra/README.md': '# not a template', 'infra/package.json': '{"name": "x"}', 'infra/node_modules/dep/template.yaml': 'Resources: {A: {Type: AWS::Lambda::Function}}', 'infra/azure/serverless.yml': 'service: a\nprovider: {name: azure}\nfunctions: {f: {handler: h}}\n', 'infra/other.yaml': 'key: value\n'};

async function run(args: string[], input: Record<string, string> = files) {
  const io = memoryIO(input);
  const code = await main(['check', ...args, ...TODAY], io);
  return {code, stdout: io.stdout, stderr: io.stderr};
}

describe('check --format sarif', () => {
  it('is valid SARIF 2.1.0 (the OASIS schema), with rule ids, help URIs and line regions', async () => {
    const {code, stdout} = await run(['infra', '--format', 'sarif']);
    expect(code).toBe(1);
    const sarif = JSON.parse(stdout);
    const ajv = new Ajv({strict: false, allErrors: true, logger: false, unicodeRegExp: false});
    const validate = ajv.compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const results = sarif.runs[0].results as {ruleId: string; level: string; locations: {physicalLocation: {artifactLocation: {uri: string}; region?: {startLine: number}}}[]}[];
    expect(results.length).toBeGreaterThan(5);
    const snap = results.find((r) => r.ruleId === 'snapstart.provisioned')!;
    expect(snap.level).toBe('error');
    expect(snap.locations[0]!.physicalLocation).toMatchObject({artifactLocation: {uri: 'infra/sam.yaml'}, region: {startLine: expect.any(Number)}});
    const rules = sarif.runs[0].tool.driver.rules as {id: string; helpUri: string}[];
    expect(rules.every((rule) => rule.helpUri.startsWith('https://'))).toBe(true);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });
  it('a file with no findings is still valid SARIF', async () => {
    const {code, stdout} = await run(['ok.yaml', '--format', 'sarif'], {'ok.yaml': 'Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties: {Runtime: python3.13, Handler: a.b, Role: r, Code: {ZipFile: x}}\n'});
    expect(code).toBe(0);
    const validate = new Ajv({strict: false, logger: false, unicodeRegExp: false}).compile(schema);
    expect(validate(JSON.parse(stdout))).toBe(true);
    // The validator is not a rubber stamp: a wrong level fails.
    expect(validate({version: '2.1.0', runs: [{tool: {driver: {name: 'x'}}, results: [{level: 'fatal', message: {text: 'a'}}]}]})).toBe(false);
  });
});

describe('check --format junit and github', () => {
  it('junit: one suite per file, a failing test case per function with errors', async () => {
    const {stdout} = await run(['infra/sam.yaml', 'infra/sls/serverless.yml', '--format', 'junit']);
    expect(stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="lambda-lab check" tests="6" failures="\d+">/);
    expect(stdout).toContain('<testsuite name="infra/sam.yaml" tests="3"');
    expect(stdout).toMatch(/<testcase classname="infra\/sam.yaml" name="PricingFunction">\n {6}<failure message="1 finding at error or above: snapstart.provisioned"/);
    expect(stdout.match(/<testcase /g)).toHaveLength(6);
  });
  it('github: one workflow command per finding, on its file and line', async () => {
    const {stdout} = await run(['infra/sam.yaml', '--format', 'github']);
    const lines = stdout.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^lambda-lab check: 1 file \(0 skipped\), 3 functions: 1 error, /);
    expect(lines.find((l) => l.startsWith('::error '))).toMatch(/^::error file=infra\/sam.yaml,line=\d+,col=\d+,title=lambda-lab snapstart.provisioned::PricingFunction: /);
    expect(lines.some((l) => l.startsWith('::notice '))).toBe(true);
  });
});

describe('check --fail-on and --ignore', () => {
  const warningsOnly = {'w.yaml': 'Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n    Properties: {Runtime: python3.13, Handler: a.b, Timeout: 60, Events: {Get: {Type: Api}}}\n'};
  it('exit 1 at the chosen severity', async () => {
    expect((await run(['w.yaml'], warningsOnly)).code).toBe(0);
    expect((await run(['w.yaml', '--fail-on', 'warning'], warningsOnly)).code).toBe(1);
    expect((await run(['w.yaml', '--fail-on', 'warning', '--ignore', 'apigw.timeout'], warningsOnly)).code).toBe(0);
    expect((await run(['w.yaml', '--fail-on', 'bad'], warningsOnly)).stderr).toMatch(/^lambda-lab check: --fail-on must be error, warning or note, got 'bad'\n$/);
    expect((await run(['w.yaml', '--format', 'xml'], warningsOnly)).stderr).toMatch(/--format must be one of text, json, sarif, junit, github/);
  });
});

describe('check on many files and directories', () => {
  it('walks a directory, skips non-templates and other clouds, and never enters node_modules', async () => {
    const {code, stdout} = await run(['infra', '--json']);
    expect(code).toBe(1);
    const parsed = JSON.parse(stdout);
    const checked = parsed.files.filter((f: {skipped?: string}) => !f.skipped).map((f: {file: string}) => f.file);
    expect(checked).toEqual(['infra/cfn.json', 'infra/sam.yaml', 'infra/sls/serverless.yml']);
    const skipped = parsed.files.filter((f: {skipped?: string}) => f.skipped);
    expect(skipped.map((f: {file: string}) => f.file)).toEqual(['infra/azure/serverless.yml', 'infra/other.yaml']);
    expect(skipped[0].skipped).toMatch(/Not an AWS template/);
    expect(parsed.summary).toMatchObject({files: 3, skipped: 2, functions: 8});
  });
  it('an explicit file that is not a template is still an error (exit 2)', async () => {
    const {code, stderr} = await run(['infra/other.yaml']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^lambda-lab check: infra\/other.yaml: Line 1, column 1: this is neither/);
  });
  it('an explicit serverless.yml for another cloud is skipped with the reason, exit 0', async () => {
    const {code, stdout} = await run(['infra/azure/serverless.yml']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/skipped \(Line \d+, column \d+: Not an AWS template: provider.name is "azure"/);
  });
});
