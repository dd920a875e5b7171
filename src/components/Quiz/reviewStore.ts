import {useCallback} from 'react';
import type {QuizQuestion} from '@site/src/data/quiz/types';
import {emptyReviewQueue, parseReview, serializeReview, type ReviewQueue} from '@site/src/core/quiz/reviewQueue';
import {useStoredState} from './useStoredState';

/** localStorage key of the review queue, shared by the practice quiz, the mock exam and the review page. */
export const REVIEW_KEY = 'lambda-lab:review-queue';

/** The review queue mirrored to localStorage. */
export function useReviewQueue(questions: readonly QuizQuestion[]): [ReviewQueue, (next: ReviewQueue) => void, boolean] {
  // Read with the clock, so a due time far in the future (another clock, an edit) is capped.
  const parse = useCallback((text: string | null) => parseReview(text, questions, Date.now()), [questions]);
  return useStoredState(REVIEW_KEY, emptyReviewQueue(), parse, serializeReview);
}
