import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {QUOTAS} from '@site/src/data/quotas.ts';
import type {Quota} from '@site/src/data/schema.ts';

/** "128–10,240 MB (default 128)" from a quota entry. */
function formatValue(quota: Quota): string {
  const n = (value: number) => value.toLocaleString('en-US');
  const range = quota.min !== undefined ? `${n(quota.min)}–${n(quota.value)}` : n(quota.value);
  const unit = quota.unit === 'count' ? '' : ` ${quota.unit}`;
  const fallback = quota.default !== undefined ? ` (default ${n(quota.default)})` : '';
  return `${range}${unit}${fallback}`;
}

/**
 * The quotas from src/data/quotas.ts as a table, so this page and the CLI and checker never
 * disagree. Each row links to its source and says when it was read.
 */
export default function QuotaFacts(): ReactNode {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Quota</th>
          <th scope="col">Value</th>
          <th scope="col">Adjustable</th>
          <th scope="col">Notes and source</th>
        </tr>
      </thead>
      <tbody>
        {QUOTAS.map((quota: Quota) => (
          <tr key={quota.id}>
            <td>{quota.name}</td>
            <td>{formatValue(quota)}</td>
            <td>{quota.adjustable ? 'Yes' : 'No'}</td>
            <td>
              {quota.note ? `${quota.note} ` : ''}
              <Link href={quota.source}>Source</Link>, as of {quota.asOf}.
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
