import type {ExamDomain, QuizQuestion} from '../../data/quiz/types.ts';
import {EXAM_FULL_SIZE, EXAM_MINUTES_PER_QUESTION} from './examDraw.ts';
import {scoreAnswer} from './scoreAnswer.ts';

/** Bump when the stored shape changes; older stored exams are then discarded. */
export const EXAM_VERSION = 1;

/** A mock exam in progress or finished. Times are epoch milliseconds from the caller's clock. */
export interface ExamSession {
  readonly version: typeof EXAM_VERSION;
  readonly questionIds: readonly string[];
  /** Selected option ids per question id; a question without an entry is unanswered. */
  readonly answers: Readonly<Record<string, readonly string[]>>;
  readonly startedAt: number;
  readonly durationMs: number;
  /** Set when the exam was submitted or its time ran out. */
  readonly finishedAt?: number;
}

/** Time allowed for an exam of `size` questions, at the real exam's pace. */
export const examDurationMs = (size: number) => size * EXAM_MINUTES_PER_QUESTION * 60_000;

export function startExam(questionIds: readonly string[], now: number): ExamSession {
  return {version: EXAM_VERSION, questionIds: [...questionIds], answers: {}, startedAt: now, durationMs: examDurationMs(questionIds.length)};
}

/** Milliseconds left (0 when time is up or the exam is finished). */
export function remainingMs(session: ExamSession, now: number): number {
  if (session.finishedAt !== undefined) return 0;
  return Math.max(0, session.startedAt + session.durationMs - now);
}

/** Records an answer, unless the exam is over (finished or out of time) or the question is not in it. */
export function answerExam(session: ExamSession, questionId: string, selected: readonly string[], now: number): ExamSession {
  if (remainingMs(session, now) === 0 || !session.questionIds.includes(questionId)) return session;
  const answers = {...session.answers};
  if (selected.length === 0) delete answers[questionId];
  else answers[questionId] = [...selected];
  return {...session, answers};
}

/** Ends the exam; when time already ran out, the finish time is the deadline, not the later now. */
export function finishExam(session: ExamSession, now: number): ExamSession {
  if (session.finishedAt !== undefined) return session;
  return {...session, finishedAt: Math.min(now, session.startedAt + session.durationMs)};
}

export interface DomainScore {
  readonly domain: ExamDomain;
  readonly total: number;
  readonly correct: number;
}

export interface ExamResult {
  readonly total: number;
  readonly correct: number;
  readonly answered: number;
  readonly byDomain: readonly DomainScore[];
  /** Per question, in exam order: whether it was answered right (unanswered counts as wrong, as on the exam). */
  readonly items: ReadonlyArray<{readonly question: QuizQuestion; readonly selected: readonly string[]; readonly correct: boolean}>;
}

/** Scores an exam against the questions (ids not found are skipped). */
export function scoreExam(session: ExamSession, questions: readonly QuizQuestion[]): ExamResult {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const items = session.questionIds.flatMap((id) => {
    const question = byId.get(id);
    if (!question) return [];
    const selected = session.answers[id] ?? [];
    return [{question, selected, correct: selected.length > 0 && scoreAnswer(question, selected).correct}];
  });
  const domains = new Map<ExamDomain, {total: number; correct: number}>();
  for (const item of items) {
    const entry = domains.get(item.question.domain) ?? {total: 0, correct: 0};
    entry.total += 1;
    if (item.correct) entry.correct += 1;
    domains.set(item.question.domain, entry);
  }
  const byDomain = [...domains.entries()].sort(([a], [b]) => a - b).map(([domain, s]) => ({domain, ...s}));
  return {
    total: items.length,
    correct: items.filter((i) => i.correct).length,
    answered: items.filter((i) => i.selected.length > 0).length,
    byDomain,
    items,
  };
}

export function serializeExam(session: ExamSession | null): string {
  return JSON.stringify(session);
}

/** Clock skew allowed between the tab that stored an exam and the one reading it. */
const CLOCK_SKEW_MS = 60_000;

/**
 * Reads a stored exam without throwing. Anything malformed, from another version, naming
 * questions this build does not have, or with times that no exam could have (a start before 1970
 * or after `now`, a duration other than the exam's, a finish outside it) yields null (no exam),
 * so a stale or edited exam never half-loads.
 */
export function parseExam(text: string | null | undefined, questions: readonly QuizQuestion[], now = Number.POSITIVE_INFINITY): ExamSession | null {
  if (!text) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(data) || data['version'] !== EXAM_VERSION) return null;
  const {questionIds, answers, startedAt, durationMs, finishedAt} = data;
  const byId = new Map(questions.map((q) => [q.id, q]));
  if (!Array.isArray(questionIds) || questionIds.length === 0 || questionIds.length > EXAM_FULL_SIZE) return null;
  if (!questionIds.every((id) => typeof id === 'string' && byId.has(id)) || new Set(questionIds).size !== questionIds.length) return null;
  if (!isFiniteNumber(startedAt) || startedAt < 0 || startedAt > now + CLOCK_SKEW_MS) return null;
  if (durationMs !== examDurationMs(questionIds.length)) return null;
  if (finishedAt !== undefined && (!isFiniteNumber(finishedAt) || finishedAt < startedAt || finishedAt > startedAt + durationMs)) return null;
  if (!isRecord(answers)) return null;
  const clean: Record<string, readonly string[]> = {};
  for (const [id, selected] of Object.entries(answers)) {
    const question = byId.get(id);
    if (!question || !questionIds.includes(id) || !Array.isArray(selected)) continue;
    const valid = question.options.map((o) => o.id).filter((o) => selected.includes(o));
    // More picks than the question asks for cannot come from the exam's own form: dropped.
    if (valid.length > 0 && valid.length <= question.choose) clean[id] = valid;
  }
  return {
    version: EXAM_VERSION,
    questionIds: questionIds as string[],
    answers: clean,
    startedAt,
    durationMs,
    ...(finishedAt !== undefined ? {finishedAt} : {}),
  };
}

/** "12:05" for a number of milliseconds (rounded up to the second, so 0:00 means time is up). */
export function formatClock(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
