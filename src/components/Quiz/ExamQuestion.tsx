import React, {useEffect, useId, useRef} from 'react';
import type {QuizQuestion} from '@site/src/data/quiz/types';
import {toggleSelection} from '@site/src/core/quiz/toggleSelection';
import {displayLetter, shuffleOptions} from '@site/src/core/quiz/shuffleOptions';
import styles from './styles.module.css';

interface Props {
  readonly question: QuizQuestion;
  readonly positionLabel: string;
  readonly selected: readonly string[];
  readonly onChange: (selected: readonly string[]) => void;
  /** Move focus to the heading when the question changes (after Next/Previous). */
  readonly focusOnMount: boolean;
  readonly disabled: boolean;
  /** The exam's shuffle seed: options are shown in the order it gives (position carries no information). */
  readonly seed: string;
}

/** One mock-exam question: options only, no feedback until the exam is finished (as on the real exam). */
export default function ExamQuestion({question, positionLabel, selected, onChange, focusOnMount, disabled, seed}: Props): React.JSX.Element {
  const baseId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount, question.id]);
  const multiple = question.choose > 1;
  return (
    <article className={styles.card} aria-labelledby={`${baseId}-title`} data-question-id={question.id}>
      <h2 id={`${baseId}-title`} ref={headingRef} tabIndex={-1} className={styles.cardTitle}>
        {positionLabel}
      </h2>
      <fieldset className={styles.fieldset} disabled={disabled}>
        <legend className={styles.stem}>{question.stem}</legend>
        <p className={styles.instruction}>{multiple ? `Select ${question.choose} options.` : 'Select one option.'}</p>
        <ul className={styles.options}>
          {shuffleOptions(question, seed).map((option, index) => {
            const inputId = `${baseId}-${option.id}`;
            return (
              <li key={option.id} className={`${styles.option} ${styles.neutral}`}>
                <input
                  id={inputId}
                  type={multiple ? 'checkbox' : 'radio'}
                  name={`${baseId}-choice`}
                  value={option.id}
                  checked={selected.includes(option.id)}
                  onChange={() => onChange(toggleSelection(question, selected, option.id))}
                />
                <label htmlFor={inputId} className={styles.optionLabel}>
                  <span className={styles.letter} aria-hidden="true">{displayLetter(index)}.</span> {option.text}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </article>
  );
}
