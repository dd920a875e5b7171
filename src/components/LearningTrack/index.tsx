import React, {useState} from 'react';
import Link from '@docusaurus/Link';
import {QUIZ_QUESTIONS} from '@site/src/data/quiz';
import type {TrackStep} from '@site/src/data/learningTrack';
import {checkPassed, emptyTrackProgress, markRead, recordCheck, summarizeTrack, type TrackProgress} from '@site/src/core/track/track';
import {scoreAnswer} from '@site/src/core/quiz/scoreAnswer';
import {resolveLearnMore} from '@site/src/core/quiz/resolveLearnMore';
import QuestionCard from '@site/src/components/Quiz/QuestionCard';
import {useSessionSeed} from '@site/src/components/Quiz/useSessionSeed';
import {useDocPaths} from '@site/src/components/Quiz/useDocPaths';
import {useTrackProgress, useTrackSteps} from './trackStore';
import {withWidgetBoundary} from '@site/src/components/WidgetStatus';
import styles from './styles.module.css';

const byId = new Map(QUIZ_QUESTIONS.map((q) => [q.id, q]));
const titleOf = (path: string, docTitles: ReadonlyMap<string, string>) => docTitles.get(path) ?? path.replace(/^\/docs\//, '');

/** The "Learn Lambda" track page: every step with its outcomes, time, pages, check and status. */
function LearningTrack(): React.JSX.Element {
  const {steps, problems} = useTrackSteps();
  const [progress, setProgress] = useTrackProgress(steps);
  const [confirmReset, setConfirmReset] = useState(false);
  const [status, setStatus] = useState('');
  const summary = summarizeTrack(steps, progress);
  // Escape or leaving the button takes the question back, and says so: the status never asks for a press that no longer clears.
  const cancelReset = () => {
    setConfirmReset(false);
    setStatus('Reset cancelled: your track progress is kept.');
  };

  return (
    <section className={styles.track} aria-label="Learn Lambda track" data-widget="learning-track">
      <div className={styles.summary}>
        <p className={styles.count}>
          <strong>{summary.done}</strong> of {summary.total} steps done
          {summary.done < summary.total ? ` · about ${summary.minutesLeft} minutes left` : ' · track complete'}
        </p>
        <progress max={summary.total} value={summary.done} aria-label="Steps done" />
        {summary.nextStepId && (
          <a className="button button--sm button--primary" href={`#step-${summary.nextStepId}`}>
            {summary.done === 0 ? 'Start with step 1' : `Continue with step ${steps.findIndex((s) => s.id === summary.nextStepId) + 1}`}
          </a>
        )}
        <button
          type="button"
          className="button button--sm button--secondary"
          onBlur={() => {
            if (confirmReset) cancelReset();
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && confirmReset) cancelReset();
          }}
          onClick={() => {
            if (!confirmReset) {
              setConfirmReset(true);
              setStatus('Press again to clear your track progress, or Escape to keep it.');
              return;
            }
            setConfirmReset(false);
            setProgress(emptyTrackProgress());
            setStatus('Track progress reset.');
          }}
        >
          {confirmReset ? 'Confirm reset' : 'Reset progress'}
        </button>
      </div>
      <p className={styles.status} role="status" aria-live="polite">{status}</p>
      {problems.length > 0 && (
        <div className={styles.problems} role="note">
          <p>Some extra steps in this site&apos;s configuration were skipped:</p>
          <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
        </div>
      )}
      <ol className={styles.steps}>
        {steps.map((step, index) => (
          <StepItem key={step.id} step={step} number={index + 1} progress={progress} isNext={step.id === summary.nextStepId} onChange={setProgress} onStatus={setStatus} />
        ))}
      </ol>
    </section>
  );
}

export default withWidgetBoundary(LearningTrack, 'Learn Lambda track');

interface StepProps {
  readonly step: TrackStep;
  readonly number: number;
  readonly progress: TrackProgress;
  readonly isNext: boolean;
  readonly onChange: (next: TrackProgress) => void;
  readonly onStatus: (message: string) => void;
}

function StepItem({step, number, progress, isNext, onChange, onStatus}: StepProps): React.JSX.Element {
  const seed = useSessionSeed();
  const docPaths = useDocPaths();
  const done = progress.completedAt[step.id] !== undefined;
  const answers = progress.checks[step.id] ?? {};
  const right = step.checkQuestionIds.filter((id) => answers[id] === true).length;
  const questions = step.checkQuestionIds.map((id) => byId.get(id)).filter((q) => q !== undefined);
  const pages = [step.page, ...step.alsoRead];
  return (
    <li id={`step-${step.id}`} className={`${styles.step} ${done ? styles.done : ''} ${isNext ? styles.next : ''}`} data-step={step.id} data-done={done}>
      <h2 className={styles.stepTitle}>
        Step {number}: {step.title}
        <span className={styles.badge}>{done ? ' ✓ Done' : isNext ? ' · Next' : ''}</span>
      </h2>
      <p className={styles.meta}>
        About {step.minutes} minutes{step.origin === 'team' ? ' · from your team' : ''}
      </p>
      {step.learn.length > 0 && (
        <>
          <h3 className={styles.subTitle}>What you will learn</h3>
          <ul>{step.learn.map((item) => <li key={item}>{item}</li>)}</ul>
        </>
      )}
      <h3 className={styles.subTitle}>Read</h3>
      <ol className={styles.pages}>
        {pages.map((path) => (
          <li key={path}>
            {docPaths.has(path.replace(/\/$/, '')) || !path.startsWith('/docs/') ? <Link to={path}>{path.replace(/^\/docs\//, '')}</Link> : <span>{path.replace(/^\/docs\//, '')} (not in this build)</span>}
          </li>
        ))}
      </ol>
      {questions.length > 0 ? (
        <details className={styles.check}>
          <summary>
            Check: {questions.length} questions {done ? '(passed)' : right > 0 ? `(${right} of ${questions.length} right so far)` : ''}
          </summary>
          <p className={styles.meta}>Answer every question right to complete the step. After each check you can read why, and try again.</p>
          {questions.map((question, i) => (
            <QuestionCard
              key={question.id}
              seed={seed}
              question={question}
              positionLabel={`Check ${i + 1} of ${questions.length}: ${step.title}`}
              stored={undefined}
              headingLevel={3}
              learnMoreHref={resolveLearnMore(question.learnMore, docPaths)}
              onCheck={(selected) => {
                const correct = scoreAnswer(question, selected).correct;
                const next = recordCheck(progress, step, question.id, correct, Date.now());
                onChange(next);
                if (!done && checkPassed(step, next)) onStatus(`Step ${number} complete: ${step.title}.`);
              }}
            />
          ))}
        </details>
      ) : (
        <button type="button" className="button button--sm button--secondary" disabled={done} onClick={() => { onChange(markRead(progress, step, Date.now())); onStatus(`Step ${number} marked as read.`); }}>
          {done ? 'Read ✓' : 'Mark as read'}
        </button>
      )}
    </li>
  );
}
