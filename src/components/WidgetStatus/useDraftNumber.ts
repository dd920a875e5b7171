import {useState} from 'react';

export interface DraftNumberRule {
  /** Named in the message, as the label shows it. */
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  /** Where the range comes from. */
  readonly source: string;
  readonly unit?: string;
}

export interface DraftNumber {
  /** Exactly what the person typed. */
  readonly text: string;
  readonly setText: (text: string) => void;
  /** The last valid value (the one results use). */
  readonly value: number;
  /** One sentence naming the field and the accepted range, or null. */
  readonly error: string | null;
  /** Replaces the text and the value from outside (a fitted model, a preset). */
  readonly reset: (value: number) => void;
}

const fmt = (value: number) => value.toLocaleString('en-US', {maximumFractionDigits: 6});

/** Reads a plain number against a rule: null when valid, else the one-line message. */
export function checkDraftNumber(text: string, rule: DraftNumberRule): {value: number} | {error: string} {
  const range = `${fmt(rule.min)}–${fmt(rule.max)}${rule.unit ? ` ${rule.unit}` : ''}, ${rule.source}`;
  const trimmed = text.trim().replace(/,(?=\d{3}\b)/g, '');
  const value = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (trimmed === '') return {error: `${rule.label}: required; type a number from ${range}`};
  if (!Number.isFinite(value)) return {error: `${rule.label}: ${JSON.stringify(trimmed.slice(0, 40))} is not a number; type one from ${range}`};
  if (value < rule.min || value > rule.max) return {error: `${rule.label}: ${fmt(value)} is outside ${range}`};
  if (rule.integer && !Number.isInteger(value)) return {error: `${rule.label}: must be a whole number (${range})`};
  return {value};
}

/**
 * A number input's state that never fights the person: the field shows what they typed (no
 * refill of a default, no "05" for "-5"); results use the last valid value while the text is
 * invalid, and the error says why.
 */
export function useDraftNumber(initial: number, rule: DraftNumberRule): DraftNumber {
  const [text, setText] = useState(String(initial));
  const [value, setValue] = useState(initial);
  const checked = checkDraftNumber(text, rule);
  return {
    text,
    value: 'value' in checked ? checked.value : value,
    error: 'error' in checked ? checked.error : null,
    setText(next) {
      setText(next);
      const result = checkDraftNumber(next, rule);
      if ('value' in result) setValue(result.value);
    },
    reset(next) {
      setText(String(next));
      setValue(next);
    },
  };
}

export interface DraftNumbers<K extends string> {
  /** Exactly what the person typed, per field. */
  readonly texts: Readonly<Record<K, string>>;
  /** The last valid value per field (the ones results use). */
  readonly values: Readonly<Record<K, number>>;
  /** The one-line message per field, or null. */
  readonly errors: Readonly<Record<K, string | null>>;
  readonly setText: (key: K, text: string) => void;
}

/** useDraftNumber for a fixed set of fields in one state (a form that maps over its fields). */
export function useDraftNumbers<K extends string>(initial: Readonly<Record<K, number>>, rules: Readonly<Record<K, DraftNumberRule>>): DraftNumbers<K> {
  const keys = Object.keys(rules) as K[];
  const [texts, setTexts] = useState<Record<K, string>>(() => Object.fromEntries(keys.map((key) => [key, String(initial[key])])) as Record<K, string>);
  const [valid, setValid] = useState<Record<K, number>>(() => ({...initial}));
  const values = {...valid};
  const errors = {} as Record<K, string | null>;
  for (const key of keys) {
    const checked = checkDraftNumber(texts[key], rules[key]);
    if ('value' in checked) values[key] = checked.value;
    errors[key] = 'error' in checked ? checked.error : null;
  }
  return {
    texts,
    values,
    errors,
    setText(key, text) {
      setTexts((previous) => ({...previous, [key]: text}));
      const checked = checkDraftNumber(text, rules[key]);
      if ('value' in checked) setValid((previous) => ({...previous, [key]: checked.value}));
    },
  };
}
