import React from 'react';
import Link from '@docusaurus/Link';
import type {QuizQuestion} from '@site/src/data/quiz/types';
import {DOMAINS} from '@site/src/data/quiz/domains';
import {displayLetter, shuffleOptions} from '@site/src/core/quiz/shuffleOptions';
import styles from './styles.module.css';
import exam from './exam.module.css';

interface Props {
  readonly question: QuizQuestion;
  readonly number: number;
  readonly selected: readonly string[];
  readonly correct: boolean;
  readonly learnMoreHref: string | undefined;
  /** The exam's shuffle seed, so the review shows the options in the order the exam did. */
  readonly seed: string;
}

/** A finished exam's answer: what you chose, what was right, and why for every option. */
export default function AnswerReview({question, number, selected, correct, learnMoreHref, seed}: Props): React.JSX.Element {
  const shown = shuffleOptions(question, seed);
  const letterOf = (id: string) => displayLetter(shown.findIndex((o) => o.id === id));
  const letters = (ids: readonly string[]) => [...ids].map(letterOf).sort().join(' and ') || 'nothing';
  const right = question.options.filter((o) => o.correct).map((o) => o.id);
  const domain = DOMAINS.find((d) => d.id === question.domain)?.name ?? '';
  return (
    <article className={exam.reviewItem} data-question-id={question.id} data-correct={correct}>
      <h3 className={exam.reviewTitle}>
        {number}. {correct ? '✓ Right' : selected.length === 0 ? '✗ Not answered' : '✗ Wrong'}
        <span className={exam.reviewDomain}> · Domain {question.domain}: {domain}</span>
      </h3>
      <p className={styles.stem}>{question.stem}</p>
      <p className={exam.reviewVerdict}>
        You chose {letters(selected)}; the answer is {letters(right)}.
      </p>
      <ul className={styles.options}>
        {shown.map((option, index) => {
          const chosen = selected.includes(option.id);
          const state = option.correct ? 'correct' : chosen ? 'wrong' : 'neutral';
          return (
            <li key={option.id} className={`${styles.option} ${styles[state] ?? ''} ${exam.reviewOption}`}>
              <span className={styles.letter}>{displayLetter(index)}.</span>
              <div>
                {option.text}
                <p className={styles.explanation}>
                  <strong>
                    {option.correct ? (chosen ? '✓ Correct, you chose it. ' : '✓ Correct, you missed it. ') : chosen ? '✗ Wrong, you chose it. ' : '✗ Wrong. '}
                  </strong>
                  {option.explanation}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
      {question.staleTrap && (
        <p className={styles.trap}>
          <strong>Stale-fact trap:</strong> {question.staleTrap}
        </p>
      )}
      <p className={styles.links}>
        <a href={question.source} rel="noopener noreferrer">AWS source</a> <span className={styles.asOf}>(as of {question.asOf})</span>
        {learnMoreHref && (
          <>
            {' · '}
            <Link to={learnMoreHref}>Learn more in Lambda Lab</Link>
          </>
        )}
      </p>
    </article>
  );
}
