/**
 * Issue 17 for the widgets that keep state in localStorage (mock exam, review queue, Learn Lambda
 * track): whatever is stored (malformed JSON, wrong shapes, huge arrays, unknown question ids,
 * negative numbers, impossible times), the page stays, with no page or console error, and the
 * widget starts fresh (or keeps only the valid part). Then a keyboard-only pass over each: reach
 * with Tab, operate with Enter, Space, arrows and Escape, read the result.
 */
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {LEARNING_TRACK} from '../../src/data/learningTrack.ts';
import {QUIZ_QUESTIONS} from '../../src/data/quiz/index.ts';
import {openPage} from './harness.ts';

const EXAM_KEY = 'lambda-lab:mock-exam';
const REVIEW_KEY = 'lambda-lab:review-queue';
const TRACK_KEY = 'lambda-lab:learning-track';
const NOW = Date.now();
const ids = QUIZ_QUESTIONS.map((q) => q.id);
const single = QUIZ_QUESTIONS.filter((q) => q.choose === 1);

/** Stored texts any of the three may meet. */
const GARBAGE = ['{', 'null', '[]', '"text"', '42', 'true', '{"version":1}', '{"version":"1"}', `[${'1,'.repeat(200_000)}1]`, 'x'.repeat(1024 * 1024)];

const exam = (patch: object) => JSON.stringify({version: 1, questionIds: ids.slice(0, 10), answers: {}, startedAt: NOW - 60_000, durationMs: 20 * 60_000, ...patch});
const EXAM_BAD = [
  ...GARBAGE,
  exam({questionIds: ['d9-unknown', ...ids.slice(0, 9)]}),
  exam({questionIds: Array.from({length: 100_000}, (_, i) => ids[i % ids.length])}),
  exam({questionIds: [1, 2, 3]}),
  exam({startedAt: -5}),
  exam({startedAt: NOW + 86_400_000}),
  exam({durationMs: -5}),
  exam({durationMs: 1e308}),
  exam({finishedAt: NOW - 3_600_000}),
  exam({answers: [1, 2]}),
];

const review = (entries: object) => JSON.stringify({version: 1, entries});
const REVIEW_BAD = [
  ...GARBAGE,
  review([1, 2, 3]),
  review({'d9-unknown': {streak: 0, dueAt: NOW, misses: 1}}),
  review({[ids[0]!]: {streak: -1, dueAt: NOW, misses: 1}, [ids[1]!]: {streak: 0, dueAt: -5, misses: 1}, [ids[2]!]: {streak: 0, dueAt: NOW, misses: -2}}),
  review({[ids[0]!]: {streak: 0, dueAt: 'soon', misses: 1e300}}),
  review(Object.fromEntries(Array.from({length: 20_000}, (_, i) => [`x${i}`, {streak: 0, dueAt: NOW, misses: 1}]))),
];

const track = (patch: object) => JSON.stringify({version: 1, checks: {}, completedAt: {}, ...patch});
const TRACK_BAD = [
  ...GARBAGE,
  track({checks: [1, 2, 3], completedAt: Array.from({length: 100_000}, () => 1)}),
  track({completedAt: {[LEARNING_TRACK[0]!.id]: -1, 'no-such-step': NOW}}),
  track({checks: {[LEARNING_TRACK[0]!.id]: {'d9-unknown': true, [LEARNING_TRACK[0]!.checkQuestionIds[0]!]: 'yes'}}}),
  track({completedAt: 'yesterday', checks: null}),
];

const widgetText = (page: Page, name: string) => page.locator(`[data-widget="${name}"]`).innerText();

/** Stores `text` under `key` and reloads the page. */
async function seedAndReload(page: Page, key: string, text: string): Promise<void> {
  await page.evaluate(([k, v]) => window.localStorage.setItem(k!, v!), [key, text]);
  await page.reload({waitUntil: 'networkidle'});
}

interface Case {
  readonly path: string;
  readonly widget: string;
  readonly key: string;
  readonly bad: readonly string[];
  /** The fresh state, as the widget says it. */
  readonly fresh: RegExp;
}

const CASES: readonly Case[] = [
  {path: '/docs/exam/mock-exam', widget: 'mock-exam', key: EXAM_KEY, bad: EXAM_BAD, fresh: /Start the exam/},
  {path: '/docs/exam/review-queue', widget: 'review-queue', key: REVIEW_KEY, bad: REVIEW_BAD, fresh: /0 due now · 0 resting/},
  {path: '/docs/learn-lambda', widget: 'learning-track', key: TRACK_KEY, bad: TRACK_BAD, fresh: /0 of 10 steps done/},
];

