/**
 * The runs' output as text (React escapes it; nothing is ever parsed as HTML), newest first.
 * Memoised at both levels: a new run renders one new block, old runs are left alone.
 */
import React from 'react';
import type {OutputLine, RunView} from './runPlayground';
import styles from './styles.module.css';

const RunOutput = React.memo(function RunOutput({view}: {view: RunView}): React.JSX.Element {
  return (
    <pre className={styles.log} aria-label={`Run ${view.id} output`} tabIndex={0}>
      {view.lines.map((line: OutputLine, j) => (
        <span key={j} className={styles[line.kind]}>{line.text}{'\n'}</span>
      ))}
    </pre>
  );
});

export const RunOutputList = React.memo(function RunOutputList({runs}: {runs: readonly RunView[]}): React.JSX.Element {
  return <>{runs.map((view) => <RunOutput key={view.id} view={view} />)}</>;
});
