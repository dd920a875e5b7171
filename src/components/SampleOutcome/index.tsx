import type {ReactNode} from 'react';
import styles from './styles.module.css';

interface Props {
  /** The event the sample is invoked with, as JSON text. */
  event?: string;
  /** The value the handler returns, as JSON text. */
  result?: string;
  /** The errorType the invocation fails with (for samples that show a failure). */
  error?: string;
  /** Why this sample is only syntax-checked, not run (it needs the AWS SDK, say). */
  skip?: string;
}

/**
 * The expected outcome of the handler sample just above it. test/unit/docs/samples.test.ts reads
 * the same attributes and runs the sample through the playground engine, so the text a reader sees
 * is the text CI checks.
 */
export default function SampleOutcome({event, result, error, skip}: Props): ReactNode {
  if (skip) {
    return (
      <p className={styles.outcome}>
        <strong>Not run here:</strong> this sample is only checked for syntax, because it {skip}.
      </p>
    );
  }
  return (
    <div className={styles.outcome}>
      <strong>What it does:</strong> invoked with{' '}
      <code>{event ?? '{}'}</code>,{' '}
      {error ? (
        <>it fails with <code>{error}</code>.</>
      ) : (
        <>it returns <code>{result}</code>.</>
      )}{' '}
      (Lambda Lab's tests run every such sample, so this stays true.)
    </div>
  );
}
