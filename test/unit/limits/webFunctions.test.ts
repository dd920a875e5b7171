/** Lambda Web Function resources in a template: no finding meant for AWS::Lambda::Function, one note that they are not checked. */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {memoryIO} from '../../../src/cli/io.ts';
import {main} from '../../../src/cli/main.ts';
import {checkFunctions} from '../../../src/core/limits/checkFunctions.ts';
import {parseConfigText} from '../../../src/core/limits/parse/parseConfigText.ts';

const template = readFileSync(new URL('../../fixtures/limits/web-function.yaml', import.meta.url), 'utf8');
const TODAY = {today: '2026-12-03'};

function check(text: string, ignore?: string[]) {
  const parsed = parseConfigText(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return {parsed: parsed.value, report: checkFunctions(parsed.value.functions, {...TODAY, ...(ignore ? {ignore} : {})}, parsed.value.templateFindings)};
}

describe('Web Function resources in the limits checker', () => {
  const {parsed, report} = check(template);

  it('are not read as functions: only the Event Function is, and it has no findings', () => {
    expect(parsed.functions.map((fn) => fn.name)).toEqual(['Worker']);
    expect(report.functions).toEqual([expect.objectContaining({name: 'Worker', findings: []})]);
  });

  it('get one note that names them, at the first one\'s line, and says why they are not checked', () => {
    expect(report.account).toHaveLength(1);
    const note = report.account[0]!;
    expect(note).toMatchObject({rule: 'webFunction.notChecked', severity: 'note', source: 'https://docs.aws.amazon.com/lambda/latest/dg/web-functions.html'});
    expect(note.message).toMatch(/^Line 6, column 3: Site, SiteRevision and SiteEndpoint are Lambda Web Function resources, not checked/);
    expect(note.message).toContain('nodejs24.x only, arm64 only, a 3–900 s request timeout, 1–128 requests per environment');
  });

  it('can be ignored like any rule, and is absent from templates without Web Functions', () => {
    expect(check(template, ['webFunction.']).report.account).toEqual([]);
    const eventOnly = template.replace(/ {2}Site:[\s\S]*?(?= {2}Worker:)/, '');
    expect(check(eventOnly).parsed.templateFindings).toBeUndefined();
  });

  it('lambda-lab check exits 0 and prints the note', async () => {
    const io = memoryIO({'template.yaml': template});
    expect(await main(['check', 'template.yaml', '--today', '2026-12-03'], io)).toBe(0);
    expect(io.stdout).toContain('i note    webFunction.notChecked: Line 6, column 3: Site, SiteRevision and SiteEndpoint');
  });
});
