import type {QuizQuestion} from '../../data/quiz/types.ts';

/**
 * The selection after a person activates an option: a radio choice for single-answer questions,
 * a checkbox toggle for multiple-answer ones. Returns ids in the question's option order.
 */
export function toggleSelection(question: QuizQuestion, selectedIds: readonly string[], optionId: string): string[] {
  if (!question.options.some((option) => option.id === optionId)) return orderLike(question, selectedIds);
  if (question.choose === 1) return [optionId];
  const next = new Set(selectedIds);
  if (next.has(optionId)) next.delete(optionId);
  else next.add(optionId);
  return orderLike(question, [...next]);
}

export interface SelectionStatus {
  /** Whether "Check answer" may be pressed. */
  readonly ready: boolean;
  /** What to tell the person, e.g. "Select 1 more option." */
  readonly message: string;
}

/** Whether the selection has as many options as the question asks for, and what is missing. */
export function describeSelection(question: QuizQuestion, selectedIds: readonly string[]): SelectionStatus {
  const count = selectedIds.filter((id) => question.options.some((option) => option.id === id)).length;
  const need = question.choose;
  if (count === need) return {ready: true, message: need === 1 ? 'Ready to check.' : `${need} options selected. Ready to check.`};
  if (count < need) {
    const more = need - count;
    return {ready: false, message: count === 0 && need === 1 ? 'Select an option.' : `Select ${more} more option${more === 1 ? '' : 's'}.`};
  }
  const extra = count - need;
  return {ready: false, message: `This question asks for ${need}; unselect ${extra} option${extra === 1 ? '' : 's'}.`};
}

function orderLike(question: QuizQuestion, ids: readonly string[]): string[] {
  const wanted = new Set(ids);
  return question.options.map((option) => option.id).filter((id) => wanted.has(id));
}
