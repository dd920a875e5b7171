import {useEffect, useId, useRef, useState, type ReactNode} from 'react';
import {useReportFieldError} from '@site/src/components/WidgetStatus/fieldErrors';
import styles from './styles.module.css';

interface Props {
  label: string;
  hint: ReactNode;
  value: number;
  min: number;
  max: number;
  /** Where the range comes from, named in the error message. */
  source: string;
  unit?: string;
  integer?: boolean;
  onValid: (value: number) => void;
  testId?: string;
}

/** A plain number with a checked range (no mathjs needed): percentages, counts of environments, hours. */
export default function NumberField({label, hint, value, min, max, source, unit = '', integer = false, onValid, testId}: Props): ReactNode {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  const reported = useRef(value);
  useReportFieldError(error);
  useEffect(() => {
    if (value !== reported.current) {
      reported.current = value;
      setText(String(value));
      setError(null);
    }
  }, [value]);

  function handleChange(next: string) {
    setText(next);
    const trimmed = next.trim().replace(/%$/, '');
    const number = trimmed === '' ? Number.NaN : Number(trimmed);
    const range = `${min.toLocaleString('en-US')}–${max.toLocaleString('en-US')}${unit ? ` ${unit}` : ''}, ${source}`;
    let problem: string | null = null;
    if (!Number.isFinite(number)) problem = `${label}: type a number from ${range.replace(/, .*/, '')} (${source})`;
    else if (number < min || number > max) problem = `${label}: ${number.toLocaleString('en-US')} is outside ${range}`;
    else if (integer && !Number.isInteger(number)) problem = `${label}: must be a whole number (${range})`;
    setError(problem);
    if (problem === null) {
      reported.current = number;
      onValid(number);
    }
  }

  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-invalid={error !== null}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        data-testid={testId}
        onChange={(event) => handleChange(event.target.value)}
      />
      <small id={`${id}-hint`} className={styles.hint}>
        {hint}
      </small>
      {error && (
        <small id={`${id}-error`} className={styles.error} role="alert">
          {error}
        </small>
      )}
    </div>
  );
}
