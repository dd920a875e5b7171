import React, {useCallback, useEffect, useMemo, useState} from 'react';
import {QUIZ_QUESTIONS} from '@site/src/data/quiz';
import {DOMAINS} from '@site/src/data/quiz/domains';
import type {QuizQuestion} from '@site/src/data/quiz/types';
import {drawExam, EXAM_FULL_SIZE, parseExamSize} from '@site/src/core/quiz/examDraw';
import {answerExam, examDurationMs, finishExam, formatClock, parseExam, remainingMs, scoreExam, serializeExam, startExam, type ExamSession} from '@site/src/core/quiz/examSession';
import {recordReview} from '@site/src/core/quiz/reviewQueue';
import {resolveLearnMore} from '@site/src/core/quiz/resolveLearnMore';
import ExamQuestion from './ExamQuestion';
import AnswerReview from './AnswerReview';
import {useReviewQueue} from './reviewStore';
import {useStoredState} from './useStoredState';
import {useDocPaths} from './useDocPaths';
import {withWidgetBoundary} from '@site/src/components/WidgetStatus';
import exam from './exam.module.css';

const EXAM_KEY = 'lambda-lab:mock-exam';
const SIZES = [10, 20, 30, EXAM_FULL_SIZE] as const;

/** Ticks once a second while `running`, so the clock and the time-out follow real time. */
function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return undefined;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [running]);
  return now;
}

interface Props {
  readonly questions?: readonly QuizQuestion[];
}

/**
 * A timed mock exam: questions drawn by domain weight, no feedback until the end, then a score
 * per domain and a review of every answer. Misses go to the review queue. The exam in progress
 * is kept in localStorage, so a reload continues it (the clock keeps running meanwhile).
 */
