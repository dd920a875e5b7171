import {describe, expect, it} from 'vitest';
import {openPage} from './harness.ts';

describe('cold starts page → calculator', () => {
  it('states what INIT billing costs and links to the calculator with the INIT panel open', async () => {
    const opened = await openPage('/docs/lifecycle/cold-and-warm-starts', {waitUntil: 'networkidle'});
    const {page} = opened;
    try {
      const article = page.locator('article');
      await expect.poll(() => article.innerText()).toContain('$0.67 a month');
      const link = article.getByRole('link', {name: 'Open this example in the calculator'});
      // Docusaurus opens pathname:// links in a new tab: follow its address in this one.
      const href = (await link.getAttribute('href'))!;
      expect(href).toMatch(/^\/docs\/pricing\/calculator#calc=/);
      await page.goto(new URL(href, page.url()).href, {waitUntil: 'networkidle'});
      // The same figures as the page, and the panel with the INIT fields reopened as the link says.
      await expect.poll(() => page.getByTestId('total').innerText()).toContain('$11.00 a month');
      await expect.poll(() => page.locator('[data-widget="calculator"] details').first().evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      expect(await page.getByLabel('INIT duration per cold start').inputValue()).toBe('800 ms');
      // Closing it changes the link, so a shared link shows what the sender saw.
      await page.locator('[data-widget="calculator"] details > summary').first().click();
      await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toContain('"panels":[]');
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
