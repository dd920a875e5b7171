/** Which Node.js managed runtime the playground emulates (names from src/data/runtimes.ts). */
import React from 'react';
import {findRuntime} from '../../data/runtimes';
import {EMULATED_RUNTIMES} from '../../core/runtime/types';
import styles from './styles.module.css';

export function RuntimeSelect({value, onChange}: {value: string; onChange(value: string): void}): React.JSX.Element {
  return (
    <label className={styles.field}>
      <span>Runtime</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {EMULATED_RUNTIMES.map((id) => (
          <option key={id} value={id}>{`${id} (${findRuntime(id)?.name ?? id}${id === 'nodejs24.x' ? ', no callback handlers' : ''})`}</option>
        ))}
      </select>
    </label>
  );
}
