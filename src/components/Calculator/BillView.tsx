import type {ReactNode} from 'react';
import type {BillEstimate, FunctionUsage} from '@site/src/core/pricing/types';
import LineItemsTable, {money} from './LineItemsTable';
import styles from './styles.module.css';

interface Props {
  functions: readonly FunctionUsage[];
  estimate: BillEstimate | string | null;
  onRemove: (index: number) => void;
  onEdit: (index: number) => void;
  onExport: (kind: 'csv' | 'json' | 'md') => void;
}

/**
 * The account bill: several functions priced together, the free tier once and the duration
 * tiers over the sum per Region and architecture, next to what pricing them one by one says.
 */
export default function BillView({functions, estimate, onRemove, onEdit, onExport}: Props): ReactNode {
  return (
    <section className={styles.bill} aria-labelledby="calculator-bill-heading" data-testid="bill">
      <h3 id="calculator-bill-heading">Account bill</h3>
      {functions.length === 0 ? (
        <p className={styles.small}>
          Add functions with <strong>Add to account bill</strong> to price them together: the free tier is applied once for the account, and the duration tiers apply to the sum per Region and
          architecture.
        </p>
      ) : (
        <>
          <div className={styles.scroll}>
            <table>
              <caption>Functions in the bill</caption>
              <thead>
                <tr>
                  <th scope="col">Function</th>
                  <th scope="col">Settings</th>
                  <th scope="col" className={styles.num}>
                    Share
                  </th>
                  <th scope="col" className={styles.num}>
                    Priced alone
                  </th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {functions.map((usage, index) => {
                  const share = typeof estimate === 'object' && estimate !== null ? estimate.functions[index] : undefined;
                  const name = usage.name ?? `function ${index + 1}`;
                  return (
                    <tr key={`${name}-${index}`}>
                      <th scope="row">{name}</th>
                      <td>{`${usage.memoryMB} MB, ${usage.averageDurationMs} ms, ${usage.requestsPerMonth.toLocaleString('en-US')} requests, ${usage.edge ? 'Lambda@Edge' : `${usage.architecture}, ${usage.region ?? 'us-east-1'}`}`}</td>
                      <td className={styles.num}>{share ? money(share.usd) : '—'}</td>
                      <td className={styles.num}>{share ? money(share.standaloneUsd) : '—'}</td>
                      <td className={styles.rowActions}>
                        <button type="button" className="button button--link button--sm" onClick={() => onEdit(index)} aria-label={`Load ${name} into the editor`}>
                          Edit
                        </button>
                        <button type="button" className="button button--link button--sm" onClick={() => onRemove(index)} aria-label={`Remove ${name} from the bill`}>
                          Remove
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {typeof estimate === 'string' && <p className={styles.error}>{`Cannot price this bill: ${estimate}`}</p>}
          {estimate !== null && typeof estimate === 'object' && (
            <>
              <p className={styles.total} aria-live="polite" aria-atomic="true" data-testid="bill-total">
                {`${money(estimate.total)} a month for ${functions.length} function${functions.length === 1 ? '' : 's'}`}
              </p>
              <p data-testid="bill-standalone">
                {`Pricing each function alone (each with its own free tier, as per-entry calculators do) would say ${money(estimate.sumOfStandaloneUsd)}: ${
                  Math.abs(estimate.standaloneOverstatementUsd) < 0.005 ? 'the same' : `${money(Math.abs(estimate.standaloneOverstatementUsd))} ${estimate.standaloneOverstatementUsd > 0 ? 'too much' : 'too little'}`
                }.`}
              </p>
              <LineItemsTable items={estimate.lineItems} total={estimate.total} totalUnrounded={estimate.totalUnrounded} caption="Bill lines (per Region and architecture)" testId="bill-lines" />
              <div className={styles.actions}>
                <button type="button" className="button button--secondary button--sm" onClick={() => onExport('csv')}>
                  Export bill CSV
                </button>
                <button type="button" className="button button--secondary button--sm" onClick={() => onExport('json')}>
                  Export bill JSON
                </button>
                <button type="button" className="button button--secondary button--sm" onClick={() => onExport('md')}>
                  Export bill Markdown
                </button>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
