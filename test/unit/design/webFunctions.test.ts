/** Lambda Web Function resources in a design template: listed by name as not priced, with why. */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {memoryIO} from '../../../src/cli/io.ts';
import {main} from '../../../src/cli/main.ts';

const template = readFileSync(new URL('../../fixtures/limits/web-function.yaml', import.meta.url), 'utf8');

describe('Web Function resources in the design pricer', () => {
  it('lambda-lab estimate lists each by name as not priced, with the reason', async () => {
    const io = memoryIO({'template.yaml': template});
    expect(await main(['estimate', 'template.yaml', '--json'], io)).toBe(0);
    const result = JSON.parse(io.stdout) as {resources: {id: string; type: string; status: string; reason?: string}[]; notes: string[]};
    const web = result.resources.filter((r) => r.type.startsWith('AWS::Lambda::Web'));
    expect(web.map((r) => [r.id, r.status])).toEqual([['Site', 'not priced'], ['SiteRevision', 'not priced'], ['SiteEndpoint', 'not priced']]);
    for (const r of web) expect(r.reason).toBe('Web Function rates are not known to Lambda Lab yet (AWS bills requests, active CPU, memory and data transfer)');
    expect(result.notes.join(' ')).toContain('Site (AWS::Lambda::WebFunction), SiteRevision (AWS::Lambda::WebFunctionRevision), SiteEndpoint (AWS::Lambda::WebFunctionEndpoint)');
  });

  it('a design that is all Web Functions does not read as costing $0.00: the table says what the total leaves out', async () => {
    const io = memoryIO({'template.yaml': template.replace(/\n  Worker:[\s\S]*$/, '\n')});
    expect(await main(['estimate', 'template.yaml'], io)).toBe(0);
    expect(io.stdout).toMatch(/Total \(sum of rounded lines\)\s+\$0\.00\nThe total leaves out 3 resources not priced yet \(listed below\)\./);
    expect(io.stdout).toContain('No line of this design is priced yet.');
    expect(io.stdout).not.toContain('Lambda is 0.0%');
  });
});
