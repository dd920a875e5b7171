import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {QUIZ_QUESTIONS} from '../../src/data/quiz/index.ts';
import type {QuizQuestion} from '../../src/data/quiz/index.ts';
import {shuffleOptions} from '../../src/core/quiz/shuffleOptions.ts';
import {DESKTOP, PHONE, openPage, seriousA11yViolations} from './harness.ts';

const QUIZ = '/docs/exam/quiz';
const domain2 = QUIZ_QUESTIONS.filter((q) => q.domain === 2);
const partialBatchIndex = domain2.findIndex((q) => q.id === 'd2-sqs-partial-batch');

/** Presses Tab until the focused element matches, so the test only uses the keyboard to move. */
async function tabTo(page: Page, matches: (el: {tag: string; type: string; text: string; label: string}) => boolean, maxTabs = 250): Promise<void> {
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      const input = a as HTMLInputElement | null;
      const label = input?.id ? document.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent ?? '' : '';
      return {tag: a?.tagName ?? '', type: input?.type ?? '', text: (a?.textContent ?? '').trim(), label: label.trim()};
    });
    if (matches(el)) return;
  }
  throw new Error('the wanted element was never reached with Tab');
}

const card = (page: Page) => page.locator('article[data-question-id]').first();
const status = (page: Page) => card(page).locator('[role="status"]');
const score = (page: Page) => page.locator('text=/Answered \\d+ of \\d+/').first();
const LETTERS = 'ABCDEFGH';

/** The attempt's shuffle seed, once the widget has stored it. */
async function storedSeed(page: Page): Promise<string> {
  let seed = '';
  await expect
    .poll(async () => {
      seed = await page.evaluate(() => (JSON.parse(localStorage.getItem('lambda-lab:quiz-progress') ?? '{}') as {seed?: string}).seed ?? '');
      return seed;
    })
    .toMatch(/^[0-9a-f]+$/);
  return seed;
}

/** Displayed positions (0 = A) of a question's correct and wrong options for a seed. */
function positions(question: QuizQuestion, seed: string): {right: number[]; wrong: number[]} {
  const shown = shuffleOptions(question, seed);
  return {right: shown.flatMap((o, i) => (o.correct ? [i] : [])), wrong: shown.flatMap((o, i) => (o.correct ? [] : [i]))};
}

/** Focus is on the first radio of a group: select the one at `position` with the keyboard. */
async function pickRadio(page: Page, position: number): Promise<void> {
  if (position === 0) await page.keyboard.press('Space');
  for (let i = 0; i < position; i++) await page.keyboard.press('ArrowDown');
}

