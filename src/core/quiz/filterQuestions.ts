import type {ExamDomain, QuizQuestion} from '../../data/quiz/types.ts';

/** Which questions to show: every domain, or only the chosen ones. */
export type DomainFilter = 'all' | ExamDomain;

/** Keeps the questions of one exam domain (or all), in their original order. */
export function filterQuestions(questions: readonly QuizQuestion[], filter: DomainFilter): QuizQuestion[] {
  return filter === 'all' ? [...questions] : questions.filter((question) => question.domain === filter);
}

/** Reads a filter from untrusted text (a URL parameter or stored value); anything else means 'all'. */
export function parseDomainFilter(value: unknown): DomainFilter {
  if (value === 1 || value === 2 || value === 3 || value === 4) return value;
  if (typeof value === 'string' && /^[1-4]$/.test(value)) return Number(value) as ExamDomain;
  return 'all';
}
