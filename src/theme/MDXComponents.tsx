import type {ComponentProps, ReactNode} from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import Quota from '@site/src/components/Quota';
import ScrollRegion from '@site/src/components/ScrollRegion';

// Only small components used across many pages belong here: everything registered is bundled
// for every page. Widgets are imported explicitly by the pages that use them.
//
// Markdown tables and Mermaid diagrams can be wider than a phone; wrap them so they scroll sideways
// and can be reached by keyboard when they do.
const OriginalMermaid = (MDXComponents as Record<string, unknown>).mermaid as (props: {value: string}) => ReactNode;

export default {
  ...MDXComponents,
  Quota,
  table: (props: ComponentProps<'table'>): ReactNode => (
    <ScrollRegion label="Table">
      <table {...props} />
    </ScrollRegion>
  ),
  mermaid: (props: {value: string}): ReactNode => (
    <ScrollRegion label="Diagram">
      <OriginalMermaid {...props} />
    </ScrollRegion>
  ),
};
