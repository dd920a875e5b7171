import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkFunctions} from '../../../src/core/limits/checkFunctions.ts';
import {parseConfigText} from '../../../src/core/limits/parse/parseConfigText.ts';

/** Every ```yaml block marked `pattern` on a page, with its title. */
const templatesOf = (page: string) =>
  [...readFileSync(join(process.cwd(), page), 'utf8').matchAll(/```yaml title="([^"]+)" pattern\n([\s\S]*?)\n```/g)].map((m) => ({name: m[1]!, body: m[2]!}));
const text = readFileSync(join(process.cwd(), 'docs/patterns/index.mdx'), 'utf8');
const gallery = templatesOf('docs/patterns/index.mdx');
const templates = [...gallery, ...templatesOf('docs/basics/first-function.mdx')];

describe('patterns gallery templates', () => {
  it('has the six patterns, each with a diagram', () => {
    expect(gallery.map((t) => t.name)).toEqual(['api-dynamodb.yaml', 'queue-worker.yaml', 'fan-out.yaml', 'scheduled-job.yaml', 's3-processing.yaml', 'webhook-durable.yaml']);
    expect([...text.matchAll(/```mermaid\n/g)]).toHaveLength(6);
  });

  it('also checks the first-function walk-through', () => {
    expect(templates.map((t) => t.name)).toContain('template.yaml');
  });

  it.each(templates)('$name parses and passes the limits checker with no errors or warnings', ({body}) => {
    const parsed = parseConfigText(body);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.format).toBe('cloudformation');
    expect(parsed.value.functions.length).toBeGreaterThan(0);
    const report = checkFunctions(parsed.value.functions, {today: '2026-12-02'});
    const findings = report.functions.flatMap((fn) => fn.findings.map((f) => `${fn.name}: ${f.rule} (${f.severity}) ${f.message}`));
    expect(findings).toEqual([]);
  });
});

describe('the quotas page live example', () => {
  it('is a template the checker rejects for memory and timeout, as the page says', () => {
    const page = readFileSync(join(process.cwd(), 'docs/limits/quotas.mdx'), 'utf8');
    const body = /export const TOO_BIG = `([\s\S]*?)`;/.exec(page)?.[1];
    expect(body).toBeDefined();
    const parsed = parseConfigText(body!);
    if (!parsed.ok) throw new Error(parsed.error);
    const findings = checkFunctions(parsed.value.functions, {today: '2026-12-02'}).functions.flatMap((fn) => fn.findings);
    const errors = findings.filter((f) => f.severity === 'error').map((f) => f.rule);
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors.some((r) => /memory/i.test(r))).toBe(true);
    expect(errors.some((r) => /timeout/i.test(r))).toBe(true);
  });
});
