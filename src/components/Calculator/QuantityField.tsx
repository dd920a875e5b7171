import {useEffect, useId, useRef, useState, type ReactNode} from 'react';
import type {Result} from '@site/src/core/result';
import {loadQuantityParser} from '@site/src/core/quantity/loadQuantityParser';
import type {QuantityParser} from '@site/src/core/quantity/types';
import {useReportFieldError} from '@site/src/components/WidgetStatus/fieldErrors';
import styles from './styles.module.css';

interface Props {
  label: string;
  hint: ReactNode;
  value: number;
  /** How the current value is shown when it changes from outside (a loaded link, a reset). */
  format: (value: number) => string;
  /** Parses with the lazily loaded mathjs parser (the first edit loads it). */
  parse: (parser: QuantityParser, text: string) => Result<number>;
  onValid: (value: number) => void;
  testId?: string;
}

/**
 * A text input that accepts what people type ("1.5 GB", "100/s"). Parsing needs mathjs, which is
 * loaded on the first edit only; errors are shown under the field and announced, never NaN.
 */
export default function QuantityField({label, hint, value, format, parse, onValid, testId}: Props): ReactNode {
  const id = useId();
  const [text, setText] = useState(() => format(value));
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const reported = useRef(value);
  useReportFieldError(error);

  // A value set from outside (a shared link, a reset, editing a bill entry) replaces the text;
  // a value this field just reported leaves the person's own wording alone.
  useEffect(() => {
    if (value !== reported.current) {
      reported.current = value;
      setText(format(value));
      setError(null);
    }
  }, [value, format]);

  async function handleChange(next: string) {
    setText(next);
    setPending(true);
    const parser = await loadQuantityParser();
    setPending(false);
    const result = parse(parser, next);
    if (result.ok) {
      setError(null);
      reported.current = result.value;
      onValid(result.value);
    } else {
      setError(result.error);
    }
  }

  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="text"
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-invalid={error !== null}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        data-testid={testId}
        onChange={(event) => void handleChange(event.target.value)}
      />
      <small id={`${id}-hint`} className={styles.hint}>
        {hint}
        {pending ? ' (reading…)' : ''}
      </small>
      {error && (
        <small id={`${id}-error`} className={styles.error} role="alert" data-testid={testId ? `${testId}-error` : undefined}>
          {error}
        </small>
      )}
    </div>
  );
}
