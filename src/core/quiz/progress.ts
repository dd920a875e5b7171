import type {QuizQuestion} from '../../data/quiz/types.ts';
import {scoreAnswer} from './scoreAnswer.ts';
import {isShuffleSeed} from './shuffleOptions.ts';

/** The storage format version; bump it when the shape changes so old data is dropped cleanly. */
export const PROGRESS_VERSION = 1;

export interface StoredAnswer {
  /** The option ids the person checked, in option order. */
  readonly selected: readonly string[];
  /** Recomputed from the question when loaded, never trusted from storage. */
  readonly correct: boolean;
}

export interface QuizProgress {
  readonly version: typeof PROGRESS_VERSION;
  /** Checked answers by question id. */
  readonly answers: Readonly<Record<string, StoredAnswer>>;
  /** This attempt's option-shuffle seed (see shuffleOptions); absent in progress saved before it existed. */
  readonly seed?: string;
}

export const emptyProgress = (seed?: string): QuizProgress => (seed === undefined ? {version: PROGRESS_VERSION, answers: {}} : {version: PROGRESS_VERSION, answers: {}, seed});

/** Records a checked answer (replacing an earlier one for the same question). */
export function recordAnswer(progress: QuizProgress, question: QuizQuestion, selected: readonly string[]): QuizProgress {
  const known = question.options.map((option) => option.id).filter((id) => selected.includes(id));
  const answer: StoredAnswer = {selected: known, correct: scoreAnswer(question, known).correct};
  return {...progress, answers: {...progress.answers, [question.id]: answer}};
}

/** The text stored in localStorage: only the selections; correctness is recomputed on load. */
export function serializeProgress(progress: QuizProgress): string {
  const answers: Record<string, readonly string[]> = {};
  for (const [id, answer] of Object.entries(progress.answers)) answers[id] = answer.selected;
  return JSON.stringify(progress.seed === undefined ? {version: PROGRESS_VERSION, answers} : {version: PROGRESS_VERSION, seed: progress.seed, answers});
}

export interface LoadedProgress {
  readonly progress: QuizProgress;
  /** How many stored entries were dropped (unknown question, bad shape, unknown option …). */
  readonly discarded: number;
  /** True when the stored text could not be read at all (not JSON, wrong version …). */
  readonly unreadable: boolean;
}

/**
 * Reads stored progress without ever throwing: corrupt, foreign or outdated data yields empty
 * progress, and entries for questions or options that no longer exist are dropped one by one.
 */
export function parseProgress(text: string | null | undefined, questions: readonly QuizQuestion[]): LoadedProgress {
  if (text === null || text === undefined || text === '') return {progress: emptyProgress(), discarded: 0, unreadable: false};
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {progress: emptyProgress(), discarded: 0, unreadable: true};
  }
  if (!isRecord(data) || data['version'] !== PROGRESS_VERSION || !isRecord(data['answers'])) {
    return {progress: emptyProgress(), discarded: 0, unreadable: true};
  }
  const byId = new Map(questions.map((question) => [question.id, question]));
  // Built in place (not with recordAnswer) so loading stays linear in the number of answers.
  const answers: Record<string, StoredAnswer> = {};
  let discarded = 0;
  for (const [id, selected] of Object.entries(data['answers'])) {
    const question = byId.get(id);
    const valid =
      question !== undefined &&
      Array.isArray(selected) &&
      selected.length > 0 &&
      selected.every((value) => typeof value === 'string' && question.options.some((option) => option.id === value)) &&
      new Set(selected).size === selected.length;
    if (!valid) {
      discarded += 1;
      continue;
    }
    const ordered = question.options.map((option) => option.id).filter((id) => (selected as string[]).includes(id));
    answers[id] = {selected: ordered, correct: scoreAnswer(question, ordered).correct};
  }
  const seed = isShuffleSeed(data['seed']) ? data['seed'] : undefined;
  return {progress: seed === undefined ? {version: PROGRESS_VERSION, answers} : {version: PROGRESS_VERSION, answers, seed}, discarded, unreadable: false};
}

export interface ProgressSummary {
  readonly total: number;
  readonly answered: number;
  readonly correct: number;
}

/** Counts answered and correct questions among the given ones (for example one domain). */
export function summarizeProgress(progress: QuizProgress, questions: readonly QuizQuestion[]): ProgressSummary {
  let answered = 0;
  let correct = 0;
  for (const question of questions) {
    const answer = progress.answers[question.id];
    if (!answer) continue;
    answered += 1;
    if (answer.correct) correct += 1;
  }
  return {total: questions.length, answered, correct};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
