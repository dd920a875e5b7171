import {createRequire} from 'node:module';
import {normalizeTokens, Prism} from 'prism-react-renderer';

// A remark plugin (docs' remarkPlugins in docusaurus.config.ts, last): every code block is split
// into Prism tokens here, at build time, and the tokens ride on the block as `data-tokens`.
// src/theme/CodeBlock/Content colours a block from them, so a page with code ships and runs no
// Prism at all (it was the longest task on concept pages). Blocks without tokens (code a widget
// renders itself) still load Prism lazily. Mermaid blocks are drawn earlier (remarkMermaidSvg).

interface MdNode {
  type: string;
  lang?: string | null;
  value?: string;
  data?: {hProperties?: Record<string, unknown>; [key: string]: unknown};
  children?: MdNode[];
}

/** A block's lines; each token is [its Prism types joined by spaces, its text]. */
export type CodeTokenLines = [types: string, content: string][][];

/** Languages Prism needs on top of prism-react-renderer's own (themeConfig.prism.additionalLanguages). */
export const ADDITIONAL_LANGUAGES = ['bash'];

let registered = false;
function registerLanguages(): void {
  if (registered) return;
  // Prism's language files extend the global Prism (as the theme's prism-include-languages does).
  const require = createRequire(__filename);
  const before = (globalThis as {Prism?: unknown}).Prism;
  (globalThis as {Prism?: unknown}).Prism = Prism;
  for (const language of ADDITIONAL_LANGUAGES) require(`prismjs/components/prism-${language}`);
  if (before === undefined) delete (globalThis as {Prism?: unknown}).Prism;
  else (globalThis as {Prism?: unknown}).Prism = before;
  registered = true;
}

/** The tokens prism-react-renderer's <Highlight> would make for this code, in a compact form. */
export function tokenizeCode(code: string, language: string): CodeTokenLines {
  registerLanguages();
  const grammar = Prism.languages[language.toLowerCase()];
  const lines = grammar ? normalizeTokens(Prism.tokenize(code, grammar)) : normalizeTokens([code]);
  return lines.map((line) => line.map((token) => [token.types.join(' '), token.content]));
}

function addTokens(node: MdNode): void {
  for (const child of node.children ?? []) {
    if (child.type === 'code' && child.lang !== 'mermaid' && typeof child.value === 'string') {
      const tokens = tokenizeCode(child.value, child.lang ?? 'text');
      child.data = {...child.data, hProperties: {...child.data?.hProperties, 'data-tokens': JSON.stringify(tokens)}};
    } else {
      addTokens(child);
    }
  }
}

export default function remarkCodeTokens() {
  return (tree: MdNode): void => addTokens(tree);
}
