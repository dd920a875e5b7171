import {createContext, useContext, useMemo} from 'react';
import type {Token} from 'prism-react-renderer';
import type {CodeTokenLines} from '../../../remark/codeTokens';

/**
 * The Prism tokens src/remark/codeTokens.ts made for an MDX code block at build time, handed from
 * the MDX `code` element (src/theme/MDXComponents.tsx) to CodeBlock/Content.
 */
export const BuildTimeTokens = createContext<CodeTokenLines | undefined>(undefined);

/** Reads a block's `data-tokens` attribute; anything but the expected shape is ignored (the block then colours lazily). */
export function parseTokenLines(json: unknown): CodeTokenLines | undefined {
  if (typeof json !== 'string') return undefined;
  try {
    const lines: unknown = JSON.parse(json);
    const valid = Array.isArray(lines) && lines.every((line) => Array.isArray(line) && line.every((t) => Array.isArray(t) && t.length === 2 && typeof t[0] === 'string' && typeof t[1] === 'string'));
    return valid ? (lines as CodeTokenLines) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The block's tokens as prism-react-renderer shapes them, if they were made from this very code:
 * the theme may have changed the text since (magic comments are taken out), and then the block
 * falls back to colouring in the browser.
 */
export function useBuildTimeTokens(code: string): Token[][] | undefined {
  const lines = useContext(BuildTimeTokens);
  return useMemo(() => (lines ? tokensFor(lines, code) : undefined), [lines, code]);
}

/** The tokens as prism-react-renderer shapes them, or undefined if they are not of exactly this code. */
export function tokensFor(lines: CodeTokenLines, code: string): Token[][] | undefined {
  // normalizeTokens marks an empty line as one token "\n" with `empty`.
  const isEmpty = (line: CodeTokenLines[number]) => line.length === 1 && line[0]![1] === '\n';
  const text = lines.map((line) => (isEmpty(line) ? '' : line.map((t) => t[1]).join(''))).join('\n');
  if (text !== code) return undefined;
  return lines.map((line) => line.map(([types, content]) => (isEmpty(line) ? {types: types.split(' '), content, empty: true} : {types: types.split(' '), content})));
}
