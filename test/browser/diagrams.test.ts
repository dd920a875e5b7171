import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, inject, it} from 'vitest';
import {DESKTOP, PHONE, getBrowser, openPage, seriousA11yViolations, sitemapPaths} from './harness.ts';
import {PLAIN_PAGE, isCodeHighlighter} from '../../bench/site.bench.ts';

/** Docs pages with a ```mermaid block, as URL paths (docs/a/b.mdx → /docs/a/b). */
function diagramPages(dir = 'docs'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return diagramPages(path);
    if (!/\.mdx?$/.test(name) || !/^```mermaid\s*$/m.test(readFileSync(path, 'utf8'))) return [];
    return [`/${path.replace(/\.mdx?$/, '').replace(/\/index$/, '')}`];
  });
}

const PAGES = diagramPages();
const html = (path: string) => readFileSync(join('build', path, 'index.html'), 'utf8');

/**
 * Gzipped bytes of every script the page ran by network idle (the bench's measure). Chunks that
 * Docusaurus prefetches for linked pages (resource type "other") are left out: they follow the
 * page's links, not its diagrams, and the bench prints them on a line of their own. Code blocks
 * are coloured at build time (src/remark/codeTokens.ts), so a page's code adds no script: the
 * highlighter chunks count like any other (test/browser/code-blocks.test.ts checks no docs page loads them).
 */
async function jsByIdle(path: string, viewport = DESKTOP): Promise<number> {
  const {gzipSync} = await import('node:zlib');
  const opened = await openPage('about:blank', {viewport});
  try {
    const urls = new Set<string>();
    opened.page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.endsWith('.js') && request.resourceType() === 'script') urls.add(url.pathname);
    });
    await opened.page.goto(new URL(path, inject('baseUrl')).href, {waitUntil: 'networkidle'});
    await opened.page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(null), {timeout: 2000})));
    await opened.page.waitForLoadState('networkidle');
    return [...urls].reduce((sum, url) => sum + gzipSync(readFileSync(join('build', url))).length, 0);
  } finally {
    await opened.close();
  }
}

describe('Mermaid diagrams are drawn at build time', () => {
  it('every diagram page is in the build and its HTML holds the SVG, with no diagram script', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(7);
    const built = new Set(sitemapPaths());
    for (const path of PAGES) {
      expect(built.has(path) || built.has(`${path}/`), path).toBe(true);
      const page = html(path);
      expect(page, path).toMatch(/class="?ll-diagram[^>]*><div [^>]*role="?region"?[^>]*><div role="?img"?[^>]* aria-label=[^>]{40,}><svg /);
      expect(page, path).not.toMatch(/mermaid[^"'\s]*\.js/);
    }
  });

  it(`every diagram page loads at most 1.10× the JS of ${PLAIN_PAGE} by idle`, async () => {
    const plain = await jsByIdle(PLAIN_PAGE);
    for (const path of PAGES) {
      const ratio = (await jsByIdle(path)) / plain;
      expect(ratio, `${path}: ${ratio.toFixed(3)}× the plain page's JS`).toBeLessThanOrEqual(1.1);
    }
  });

  it('Prism (for code a widget renders) is in two lazy chunks that hold no diagram code and that no page asks for up front', () => {
    const all = readdirSync('build/assets/js').filter((name) => name.endsWith('.js'));
    const chunks = all.filter((name) => isCodeHighlighter(`/${name}`));
    expect(chunks.map((name) => name.replace(/\.[0-9a-f]+\.js$/, '')).sort()).toEqual(['code-highlighter', 'code-highlighter-prism']);
    const source = chunks.map((name) => readFileSync(join('build/assets/js', name), 'utf8')).join('\n');
    expect(source).not.toMatch(/mermaid|elkjs/i);
    // Prism's bash grammar (themeConfig.prism.additionalLanguages) is in them and in no other script.
    expect(source).toContain('BASH_ALIASES');
    for (const name of all.filter((n) => !chunks.includes(n))) expect(readFileSync(join('build/assets/js', name), 'utf8'), name).not.toContain('BASH_ALIASES');
    // Lazy: no page's HTML asks for them up front.
    for (const path of [PLAIN_PAGE, ...PAGES]) for (const name of chunks) expect(html(path), path).not.toContain(name);
  });

  it('on a phone a wide diagram shrinks to no less than 65 % and then scrolls in a labelled box the keyboard can scroll', async () => {
    let scrolled = 0;
    for (const path of PAGES) {
      const opened = await openPage(path, {viewport: PHONE});
      try {
        expect(await opened.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${path} scrolls sideways`).toBe(true);
        const figures = await opened.page.$$eval('.ll-diagram', (list) =>
          list.map((figure) => {
            const box = figure.querySelector<HTMLElement>('[role="region"]')!;
            const svg = figure.querySelector('svg')!;
            return {
              scale: svg.getBoundingClientRect().width / Number.parseFloat(svg.style.maxWidth),
              overflows: box.scrollWidth > box.clientWidth + 1,
              tabIndex: box.tabIndex,
              label: box.getAttribute('aria-label') ?? '',
              boxRight: box.getBoundingClientRect().right,
            };
          }),
        );
        const column = (await opened.page.locator('.theme-doc-markdown').boundingBox())!;
        for (const [i, figure] of figures.entries()) {
          const where = `${path} diagram ${i + 1}`;
          expect(figure.scale, where).toBeGreaterThanOrEqual(0.649);
          expect(figure.boxRight, where).toBeLessThanOrEqual(column.x + column.width + 1);
          expect(figure.tabIndex, where).toBe(0);
          expect(figure.label, where).toMatch(/^Diagram: .{5,}/);
        }
        const wide = figures.findIndex((f) => f.overflows);
        if (wide >= 0) {
          // The arrow keys scroll the focused box (the browser's own scrolling, no script).
          const box = opened.page.locator('.ll-diagram [role="region"]').nth(wide);
          await box.focus();
          await opened.page.keyboard.press('ArrowRight');
          await opened.page.keyboard.press('ArrowRight');
          await expect.poll(() => box.evaluate((el) => el.scrollLeft), {timeout: 2000}).toBeGreaterThan(0);
          scrolled++;
        }
      } finally {
        await opened.close();
      }
    }
    // At 390 px some diagrams are wider than 65 % of the column allows: the scroll box is really used.
    expect(scrolled).toBeGreaterThan(0);
  });

  it('the patterns page fits a phone: no sideways page scroll, and each estimate table fits its column', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const opened = await openPage('/docs/patterns/', {viewport: PHONE, colorScheme});
      try {
        expect(await opened.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'the page scrolls sideways').toBe(true);
        const tables = await opened.page.$$eval('.theme-doc-markdown table', (list) =>
          list.filter((t) => /A month/.test(t.querySelector('thead')?.textContent ?? '')).map((t) => ({columns: t.querySelectorAll('thead th').length, fits: t.getBoundingClientRect().width <= t.parentElement!.clientWidth + 1, right: t.getBoundingClientRect().right})),
        );
        expect(tables.length).toBe(6);
        for (const [i, table] of tables.entries()) {
          expect(table, `estimate table ${i + 1}`).toMatchObject({columns: 2, fits: true});
          expect(table.right, `estimate table ${i + 1}`).toBeLessThanOrEqual(390);
        }
        await opened.page.locator('.theme-doc-markdown table').first().scrollIntoViewIfNeeded();
        await opened.page.screenshot({path: `/tmp/patterns-${colorScheme}-phone.png`});
      } finally {
        await opened.close();
      }
    }
  });

  it('the picture is there with JavaScript off', async () => {
    const context = await (await getBrowser()).newContext({javaScriptEnabled: false, viewport: DESKTOP});
    try {
      const page = await context.newPage();
      await page.goto(new URL(PAGES[0]!, inject('baseUrl')).href);
      const box = await page.locator('.ll-diagram svg').first().boundingBox();
      expect(box && box.width > 300 && box.height > 100, JSON.stringify(box)).toBe(true);
    } finally {
      await context.close();
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
      it(`fit the column and follow the ${colorScheme} theme on ${name}`, async () => {
        for (const path of PAGES) {
          const opened = await openPage(path, {colorScheme, viewport});
          try {
            const svg = opened.page.locator('.ll-diagram svg').first();
            const box = (await svg.boundingBox())!;
            const column = (await opened.page.locator('.theme-doc-markdown').boundingBox())!;
            expect(box.height, path).toBeGreaterThan(60);
            // Shrinks to the column instead of overflowing it (a phone column is ~358 px); on a phone a
            // wide diagram stops at 65 % and scrolls in its box instead (the test above).
            const scrollBox = (await opened.page.locator('.ll-diagram [role="region"]').first().boundingBox())!;
            expect(scrollBox.x + scrollBox.width, path).toBeLessThanOrEqual(column.x + column.width + 1);
            if (name === 'desktop') expect(box.x + box.width, path).toBeLessThanOrEqual(column.x + column.width + 1);
            expect(await opened.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${path} scrolls sideways`).toBe(true);
            const colors = await opened.page.evaluate(() => {
              const fills = [...new Set([...document.querySelectorAll('.ll-diagram svg text')].map((t) => getComputedStyle(t).fill))];
              const box = document.querySelector('.ll-diagram svg rect, .ll-diagram svg polygon, .ll-diagram svg circle')!;
              return {fills, shape: getComputedStyle(box).fill, page: getComputedStyle(document.body).backgroundColor};
            });
            // Text is drawn in the theme's text or muted colour (--ll-muted), never an unresolved variable (black).
            const allowed = colorScheme === 'dark' ? ['rgb(227, 227, 227)', 'rgb(173, 186, 199)'] : ['rgb(28, 30, 33)', 'rgb(87, 96, 106)'];
            expect(colors.fills.length, path).toBeGreaterThan(0);
            for (const fill of colors.fills) expect(allowed, `${path} text fill ${fill}`).toContain(fill);
            expect(colors.shape, path).not.toBe('rgb(0, 0, 0)');
            expect(opened.consoleErrors, path).toEqual([]);
            if (path === '/docs/invocation/asynchronous') {
              await svg.scrollIntoViewIfNeeded();
              await opened.page.screenshot({path: `/tmp/diagram-${colorScheme}-${name}.png`});
            }
          } finally {
            await opened.close();
          }
        }
      });
    }
  }

  it('axe finds nothing serious on a diagram page in either theme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const opened = await openPage('/docs/invocation/synchronous', {colorScheme, viewport: PHONE});
      try {
        expect(await seriousA11yViolations(opened.page)).toEqual([]);
      } finally {
        await opened.close();
      }
    }
  });
});
