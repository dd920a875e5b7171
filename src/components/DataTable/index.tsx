import type {ReactNode} from 'react';
import ScrollRegion from '@site/src/components/ScrollRegion';
import styles from './styles.module.css';

/** One column: its header, what each row shows in it, and how it lines up. */
export interface DataColumn<Row> {
  readonly header: ReactNode;
  readonly cell: (row: Row) => ReactNode;
  /** Figures: right-aligned with tabular digits, so columns of numbers can be compared by eye. */
  readonly numeric?: boolean;
  /** This column names the row (a row header for screen readers). */
  readonly rowHeader?: boolean;
  /** Long text that should wrap rather than squeeze the column (a CSS length). */
  readonly minWidth?: string;
}

/** Extra attributes for a row, such as `data-testid`. */
type RowAttributes = Readonly<Record<`data-${string}`, string>>;

export interface DataTableProps<Row> {
  readonly caption: ReactNode;
  /** Names the scroll region (read out when the table is wider than the screen). */
  readonly label: string;
  readonly columns: readonly DataColumn<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
  readonly rowAttributes?: (row: Row) => RowAttributes;
  /** Announce changes to the rows (results that follow the inputs). */
  readonly live?: boolean;
  readonly testId?: string;
}

/**
 * A small data table with a caption and column headers that scrolls sideways inside its card on a
 * phone (never the page). Numeric columns are right-aligned.
 */
export default function DataTable<Row>({caption, label, columns, rows, rowKey, rowAttributes, live, testId}: DataTableProps<Row>): ReactNode {
  // Headers line up with their column: text left (the theme centres <th>), figures right.
  const align = (column: DataColumn<Row>) => (column.numeric ? styles.numeric : styles.text);
  return (
    <div className={styles.frame}>
      <ScrollRegion label={label}>
        <table className={styles.table} data-testid={testId}>
          <caption className={styles.caption}>
            <span>{caption}</span>
          </caption>
          <thead>
            <tr>
              {columns.map((column, index) => (
                <th key={index} scope="col" className={align(column)} style={column.minWidth ? {minWidth: column.minWidth} : undefined}>
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody aria-live={live ? 'polite' : undefined}>
            {rows.map((row) => (
              <tr key={rowKey(row)} {...rowAttributes?.(row)}>
                {columns.map((column, index) =>
                  column.rowHeader ? (
                    <th key={index} scope="row" className={align(column)}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={index} className={align(column)}>
                      {column.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
