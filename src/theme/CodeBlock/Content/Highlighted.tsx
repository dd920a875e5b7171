import type {ReactNode} from 'react';
import clsx from 'clsx';
import {Highlight, Prism} from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import {usePrismTheme} from '@docusaurus/theme-common';
import Line from '@theme/CodeBlock/Line';
import Pre, {Code} from './Pre';

// Loaded only by ./loadHighlighter (its own chunk). The theme registers the extra languages
// (themeConfig.prism.additionalLanguages) from an every-page client module; that module is
// swapped for an empty one in docusaurus.config.ts, so they are registered here, once.
prismIncludeLanguages(Prism as Parameters<typeof prismIncludeLanguages>[0]);

/** The code block coloured by Prism: the classic theme's CodeBlock/Content. */
export default function Highlighted({className}: {className?: string}): ReactNode {
  const {metadata, wordWrap} = useCodeBlockContext();
  const prismTheme = usePrismTheme();
  const {code, language, lineNumbersStart, lineClassNames} = metadata;
  return (
    <Highlight theme={prismTheme} code={code} language={language}>
      {({className: prismClass, style, tokens, getLineProps, getTokenProps}) => (
        <Pre ref={wordWrap.codeBlockRef} className={clsx(className, prismClass)} style={style}>
          <Code lineNumbersStart={lineNumbersStart}>
            {tokens.map((line, i) => (
              <Line key={i} line={line} getLineProps={getLineProps} getTokenProps={getTokenProps} classNames={lineClassNames[i]} showLineNumbers={lineNumbersStart !== undefined} />
            ))}
          </Code>
        </Pre>
      )}
    </Highlight>
  );
}
