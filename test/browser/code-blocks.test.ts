import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {DESKTOP, PHONE, openPage} from './harness.ts';
import {isCodeHighlighter} from '../../bench/site.bench.ts';

// Code blocks in the docs are coloured from tokens made at build time (src/remark/codeTokens.ts):
// coloured in the HTML, with no Prism in the browser. Code a widget renders itself still gets
// Prism, lazily (src/theme/CodeBlock/Content).

const CODE_PAGES = ['/docs/invocation/asynchronous', '/docs/basics/first-function', '/docs/patterns/', '/docs/tools/cli', '/docs/playground-reference'];
const html = (path: string) => readFileSync(join('build', path, 'index.html'), 'utf8');

/** Colour of each non-plain token in the first code blocks, and the blocks' background. */
const coloursOnPage = () =>
  [...document.querySelectorAll('.theme-doc-markdown pre.prism-code')].slice(0, 4).map((pre) => ({
    background: getComputedStyle(pre).backgroundColor,
    tokens: [...pre.querySelectorAll('.token:not(.plain)')].slice(0, 6).map((t) => `${t.className}=${getComputedStyle(t).color}`),
  }));

describe('code blocks are coloured at build time', () => {
  it('the HTML of a page with code already holds the coloured tokens (JS off), with no stray attributes', () => {
    for (const path of CODE_PAGES) {
      const page = html(path);
      expect(page, path).toMatch(/<span class="token (keyword|builtin|function|string|number|key|punctuation)[^"]*" style="?color:#/);
      expect(page, path).not.toMatch(/<div line=|data-tokens=/);
    }
  });

  it('pages with code load no highlighter, and the colours follow the theme', async () => {
    const seen: Record<string, string> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const path of CODE_PAGES) {
        const opened = await openPage(path, {viewport: colorScheme === 'dark' ? PHONE : DESKTOP, colorScheme, waitUntil: 'networkidle'});
        try {
          const highlighter: string[] = [];
          opened.page.on('request', (request) => isCodeHighlighter(new URL(request.url()).pathname) && highlighter.push(request.url()));
          // Bring every block near the screen, then give the idle-time loader its chance.
          await opened.page.evaluate(async () => {
            for (const pre of document.querySelectorAll('pre')) {
              pre.scrollIntoView();
              await new Promise((resolve) => requestAnimationFrame(resolve));
            }
            await new Promise((resolve) => requestIdleCallback(() => resolve(null), {timeout: 2000}));
          });
          await opened.page.waitForLoadState('networkidle');
          expect(highlighter, `${path} (${colorScheme})`).toEqual([]);
          const colours = await opened.page.evaluate(coloursOnPage);
          expect(colours.length, path).toBeGreaterThan(0);
          expect(colours.some((block) => block.tokens.length > 0), `${path} has coloured tokens`).toBe(true);
          seen[`${colorScheme} ${path}`] = JSON.stringify(colours);
          expect(opened.consoleErrors, path).toEqual([]);
        } finally {
          await opened.close();
        }
      }
    }
    for (const path of CODE_PAGES) expect(seen[`dark ${path}`], `${path}: dark colours differ from light`).not.toBe(seen[`light ${path}`]);
  });

  it('code a widget renders itself is still coloured, by the lazy highlighter', async () => {
    const opened = await openPage('/docs/pricing/design-costs', {viewport: DESKTOP, waitUntil: 'networkidle'});
    try {
      // The worked example's template is in a <details> (src/components/DesignExample): open it.
      const widget = opened.page.getByTestId('design-example-http-api');
      await widget.locator('summary').first().click();
      await widget.locator('pre').first().evaluate((pre) => pre.scrollIntoView());
      // The coloured block replaces the plain one (a new element), so count afresh each time.
      await expect.poll(() => widget.locator('pre.prism-code .token:not(.plain)').count(), {timeout: 15_000}).toBeGreaterThan(0);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
