/**
 * The "AWS mocks" editor beside the event: the JSON that answers the simulated AWS SDK's calls
 * (src/core/awsMocks, the same file `lambda-lab invoke --mocks` reads). Language-neutral: the
 * Node.js and Python playgrounds both use it. It validates as the user types and says, in one
 * line naming the JSON path, what is wrong.
 */
import React, {useMemo} from 'react';
import {parseMockFile} from '../../core/awsMocks';
import styles from './styles.module.css';

/** A starting point that shows each kind of answer: by input, any input, and an error. */
export const EXAMPLE_MOCKS = JSON.stringify({
  latencyMs: 0,
  mocks: [
    {service: 'ssm', operation: 'GetParameter', input: {Name: '/app/table-name'}, output: {Parameter: {Name: '/app/table-name', Type: 'String', Value: 'orders'}}},
    {service: 'dynamodb', operation: 'PutItem', output: {}},
    {service: 's3', operation: 'GetObject', error: {code: 'NoSuchKey', message: 'The specified key does not exist.', statusCode: 404}},
  ],
}, null, 2);

export interface MocksPanelProps {
  readonly value: string;
  onChange(value: string): void;
}

export const MocksPanel = React.memo(function MocksPanel({value, onChange}: MocksPanelProps): React.JSX.Element {
  const problem = useMemo(() => {
    const parsed = parseMockFile(value);
    return parsed.ok ? undefined : parsed.error;
  }, [value]);
  const id = 'playground-mocks-problem';
  return (
    <div className={styles.field}>
      <label htmlFor="playground-mocks">
        <span>AWS mocks (JSON): what each simulated AWS SDK call answers — first match by service, operation and input; no match gets an empty answer</span>
      </label>
      <textarea id="playground-mocks" rows={10} spellCheck={false} value={value} onChange={(e) => onChange(e.target.value)}
        aria-invalid={problem !== undefined} {...(problem ? {'aria-describedby': id} : {})} />
      {problem && <span id={id} className={styles.problem} role="alert">{problem}</span>}
      <button type="button" className="button button--link button--sm" onClick={() => onChange(EXAMPLE_MOCKS)}>Insert an example</button>
    </div>
  );
});
