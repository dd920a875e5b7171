/**
 * Remark plugin: on every docs page, the first use of each glossary term in running text becomes a
 * link to its entry on the glossary page. Headings, links, code, MDX components and the glossary
 * page itself are left alone, so a link never lands inside another link or a code sample.
 * Pure tree work, no I/O: the terms come from src/data/glossary.ts.
 */
import {GLOSSARY, type GlossaryTerm} from '../data/glossary.ts';

export const GLOSSARY_PATH = '/docs/glossary';

interface Node {
  type: string;
  value?: string;
  url?: string;
  children?: Node[];
  data?: Record<string, unknown>;
}

/** Nodes whose text must never be rewritten. */
const SKIP = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'html', 'image', 'imageReference', 'definition', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm', 'yaml', 'tableCell', 'leafDirective', 'textDirective']);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Matcher {
  readonly term: GlossaryTerm;
  readonly pattern: RegExp;
}

/** One regular expression per term; longer spellings first so "reserved concurrency" wins over "concurrency". */
export function buildMatchers(terms: readonly GlossaryTerm[]): Matcher[] {
  return [...terms]
    .sort((a, b) => Math.max(...b.match.map((m) => m.length)) - Math.max(...a.match.map((m) => m.length)))
    .map((term) => {
      const spellings = [...term.match].sort((a, b) => b.length - a.length).map(escape).join('|');
      return {term, pattern: new RegExp(`(?<![\\w@/-])(${spellings})(?![\\w@-])`, 'i')};
    });
}

/** Links first uses in one tree; returns the ids of the terms it linked. */
export function linkGlossaryTerms(tree: Node, terms: readonly GlossaryTerm[] = GLOSSARY): string[] {
  const matchers = buildMatchers(terms);
  const used = new Set<string>();
  const visit = (node: Node): void => {
    if (!node.children || SKIP.has(node.type)) return;
    const out: Node[] = [];
    for (const child of node.children) {
      if (child.type === 'text' && typeof child.value === 'string') out.push(...splitText(child.value, matchers, used));
      else {
        visit(child);
        out.push(child);
      }
    }
    node.children = out;
  };
  visit(tree);
  return [...used];
}

function splitText(text: string, matchers: readonly Matcher[], used: Set<string>): Node[] {
  // Earliest match of any unused term; the rest of the text is searched again after it.
  let best: {index: number; length: number; term: GlossaryTerm} | undefined;
  for (const {term, pattern} of matchers) {
    if (used.has(term.id)) continue;
    const m = pattern.exec(text);
    if (m && (best === undefined || m.index < best.index)) best = {index: m.index, length: m[0].length, term};
  }
  if (!best) return text === '' ? [] : [{type: 'text', value: text}];
  used.add(best.term.id);
  const before = text.slice(0, best.index);
  const word = text.slice(best.index, best.index + best.length);
  const link: Node = {
    type: 'link',
    url: `${GLOSSARY_PATH}#${best.term.id}`,
    children: [{type: 'text', value: word}],
    data: {hProperties: {className: ['glossary-term'], title: `Glossary: ${best.term.term}`}},
  };
  return [...(before ? [{type: 'text', value: before}] : []), link, ...splitText(text.slice(best.index + best.length), matchers, used)];
}

interface VFileLike {
  path?: string;
  history?: string[];
}

/** The plugin for docusaurus.config.ts (docs preset remarkPlugins). */
export default function remarkGlossaryLinks() {
  return (tree: Node, file: VFileLike): void => {
    const path = file.path ?? file.history?.at(-1) ?? '';
    if (/[/\\]docs[/\\]glossary\.mdx?$/.test(path)) return;
    linkGlossaryTerms(tree);
  };
}
