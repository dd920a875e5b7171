import {useEffect, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import {usePrismTheme} from '@docusaurus/theme-common';
import type {Props} from '@theme/CodeBlock/Content';
import Line from '@theme/CodeBlock/Line';
import {loadHighlighter, loadedHighlighter, type Highlighter} from './loadHighlighter';
import {useBuildTimeTokens} from './buildTimeTokens';
import Pre, {Code} from './Pre';
import TokenLines from './TokenLines';

type LineProps = Parameters<typeof Line>[0];
const plainLineProps: LineProps['getLineProps'] = ({className, style}) => ({className: clsx('token-line', className), style});
const plainTokenProps: LineProps['getTokenProps'] = ({token}) => ({className: 'token plain', children: token.content});

/**
 * A code block from MDX is coloured from the tokens made at build time (src/remark/codeTokens.ts),
 * in the HTML and in the browser, with no Prism at all. The theme's own version runs Prism on every
 * page during hydration, and its client module loads Prism's languages on every page, code or none.
 * Any other block (code a widget renders) is plain lines first (same markup, so nothing moves), and
 * Prism comes in its own lazy chunks ("code-highlighter", "code-highlighter-prism") once a block nears the
 * screen and the browser is idle, then colours the block.
 */
export default function CodeBlockContent({className}: Props): ReactNode {
  const {metadata, wordWrap} = useCodeBlockContext();
  const prismTheme = usePrismTheme();
  const builtTokens = useBuildTimeTokens(metadata.code);
  const [Highlighted, setHighlighted] = useState<Highlighter | undefined>(loadedHighlighter);

  useEffect(() => {
    if (Highlighted || builtTokens) return undefined;
    let live = true;
    // If the chunk fails to load the block stays plain, readable text.
    const highlight = () => void loadHighlighter().then((component) => live && setHighlighted(() => component), () => undefined);
    // Only when the block comes near the screen: a page whose code is further down does not spend
    // its first seconds on Prism (that long task was most of the blocking time on concept pages).
    const block = wordWrap.codeBlockRef.current;
    if (!block || typeof IntersectionObserver !== 'function') {
      highlight();
      return () => {
        live = false;
      };
    }
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      highlight();
    }, {rootMargin: '400px 0px'});
    observer.observe(block);
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [Highlighted, builtTokens, wordWrap.codeBlockRef]);

  if (builtTokens) return <TokenLines className={className} tokens={builtTokens} />;
  if (Highlighted) return <Highlighted className={className} />;
  const {code, language, lineNumbersStart, lineClassNames} = metadata;
  return (
    <Pre ref={wordWrap.codeBlockRef} className={clsx(className, 'prism-code', `language-${language}`)} style={prismTheme.plain}>
      <Code lineNumbersStart={lineNumbersStart}>
        {code.split('\n').map((text, i) => (
          <Line key={i} line={[{types: ['plain'], content: text}]} getLineProps={plainLineProps} getTokenProps={plainTokenProps} classNames={lineClassNames[i]} showLineNumbers={lineNumbersStart !== undefined} />
        ))}
      </Code>
    </Pre>
  );
}
