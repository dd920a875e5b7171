import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {MYTHS, getMyth, type Myth} from '../../../src/data/myths.ts';
import {DOCS, docFiles} from '../../support/docFiles.ts';
import {validateSourced} from '../../support/validateData.ts';

/** The file behind a doc path such as "scaling/concurrency", or null when none exists. */
function docFile(page: string): string | null {
  for (const ext of ['.mdx', '.md']) {
    const file = join(DOCS, page + ext);
    if (existsSync(file)) return file;
  }
  return null;
}


/** One message per problem with a myth entry; empty when it is valid. */
function validateMyth(myth: Myth): string[] {
  const problems = validateSourced(myth.id, myth);
  if (!/^[a-z0-9-]+$/.test(myth.id)) problems.push(`${myth.id}: id must be kebab-case`);
  for (const field of ['topic', 'olderNotesSay', 'trueNow'] as const) {
    if (myth[field].trim().length < 10) problems.push(`${myth.id}: ${field} is too short to explain anything`);
  }
  const isDate = /^\d{4}-\d{2}-\d{2}$/.test(myth.since) && !Number.isNaN(Date.parse(`${myth.since}T00:00:00Z`));
  if (!isDate && myth.since !== 'never' && myth.since !== 'unpublished') {
    problems.push(`${myth.id}: since must be YYYY-MM-DD, 'never' or 'unpublished' (got ${JSON.stringify(myth.since)})`);
  }
  if (myth.pages.length === 0) problems.push(`${myth.id}: name at least one page where the myth lives`);
  return problems;
}

describe('myths data', () => {
  it('every myth has a source, a date, a when-it-changed and real wording', () => {
    expect(MYTHS.flatMap(validateMyth)).toEqual([]);
  });

  it('ids are unique', () => {
    const ids = MYTHS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the validator catches a bad since, a short text and a missing page', () => {
    const bad = {...getMyth('billing-100ms'), since: 'Dec 2020', trueNow: 'shorter', pages: []};
    expect(validateMyth(bad)).toEqual([
      'billing-100ms: trueNow is too short to explain anything',
      "billing-100ms: since must be YYYY-MM-DD, 'never' or 'unpublished' (got \"Dec 2020\")",
      'billing-100ms: name at least one page where the myth lives',
    ]);
    expect(() => getMyth('no-such-myth')).toThrow(/unknown myth/);
  });

  it('covers the stale facts in the seed notes and the SAA-C03 trap list', () => {
    const ids = new Set(MYTHS.map((m) => m.id));
    for (const id of ['billing-100ms', 'memory-3gb', 'tmp-fixed-512', 'burst-concurrency', 'async-three-retries', 'async-256kb', 'default-vpc', 'vcpu-at-1-5gb', 'init-is-free', 'snapstart-java-only']) {
      expect(ids, id).toContain(id);
    }
  });
});

describe('myths on pages', () => {
  it('each myth is shown on every page it names', () => {
    const problems: string[] = [];
    for (const myth of MYTHS) {
      for (const page of myth.pages) {
        const file = docFile(page);
        if (!file) problems.push(`${myth.id}: page docs/${page}.mdx does not exist`);
        else if (!readFileSync(file, 'utf8').includes(`<MythCard id="${myth.id}"`)) {
          problems.push(`${myth.id}: docs/${page} does not show <MythCard id="${myth.id}" />`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('every <MythCard id> in the docs names a known myth', () => {
    const known = new Set<string>(MYTHS.map((m) => m.id));
    const unknown: string[] = [];
    for (const file of docFiles()) {
      for (const match of readFileSync(file, 'utf8').matchAll(/<MythCard id="([^"]+)"/g)) {
        if (!known.has(match[1]!)) unknown.push(`${file}: ${match[1]}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('the myths page gathers them all', () => {
    const file = docFile('myths');
    expect(file).not.toBeNull();
    expect(readFileSync(file!, 'utf8')).toMatch(/<MythList\s*\/>/);
  });
});
