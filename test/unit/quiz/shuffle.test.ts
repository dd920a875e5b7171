import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {QUIZ_QUESTIONS} from '../../../src/data/quiz/index.ts';
import {emptyProgress, newShuffleSeed, parseProgress, recordAnswer, scoreAnswer, serializeProgress, shuffleOptions} from '../../../src/core/quiz/index.ts';

/** Twenty fixed attempts, so the figures below are the same on every run. */
const SEEDS = Array.from({length: 20}, (_, i) => ((i + 1) * 0x9e3779b1 >>> 0).toString(16));
const single = QUIZ_QUESTIONS.filter((q) => q.choose === 1);
const multi = QUIZ_QUESTIONS.filter((q) => q.choose > 1);

describe('option shuffle', () => {
  it('is a permutation that keeps every option with its explanation, and is deterministic', () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUIZ_QUESTIONS), fc.stringMatching(/^[0-9a-f]{1,16}$/), (question, seed) => {
        const shown = shuffleOptions(question, seed);
        expect([...shown].sort((a, b) => a.id.localeCompare(b.id))).toEqual(question.options);
        expect(shuffleOptions(question, seed)).toEqual(shown);
      }),
    );
  });

  it('puts the correct answer in no displayed position more than 40 % of the time (single answer)', () => {
    for (const seed of SEEDS) {
      const counts = new Map<number, number>();
      for (const q of single) {
        const at = shuffleOptions(q, seed).findIndex((o) => o.correct);
        counts.set(at, (counts.get(at) ?? 0) + 1);
      }
      for (const [position, count] of counts) expect(count / single.length, `seed ${seed}, position ${position}`).toBeLessThanOrEqual(0.4);
    }
  });

  it('does not make "choose two" always A and B', () => {
    for (const seed of SEEDS) {
      const firstTwo = multi.filter((q) => shuffleOptions(q, seed).slice(0, q.choose).every((o) => o.correct)).length;
      expect(firstTwo / multi.length, `seed ${seed}`).toBeLessThan(0.5);
    }
  });

  it('makes always-A score near chance', () => {
    for (const seed of SEEDS) {
      const right = single.filter((q) => scoreAnswer(q, [shuffleOptions(q, seed)[0]!.id]).correct).length;
      const chance = single.reduce((sum, q) => sum + 1 / q.options.length, 0);
      expect(Math.abs(right - chance) / single.length, `seed ${seed}: ${right} right, chance ${chance.toFixed(1)}`).toBeLessThan(0.15);
    }
  });

  it('keeps the seed with the progress, so a reload shows the same order', () => {
    const seed = newShuffleSeed(() => 0.5);
    expect(seed).toBe('80000000');
    const progress = recordAnswer(emptyProgress(seed), single[0]!, ['b']);
    const loaded = parseProgress(serializeProgress(progress), QUIZ_QUESTIONS);
    expect(loaded.progress.seed).toBe(seed);
    expect(loaded.progress.answers[single[0]!.id]?.selected).toEqual(['b']);
    // Progress saved before the seed existed still loads (and gets a seed in the widget).
    expect(parseProgress(JSON.stringify({version: 1, answers: {[single[0]!.id]: ['a']}}), QUIZ_QUESTIONS).progress.seed).toBeUndefined();
    expect(parseProgress(JSON.stringify({version: 1, seed: '<script>', answers: {}}), QUIZ_QUESTIONS).progress.seed).toBeUndefined();
  });
});
