/** All exam-prep questions, in domain order. */
import {DOMAIN_1_QUESTIONS} from './domain1Secure.ts';
import {DOMAIN_2_QUESTIONS} from './domain2Resilient.ts';
import {DOMAIN_3_QUESTIONS} from './domain3Performance.ts';
import {DOMAIN_4_QUESTIONS} from './domain4Cost.ts';
import {DOMAIN_4_COMPUTE_CHOICE_QUESTIONS} from './domain4ComputeChoices.ts';
import {BANK_DOMAIN_1, BANK_DOMAIN_2, BANK_DOMAIN_3, BANK_DOMAIN_4} from './bank/index.ts';
import type {QuizQuestion} from './types.ts';

export const QUIZ_QUESTIONS: readonly QuizQuestion[] = [
  ...DOMAIN_1_QUESTIONS,
  ...BANK_DOMAIN_1,
  ...DOMAIN_2_QUESTIONS,
  ...BANK_DOMAIN_2,
  ...DOMAIN_3_QUESTIONS,
  ...BANK_DOMAIN_3,
  ...DOMAIN_4_QUESTIONS,
  ...DOMAIN_4_COMPUTE_CHOICE_QUESTIONS,
  ...BANK_DOMAIN_4,
];

export {DOMAINS, TASK_STATEMENTS, EXAM_GUIDE_URL, domainOfTaskStatement} from './domains.ts';
export {LEARN_MORE_PATHS} from './learnMorePaths.ts';
export type {LearnMorePath} from './learnMorePaths.ts';
export type {ExamDomain, QuizOption, QuizQuestion, TaskStatementId} from './types.ts';
