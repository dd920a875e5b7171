import {useMemo, type ReactNode} from 'react';
import clsx from 'clsx';
import type {Token} from 'prism-react-renderer';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import {usePrismTheme} from '@docusaurus/theme-common';
import Line from '@theme/CodeBlock/Line';
import Pre, {Code} from './Pre';
import {lineProps, themeToDict, tokenProps} from './themeStyles';

type LineProps = Parameters<typeof Line>[0];

/** A code block coloured from its Prism tokens, made at build time or by the lazy highlighter. */
export default function TokenLines({className, tokens}: {className?: string; tokens: Token[][]}): ReactNode {
  const {metadata, wordWrap} = useCodeBlockContext();
  const prismTheme = usePrismTheme();
  const {language, lineNumbersStart, lineClassNames} = metadata;
  const dict = useMemo(() => themeToDict(prismTheme, language.toLowerCase()), [prismTheme, language]);
  const [getLineProps, getTokenProps] = useMemo(() => [lineProps(dict) as LineProps['getLineProps'], tokenProps(dict) as LineProps['getTokenProps']], [dict]);
  return (
    <Pre ref={wordWrap.codeBlockRef} className={clsx(className, 'prism-code', `language-${language.toLowerCase()}`)} style={dict.root}>
      <Code lineNumbersStart={lineNumbersStart}>
        {tokens.map((line, i) => (
          <Line key={i} line={line} getLineProps={getLineProps} getTokenProps={getTokenProps} classNames={lineClassNames[i]} showLineNumbers={lineNumbersStart !== undefined} />
        ))}
      </Code>
    </Pre>
  );
}