function ExamMode({questions = QUIZ_QUESTIONS}: Props): React.JSX.Element {
  // Read with the clock, so a stored exam that starts in the future is dropped, not shown.
  const parse = useCallback((text: string | null) => parseExam(text, questions, Date.now()), [questions]);
  const [session, setSession, loaded] = useStoredState<ExamSession | null>(EXAM_KEY, null, parse, serializeExam);
  const [review, setReview] = useReviewQueue(questions);
  const [size, setSize] = useState<number>(EXAM_FULL_SIZE);
  const [index, setIndex] = useState(0);
  const [moved, setMoved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const running = session !== null && session.finishedAt === undefined;
  const now = useNow(running);
  const docPaths = useDocPaths();
  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);

  const finish = useCallback(
    (current: ExamSession, at: number, reason: string) => {
      const done = finishExam(current, at);
      const result = scoreExam(done, questions);
      let queue = review;
      for (const item of result.items) queue = recordReview(queue, item.question.id, item.correct, at);
      setReview(queue);
      setSession(done);
      setConfirming(false);
      setStatus(`${reason} You scored ${result.correct} of ${result.total}.`);
    },
    [questions, review, setReview, setSession],
  );

  const left = session ? remainingMs(session, now) : 0;
  useEffect(() => {
    if (session && running && left === 0) finish(session, now, 'Time is up.');
  }, [session, running, left, now, finish]);
  // Two warnings, said once each, so a screen-reader user knows the time without a ticking live region.
  useEffect(() => {
    if (!running) return;
    const minutes = Math.ceil(left / 60_000);
    if (minutes === 5 || minutes === 1) setStatus(`${minutes} minute${minutes === 1 ? '' : 's'} left.`);
  }, [running, Math.ceil(left / 60_000)]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!loaded) return <p className={exam.muted}>Loading the mock exam…</p>;

  if (session === null) {
    return (
      <section className={exam.exam} aria-label="Mock exam">
        <div className={`${exam.panel} ${exam.setup}`}>
          <label>
            <span>Questions</span>
            <select value={size} onChange={(event) => setSize(parseExamSize(event.target.value, questions.length))}>
              {SIZES.filter((n) => n <= questions.length).map((n) => (
                <option key={n} value={n}>
                  {n} questions, {examDurationMs(n) / 60_000} minutes{n === EXAM_FULL_SIZE ? ' (full exam)' : ''}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              const seed = Math.floor(Math.random() * 2 ** 31);
              const ids = drawExam(questions, DOMAINS, size, seed);
              setSession(startExam(ids, Date.now()));
              setIndex(0);
              setMoved(true);
              setStatus(`Exam started: ${ids.length} questions, ${examDurationMs(ids.length) / 60_000} minutes.`);
            }}
          >
            Start the exam
          </button>
        </div>
        <p className={exam.status} role="status" aria-live="polite">{status}</p>
      </section>
    );
  }

  if (session.finishedAt !== undefined) {
    return <ExamResults session={session} questions={questions} docPaths={docPaths} status={status} onRestart={() => { setSession(null); setStatus('Ready for a new exam.'); }} />;
  }

  const ids = session.questionIds;
  const position = Math.min(index, ids.length - 1);
  const current = byId.get(ids[position]!)!;
  const answered = ids.filter((id) => session.answers[id]).length;
  const go = (next: number) => {
    setMoved(true);
    setConfirming(false);
    setIndex(Math.max(0, Math.min(next, ids.length - 1)));
  };

  return (
    <section className={exam.exam} aria-label="Mock exam">
      <div className={`${exam.panel} ${exam.bar}`}>
        <p className={exam.clock} role="timer" aria-label="Time left">
          {formatClock(left)} left
        </p>
        <p className={exam.muted}>
          Answered {answered} of {ids.length}
        </p>
        <button
          type="button"
          className="button button--secondary"
          onBlur={() => setConfirming(false)}
          onClick={() => {
            if (!confirming) {
              setConfirming(true);
              const open = ids.length - answered;
              setStatus(`${open === 0 ? 'All questions answered.' : `${open} question${open === 1 ? '' : 's'} unanswered (they count as wrong).`} Press again to finish.`);
              return;
            }
            finish(session, Date.now(), 'Exam finished.');
          }}
        >
          {confirming ? 'Confirm: finish exam' : 'Finish exam'}
        </button>
      </div>
      <p className={exam.status} role="status" aria-live="polite">{status}</p>
      <ExamQuestion
        key={current.id}
        question={current}
        positionLabel={`Question ${position + 1} of ${ids.length}`}
        selected={session.answers[current.id] ?? []}
        onChange={(selected) => setSession(answerExam(session, current.id, selected, Date.now()))}
        focusOnMount={moved}
        disabled={left === 0}
        seed={`exam-${session.startedAt}`}
      />
      <nav className={exam.nav} aria-label="Exam navigation">
        <button type="button" className="button button--secondary" onClick={() => go(position - 1)} disabled={position === 0}>
          ← Previous
        </button>
        <label>
          <span className={exam.muted}>Go to </span>
          <select value={position} onChange={(event) => go(Number(event.target.value))}>
            {ids.map((id, i) => (
              <option key={id} value={i}>
                {i + 1}
                {session.answers[id] ? ' (answered)' : ''}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button button--secondary" onClick={() => go(position + 1)} disabled={position >= ids.length - 1}>
          Next →
        </button>
      </nav>
    </section>
  );
}

/** The widget root (one for every state of the exam), inside the shared error boundary. */
function MockExamWidget(props: Props): React.JSX.Element {
  return (
    <div data-widget="mock-exam">
      <ExamMode {...props} />
    </div>
  );
}

export default withWidgetBoundary(MockExamWidget, 'mock exam');

interface ResultsProps {
  readonly session: ExamSession;
  readonly questions: readonly QuizQuestion[];
  readonly docPaths: ReadonlySet<string>;
  readonly status: string;
  readonly onRestart: () => void;
}

function ExamResults({session, questions, docPaths, status, onRestart}: ResultsProps): React.JSX.Element {
  const result = scoreExam(session, questions);
  const [onlyWrong, setOnlyWrong] = useState(false);
  const percent = (correct: number, total: number) => (total === 0 ? '–' : `${Math.round((100 * correct) / total)} %`);
  const minutes = Math.round(((session.finishedAt ?? session.startedAt) - session.startedAt) / 60_000);
  const shown = result.items.map((item, i) => ({...item, number: i + 1})).filter((item) => !onlyWrong || !item.correct);
  return (
    <section className={exam.exam} aria-label="Mock exam results">
      <p className={exam.status} role="status" aria-live="polite">{status}</p>
      <div className={exam.panel}>
        <h2>Your result</h2>
        <p className={exam.big}>
          {result.correct} of {result.total} right ({percent(result.correct, result.total)})
        </p>
        <p className={exam.muted}>
          {result.answered} answered, in {minutes} of {session.durationMs / 60_000} minutes. The real SAA-C03 reports a scaled score from 100 to 1,000 and passes at 720;
          this mock shows plain percentages.
        </p>
        <table className={exam.scoreTable}>
          <caption className={exam.muted}>Score by exam domain</caption>
          <thead>
            <tr>
              <th scope="col">Domain</th>
              <th scope="col">Exam weight</th>
              <th scope="col">Right</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {DOMAINS.map((domain) => {
              const score = result.byDomain.find((d) => d.domain === domain.id) ?? {total: 0, correct: 0};
              return (
                <tr key={domain.id} data-domain={domain.id}>
                  <th scope="row">
                    {domain.id}. {domain.name}
                  </th>
                  <td>{domain.weightPercent} %</td>
                  <td>
                    {score.correct} of {score.total}
                  </td>
                  <td>{percent(score.correct, score.total)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className={exam.muted}>Every question you missed or left open is now in your review queue.</p>
        <button type="button" className="button button--primary" onClick={onRestart}>
          Start a new exam
        </button>
      </div>
      <h2>Review every answer</h2>
      <fieldset className={exam.filter}>
        <legend>Show</legend>
        <label>
          <input type="radio" name="exam-review-filter" checked={!onlyWrong} onChange={() => setOnlyWrong(false)} /> All {result.total}
        </label>
        <label>
          <input type="radio" name="exam-review-filter" checked={onlyWrong} onChange={() => setOnlyWrong(true)} /> Only the {result.total - result.correct} missed
        </label>
      </fieldset>
      {shown.map((item) => (
        <AnswerReview key={item.question.id} question={item.question} number={item.number} selected={item.selected} correct={item.correct} learnMoreHref={resolveLearnMore(item.question.learnMore, docPaths)} seed={`exam-${session.startedAt}`} />
      ))}
    </section>
  );
}
