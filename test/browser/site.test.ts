import {describe, expect, it} from 'vitest';
import {DESKTOP, PHONE, openPage, seriousA11yViolations, sitemapPaths} from './harness.ts';

const paths = sitemapPaths();

describe('every page in the sitemap', () => {
  it('the sitemap lists the home page and the docs', () => {
    expect(paths).toContain('/');
    expect(paths).toContain('/docs/intro');
    expect(paths.length).toBeGreaterThan(5);
  });

  for (const path of paths) {
    it(`${path} renders, stays on localhost and passes axe (light, desktop; dark, phone)`, async () => {
      for (const [colorScheme, viewport] of [['light', DESKTOP], ['dark', PHONE]] as const) {
        const opened = await openPage(path, {colorScheme, viewport, waitUntil: 'networkidle'});
        try {
          expect(await opened.page.locator('h1').first().isVisible(), `h1 visible on ${path}`).toBe(true);
          expect(await opened.page.locator('html').getAttribute('data-theme')).toBe(colorScheme);
          expect(opened.consoleErrors, `console errors on ${path} (${colorScheme})`).toEqual([]);
          expect(opened.externalRequests, `off-host requests from ${path}`).toEqual([]);
          expect(await seriousA11yViolations(opened.page), `axe on ${path} (${colorScheme})`).toEqual([]);
        } finally {
          await opened.close();
        }
      }
    });
  }
});
