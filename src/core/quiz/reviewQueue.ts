import type {QuizQuestion} from '../../data/quiz/types.ts';

/**
 * The review queue: questions the reader got wrong come back until answered right twice in a row
 * (a small Leitner system). A miss puts a question in the queue, due at once; a right answer
 * makes it due again a day later; a second right answer in a row takes it out. A miss in between
 * starts the count again.
 */
export const REVIEW_VERSION = 1;
export const RIGHT_ANSWERS_TO_CLEAR = 2;
/** How long a question rests after a right answer before it comes back. */
export const REVIEW_INTERVAL_MS = 24 * 60 * 60 * 1000;

export interface ReviewEntry {
  /** Right answers in a row since the last miss (0 or 1; 2 removes the entry). */
  readonly streak: number;
  /** Epoch ms from which the question is due again. */
  readonly dueAt: number;
  /** How often it was missed in total (to show "missed 3 times"). */
  readonly misses: number;
}

export interface ReviewQueue {
  readonly version: typeof REVIEW_VERSION;
  readonly entries: Readonly<Record<string, ReviewEntry>>;
}

export const emptyReviewQueue = (): ReviewQueue => ({version: REVIEW_VERSION, entries: {}});

/**
 * Records one answer. A wrong answer always (re)queues the question; a right answer only matters
 * for questions already in the queue (answering an unqueued question right changes nothing).
 */
export function recordReview(queue: ReviewQueue, questionId: string, correct: boolean, now: number): ReviewQueue {
  const entry = queue.entries[questionId];
  const entries = {...queue.entries};
  if (!correct) {
    entries[questionId] = {streak: 0, dueAt: now, misses: (entry?.misses ?? 0) + 1};
  } else if (entry) {
    const streak = entry.streak + 1;
    if (streak >= RIGHT_ANSWERS_TO_CLEAR) delete entries[questionId];
    else entries[questionId] = {...entry, streak, dueAt: now + REVIEW_INTERVAL_MS};
  } else {
    return queue;
  }
  return {version: REVIEW_VERSION, entries};
}

export interface ReviewSummary {
  /** Question ids due now, most-missed first, then longest overdue. */
  readonly due: readonly string[];
  /** Ids waiting for their interval, soonest first. */
  readonly waiting: ReadonlyArray<{readonly id: string; readonly dueAt: number}>;
}

export function summarizeReview(queue: ReviewQueue, now: number): ReviewSummary {
  const list = Object.entries(queue.entries);
  const due = list
    .filter(([, e]) => e.dueAt <= now)
    .sort(([ia, a], [ib, b]) => b.misses - a.misses || a.dueAt - b.dueAt || ia.localeCompare(ib))
    .map(([id]) => id);
  const waiting = list
    .filter(([, e]) => e.dueAt > now)
    .sort(([, a], [, b]) => a.dueAt - b.dueAt)
    .map(([id, e]) => ({id, dueAt: e.dueAt}));
  return {due, waiting};
}

export function serializeReview(queue: ReviewQueue): string {
  return JSON.stringify(queue);
}

/** More entries than this cannot be real (the bank is far smaller): the whole queue is dropped. */
const MAX_STORED_ENTRIES = 10_000;

/**
 * Reads a stored queue without throwing; bad entries (negative or fractional counts, a time
 * before 1970) and unknown questions are dropped one by one. A due time further ahead of `now`
 * than one interval (another clock, an edit) is brought back to one interval.
 */
export function parseReview(text: string | null | undefined, questions: readonly QuizQuestion[], now = Number.POSITIVE_INFINITY): ReviewQueue {
  if (!text) return emptyReviewQueue();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return emptyReviewQueue();
  }
  if (typeof data !== 'object' || data === null || (data as Record<string, unknown>)['version'] !== REVIEW_VERSION) return emptyReviewQueue();
  const raw = (data as Record<string, unknown>)['entries'];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return emptyReviewQueue();
  if (Object.keys(raw).length > MAX_STORED_ENTRIES) return emptyReviewQueue();
  const known = new Set(questions.map((q) => q.id));
  const entries: Record<string, ReviewEntry> = {};
  for (const [id, value] of Object.entries(raw)) {
    if (!known.has(id) || typeof value !== 'object' || value === null) continue;
    const {streak, dueAt, misses} = value as Record<string, unknown>;
    const ok =
      Number.isInteger(streak) && (streak as number) >= 0 && (streak as number) < RIGHT_ANSWERS_TO_CLEAR &&
      typeof dueAt === 'number' && Number.isFinite(dueAt) && dueAt >= 0 &&
      Number.isSafeInteger(misses) && (misses as number) >= 1;
    if (ok) entries[id] = {streak: streak as number, dueAt: Math.min(dueAt as number, now + REVIEW_INTERVAL_MS), misses: misses as number};
  }
  return {version: REVIEW_VERSION, entries};
}
