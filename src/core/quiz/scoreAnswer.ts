import type {QuizQuestion} from '../../data/quiz/types.ts';

export interface AnswerScore {
  /** True only if exactly the correct options were chosen, as on the exam (no partial credit). */
  readonly correct: boolean;
  /** Correct options the person did not choose. */
  readonly missed: readonly string[];
  /** Options the person chose that are wrong. */
  readonly wrongPicks: readonly string[];
}

/**
 * Scores one answer. Multiple-answer questions are all-or-nothing, like SAA-C03: every correct
 * option and no wrong one. Option ids that the question does not have count as wrong picks.
 */
export function scoreAnswer(question: QuizQuestion, selectedIds: readonly string[]): AnswerScore {
  const selected = new Set(selectedIds);
  const correctIds = question.options.filter((option) => option.correct).map((option) => option.id);
  const missed = correctIds.filter((id) => !selected.has(id));
  const correctSet = new Set(correctIds);
  const wrongPicks = [...selected].filter((id) => !correctSet.has(id));
  return {correct: missed.length === 0 && wrongPicks.length === 0, missed, wrongPicks};
}