describe('issue 17: bad stored state never takes a widget down', () => {
  for (const c of CASES) {
    it(`${c.path}: ${c.bad.length} kinds of bad ${c.key} start fresh, with no error`, {timeout: 180_000}, async () => {
      const opened = await openPage(c.path, {waitUntil: 'networkidle'});
      const {page} = opened;
      try {
        for (const text of c.bad) {
          const shown = text.length > 80 ? `${text.slice(0, 60)}… (${text.length} characters)` : text;
          await seedAndReload(page, c.key, text);
          await expect.poll(() => widgetText(page, c.widget), {timeout: 10_000, message: shown}).toMatch(c.fresh);
          const body = await page.locator('body').innerText();
          expect(body, shown).not.toMatch(/could not be shown|This page crashed/);
          expect((await widgetText(page, c.widget)).match(/\bNaN\b|\bundefined\b|\bInfinity\b/g), shown).toBeNull();
          expect(opened.consoleErrors, shown).toEqual([]);
        }
      } finally {
        await opened.close();
      }
    });
  }

  it('keeps the valid entries of a partly bad review queue, and caps a due time far ahead', {timeout: 60_000}, async () => {
    const opened = await openPage('/docs/exam/review-queue', {waitUntil: 'networkidle'});
    const {page} = opened;
    try {
      await seedAndReload(page, REVIEW_KEY, review({
        [ids[0]!]: {streak: 0, dueAt: NOW - 1000, misses: 2},
        [ids[1]!]: {streak: 1, dueAt: 8.64e15, misses: 1},
        [ids[2]!]: {streak: -3, dueAt: NOW, misses: 1},
        'd9-unknown': {streak: 0, dueAt: NOW, misses: 1},
      }));
      await expect.poll(() => widgetText(page, 'review-queue')).toMatch(/1 due now · 1 resting/);
      await page.getByText('Resting questions (1)').click();
      // Back within a day, not in 270,000 years.
      expect(await widgetText(page, 'review-queue')).toMatch(/\(back in about (\d+ hours?|1 day)\)/);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

/** The focused element, as the keyboard tests need it. */
function focused(page: Page): Promise<{text: string; type: string; label: string; qid: string | null}> {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLInputElement | null;
    const label = a?.id ? document.querySelector(`label[for="${CSS.escape(a.id)}"]`)?.textContent ?? '' : a?.closest('label')?.textContent ?? '';
    return {text: (a?.textContent ?? '').trim(), type: a?.type ?? a?.tagName ?? '', label: label.trim(), qid: a?.closest('article[data-question-id]')?.getAttribute('data-question-id') ?? null};
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches; the tests move by keyboard only. */
async function tabUntil(page: Page, matches: (el: Awaited<ReturnType<typeof focused>>) => boolean, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 300): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (matches(await focused(page))) return;
  }
  throw new Error(`never reached the wanted element with ${key}`);
}

const status = (page: Page, widget: string) => page.locator(`[data-widget="${widget}"] [role="status"]`).first();

describe('issue 17: keyboard only', () => {
  it('mock exam: choose 10 questions, start, answer one, finish with the confirm step, read the score', {timeout: 90_000}, async () => {
    const opened = await openPage('/docs/exam/mock-exam', {waitUntil: 'networkidle'});
    const {page} = opened;
    try {
      await tabUntil(page, (el) => el.label.startsWith('Questions'));
      // The options run 10, 20, 30, 65; the full exam is chosen first.
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
      expect(await page.getByLabel('Questions').inputValue()).toBe('10');
      await tabUntil(page, (el) => el.text === 'Start the exam');
      await page.keyboard.press('Enter');
      await expect.poll(() => status(page, 'mock-exam').textContent()).toBe('Exam started: 10 questions, 20 minutes.');
      await tabUntil(page, (el) => el.qid !== null && (el.type === 'radio' || el.type === 'checkbox'));
      await page.keyboard.press('Space');
      await expect.poll(() => widgetText(page, 'mock-exam')).toMatch(/Answered 1 of 10/);
      await tabUntil(page, (el) => el.text === 'Finish exam', 'Shift+Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => status(page, 'mock-exam').textContent()).toBe('9 questions unanswered (they count as wrong). Press again to finish.');
      await page.keyboard.press('Enter');
      await expect.poll(() => widgetText(page, 'mock-exam')).toMatch(/[01] of 10 right \((0|10) %\)/);
      expect(await status(page, 'mock-exam').textContent()).toMatch(/^Exam finished\. You scored [01] of 10\.$/);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('review queue: start a round, pick a wrong answer with Space and arrows, check it, stop, read the queue', {timeout: 90_000}, async () => {
    const opened = await openPage('/docs/exam/review-queue', {waitUntil: 'networkidle'});
    const {page} = opened;
    try {
      const [a, b] = [single[0]!, single[1]!];
      await seedAndReload(page, REVIEW_KEY, review({[a.id]: {streak: 0, dueAt: NOW - 2000, misses: 2}, [b.id]: {streak: 0, dueAt: NOW - 1000, misses: 1}}));
      await expect.poll(() => widgetText(page, 'review-queue')).toMatch(/2 due now · 0 resting/);
      await tabUntil(page, (el) => el.text === 'Review 2 due questions');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('[data-widget="review-queue"] article[data-question-id]').count()).toBeGreaterThan(0);
      // Most missed first.
      await expect.poll(() => page.locator('[data-widget="review-queue"] article[data-question-id]').getAttribute('data-question-id')).toBe(a.id);
      await tabUntil(page, (el) => el.qid === a.id && el.type === 'radio');
      await page.keyboard.press('Space');
      // Options are shuffled: move to the first wrong one as shown.
      const shown = await page.locator(`article[data-question-id="${a.id}"] input[type="radio"]`).evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
      const wrong = shown.findIndex((id) => !a.options.find((o) => o.id === id)!.correct);
      for (let i = 0; i < wrong; i++) await page.keyboard.press('ArrowDown');
      await tabUntil(page, (el) => el.text === 'Check answer');
      await page.keyboard.press('Enter');
      await expect.poll(() => status(page, 'review-queue').textContent()).toBe('Missed. It stays in the queue.');
      await tabUntil(page, (el) => el.text === 'Stop the round');
      await page.keyboard.press('Enter');
      await expect.poll(() => status(page, 'review-queue').textContent()).toBe('Round stopped.');
      expect(await widgetText(page, 'review-queue')).toMatch(/2 due now · 0 resting/);
      // Emptying the queue takes two presses.
      await tabUntil(page, (el) => el.text === 'Empty the queue');
      await page.keyboard.press('Enter');
      await expect.poll(() => status(page, 'review-queue').textContent()).toBe('Press again to empty the review queue.');
      await page.keyboard.press('Enter');
      await expect.poll(() => widgetText(page, 'review-queue')).toMatch(/0 due now · 0 resting/);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('Learn Lambda track: reset asks first, Escape keeps the progress, a second Enter clears it', {timeout: 90_000}, async () => {
    const opened = await openPage('/docs/learn-lambda', {waitUntil: 'networkidle'});
    const {page} = opened;
    try {
      await seedAndReload(page, TRACK_KEY, track({completedAt: {[LEARNING_TRACK[0]!.id]: NOW - 1000, [LEARNING_TRACK[1]!.id]: NOW}}));
      await expect.poll(() => widgetText(page, 'learning-track')).toMatch(/2 of 10 steps done/);
      await tabUntil(page, (el) => el.text === 'Reset progress');
      await page.keyboard.press('Enter');
      await expect.poll(() => status(page, 'learning-track').textContent()).toBe('Press again to clear your track progress, or Escape to keep it.');
      await page.keyboard.press('Escape');
      await expect.poll(() => status(page, 'learning-track').textContent()).toBe('Reset cancelled: your track progress is kept.');
      expect(await page.locator('[data-widget="learning-track"] button', {hasText: /^Reset progress$/}).count()).toBe(1);
      expect(await widgetText(page, 'learning-track')).toMatch(/2 of 10 steps done/);
      // Enter asks, and once the question is shown a second Enter clears.
      await page.keyboard.press('Enter');
      await expect.poll(() => status(page, 'learning-track').textContent()).toBe('Press again to clear your track progress, or Escape to keep it.');
      await page.keyboard.press('Enter');
      await expect.poll(() => status(page, 'learning-track').textContent()).toBe('Track progress reset.');
      expect(await widgetText(page, 'learning-track')).toMatch(/0 of 10 steps done/);
      // The next step is offered by a link that Enter follows to the step.
      await tabUntil(page, (el) => el.text === 'Start with step 1', 'Shift+Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.url()).toMatch(new RegExp(`#step-${LEARNING_TRACK[0]!.id}$`));
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
