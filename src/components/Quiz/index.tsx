import React, {useCallback, useEffect, useMemo, useState} from 'react';
import {withWidgetBoundary} from '@site/src/components/WidgetStatus';
import Link from '@docusaurus/Link';
import {QUIZ_QUESTIONS} from '@site/src/data/quiz';
import {DOMAINS} from '@site/src/data/quiz/domains';
import type {QuizQuestion} from '@site/src/data/quiz/types';
import {filterQuestions, parseDomainFilter, type DomainFilter} from '@site/src/core/quiz/filterQuestions';
import {emptyProgress, parseProgress, recordAnswer, serializeProgress, summarizeProgress, type QuizProgress} from '@site/src/core/quiz/progress';
import QuestionCard from './QuestionCard';
import {useStoredState} from './useStoredState';
import {useDocPaths} from './useDocPaths';
import {useReviewQueue} from './reviewStore';
import {recordReview} from '@site/src/core/quiz/reviewQueue';
import {scoreAnswer} from '@site/src/core/quiz/scoreAnswer';
import {resolveLearnMore} from '@site/src/core/quiz/resolveLearnMore';
import {newShuffleSeed} from '@site/src/core/quiz/shuffleOptions';
import styles from './styles.module.css';

const PROGRESS_KEY = 'lambda-lab:quiz-progress';
/** The shuffle shown before stored progress is read (server render, first paint). */
const SSR_SEED = '0';
const VIEW_KEY = 'lambda-lab:quiz-view';

type Layout = 'single' | 'list';
interface View {
  readonly filter: DomainFilter;
  /** Index within the filtered questions, for the one-at-a-time layout. */
  readonly index: number;
  readonly layout: Layout;
}
const DEFAULT_VIEW: View = {filter: 'all', index: 0, layout: 'single'};

/** Reads the stored view; anything malformed falls back to the default. */
function parseView(text: string | null): View {
  try {
    const data: unknown = text ? JSON.parse(text) : null;
    if (typeof data !== 'object' || data === null) return DEFAULT_VIEW;
    const record = data as Record<string, unknown>;
    const index = typeof record['index'] === 'number' && Number.isInteger(record['index']) && record['index'] >= 0 ? record['index'] : 0;
    return {filter: parseDomainFilter(record['filter']), index, layout: record['layout'] === 'list' ? 'list' : 'single'};
  } catch {
    return DEFAULT_VIEW;
  }
}
const serializeView = (view: View) => JSON.stringify(view);

interface Props {
  /** Defaults to every Lambda Lab exam question. */
  readonly questions?: readonly QuizQuestion[];
}

