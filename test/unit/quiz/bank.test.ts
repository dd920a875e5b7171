import {describe, expect, it} from 'vitest';
import {DOMAINS, QUIZ_QUESTIONS} from '../../../src/data/quiz/index.ts';
import {BANK_QUESTIONS} from '../../../src/data/quiz/bank/index.ts';
import {B_SOURCES} from '../../../src/data/quiz/bank/sources.ts';
import {Q_SOURCES} from '../../../src/data/quiz/sources.ts';
import {validateQuestions} from '../../support/validateQuiz.ts';

describe('question bank (issue 18)', () => {
  it('brings the exam to at least 250 questions, all valid', () => {
    expect(QUIZ_QUESTIONS.length).toBeGreaterThanOrEqual(250);
    expect(validateQuestions(QUIZ_QUESTIONS)).toEqual([]);
  });

  it('keeps every domain within 1.5 points of its exam weight', () => {
    for (const domain of DOMAINS) {
      const share = (100 * QUIZ_QUESTIONS.filter((q) => q.domain === domain.id).length) / QUIZ_QUESTIONS.length;
      expect(Math.abs(share - domain.weightPercent), `domain ${domain.id}: ${share.toFixed(1)}%`).toBeLessThanOrEqual(1.5);
    }
  });

  it('puts the correct option in varying positions: no position holds more than 40% of the bank\'s correct answers', () => {
    const counts = new Map<string, number>();
    let total = 0;
    for (const q of BANK_QUESTIONS) {
      for (const o of q.options) {
        if (!o.correct) continue;
        counts.set(o.id, (counts.get(o.id) ?? 0) + 1);
        total += 1;
      }
    }
    for (const [position, count] of counts) expect(count / total, `position ${position}`).toBeLessThanOrEqual(0.4);
    // "Choose two" questions do not always use the first two options.
    const pairs = BANK_QUESTIONS.filter((q) => q.choose === 2).map((q) => q.options.filter((o) => o.correct).map((o) => o.id).join(''));
    expect(pairs.length).toBeGreaterThanOrEqual(8);
    expect(pairs.filter((p) => p === 'ab').length / pairs.length).toBeLessThan(0.5);
  });

  it('cites only sources from the two source lists (one place to fix a moved page)', () => {
    const known = new Set<string>([...Object.values(B_SOURCES), ...Object.values(Q_SOURCES)]);
    expect(BANK_QUESTIONS.filter((q) => !known.has(q.source)).map((q) => q.id)).toEqual([]);
  });

  it('asks scenarios, not trivia: every stem is at least 80 characters', () => {
    expect(BANK_QUESTIONS.filter((q) => q.stem.length < 80).map((q) => q.id)).toEqual([]);
  });
});
