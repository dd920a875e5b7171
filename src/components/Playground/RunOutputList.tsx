/**
 * The runs' output as text (React escapes it; nothing is ever parsed as HTML), oldest run first,
 * as a log stream reads; a new run is scrolled into view. Memoised at both levels: a new run
 * renders one new block, old runs are left alone.
 */
import React, {useEffect, useRef} from 'react';
import type {OutputLine, RunView} from './runPlayground';
import styles from './styles.module.css';

const RunOutput = React.memo(function RunOutput({view}: {view: RunView}): React.JSX.Element {
  const ref = useRef<HTMLPreElement>(null);
  useEffect(() => ref.current?.scrollIntoView?.({block: 'nearest'}), []);
  return (
    <pre ref={ref} className={styles.log} aria-label={`Run ${view.id} output`} tabIndex={0}>
      {view.lines.map((line: OutputLine, j) => (
        <span key={j} className={styles[line.kind]}>{line.text}{'\n'}</span>
      ))}
    </pre>
  );
});

export const RunOutputList = React.memo(function RunOutputList({runs}: {runs: readonly RunView[]}): React.JSX.Element {
  return <>{runs.map((view) => <RunOutput key={view.id} view={view} />)}</>;
});
