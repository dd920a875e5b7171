import React, {useState} from 'react';
import Link from '@docusaurus/Link';
import {QUIZ_QUESTIONS} from '@site/src/data/quiz';
import type {QuizQuestion} from '@site/src/data/quiz/types';
import {emptyReviewQueue, recordReview, RIGHT_ANSWERS_TO_CLEAR, summarizeReview} from '@site/src/core/quiz/reviewQueue';
import {scoreAnswer} from '@site/src/core/quiz/scoreAnswer';
import {resolveLearnMore} from '@site/src/core/quiz/resolveLearnMore';
import QuestionCard from './QuestionCard';
import {useSessionSeed} from './useSessionSeed';
import {useReviewQueue} from './reviewStore';
import {useDocPaths} from './useDocPaths';
import {withWidgetBoundary} from '@site/src/components/WidgetStatus';
import exam from './exam.module.css';

interface Props {
  readonly questions?: readonly QuizQuestion[];
}

const when = (at: number, now: number) => {
  const hours = Math.max(1, Math.round((at - now) / 3_600_000));
  return hours < 24 ? `in about ${hours} hour${hours === 1 ? '' : 's'}` : `in about ${Math.round(hours / 24)} day${Math.round(hours / 24) === 1 ? '' : 's'}`;
};

/**
 * The review queue: questions missed in the practice quiz or a mock exam, due now or resting.
 * A round takes the questions due when it starts, so a question answered right stays on screen
 * with its explanation instead of vanishing.
 */
function ReviewQueue({questions = QUIZ_QUESTIONS}: Props): React.JSX.Element {
  const seed = useSessionSeed();
  const [queue, setQueue, loaded] = useReviewQueue(questions);
  const [round, setRound] = useState<readonly string[] | null>(null);
  const [index, setIndex] = useState(0);
  const [answeredThis, setAnsweredThis] = useState(false);
  const [status, setStatus] = useState('');
  const [confirmClear, setConfirmClear] = useState(false);
  const docPaths = useDocPaths();
  const byId = new Map(questions.map((q) => [q.id, q]));
  const now = Date.now();
  const summary = summarizeReview(queue, now);

  if (!loaded) return <p className={exam.muted}>Loading your review queue…</p>;

  if (round !== null && index < round.length) {
    const question = byId.get(round[index]!)!;
    return (
      <section className={exam.exam} aria-label="Review round">
        <p className={exam.status} role="status" aria-live="polite">{status}</p>
        <QuestionCard
          key={`${question.id}-${index}`}
          seed={seed}
          question={question}
          positionLabel={`Review ${index + 1} of ${round.length}`}
          stored={undefined}
          headingLevel={2}
          focusOnMount
          learnMoreHref={resolveLearnMore(question.learnMore, docPaths)}
          onCheck={(selected) => {
            if (answeredThis) return; // one attempt per question per round counts
            const correct = scoreAnswer(question, selected).correct;
            const next = recordReview(queue, question.id, correct, Date.now());
            setQueue(next);
            setAnsweredThis(true);
            setStatus(correct ? (next.entries[question.id] ? 'Right. It comes back once more, tomorrow.' : 'Right twice in a row: it leaves the queue.') : 'Missed. It stays in the queue.');
          }}
        />
        <div className={exam.nav}>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setIndex(index + 1);
              setAnsweredThis(false);
              setStatus('');
            }}
          >
            {index + 1 < round.length ? 'Next question →' : 'Finish this round'}
          </button>
          <button type="button" className="button button--link" onClick={() => { setRound(null); setStatus('Round stopped.'); }}>
            Stop the round
          </button>
        </div>
      </section>
    );
  }

  const total = Object.keys(queue.entries).length;
  return (
    <section className={exam.exam} aria-label="Review queue">
      <p className={exam.status} role="status" aria-live="polite">{round !== null ? 'Round finished.' : status}</p>
      <div className={exam.panel}>
        <p className={exam.big}>
          {summary.due.length} due now · {summary.waiting.length} resting
        </p>
        {total === 0 ? (
          <p>
            Your queue is empty. Questions you miss in the <Link to="/docs/exam/quiz">practice quiz</Link> or a{' '}
            <Link to="/docs/exam/mock-exam">mock exam</Link> land here.
          </p>
        ) : (
          <p className={exam.muted}>
            A question leaves the queue after {RIGHT_ANSWERS_TO_CLEAR} right answers in a row, a day apart. Kept in this browser only.
          </p>
        )}
        <div className={exam.nav}>
          <button
            type="button"
            className="button button--primary"
            disabled={summary.due.length === 0}
            onClick={() => {
              setRound(summary.due);
              setIndex(0);
              setAnsweredThis(false);
              setStatus('');
            }}
          >
            Review {summary.due.length} due question{summary.due.length === 1 ? '' : 's'}
          </button>
          {total > 0 && (
            <button
              type="button"
              className="button button--secondary"
              onBlur={() => setConfirmClear(false)}
              onClick={() => {
                if (!confirmClear) {
                  setConfirmClear(true);
                  setStatus('Press again to empty the review queue.');
                  return;
                }
                setConfirmClear(false);
                setQueue(emptyReviewQueue());
                setStatus('Review queue emptied.');
              }}
            >
              {confirmClear ? 'Confirm: empty the queue' : 'Empty the queue'}
            </button>
          )}
        </div>
      </div>
      {summary.waiting.length > 0 && (
        <details>
          <summary>Resting questions ({summary.waiting.length})</summary>
          <ul>
            {summary.waiting.map(({id, dueAt}) => (
              <li key={id}>
                {byId.get(id)!.stem.slice(0, 90)}… <span className={exam.muted}>(back {when(dueAt, now)})</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** The widget root (one for every state of the queue), inside the shared error boundary. */
function ReviewQueueWidget(props: Props): React.JSX.Element {
  return (
    <div data-widget="review-queue">
      <ReviewQueue {...props} />
    </div>
  );
}

export default withWidgetBoundary(ReviewQueueWidget, 'review queue');
