import React, {useEffect, useId, useState} from 'react';
import Link from '@docusaurus/Link';
import type {QuizQuestion} from '@site/src/data/quiz/types';
import {TASK_STATEMENTS, DOMAINS} from '@site/src/data/quiz/domains';
import type {StoredAnswer} from '@site/src/core/quiz/progress';
import {scoreAnswer} from '@site/src/core/quiz/scoreAnswer';
import {describeSelection, toggleSelection} from '@site/src/core/quiz/toggleSelection';
import {displayLetter, shuffleOptions} from '@site/src/core/quiz/shuffleOptions';
import styles from './styles.module.css';

interface Props {
  readonly question: QuizQuestion;
  /** Position shown to the reader, e.g. "Question 3 of 31". */
  readonly positionLabel: string;
  /** The last checked answer, from stored progress. */
  readonly stored: StoredAnswer | undefined;
  readonly onCheck: (selected: readonly string[]) => void;
  /** Heading level for the question title (2 in single view, 3 in the list). */
  readonly headingLevel: 2 | 3;
  /** Focus the heading when the card appears (after Next/Previous). */
  readonly focusOnMount?: boolean;
  /** The resolved learn-more page, or undefined when no page for the topic exists in this build. */
  readonly learnMoreHref: string | undefined;
  /** This attempt's shuffle seed: the options are shown in the order it gives. */
  readonly seed: string;
}

const domainName = (id: number) => DOMAINS.find((d) => d.id === id)?.name ?? '';

/** One exam question: options, "Check answer", then per-option explanations and links. */
export default function QuestionCard({question, positionLabel, stored, onCheck, headingLevel, focusOnMount, learnMoreHref, seed}: Props): React.JSX.Element {
  const [selected, setSelected] = useState<readonly string[]>(stored?.selected ?? []);
  const [revealed, setRevealed] = useState<boolean>(stored !== undefined);
  const [hint, setHint] = useState('');
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const baseId = useId();

  // Stored progress arrives after mount (or is reset): show it.
  useEffect(() => {
    setSelected(stored?.selected ?? []);
    setRevealed(stored !== undefined);
    setHint('');
  }, [stored, question.id]);

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount, question.id]);

  const multiple = question.choose > 1;
  const score = revealed ? scoreAnswer(question, selected) : undefined;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const choose = (optionId: string) => {
    setSelected(toggleSelection(question, selected, optionId));
    setRevealed(false);
    setHint('');
  };

  const check = () => {
    const status = describeSelection(question, selected);
    if (!status.ready) {
      setHint(status.message);
      return;
    }
    setHint('');
    setRevealed(true);
    onCheck(selected);
  };

  // Letters follow the displayed order; option ids (and stored answers) do not depend on it.
  const shown = shuffleOptions(question, seed);
  const correctLetters = shown.flatMap((o, index) => (o.correct ? [displayLetter(index)] : []));
  const verdict = score
    ? score.correct
      ? `Correct. ${multiple ? `The answers are ${correctLetters.join(' and ')}.` : `The answer is ${correctLetters[0]}.`}`
      : `Not quite. The correct ${multiple ? `answers are ${correctLetters.join(' and ')}` : `answer is ${correctLetters[0]}`}. Read why below.`
    : '';

  return (
    <article className={styles.card} aria-labelledby={`${baseId}-title`} data-question-id={question.id}>
      <Heading id={`${baseId}-title`} ref={headingRef} tabIndex={-1} className={styles.cardTitle}>
        {positionLabel}
      </Heading>
      <p className={styles.meta}>
        Domain {question.domain}: {domainName(question.domain)} · Task {question.taskStatement}: {TASK_STATEMENTS[question.taskStatement]}
      </p>
      <fieldset className={styles.fieldset} aria-describedby={`${baseId}-status`}>
        <legend className={styles.stem}>{question.stem}</legend>
        <p className={styles.instruction}>{multiple ? `Select ${question.choose} options.` : 'Select one option.'}</p>
        <ul className={styles.options}>
          {shown.map((option, position) => {
            const isSelected = selected.includes(option.id);
            const inputId = `${baseId}-${option.id}`;
            const state = score ? (option.correct ? 'correct' : isSelected ? 'wrong' : 'neutral') : 'neutral';
            return (
              <li key={option.id} className={`${styles.option} ${styles[state] ?? ''}`}>
                <input
                  id={inputId}
                  type={multiple ? 'checkbox' : 'radio'}
                  name={`${baseId}-choice`}
                  value={option.id}
                  checked={isSelected}
                  onChange={() => choose(option.id)}
                  aria-describedby={score ? `${inputId}-why` : undefined}
                />
                <label htmlFor={inputId} className={styles.optionLabel}>
                  <span className={styles.letter} aria-hidden="true">{displayLetter(position)}.</span> {option.text}
                </label>
                {score && (
                  <p id={`${inputId}-why`} className={styles.explanation}>
                    <strong>
                      {option.correct ? (isSelected ? '✓ Correct, you chose it. ' : '✓ Correct, you missed it. ') : isSelected ? '✗ Wrong, you chose it. ' : '✗ Wrong. '}
                    </strong>
                    {option.explanation}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div className={styles.actions}>
        <button type="button" className="button button--primary" onClick={check}>
          Check answer
        </button>
        <span className={styles.hint}>{hint}</span>
      </div>
      <div id={`${baseId}-status`} className={score ? (score.correct ? styles.verdictRight : styles.verdictWrong) : styles.verdictEmpty} role="status" aria-live="polite">
        {verdict}
      </div>
      {score && (
        <div className={styles.after}>
          {question.staleTrap && (
            <p className={styles.trap}>
              <strong>Stale-fact trap:</strong> {question.staleTrap}
            </p>
          )}
          {question.note && <p className={styles.asOf}>{question.note}</p>}
          <p className={styles.links}>
            <a href={question.source} rel="noopener noreferrer">
              AWS source
            </a>{' '}
            <span className={styles.asOf}>(as of {question.asOf})</span>
            {learnMoreHref && (
              <>
                {' · '}
                <Link to={learnMoreHref}>Learn more in Lambda Lab</Link>
              </>
            )}
          </p>
        </div>
      )}
    </article>
  );
}
