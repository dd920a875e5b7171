import type {ReactElement} from 'react';
import styles from './styles.module.css';

interface Preset {
  readonly id: string;
  readonly title: string;
}

/** The "Scenario" picker both simulators open with; picking one hands the preset to `onPick`. */
export function PresetSelect<P extends Preset>({id, presets, value, onPick}: {id: string; presets: readonly P[]; value: string; onPick: (preset: P) => void}): ReactElement {
  return (
    <div className={styles.field}>
      <label htmlFor={id}>Scenario</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const picked = presets.find((entry) => entry.id === event.target.value);
          if (picked) onPick(picked);
        }}>
        {presets.map((entry) => (
          <option key={entry.id} value={entry.id}>{entry.title}</option>
        ))}
      </select>
    </div>
  );
}
