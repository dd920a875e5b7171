import type {ComponentProps, ReactNode} from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import ScrollRegion from '@site/src/components/ScrollRegion';

// Markdown tables and Mermaid diagrams can be wider than a phone; wrap them so they scroll sideways
// and can be reached by keyboard when they do. Everything else is the theme's default.
const OriginalMermaid = (MDXComponents as Record<string, unknown>).mermaid as (props: {value: string}) => ReactNode;

export default {
  ...MDXComponents,
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
