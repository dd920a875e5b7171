/**
 * Small constructors that keep the question files readable: options get their ids ("a", "b", …)
 * from their position, so a question reads as a list of right and wrong answers with reasons.
 */
import type {QuizOption, QuizQuestion} from './types.ts';

type OptionDraft = Omit<QuizOption, 'id'>;

/** A correct option and why it is correct. */
export const right = (text: string, explanation: string): OptionDraft => ({text, correct: true, explanation});
/** A wrong option and why it is wrong. */
export const wrong = (text: string, explanation: string): OptionDraft => ({text, correct: false, explanation});

type QuestionDraft = Omit<QuizQuestion, 'options' | 'choose'> & {readonly options: readonly OptionDraft[]};

/** Builds a question; `choose` is the number of correct options, so it cannot disagree with them. */
export function question(draft: QuestionDraft): QuizQuestion {
  const options = draft.options.map((option, index) => ({id: String.fromCharCode(97 + index), ...option}));
  return {...draft, options, choose: options.filter((option) => option.correct).length};
}
