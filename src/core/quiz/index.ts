export {scoreAnswer} from './scoreAnswer.ts';
export type {AnswerScore} from './scoreAnswer.ts';
export {toggleSelection, describeSelection} from './toggleSelection.ts';
export type {SelectionStatus} from './toggleSelection.ts';
export {filterQuestions, parseDomainFilter} from './filterQuestions.ts';
export type {DomainFilter} from './filterQuestions.ts';
export {PROGRESS_VERSION, emptyProgress, recordAnswer, serializeProgress, parseProgress, summarizeProgress} from './progress.ts';
export type {QuizProgress, StoredAnswer, LoadedProgress, ProgressSummary} from './progress.ts';
export {resolveLearnMore} from './resolveLearnMore.ts';
