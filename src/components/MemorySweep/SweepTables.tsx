import type {ReactNode} from 'react';
import DataTable, {type DataColumn} from '@site/src/components/DataTable';
import type {FittedPoint} from '@site/src/core/cpu';
import {fmtMs, fmtUsd} from './format';

/** One priced size: a strategy's choice, or the size the slider inspects. */
export interface SweepRow {
  readonly testId: string;
  readonly choice: string;
  readonly architecture: string;
  readonly memoryMB: number;
  readonly durationMs: number;
  readonly perInvocationUsd: number;
  readonly monthlyUsd: number;
}

const SWEEP_COLUMNS: readonly DataColumn<SweepRow>[] = [
  {header: 'Choice', rowHeader: true, cell: (r) => r.choice},
  {header: 'Arch', cell: (r) => r.architecture},
  {header: 'Memory', numeric: true, cell: (r) => `${r.memoryMB.toLocaleString('en-US')} MB`},
  {header: 'Duration', numeric: true, cell: (r) => fmtMs(r.durationMs)},
  {header: 'Per 1M invocations', numeric: true, cell: (r) => fmtUsd(r.perInvocationUsd * 1e6)},
  {header: 'Per month', numeric: true, cell: (r) => fmtUsd(r.monthlyUsd)},
];

export function SweepTable({rows, caption}: {rows: readonly SweepRow[]; caption: ReactNode}): ReactNode {
  return (
    <DataTable
      caption={caption}
      label="Swept results"
      columns={SWEEP_COLUMNS}
      rows={rows}
      rowKey={(r) => r.testId}
      rowAttributes={(r) => ({'data-testid': r.testId})}
      live
      testId="sweep-table"
    />
  );
}

const FIT_COLUMNS: readonly DataColumn<FittedPoint>[] = [
  {header: 'Memory', numeric: true, cell: (p) => `${p.memoryMB.toLocaleString('en-US')} MB`},
  {header: 'Measured', numeric: true, cell: (p) => fmtMs(p.durationMs)},
  {header: 'Model', numeric: true, cell: (p) => fmtMs(p.modelMs)},
  {header: 'Difference', numeric: true, cell: (p) => `${p.residualMs >= 0 ? '+' : '−'}${fmtMs(Math.abs(p.residualMs))}`},
];

export function FitTable({points}: {points: readonly FittedPoint[]}): ReactNode {
  return (
    <DataTable
      caption="Measured against the fitted model"
      label="Measured against the fitted model"
      columns={FIT_COLUMNS}
      rows={points}
      rowKey={(p) => `${p.memoryMB}-${p.durationMs}`}
    />
  );
}
