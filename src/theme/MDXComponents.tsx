import {useMemo, type ComponentProps, type ReactNode} from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import Diagram from '@site/src/components/Diagram';
import Quota from '@site/src/components/Quota';
import ScrollRegion from '@site/src/components/ScrollRegion';
import {BuildTimeTokens, parseTokenLines} from './CodeBlock/Content/buildTimeTokens';

// Only small components used across many pages belong here: everything registered is bundled
// for every page. Widgets are imported explicitly by the pages that use them.
//
// Markdown tables can be wider than a phone; wrap them so they scroll sideways and can be reached by
// keyboard when they do. Diagram is what ```mermaid blocks become at build time (src/remark/remarkMermaidSvg.ts).

/** A code element with the tokens src/remark/codeTokens.ts made at build time: they go to CodeBlock/Content by context. */
function CodeWithTokens({'data-tokens': json, ...props}: ComponentProps<'code'> & {'data-tokens'?: string}): ReactNode {
  const tokens = useMemo(() => parseTokenLines(json), [json]);
  const Code = MDXComponents.code;
  if (!tokens) return <Code {...props} />;
  return (
    <BuildTimeTokens.Provider value={tokens}>
      <Code {...props} />
    </BuildTimeTokens.Provider>
  );
}

export default {
  ...MDXComponents,
  code: CodeWithTokens,
  Diagram,
  Quota,
  table: (props: ComponentProps<'table'>): ReactNode => (
    <ScrollRegion label="Table">
      <table {...props} />
    </ScrollRegion>
  ),
};
