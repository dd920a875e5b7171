import type {ReactElement} from 'react';
import styles from './styles.module.css';

/** Shows a draft value as typed: the simulators keep what the user typed until it validates. */
export function fieldText(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
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
}

/** A labelled number input with an optional hint tied to it by aria-describedby. */
export function NumberField({id, label, value, onChange, hint, min, max, step}: NumberFieldProps): ReactElement {
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" inputMode="decimal" value={fieldText(value)} min={min} max={max} step={step ?? 'any'} onChange={(event) => onChange(event.target.value)} aria-describedby={hint ? `${id}-hint` : undefined} />
      {hint ? <small id={`${id}-hint`} className={styles.hint}>{hint}</small> : null}
    </div>
  );
}
