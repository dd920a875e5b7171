import {useEffect, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import {usePrismTheme} from '@docusaurus/theme-common';
import type {Props} from '@theme/CodeBlock/Content';
import Line from '@theme/CodeBlock/Line';
import {loadHighlighter, loadedHighlighter, type Highlighter} from './loadHighlighter';
import Pre, {Code} from './Pre';

type LineProps = Parameters<typeof Line>[0];
const plainLineProps: LineProps['getLineProps'] = ({className, style}) => ({className: clsx('token-line', className), style});
const plainTokenProps: LineProps['getTokenProps'] = ({token}) => ({className: 'token plain', children: token.content});

/**
 * A code block that is plain text first and coloured later. The theme's own version runs Prism on
 * every page during hydration, and its client module loads Prism's languages on every page, code or
 * none. Here the HTML holds the code as plain lines (same markup, so nothing moves), and Prism comes
 * in its own lazy chunk ("code-highlighter") once the browser is idle, then colours the block.
 */
export default function CodeBlockContent({className}: Props): ReactNode {
  const {metadata, wordWrap} = useCodeBlockContext();
  const prismTheme = usePrismTheme();
  const [Highlighted, setHighlighted] = useState<Highlighter | undefined>(loadedHighlighter);

  useEffect(() => {
    if (Highlighted) return undefined;
    let live = true;
    // If the chunk fails to load the block stays plain, readable text.
    loadHighlighter().then((component) => live && setHighlighted(() => component), () => undefined);
    return () => {
      live = false;
    };
  }, [Highlighted]);

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
