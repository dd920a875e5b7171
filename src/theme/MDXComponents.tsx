import type {ComponentProps, ReactNode} from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import Diagram from '@site/src/components/Diagram';
import Quota from '@site/src/components/Quota';
import ScrollRegion from '@site/src/components/ScrollRegion';

// Only small components used across many pages belong here: everything registered is bundled
// for every page. Widgets are imported explicitly by the pages that use them.
//
// Markdown tables can be wider than a phone; wrap them so they scroll sideways and can be reached by
// keyboard when they do. Diagram is what ```mermaid blocks become at build time (src/remark/remarkMermaidSvg.ts).

export default {
  ...MDXComponents,
  Diagram,
  Quota,
  table: (props: ComponentProps<'table'>): ReactNode => (
    <ScrollRegion label="Table">
      <table {...props} />
    </ScrollRegion>
  ),
};
