/**
 * The /tmp size (ephemeral storage) as typed: "512", "2 GB", "10240 MB". Read by the shared quantity
 * parser (loaded on the first edit), so the accepted range, 512–10,240 MB, and the one-line message
 * naming it are the calculator's. The text itself is kept in the state; a Run reads it again.
 */
import React, {useId, useRef, useState} from 'react';
import {loadQuantityParser} from '../../core/quantity/loadQuantityParser';
import styles from './styles.module.css';

export const EPHEMERAL_FIELD = 'Ephemeral storage';

export function EphemeralStorageField({value, onChange}: {value: string; onChange(text: string): void}): React.JSX.Element {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  // The parser loads on the first edit: say so meanwhile, and let only the latest text's answer in.
  const [pending, setPending] = useState(false);
  const latest = useRef(value);
  return (
    <div className={styles.field}>
      <label htmlFor={id}>Ephemeral storage (/tmp, 512–10,240 MB)</label>
      <input id={id} type="text" autoComplete="off" spellCheck={false} value={value} aria-invalid={error !== null} aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          const text = e.target.value;
          latest.current = text;
          onChange(text);
          setPending(true);
          void loadQuantityParser().then((parser) => {
            if (latest.current !== text) return;
            const read = parser.storageMB(text, EPHEMERAL_FIELD);
            setError(read.ok ? null : read.error);
            setPending(false);
          });
        }} />
      {pending && <small className={styles.note}>reading…</small>}
      {error && <small id={`${id}-error`} className={styles.error} role="alert">{error}</small>}
    </div>
  );
}

/** The state's text as MB for a Run: default 512 MB when empty, else the parser's verdict. */
export async function readEphemeralStorage(text: string | undefined): Promise<{ok: true; value: number} | {ok: false; error: string}> {
  if (text === undefined || text.trim() === '') return {ok: true, value: 512};
  const parser = await loadQuantityParser();
  return parser.storageMB(text, EPHEMERAL_FIELD);
}
