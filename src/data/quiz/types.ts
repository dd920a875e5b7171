/**
 * Types for the SAA-C03 exam-prep quiz. Every question is a scenario in the exam's style, with an
 * explanation for every option, the AWS page it was checked against and the Lambda Lab page that
 * teaches it. The schema test (test/unit/quiz/questions.test.ts) enforces all of this.
 */
import type {Sourced} from '../schema.ts';
import type {LearnMorePath} from './learnMorePaths.ts';

/** SAA-C03 domains: 1 Secure, 2 Resilient, 3 High-Performing, 4 Cost-Optimized. */
export type ExamDomain = 1 | 2 | 3 | 4;

/** A task statement id from the SAA-C03 exam guide, e.g. "2.1". */
export type TaskStatementId =
  | '1.1' | '1.2' | '1.3'
  | '2.1' | '2.2'
  | '3.1' | '3.2' | '3.3' | '3.4' | '3.5'
  | '4.1' | '4.2' | '4.3' | '4.4';

export interface QuizOption {
  /** Stable within its question: "a", "b", … */
  readonly id: string;
  readonly text: string;
  readonly correct: boolean;
  /** Why this option is right or wrong, in one or two sentences. */
  readonly explanation: string;
}

export interface QuizQuestion extends Sourced {
  /** Stable across releases, so stored progress keeps pointing at the same question. */
  readonly id: string;
  readonly domain: ExamDomain;
  readonly taskStatement: TaskStatementId;
  /** The scenario and the question, in the exam's style. */
  readonly stem: string;
  /** How many options are correct: 1 for single answer, 2+ for "Choose two" and so on. */
  readonly choose: number;
  readonly options: readonly QuizOption[];
  /** The Lambda Lab page that teaches the topic (one of the paths in BRIEF.md). */
  readonly learnMore: LearnMorePath;
  /** Set when a wrong option is a fact that used to be true: what changed, and when. */
  readonly staleTrap?: string;
}
