import {useMemo, type ReactNode} from 'react';
import CodeBlock from '@theme/CodeBlock';
import {DESIGN_PRESETS, estimateDesign, readDesign, readUsage} from '@site/src/core/design';
import DesignBill from '../DesignEstimate/DesignBill';

/** A worked example priced live by the same engine as the CLI (teaching page). */
export default function DesignExample({preset}: {preset: string}): ReactNode {
  const example = DESIGN_PRESETS.find((entry) => entry.id === preset);
  const estimate = useMemo(() => {
    if (!example) return null;
    const design = readDesign(example.template);
    if (!design.ok) return null;
    const usage = readUsage(example.usage, design.value);
    return usage.ok ? estimateDesign(design.value, usage.value) : null;
  }, [example]);
  if (!example || !estimate) return <p role="alert">Example {preset} could not be priced.</p>;
  return (
    <div data-testid={`design-example-${preset}`}>
      <details>
        <summary>The template and the usage file</summary>
        <CodeBlock language="yaml" title="template.yaml">
          {example.template}
        </CodeBlock>
        <CodeBlock language="yaml" title="usage.yml">
          {example.usage}
        </CodeBlock>
      </details>
      <DesignBill estimate={estimate} />
    </div>
  );
}