/** The SAA-C03 practice quiz: domain filter, one-at-a-time or list layout, progress kept in localStorage. */
function Quiz({questions = QUIZ_QUESTIONS}: Props): React.JSX.Element {
  const parseStored = useCallback((text: string | null) => parseProgress(text, questions), [questions]);
  const [loaded, setLoaded, storageRead] = useStoredState(PROGRESS_KEY, {progress: emptyProgress(), discarded: 0, unreadable: false}, parseStored, serializeLoaded);
  const [view, setView] = useStoredState(VIEW_KEY, DEFAULT_VIEW, parseView, serializeView);
  const [announcement, setAnnouncement] = useState('');
  const [moved, setMoved] = useState(false);
  const [confirmingReset, setConfirmingReset] = useState(false);
  const docPaths = useDocPaths();
  const [review, setReview] = useReviewQueue(questions);

  const progress = loaded.progress;
  // Before storage is read (and during SSR) a fixed seed; then the attempt's own, created once.
  const seed = progress.seed ?? SSR_SEED;
  useEffect(() => {
    if (storageRead && progress.seed === undefined) setLoaded({...loaded, progress: {...progress, seed: newShuffleSeed()}});
  }, [storageRead, progress, loaded, setLoaded]);
  const visible = useMemo(() => filterQuestions(questions, view.filter), [questions, view.filter]);
  const index = Math.min(view.index, Math.max(visible.length - 1, 0));
  const summary = summarizeProgress(progress, visible);
  const current = visible[index];

  const setProgress = (next: QuizProgress) => setLoaded({progress: next, discarded: 0, unreadable: false});
  const check = (question: QuizQuestion, selected: readonly string[]) => {
    setProgress(recordAnswer(progress, question, selected));
    // Misses go to the review queue (docs/exam/review-queue); right answers count for queued ones.
    setReview(recordReview(review, question.id, scoreAnswer(question, selected).correct, Date.now()));
  };
  const go = (next: number) => {
    setMoved(true);
    setView({...view, index: Math.max(0, Math.min(next, visible.length - 1))});
  };
  const firstUnanswered = visible.findIndex((q) => !progress.answers[q.id]);

  return (
    <section className={styles.quiz} aria-label="SAA-C03 practice quiz" data-widget="quiz">
      <div className={styles.toolbar}>
        <label className={`${styles.control} ${styles.domainControl}`}>
          <span>Exam domain</span>
          <select
            value={String(view.filter)}
            onChange={(event) => {
              const filter = parseDomainFilter(event.target.value);
              setView({...view, filter, index: 0});
              setAnnouncement(`Showing ${filterQuestions(questions, filter).length} questions.`);
            }}
          >
            <option value="all">All domains ({questions.length})</option>
            {DOMAINS.map((domain) => (
              <option key={domain.id} value={String(domain.id)}>
                Domain {domain.id}: {domain.name} ({filterQuestions(questions, domain.id).length})
              </option>
            ))}
          </select>
        </label>
        <fieldset className={styles.layout}>
          <legend>Show</legend>
          {(['single', 'list'] as const).map((layout) => (
            <label key={layout}>
              <input type="radio" name="quiz-layout" value={layout} checked={view.layout === layout} onChange={() => setView({...view, layout})} />{' '}
              {layout === 'single' ? 'One at a time' : 'All as a list'}
            </label>
          ))}
        </fieldset>
        <div className={styles.progress}>
          <p className={styles.score} aria-live="polite">
            Answered <strong>{summary.answered}</strong> of {summary.total} · <strong>{summary.correct}</strong> correct
          </p>
          <progress max={summary.total} value={summary.answered} aria-label="Questions answered" />
          {/* Two steps, because a reset cannot be undone; leaving the button cancels it. */}
          <button
            type="button"
            className="button button--sm button--secondary"
            onBlur={() => setConfirmingReset(false)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setConfirmingReset(false);
            }}
            onClick={() => {
              if (!confirmingReset) {
                setConfirmingReset(true);
                setAnnouncement('Press again to clear every saved answer, or press Escape to keep them.');
                return;
              }
              setConfirmingReset(false);
              // A new attempt: a new shuffle.
              setProgress(emptyProgress(newShuffleSeed()));
              setAnnouncement('Progress reset. All answers were cleared.');
            }}
          >
            {confirmingReset ? 'Confirm reset' : 'Reset progress'}
          </button>
        </div>
      </div>
      <p className={styles.announcement} role="status" aria-live="polite">
        {announcement || (loaded.unreadable ? 'Saved progress could not be read, so the quiz starts fresh.' : '')}
      </p>

      {view.layout === 'single' && current && (
        <div data-skip-target data-skip-label="Skip to the first question">
          <QuestionCard
            key={current.id}
            question={current}
            positionLabel={`Question ${index + 1} of ${visible.length}`}
            stored={progress.answers[current.id]}
            onCheck={(selected) => check(current, selected)}
            headingLevel={2}
            focusOnMount={moved}
            learnMoreHref={resolveLearnMore(current.learnMore, docPaths)}
            seed={seed}
          />
          <nav className={styles.nav} aria-label="Question navigation">
            <button type="button" className="button button--secondary" onClick={() => go(index - 1)} disabled={index === 0}>
              ← Previous
            </button>
            <label className={styles.control}>
              <span>Go to</span>
              <select value={index} onChange={(event) => go(Number(event.target.value))}>
                {visible.map((q, i) => (
                  <option key={q.id} value={i}>
                    {i + 1}
                    {progress.answers[q.id] ? (progress.answers[q.id]!.correct ? ' ✓' : ' ✗') : ''}
                  </option>
                ))}
              </select>
            </label>
            {firstUnanswered >= 0 && firstUnanswered !== index && (
              <button type="button" className="button button--link" onClick={() => go(firstUnanswered)}>
                First unanswered
              </button>
            )}
            <button type="button" className="button button--secondary" onClick={() => go(index + 1)} disabled={index >= visible.length - 1}>
              Next →
            </button>
          </nav>
        </div>
      )}

      {view.layout === 'list' && (
        <ol className={styles.list} data-skip-target data-skip-label="Skip to the first question">
          {visible.map((q, i) => (
            <li key={q.id}>
              <QuestionCard question={q} positionLabel={`Question ${i + 1} of ${visible.length}`} stored={progress.answers[q.id]} onCheck={(selected) => check(q, selected)} headingLevel={2} learnMoreHref={resolveLearnMore(q.learnMore, docPaths)} seed={seed} />
            </li>
          ))}
        </ol>
      )}

      <TopicLinks questions={questions} docPaths={docPaths} />
    </section>
  );
}

function serializeLoaded(value: {progress: QuizProgress}): string {
  return serializeProgress(value.progress);
}

/** Every page the questions draw on, as real links (so the build checks that each one exists). */
function TopicLinks({questions, docPaths}: {questions: readonly QuizQuestion[]; docPaths: ReadonlySet<string>}): React.JSX.Element {
  const resolved = questions.map((q) => resolveLearnMore(q.learnMore, docPaths)).filter((p): p is string => p !== undefined);
  const paths = [...new Set(resolved)].sort();
  return (
    <details className={styles.topics}>
      <summary>Pages these questions draw on ({paths.length})</summary>
      <ul>
        {paths.map((path) => (
          <li key={path}>
            <Link to={path}>{path.replace(/^\/docs\//, '')}</Link>
          </li>
        ))}
      </ul>
    </details>
  );
}

export default withWidgetBoundary(Quiz, 'quiz');
