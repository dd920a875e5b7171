import {describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {openPage, PHONE} from './harness.ts';

/** Serves the search index 1.5 s late, as on a slow network; the returned function says whether it has been served. */
async function slowSearchIndex(page: Page): Promise<() => boolean> {
  let served = false;
  await page.route(/search-index.*\.json/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
    served = true;
  });
  return () => served;
}

describe('offline local search', () => {
  it('finds a docs page from the navbar box without leaving localhost', async () => {
    const {page, externalRequests, consoleErrors, close} = await openPage('/docs/intro');
    try {
      const box = page.getByRole('searchbox').or(page.locator('input.navbar__search-input')).first();
      await box.click();
      await box.fill('quotas');
      const firstResult = page.locator('.aa-suggestion, [role="option"]').first();
      await firstResult.waitFor({timeout: 15_000});
      expect(await page.locator('.aa-suggestion, [role="option"]').count()).toBeGreaterThan(0);
      expect(externalRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the /search page lists results for a query', async () => {
    const {page, close} = await openPage('/search?q=memory', {waitUntil: 'networkidle'});
    try {
      const results = page.locator('[class^="searchResultItem_"] a[href^="/docs/"]');
      await results.first().waitFor({timeout: 15_000});
      const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs.some((href) => href?.startsWith('/docs/about'))).toBe(true);
    } finally {
      await close();
    }
  });

  it('a reader who tabs past the search box keeps their focus when the index arrives; the shortcut still opens search', {timeout: 60_000}, async () => {
    const {page, consoleErrors, close} = await openPage('/docs/intro', {waitUntil: 'networkidle'});
    try {
      // The index arrives after the reader has moved on, as on a slow network.
      const indexServed = await slowSearchIndex(page);
      const active = () => page.evaluate(() => ({cls: document.activeElement?.className ?? '', text: document.activeElement?.textContent?.trim() ?? ''}));
      for (let i = 0; i < 30 && !(await active()).cls.includes('navbar__search-input'); i++) await page.keyboard.press('Tab');
      expect((await active()).cls).toContain('navbar__search-input');
      await page.keyboard.press('Tab');
      const next = await active();
      expect(next.cls).not.toContain('navbar__search-input');
      await expect.poll(indexServed, {timeout: 15_000}).toBe(true);
      // The plugin focuses the box once the index is in; give it the time to try.
      await page.waitForTimeout(1000);
      expect(await active()).toEqual(next);
      await page.keyboard.press('Control+k');
      await expect.poll(async () => (await active()).cls).toContain('navbar__search-input');
      await page.keyboard.type('quotas');
      await page.locator('.aa-suggestion, [role="option"]').first().waitFor({timeout: 15_000});
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('on a phone, a reader who taps the box and waits for the index still has the caret in it', {timeout: 60_000}, async () => {
    const {page, consoleErrors, close} = await openPage('/docs/intro', {waitUntil: 'networkidle', viewport: PHONE});
    try {
      const indexServed = await slowSearchIndex(page);
      await page.locator('input.navbar__search-input').first().click();
      await expect.poll(indexServed, {timeout: 15_000}).toBe(true);
      await page.waitForTimeout(1000);
      expect(await page.evaluate(() => document.activeElement?.className ?? '')).toContain('navbar__search-input');
      await page.keyboard.type('quotas');
      await page.locator('.aa-suggestion, [role="option"]').first().waitFor({timeout: 15_000});
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
