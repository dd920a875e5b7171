/**
 * Which Python managed runtime the playground names. The choice sets AWS_EXECUTION_ENV and the
 * runtime shown; the interpreter is always the one Pyodide carries, and the field says so.
 */
import React, {useId} from 'react';
import {PYODIDE_PYTHON_VERSION, PYODIDE_VERSION, PYTHON_RUNTIME_IDS, pythonRuntimeName, type PythonRuntimeId} from '../../core/runtime/python/pythonRuntimes';
import styles from './styles.module.css';

export function PythonRuntimeSelect({value, onChange}: {value: PythonRuntimeId; onChange(value: PythonRuntimeId): void}): React.JSX.Element {
  const noteId = useId();
  return (
    <div>
      <label className={styles.field}>
        <span>Runtime</span>
        <select value={value} aria-describedby={noteId} onChange={(e) => onChange(e.target.value as PythonRuntimeId)}>
          {PYTHON_RUNTIME_IDS.map((id) => <option key={id} value={id}>{`${id} (${pythonRuntimeName(id)})`}</option>)}
        </select>
      </label>
      <small id={noteId}>{`Every choice runs CPython ${PYODIDE_PYTHON_VERSION} (Pyodide ${PYODIDE_VERSION}).`}</small>
    </div>
  );
}
