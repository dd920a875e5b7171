import type {ReactElement} from 'react';
import styles from './styles.module.css';

/** Shows a draft value as typed: the simulators keep what the user typed until it validates. */
export function fieldText(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

/**
 * The form's one error, when it is about the field labelled `label` (the parsers start every
 * message with the field's label); `shown` collects the labels that displayed it.
 */
export function problemFor(error: string | null, label: string, shown: string[]): string | null {
  if (error === null || !(error.startsWith(`${label}:`) || error.startsWith(`${label},`))) return null;
  shown.push(label);
  return error;
}

interface NumberFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: unknown;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  readonly min?: number;
  readonly max?: number;
  readonly step?: number | 'any';
  /** This field's problem, shown under it (the field is marked invalid). */
  readonly problem?: string | null;
}

/**
 * A labelled number input with an optional hint and its own error line, tied to it by
 * aria-describedby. A text input, not type="number": the field shows exactly what was typed
 * ("-5", "1e400", "abc"), and the parser names what is wrong with it.
 */
export function NumberField({id, label, value, onChange, hint, problem}: NumberFieldProps): ReactElement {
  const described = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" inputMode="decimal" autoComplete="off" value={fieldText(value)} onChange={(event) => onChange(event.target.value)} aria-invalid={problem ? true : undefined} aria-describedby={described || undefined} />
      {hint ? <small id={`${id}-hint`} className={styles.hint}>{hint}</small> : null}
      {problem ? <small id={`${id}-error`} className={`${styles.error} ${styles.fieldError}`} role="alert">{problem}</small> : null}
    </div>
  );
}
