import {describe, expect, it} from 'vitest';
import {DESKTOP, PHONE, openPage} from './harness.ts';
import {MYTHS} from '../../src/data/myths.ts';

/**
 * The open questions from the seed notes, as a reader would type them into the navbar search,
 * and the page that answers each one.
 */
const SEED_QUESTIONS = [
  {question: 'configuration', query: 'configure app', path: '/docs/functions/environment-variables', title: 'Environment variables and configuration'},
  {question: 'logging', query: 'logging output', path: '/docs/observability/logs-metrics-tracing', title: 'Logs, metrics and tracing'},
  {question: 'blue/green deployment', query: 'blue green deployment', path: '/docs/deployment/versions-and-aliases', title: 'Versions, aliases and blue/green'},
  {question: 'security / context', query: 'security', path: '/docs/security/permissions', title: 'Execution roles vs resource-based policies'},
  {question: 'throttling options', query: 'throttling options', path: '/docs/scaling/concurrency', title: 'Concurrency, scaling and throttling'},
  {question: 'monitoring (throughput and response times)', query: 'monitoring throughput', path: '/docs/observability/logs-metrics-tracing', title: 'Logs, metrics and tracing'},
  {question: 'integration with other functions and services', query: 'integrating other functions', path: '/docs/invocation/synchronous', title: 'Synchronous invocation'},
  {question: 'application session state options', query: 'session state', path: '/docs/lifecycle/state-and-sessions', title: 'Statelessness and session state'},
  {question: 'What are layers?', query: 'layers', path: '/docs/functions/deployment-packages-and-layers', title: 'Deployment packages and layers'},
] as const;

describe('site search answers the seed questions', () => {
  for (const seed of SEED_QUESTIONS) {
    it(`"${seed.question}" → ${seed.path}`, async () => {
      const opened = await openPage('/docs/intro', {waitUntil: 'networkidle'});
      try {
        const {page} = opened;
        const box = page.locator('.navbar').getByRole('combobox').or(page.locator('.navbar input[aria-label="Search"]')).first();
        const options = page.locator('[role="listbox"] [role="option"]');
        // The index loads on first focus; a query typed while it loads can be dropped, so retype.
        for (let attempt = 1; attempt <= 3; attempt++) {
          await box.click();
          await box.fill('');
          await box.pressSequentially(seed.query, {delay: 20});
          try {
            await options.first().waitFor({timeout: 8_000});
            break;
          } catch (error) {
            if (attempt === 3) throw error;
          }
        }
        // The page must be among the first eight suggestions, as a page hit or as the page of a section hit.
        const texts = (await options.allInnerTexts()).slice(0, 8);
        const index = texts.findIndex((text) => text.includes(seed.title));
        expect(index, `suggestions for "${seed.query}": ${JSON.stringify(texts)}`).toBeGreaterThanOrEqual(0);
        await options.nth(index).click();
        await page.waitForURL((url) => url.pathname.replace(/\/$/, '') === seed.path, {timeout: 15_000});
        await expect.poll(() => page.locator('h1').first().innerText()).toContain(seed.title.split(' (')[0]);
        expect(opened.consoleErrors).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  }
});

describe('myth vs now cards', () => {
  it('the myths page shows every myth with both sides, a date and a source link', async () => {
    const opened = await openPage('/docs/myths', {waitUntil: 'networkidle'});
    try {
      const cards = opened.page.locator('[data-myth-id]');
      expect(await cards.count()).toBe(MYTHS.length);
      for (const myth of MYTHS) {
        const card = opened.page.locator(`[data-myth-id="${myth.id}"]`);
        await expect.poll(() => card.innerText()).toContain(myth.trueNow.slice(0, 40));
        expect(await card.getByText('Older notes say').isVisible()).toBe(true);
        expect(await card.getByRole('link', {name: 'Source'}).getAttribute('href')).toBe(myth.source);
      }
      await opened.page.screenshot({path: '/tmp/teaching-myths-desktop.png'});
    } finally {
      await opened.close();
    }
  });

  it('a card renders on the page where its myth lives, readable in dark mode on a phone', async () => {
    const opened = await openPage('/docs/pricing/how-billing-works', {colorScheme: 'dark', viewport: PHONE, waitUntil: 'networkidle'});
    try {
      const card = opened.page.locator('[data-myth-id="billing-100ms"]');
      await card.scrollIntoViewIfNeeded();
      expect(await card.isVisible()).toBe(true);
      expect(await card.innerText()).toContain('1 ms');
      // The "true now" text must contrast with its panel (a dark-mode regression shows dark-on-dark).
      const colors = await card.locator('dd').last().evaluate((el) => {
        const panel = el.parentElement!;
        return {text: getComputedStyle(el).color, panel: getComputedStyle(panel).backgroundColor};
      });
      expect(colors.text).not.toBe(colors.panel);
      await card.screenshot({path: '/tmp/teaching-myth-card-phone-dark.png'});
    } finally {
      await opened.close();
    }
  });

  it('on a phone, no card is wider than its column, even with long setting names', async () => {
    const opened = await openPage('/docs/myths', {viewport: PHONE, waitUntil: 'networkidle'});
    try {
      const overflowing = await opened.page.locator('[data-myth-id]').evaluateAll((cards) =>
        // A long word widens the "true now" panel past the card: the card's content then scrolls.
        cards.filter((card) => card.scrollWidth > card.clientWidth + 1).map((card) => card.getAttribute('data-myth-id')),
      );
      expect(overflowing).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
