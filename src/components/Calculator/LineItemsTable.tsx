import type {ReactNode} from 'react';
import type {LineItem} from '@site/src/core/pricing/types';
import styles from './styles.module.css';

const money = (usd: number) => `${usd < 0 ? '−' : ''}$${Math.abs(usd).toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 2})}`;

/** Each line with its billable quantity, the arithmetic behind it, and the cent-rounded amount. */
export default function LineItemsTable({items, total, totalUnrounded, caption, testId}: {items: readonly LineItem[]; total: number; totalUnrounded: number; caption: string; testId?: string}): ReactNode {
  return (
    <div className={styles.scroll}>
      <table className={styles.lines} data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Line item</th>
            <th scope="col">How it is computed</th>
            <th scope="col" className={styles.num}>
              USD
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={`${item.id}-${item.label}`} data-line={item.id}>
              <th scope="row">{item.label}</th>
              <td className={styles.formula}>{item.formula}</td>
              <td className={styles.num}>{money(item.usd)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className={styles.formula}>{`Sum of the rounded lines (unrounded: $${totalUnrounded.toLocaleString('en-US', {maximumFractionDigits: 10})})`}</td>
            <td className={styles.num} data-testid={testId ? `${testId}-total` : undefined}>
              <strong>{money(total)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export {money};