describe('exam quiz', () => {
  it('is answered, checked, filtered, remembered and reset with the keyboard', async () => {
    const opened = await openPage(QUIZ, {waitUntil: 'networkidle'});
    const {page} = opened;
    try {
      await expect.poll(() => score(page).textContent()).toContain(`Answered 0 of ${QUIZ_QUESTIONS.length}`);
      expect(await card(page).getAttribute('data-question-id')).toBe(QUIZ_QUESTIONS[0]!.id);

      const seed = await storedSeed(page);
      const q1 = positions(QUIZ_QUESTIONS[0]!, seed);
      // Question 1: Tab to the radio group, arrow to the correct option, Tab to Check, Enter.
      await tabTo(page, (el) => el.type === 'radio' && el.label.startsWith('A.'));
      await pickRadio(page, q1.right[0]!);
      await tabTo(page, (el) => el.text === 'Check answer');
      await page.keyboard.press('Enter');
      await expect.poll(() => status(page).textContent()).toBe(`Correct. The answer is ${LETTERS[q1.right[0]!]}.`);
      expect(await card(page).locator('text=✓ Correct, you chose it.').count()).toBe(1);
      expect(await card(page).locator('p[id$="-why"]').count()).toBe(QUIZ_QUESTIONS[0]!.options.length);
      // Each explanation stays with its own option, whatever the order.
      for (const option of QUIZ_QUESTIONS[0]!.options) {
        expect(await card(page).locator('li', {hasText: option.text}).locator('p[id$="-why"]').textContent()).toContain(option.explanation);
      }
      expect(await card(page).locator('a', {hasText: 'AWS source'}).getAttribute('href')).toBe(QUIZ_QUESTIONS[0]!.source);
      expect(await card(page).locator('a', {hasText: 'Learn more in Lambda Lab'}).getAttribute('href')).toBe('/docs/security/permissions');
      expect(await score(page).textContent()).toContain(`Answered 1 of ${QUIZ_QUESTIONS.length} · 1 correct`);

      // Next question by keyboard; focus lands on its heading. Pick a wrong option.
      await tabTo(page, (el) => el.text === 'Next →');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(`Question 2 of ${QUIZ_QUESTIONS.length}`);
      const q2 = positions(QUIZ_QUESTIONS[1]!, seed);
      await tabTo(page, (el) => el.type === 'radio');
      await pickRadio(page, q2.wrong[0]!);
      await tabTo(page, (el) => el.text === 'Check answer');
      await page.keyboard.press('Enter');
      await expect.poll(() => status(page).textContent()).toContain(`Not quite. The correct answer is ${LETTERS[q2.right[0]!]}.`);
      expect(await card(page).locator('text=✗ Wrong, you chose it.').count()).toBe(1);
      expect(await score(page).textContent()).toContain(`Answered 2 of ${QUIZ_QUESTIONS.length} · 1 correct`);

      // Filter by domain 2 and go to a "Choose two" question.
      await page.getByLabel('Exam domain').selectOption({value: '2'});
      await expect.poll(() => card(page).locator('h2').textContent()).toBe(`Question 1 of ${domain2.length}`);
      expect(await card(page).textContent()).toContain('Domain 2: Design Resilient Architectures');
      expect(await score(page).textContent()).toContain(`Answered 0 of ${domain2.length}`);
      await page.getByLabel('Go to').selectOption({value: String(partialBatchIndex)});
      expect(await card(page).getAttribute('data-question-id')).toBe('d2-sqs-partial-batch');
      const two = positions(domain2[partialBatchIndex]!, seed).right.map((i) => LETTERS[i]!);

      // Checkboxes: the first correct one with Space, Check too early gives a hint, then the second.
      await tabTo(page, (el) => el.type === 'checkbox' && el.label.startsWith(`${two[0]}.`));
      await page.keyboard.press('Space');
      await tabTo(page, (el) => el.text === 'Check answer');
      await page.keyboard.press('Enter');
      expect(await card(page).textContent()).toContain('Select 1 more option.');
      expect(await status(page).textContent()).toBe('');
      await page.keyboard.press('Shift+Tab'); // back to the last checkbox
      for (let i = 0; i < 6; i++) {
        const label = await page.evaluate(() => document.querySelector(`label[for="${CSS.escape(document.activeElement!.id)}"]`)?.textContent ?? '');
        if (label.startsWith(`${two[1]}.`)) break;
        await page.keyboard.press('Shift+Tab');
      }
      await page.keyboard.press('Space');
      await tabTo(page, (el) => el.text === 'Check answer');
      await page.keyboard.press('Enter');
      await expect.poll(() => status(page).textContent()).toBe(`Correct. The answers are ${two[0]} and ${two[1]}.`);

      // Reload: filter, position and answers are remembered.
      await page.reload({waitUntil: 'networkidle'});
      await expect.poll(() => card(page).getAttribute('data-question-id')).toBe('d2-sqs-partial-batch');
      expect(await page.getByLabel('Exam domain').inputValue()).toBe('2');
      await expect.poll(() => status(page).textContent()).toBe(`Correct. The answers are ${two[0]} and ${two[1]}.`);
      expect(await card(page).locator('input:checked').count()).toBe(2);
      expect(await storedSeed(page)).toBe(seed);
      expect(await score(page).textContent()).toContain(`Answered 1 of ${domain2.length} · 1 correct`);
      await page.getByLabel('Exam domain').selectOption({value: 'all'});
      await expect.poll(() => score(page).textContent()).toContain(`Answered 3 of ${QUIZ_QUESTIONS.length} · 2 correct`);

      // Reset by keyboard: Escape cancels the first press, a second press confirms.
      await page.getByRole('button', {name: 'Reset progress'}).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('button', {name: 'Confirm reset'}).count()).toBe(1);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('button', {name: 'Reset progress'}).count()).toBe(1);
      expect(await score(page).textContent()).toContain(`Answered 3 of ${QUIZ_QUESTIONS.length}`);
      // Enter asks; once the confirm button is shown a second Enter clears.
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('button', {name: 'Confirm reset'}).count()).toBe(1);
      await page.keyboard.press('Enter');
      await expect.poll(() => score(page).textContent()).toContain(`Answered 0 of ${QUIZ_QUESTIONS.length}`);
      expect(await page.locator('text=Progress reset. All answers were cleared.').count()).toBe(1);
      // A reset starts a new attempt: a new shuffle.
      expect(await storedSeed(page)).not.toBe(seed);
      await page.reload({waitUntil: 'networkidle'});
      await expect.poll(() => score(page).textContent()).toContain(`Answered 0 of ${QUIZ_QUESTIONS.length}`);

      expect(opened.consoleErrors).toEqual([]);
      expect(opened.externalRequests).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('gives the position of the right answer away nowhere: balanced positions, always-A near chance', async () => {
    const opened = await openPage(QUIZ, {waitUntil: 'networkidle'});
    const {page} = opened;
    try {
      await expect.poll(() => score(page).textContent()).toContain('Answered 0 of');
      await page.getByLabel('All as a list').check();
      await expect.poll(() => page.locator('article[data-question-id]').count()).toBe(QUIZ_QUESTIONS.length);
      // What a reader sees: for each card, the displayed positions of the options the data marks correct.
      const byId = new Map(QUIZ_QUESTIONS.map((q) => [q.id, q]));
      const cards = await page.locator('article[data-question-id]').evaluateAll((articles) =>
        articles.map((a) => ({id: a.getAttribute('data-question-id')!, labels: [...a.querySelectorAll('label')].map((l) => l.textContent ?? '')})),
      );
      const counts = new Map<number, number>();
      let singles = 0;
      let multiFirst = 0;
      let multis = 0;
      for (const {id, labels} of cards) {
        const question = byId.get(id)!;
        const right = labels.flatMap((label, i) => (question.options.some((o) => o.correct && label.endsWith(o.text)) ? [i] : []));
        expect(right.length, id).toBe(question.choose);
        if (question.choose === 1) {
          singles += 1;
          counts.set(right[0]!, (counts.get(right[0]!) ?? 0) + 1);
        } else {
          multis += 1;
          if (right.every((i) => i < question.choose)) multiFirst += 1;
        }
      }
      for (const [position, count] of counts) expect(count / singles, `position ${LETTERS[position]}: ${count} of ${singles}`).toBeLessThanOrEqual(0.4);
      expect(multiFirst, '"choose two" answered by the first options').toBeLessThan(multis);

      // Always the first option, checked on every single-answer card, as a person gaming it would.
      await page.evaluate(async () => {
        for (const article of document.querySelectorAll('article[data-question-id]')) {
          const inputs = article.querySelectorAll<HTMLInputElement>('input[type="radio"]');
          if (inputs.length === 0) continue;
          inputs[0]!.click();
          [...article.querySelectorAll('button')].find((b) => b.textContent === 'Check answer')!.click();
          // As a person would: one answer at a time, letting the page render in between.
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
      });
      const chance = QUIZ_QUESTIONS.filter((q) => q.choose === 1).reduce((sum, q) => sum + 1 / q.options.length, 0);
      await expect.poll(async () => Number(/· (\d+) correct/.exec((await score(page).textContent()) ?? '')?.[1])).toBeLessThan(chance + 0.15 * singles);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('reaches the first answer in a few key presses (skip link)', async () => {
    const opened = await openPage(QUIZ, {waitUntil: 'networkidle'});
    const {page} = opened;
    try {
      await expect.poll(() => score(page).textContent()).toContain('Answered 0 of');
      let presses = 0;
      const focused = () => page.evaluate(() => ({text: document.activeElement?.textContent?.trim() ?? '', type: (document.activeElement as HTMLInputElement | null)?.type ?? ''}));
      for (; presses < 6; presses++) {
        await page.keyboard.press('Tab');
        if ((await focused()).text === 'Skip to the first question') break;
      }
      await page.keyboard.press('Enter');
      presses += 2;
      expect((await focused()).type).toBe('radio');
      expect(presses).toBeLessThanOrEqual(5);
    } finally {
      await opened.close();
    }
  });

  it('survives corrupt saved progress and shows every question as a list', async () => {
    const opened = await openPage(QUIZ, {waitUntil: 'networkidle'});
    const {page} = opened;
    try {
      await page.evaluate(() => {
        localStorage.setItem('lambda-lab:quiz-progress', '{not json');
        localStorage.setItem('lambda-lab:quiz-view', '{"filter":"9","index":-3,"layout":42}');
      });
      await page.reload({waitUntil: 'networkidle'});
      await expect.poll(() => page.locator('text=Saved progress could not be read').count()).toBe(1);
      expect(await score(page).textContent()).toContain(`Answered 0 of ${QUIZ_QUESTIONS.length}`);
      expect(await card(page).locator('h2').textContent()).toBe(`Question 1 of ${QUIZ_QUESTIONS.length}`);

      await page.getByLabel('All as a list').check();
      await expect.poll(() => page.locator('article[data-question-id]').count()).toBe(QUIZ_QUESTIONS.length);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.getByLabel('Exam domain').selectOption({value: '4'});
      await expect.poll(() => page.locator('article[data-question-id]').count()).toBe(QUIZ_QUESTIONS.filter((q) => q.domain === 4).length);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('does not shift the layout while loading stored progress', async () => {
    const opened = await openPage(QUIZ, {waitUntil: 'networkidle'});
    const {page} = opened;
    try {
      await page.evaluate((id) => localStorage.setItem('lambda-lab:quiz-progress', JSON.stringify({version: 1, answers: {[id]: ['a']}})), QUIZ_QUESTIONS[0]!.id);
      await page.addInitScript(() => {
        (window as unknown as {__cls: number}).__cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as {value: number; hadRecentInput: boolean}[]) {
            if (!entry.hadRecentInput) (window as unknown as {__cls: number}).__cls += entry.value;
          }
        }).observe({type: 'layout-shift', buffered: true});
      });
      await page.reload({waitUntil: 'networkidle'});
      await expect.poll(() => status(page).textContent()).toMatch(/^Correct\. The answer is [A-E]\.$/);
      await page.waitForTimeout(300);
      const cls = await page.evaluate(() => (window as unknown as {__cls: number}).__cls);
      expect(cls).toBeLessThan(0.1);
    } finally {
      await opened.close();
    }
  });

  for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`reads well with feedback shown (${name}, ${colorScheme}): screenshot and axe`, async () => {
        const opened = await openPage(QUIZ, {viewport, colorScheme, waitUntil: 'networkidle'});
        const {page} = opened;
        try {
          await page.locator('h1').first().scrollIntoViewIfNeeded();
          await page.screenshot({path: `/tmp/quiz-${name}-${colorScheme}-top.png`, fullPage: false});
          // A stale-trap question answered wrongly shows every kind of feedback at once.
          const index = QUIZ_QUESTIONS.findIndex((q) => q.id === 'd2-async-payload-1mb');
          await page.getByLabel('Go to').selectOption({value: String(index)});
          const trap = QUIZ_QUESTIONS[index]!;
          await card(page).locator('li', {hasText: trap.options.find((o) => !o.correct)!.text}).locator('input').check();
          await card(page).getByRole('button', {name: 'Check answer'}).click();
          await expect.poll(() => status(page).textContent()).toContain('Not quite');
          await card(page).scrollIntoViewIfNeeded();
          await page.screenshot({path: `/tmp/quiz-${name}-${colorScheme}.png`, fullPage: false});
          expect(await seriousA11yViolations(page)).toEqual([]);
          // Nothing sticks out sideways on a phone.
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
          expect(opened.consoleErrors).toEqual([]);
        } finally {
          await opened.close();
        }
      });
    }
  }

  it('study guide and overview link to sources and render', async () => {
    for (const path of ['/docs/exam', '/docs/exam/study-guide']) {
      const opened = await openPage(path, {waitUntil: 'networkidle'});
      try {
        expect(await opened.page.locator('h1').first().isVisible()).toBe(true);
        expect(opened.consoleErrors).toEqual([]);
        if (path.endsWith('study-guide')) {
          const awsLinks = await opened.page.locator('article a[href^="https://docs.aws.amazon.com"], article a[href^="https://aws.amazon.com"]').count();
          expect(awsLinks).toBeGreaterThanOrEqual(30);
          await opened.page.screenshot({path: '/tmp/quiz-study-guide.png'});
        }
      } finally {
        await opened.close();
      }
    }
  });
});
