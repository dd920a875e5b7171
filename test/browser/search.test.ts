import {describe, expect, it} from 'vitest';
import {openPage} from './harness.ts';

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
});
