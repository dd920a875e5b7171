import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {LEARNING_TRACK} from '../../src/data/learningTrack.ts';
import {QUIZ_QUESTIONS} from '../../src/data/quiz/index.ts';
import {DESKTOP, PHONE, openPage, seriousA11yViolations} from './harness.ts';

const TRACK = '/docs/learn-lambda';
const byId = new Map(QUIZ_QUESTIONS.map((q) => [q.id, q]));

interface Focused {
  qid: string | null;
  step: string | null;
  tag: string;
  type: string;
  value: string;
  text: string;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLInputElement | null;
    return {
      qid: a?.closest('article[data-question-id]')?.getAttribute('data-question-id') ?? null,
      step: a?.closest('li[data-step]')?.getAttribute('data-step') ?? null,
      tag: a?.tagName ?? '',
      type: a?.type ?? '',
      value: a?.value ?? '',
      text: (a?.textContent ?? '').trim(),
    };
  });
}

/** Presses Tab until the focused element matches: the test moves by keyboard only. */
async function tabUntil(page: Page, matches: (el: Focused) => boolean, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error('never reached the wanted element with Tab');
}

/** Answers one check question right, by keyboard: radios with Space and arrows, checkboxes with Space. */
async function answerRight(page: Page, questionId: string): Promise<void> {
  const q = byId.get(questionId)!;
  if (q.choose === 1) {
    await tabUntil(page, (el) => el.qid === q.id && el.type === 'radio');
    await page.keyboard.press('Space');
    // Options are shown in a shuffled order (issue 17): find the right one's place on the page.
    const shown = await page.locator(`article[data-question-id="${q.id}"] input[type="radio"]`).evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    const target = shown.indexOf(q.options.find((o) => o.correct)!.id);
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
  } else {
    for (const option of q.options.filter((o) => o.correct)) {
      await tabUntil(page, (el) => el.qid === q.id && el.type === 'checkbox' && el.value === option.id);
      await page.keyboard.press('Space');
    }
  }
  await tabUntil(page, (el) => el.qid === q.id && el.text === 'Check answer');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator(`article[data-question-id="${q.id}"] [role="status"]`).textContent()).toMatch(/^Correct\./);
}

const trackLink = (page: Page) => page.locator('nav.menu a[href="/docs/learn-lambda"]').first();

describe('Learn Lambda track', () => {
  it('completes the first two steps by keyboard; progress shows on the page and in the sidebar, survives a reload and resets', async () => {
    const {page, consoleErrors, externalRequests, close} = await openPage(TRACK, {waitUntil: 'networkidle'});
    try {
      await expect.poll(() => trackLink(page).textContent()).toBe('Learn Lambda (0/10)');
      expect(await page.locator('text=/of 10 steps done/').textContent()).toContain('0 of 10 steps done');

      for (const step of LEARNING_TRACK.slice(0, 2)) {
        // Open the step's check (a <details>) with the keyboard.
        await tabUntil(page, (el) => el.step === step.id && el.tag === 'SUMMARY');
        await page.keyboard.press('Enter');
        for (const id of step.checkQuestionIds) await answerRight(page, id);
        await expect.poll(() => page.locator(`li[data-step="${step.id}"]`).getAttribute('data-done')).toBe('true');
      }
      expect(await page.locator('text=/of 10 steps done/').textContent()).toContain('2 of 10 steps done');
      await expect.poll(() => trackLink(page).textContent()).toBe('Learn Lambda (2/10)');
      expect(await page.locator('li[data-step="invocation-modes"]').getAttribute('data-done')).toBe('false');

      await page.reload({waitUntil: 'networkidle'});
      await expect.poll(() => page.locator('text=/of 10 steps done/').textContent()).toContain('2 of 10 steps done');
      expect(await page.locator('li[data-done="true"]').count()).toBe(2);
      await expect.poll(() => trackLink(page).textContent()).toBe('Learn Lambda (2/10)');

      // A done step's page carries a check mark in the sidebar.
      await page.goto(new URL(LEARNING_TRACK[0]!.page, page.url()).href, {waitUntil: 'networkidle'});
      await expect.poll(() => page.locator(`nav.menu a[href="${LEARNING_TRACK[0]!.page}"]`).first().textContent()).toMatch(/ ✓$/);

      await page.goto(new URL(TRACK, page.url()).href, {waitUntil: 'networkidle'});
      await page.getByRole('button', {name: 'Reset progress'}).click();
      await page.getByRole('button', {name: 'Confirm reset'}).click();
      await expect.poll(() => page.locator('text=/of 10 steps done/').textContent()).toContain('0 of 10 steps done');
      await expect.poll(() => trackLink(page).textContent()).toBe('Learn Lambda (0/10)');

      expect(consoleErrors).toEqual([]);
      expect(externalRequests).toEqual([]);
    } finally {
      await close();
    }
  });

  it('links a glossary term on first use and the link lands on its entry', async () => {
    const {page, close} = await openPage('/docs/lifecycle/cold-and-warm-starts', {waitUntil: 'networkidle'});
    try {
      const term = page.locator('article a.glossary-term').first();
      const href = (await term.getAttribute('href'))!;
      expect(href).toMatch(/^\/docs\/glossary#[a-z0-9-]+$/);
      const anchors = await page.locator(`article a.glossary-term[href="${href}"]`).count();
      expect(anchors).toBe(1); // first use only
      await term.click();
      await page.waitForURL(/\/docs\/glossary#/);
      const id = href.split('#')[1]!;
      await expect.poll(() => page.locator(`h2[id="${id}"]`).count()).toBe(1);
    } finally {
      await close();
    }
  });

  it('has no serious accessibility problems on the track and glossary pages, both themes, phone and desktop', async () => {
    for (const path of [TRACK, '/docs/glossary']) {
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const viewport of [PHONE, DESKTOP]) {
          const {page, close} = await openPage(path, {viewport, colorScheme, waitUntil: 'networkidle'});
          try {
            if (path === TRACK) await page.locator('li[data-step] details summary').first().click();
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
