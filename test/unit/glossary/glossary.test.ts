import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {GLOSSARY} from '../../../src/data/glossary.ts';
import remarkGlossaryLinks, {linkGlossaryTerms} from '../../../src/remark/glossaryLinks.ts';

interface N {type: string; value?: string; url?: string; children?: N[]; depth?: number; lang?: string}
const text = (value: string): N => ({type: 'text', value});
const p = (...children: N[]): N => ({type: 'paragraph', children});
const root = (...children: N[]): N => ({type: 'root', children});
const links = (tree: N): Array<{url: string; text: string}> => {
  const out: Array<{url: string; text: string}> = [];
  const walk = (n: N) => {
    if (n.type === 'link') out.push({url: n.url!, text: n.children!.map((c) => c.value).join('')});
    n.children?.forEach(walk);
  };
  walk(tree);
  return out;
};

describe('glossary data', () => {
  it('has unique ids, a definition and a taught page that exists for every term', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(25);
    expect(new Set(GLOSSARY.map((t) => t.id)).size).toBe(GLOSSARY.length);
    for (const t of GLOSSARY) {
      expect(t.definition.length, t.id).toBeGreaterThan(40);
      expect(t.match.length).toBeGreaterThan(0);
      const base = join(process.cwd(), 'docs', t.taught.replace(/^\/docs\//, '').replace(/#.*$/, ''));
      expect(['.md', '.mdx'].some((ext) => existsSync(base + ext)), `${t.id}: ${t.taught}`).toBe(true);
    }
  });
});

describe('linking terms on first use', () => {
  it('links only the first use of a term, keeping the original spelling', () => {
    const tree = root(p(text('A Cold start is slow. Another cold start follows.')), p(text('More cold starts.')));
    expect(linkGlossaryTerms(tree)).toEqual(['cold-start']);
    expect(links(tree)).toEqual([{url: '/docs/glossary#cold-start', text: 'Cold start'}]);
    expect(tree.children![0]!.children!.map((c) => c.value ?? 'LINK')).toEqual(['A ', 'LINK', ' is slow. Another cold start follows.']);
  });

  it('prefers the longer term ("reserved concurrency" over "concurrency"), then links the shorter one later', () => {
    const tree = root(p(text('Set reserved concurrency to cap it; concurrency is rate × duration.')));
    linkGlossaryTerms(tree);
    expect(links(tree).map((l) => l.text)).toEqual(['reserved concurrency', 'concurrency']);
  });

  it('never links inside headings, links, code or MDX components, nor inside words', () => {
    const tree = root(
      {type: 'heading', depth: 2, children: [text('Cold start')]},
      p({type: 'link', url: '/x', children: [text('cold start')]}, {type: 'inlineCode', value: 'cold start'}),
      {type: 'code', lang: 'js', value: '// cold start'},
      {type: 'mdxJsxFlowElement', children: [p(text('cold start'))]},
      p(text('supercold starts and SnapStarting are not terms; a cold start is.')),
    );
    linkGlossaryTerms(tree);
    expect(links(tree)).toEqual([{url: '/x', text: 'cold start'}, {url: '/docs/glossary#cold-start', text: 'cold start'}]);
  });

  it('leaves the glossary page itself alone', () => {
    const tree = root(p(text('A cold start.')));
    remarkGlossaryLinks()(tree, {path: '/repo/docs/glossary.mdx'});
    expect(links(tree)).toEqual([]);
    remarkGlossaryLinks()(tree, {path: '/repo/docs/intro.md'});
    expect(links(tree)).toHaveLength(1);
  });
});
