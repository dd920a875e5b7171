import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {QUIZ_QUESTIONS} from '../../src/data/quiz/index.ts';
import {DESKTOP, PHONE, openPage, seriousA11yViolations} from './harness.ts';

const MOCK = '/docs/exam/mock-exam';
const REVIEW = '/docs/exam/review-queue';
const byId = new Map(QUIZ_QUESTIONS.map((q) => [q.id, q]));
const card = (page: Page) => page.locator('article[data-question-id]').first();

/** Selects options by their letter label in the current exam question. */
async function choose(page: Page, ids: readonly string[]): Promise<void> {
  for (const id of ids) await card(page).locator(`input[value="${id}"]`).check();
}

describe('mock exam', () => {
  it('takes a 10-question mock, survives a reload, scores per domain, reviews every answer and feeds the review queue', async () => {
    const {page, consoleErrors, externalRequests, close} = await openPage(MOCK, {waitUntil: 'networkidle'});
    try {
      await page.getByLabel('Questions').selectOption('10');
      await page.getByRole('button', {name: 'Start the exam'}).click();
      await expect.poll(() => card(page).locator('h2').textContent()).toBe('Question 1 of 10');
      expect(await page.getByRole('timer').textContent()).toMatch(/^(20:00|19:5\d) left$/);

      // Answer the first six: three right, three wrong; leave four open. Reload halfway.
      const seen: string[] = [];
      const plan: Array<'right' | 'wrong' | 'skip'> = ['right', 'wrong', 'right', 'wrong', 'right', 'wrong', 'skip', 'skip', 'skip', 'skip'];
      for (let i = 0; i < 10; i++) {
        if (i === 3) {
          await page.reload({waitUntil: 'networkidle'});
          await expect.poll(() => page.locator('text=/Answered \\d+ of 10/').textContent()).toBe('Answered 3 of 10');
          await page.getByLabel('Go to').selectOption(String(i));
        }
        const id = (await card(page).getAttribute('data-question-id'))!;
        seen.push(id);
        const q = byId.get(id)!;
        if (plan[i] === 'right') await choose(page, q.options.filter((o) => o.correct).map((o) => o.id));
        if (plan[i] === 'wrong') await choose(page, [q.options.find((o) => !o.correct)!.id]);
        if (i < 9) await page.getByRole('button', {name: 'Next →'}).click();
      }
      expect(new Set(seen).size).toBe(10);
      // The domains follow the weights: 3/3/2/2 for ten questions.
      const domains = [1, 2, 3, 4].map((d) => seen.filter((id) => byId.get(id)!.domain === d).length);
      expect(domains).toEqual([3, 3, 2, 2]);

      await page.getByRole('button', {name: 'Finish exam'}).click();
      expect(await page.getByRole('status').first().textContent()).toContain('4 questions unanswered');
      await page.getByRole('button', {name: 'Confirm: finish exam'}).click();
      await expect.poll(() => page.locator('text=/of 10 right/').textContent()).toBe('3 of 10 right (30 %)');

      // Per-domain rows add up to the exam and to the score.
      const rows = await page.locator('tr[data-domain] td:nth-of-type(2)').allTextContents();
      expect(rows).toHaveLength(4);
      const cells = rows.map((cell) => /^(\d+) of (\d+)$/.exec(cell.trim())!.slice(1).map(Number));
      expect(cells.map(([, total]) => total)).toEqual(domains);
      expect(cells.reduce((sum, [right]) => sum + right!, 0)).toBe(3);
      for (let d = 0; d < 4; d++) {
        const expected = seen.filter((id, i) => byId.get(id)!.domain === d + 1 && plan[i] === 'right').length;
        expect(cells[d]![0], `domain ${d + 1}`).toBe(expected);
      }

      // Every answer is reviewed with its explanations; "only missed" shows seven.
      expect(await page.locator('article[data-correct]').count()).toBe(10);
      const first = page.locator('article[data-correct]').first();
      expect(await first.locator('p').filter({hasText: /^✓ Correct|^✗ Wrong/}).count()).toBe(byId.get(seen[0]!)!.options.length);
      expect(await first.locator('a', {hasText: 'AWS source'}).getAttribute('href')).toBe(byId.get(seen[0]!)!.source);
      await page.getByLabel(/Only the 7 missed/).check();
      expect(await page.locator('article[data-correct="false"]').count()).toBe(7);
      expect(await page.locator('article[data-correct="true"]').count()).toBe(0);

      // The results survive a reload too.
      await page.reload({waitUntil: 'networkidle'});
      await expect.poll(() => page.locator('text=/of 10 right/').textContent()).toBe('3 of 10 right (30 %)');

      // The seven misses are due in the review queue; answering one right rests it for a day.
      await page.goto(new URL(REVIEW, page.url()).href, {waitUntil: 'networkidle'});
      await expect.poll(() => page.locator('text=/due now/').textContent()).toBe('7 due now · 0 resting');
      await page.getByRole('button', {name: 'Review 7 due questions'}).click();
      const id = (await card(page).getAttribute('data-question-id'))!;
      for (const option of byId.get(id)!.options.filter((o) => o.correct)) await card(page).locator(`input[value="${option.id}"]`).check();
      await card(page).getByRole('button', {name: 'Check answer'}).click();
      await expect.poll(() => page.getByRole('status').first().textContent()).toContain('comes back once more, tomorrow');
      await page.getByRole('button', {name: 'Stop the round'}).click();
      await expect.poll(() => page.locator('text=/due now/').textContent()).toBe('6 due now · 1 resting');

      expect(consoleErrors).toEqual([]);
      expect(externalRequests).toEqual([]);
    } finally {
      await close();
    }
  });

  it('has no serious accessibility problems on the new exam pages, both themes, phone and desktop', async () => {
    for (const path of [MOCK, REVIEW]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const viewport of [PHONE, DESKTOP]) {
          const {page, close} = await openPage(path, {viewport, colorScheme, waitUntil: 'networkidle'});
          try {
            if (path === MOCK) {
              await page.getByRole('button', {name: 'Start the exam'}).click();
              await card(page).locator('input').first().check();
            }
            expect(await seriousA11yViolations(page), `${path} ${colorScheme} ${viewport.width}px`).toEqual([]);
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            expect(overflow, `${path} ${viewport.width}px scrolls sideways`).toBeLessThanOrEqual(0);
          } finally {
            await close();
          }
        }
      }
    }
  });
});
