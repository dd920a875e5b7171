import {readFileSync} from 'node:fs';
import {relative} from 'node:path';
import fc from 'fast-check';
import {createElement as h, type CSSProperties, type ReactNode} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {Highlight, themes, type PrismTheme, type Token} from 'prism-react-renderer';
import {describe, expect, it} from 'vitest';
import remarkCodeTokens, {tokenizeCode, type CodeTokenLines} from '../../../src/remark/codeTokens.ts';
import {parseTokenLines, tokensFor} from '../../../src/theme/CodeBlock/Content/buildTimeTokens.ts';
import {lineProps, themeToDict, tokenProps} from '../../../src/theme/CodeBlock/Content/themeStyles.ts';
import {accessiblePrismTheme} from '../../../src/utils/accessiblePrismTheme.ts';
import {ROOT, docFiles} from '../../support/docFiles.ts';
import {listCodeBlocks} from '../../support/extractDocSamples.ts';

/** Every fenced block in the docs but diagrams: the code the site really shows. */
const blocks = docFiles()
  .flatMap((path) => listCodeBlocks(readFileSync(path, 'utf8'), relative(ROOT, path)))
  .filter((block) => block.lang !== 'mermaid')
  .map((block) => ({where: `${block.file}:${block.line}`, language: block.lang || 'text', code: block.code}));

const THEMES: [string, PrismTheme][] = [
  ['light', accessiblePrismTheme(themes.github)],
  ['dark', accessiblePrismTheme(themes.dracula)],
];

type Props = {className?: string; style?: CSSProperties; children?: ReactNode};
type LineFn = (input: {line: Token[]}) => Props;
type TokenFn = (input: {token: Token}) => Props;
const lines = (tokens: Token[][], getLineProps: LineFn, getTokenProps: TokenFn) =>
  tokens.map((line, i) => h('div', {key: i, ...getLineProps({line})}, line.map((token, j) => h('span', {key: j, ...getTokenProps({token})}))));

/** prism-react-renderer's own output in the browser (what the lazy highlighter used to draw). */
function libraryMarkup(code: string, language: string, theme: PrismTheme): string {
  return renderToStaticMarkup(
    h(Highlight, {code, language, theme, children: ({tokens, style, getLineProps, getTokenProps}) => h('pre', {style}, lines(tokens, getLineProps as LineFn, getTokenProps as TokenFn))}),
  );
}

/** The page's output from build-time tokens, after the trip through the HTML attribute. */
function buildTimeMarkup(code: string, language: string, theme: PrismTheme): string {
  const parsed = parseTokenLines(JSON.stringify(tokenizeCode(code, language)));
  const tokens = parsed && tokensFor(parsed, code);
  if (!tokens) throw new Error(`no tokens for ${JSON.stringify(code.slice(0, 40))}`);
  const dict = themeToDict(theme, language);
  return renderToStaticMarkup(h('pre', {style: dict.root}, lines(tokens, lineProps(dict) as LineFn, tokenProps(dict) as TokenFn)));
}

describe('code blocks coloured at build time', () => {
  it('the docs have code in the languages the site registers', () => {
    expect(blocks.length).toBeGreaterThan(100);
    for (const language of ['bash', 'yaml', 'js', 'json', 'python']) expect(blocks.some((b) => b.language === language), language).toBe(true);
  });

  it('every docs block draws exactly what prism-react-renderer draws, in both themes', () => {
    for (const {where, language, code} of blocks) {
      for (const [name, theme] of THEMES) expect(buildTimeMarkup(code, language, theme), `${where} (${language}, ${name})`).toBe(libraryMarkup(code, language, theme));
    }
  });

  it('colours bash (an additional language) and leaves an unknown language plain', () => {
    expect(tokenizeCode('echo "hi"', 'bash').flat().map((t) => t[0])).toContain('builtin class-name');
    expect(tokenizeCode('a b\n\nc', 'no-such-language')).toEqual([[['plain', 'a b']], [['plain', '\n']], [['plain', 'c']]]);
  });

  it('any text in any language comes back as the same text, and draws like the library', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 200}), fc.constantFrom('bash', 'yaml', 'js', 'json', 'python', 'ts', 'tsx', 'go', 'text'), (code, language) => {
        const parsed = parseTokenLines(JSON.stringify(tokenizeCode(code, language)));
        const tokens = parsed && tokensFor(parsed, code);
        // \r is a line break to Prism's normalizeTokens: such code is not rebuilt, and colours lazily instead.
        if (code.includes('\r')) {
          expect(tokens).toBeUndefined();
          return;
        }
        expect(tokens?.map((line) => (line.length === 1 && line[0]!.empty ? '' : line.map((t) => t.content).join(''))).join('\n')).toBe(code);
        expect(buildTimeMarkup(code, language, THEMES[0]![1])).toBe(libraryMarkup(code, language, THEMES[0]![1]));
      }),
      {numRuns: 300},
    );
  });

  it('tokens for other text (the theme took magic comments out) are not used', () => {
    const tokens = parseTokenLines(JSON.stringify(tokenizeCode('a\n// highlight-next-line\nb', 'js')))!;
    expect(tokensFor(tokens, 'a\nb')).toBeUndefined();
  });

  it('a malformed data-tokens attribute is ignored, never thrown', () => {
    for (const bad of [undefined, 3, '', '{', '{}', '[1]', '[[["a"]]]', '[[["a",1]]]', '[[["a","b","c"]]]']) expect(parseTokenLines(bad), String(bad)).toBeUndefined();
    expect(parseTokenLines('[[["plain","x"]]]')).toEqual([[['plain', 'x']]]);
  });

  it('the remark plugin puts the tokens on every code block but diagrams', () => {
    const tree = {
      type: 'root',
      children: [
        {type: 'code', lang: 'js', value: 'let a = 1'},
        {type: 'code', lang: 'mermaid', value: 'flowchart LR\n  a --> b'},
        {type: 'blockquote', children: [{type: 'code', lang: null, value: 'plain'}]},
      ],
    };
    remarkCodeTokens()(tree);
    const [js, mermaid, quote] = tree.children as {data?: {hProperties?: Record<string, string>}; children?: {data?: {hProperties?: Record<string, string>}}[]}[];
    expect(JSON.parse(js!.data!.hProperties!['data-tokens']!) as CodeTokenLines).toEqual(tokenizeCode('let a = 1', 'js'));
    expect(mermaid!.data).toBeUndefined();
    expect(JSON.parse(quote!.children![0]!.data!.hProperties!['data-tokens']!)).toEqual([[['plain', 'plain']]]);
  });
});
