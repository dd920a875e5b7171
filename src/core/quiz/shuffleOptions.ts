import type {QuizOption, QuizQuestion} from '../../data/quiz/types.ts';
import {seededRandom, shuffled} from './random.ts';

/**
 * Every question in the data lists its correct option(s) first, so the displayed order must carry
 * no information: each attempt has a seed (kept with the stored progress), and each question's
 * options are shuffled from that seed and the question id. The same seed always gives the same
 * order, so a reload, a review or a shared seed shows what the person saw. Options keep their ids
 * (and their explanations), so stored answers stay valid whatever order is shown.
 */

/** A new attempt's seed: eight hex digits from `random` (Math.random in the browser). */
export function newShuffleSeed(random: () => number = Math.random): string {
  return Math.floor(random() * 0x1_0000_0000)
    .toString(16)
    .padStart(8, '0');
}

/** Accepts 1–16 hex digits; anything else is not a seed. */
export function isShuffleSeed(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{1,16}$/.test(value);
}

/** FNV-1a, 32 bit: a tiny, stable string hash (same result in every browser and in Node). */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The options of `question` in the order shown for `seed` (Fisher–Yates from a seeded generator). */
export function shuffleOptions(question: QuizQuestion, seed: string): readonly QuizOption[] {
  return shuffled(question.options, seededRandom(hash32(`${seed}:${question.id}`)));
}

/** The letter shown for the option at display position `index`: A, B, C … */
export const displayLetter = (index: number): string => String.fromCharCode(65 + index);
