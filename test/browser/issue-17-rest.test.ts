/**
 * Issue 17, findings 6 (playground), 8 (search, Monaco's dark comments) and 9 (the calculator's
 * USD column on a phone): each test failed on the build before its fix.
 */
import {readFileSync} from 'node:fs';
import {compressToEncodedURIComponent} from 'lz-string';
import type {Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {PHONE, openPage, seriousA11yViolations} from './harness.ts';

const BUILD = process.env.LL_BUILD_DIR ?? 'build';

function playgroundLink(code: string, timeoutSeconds: number): string {
  const state = {code, language: 'javascript', templateId: 'eventbridge-custom', eventText: '{}', memoryMB: 128, timeoutSeconds, envText: '', mode: 'sync'};
  return `/docs/playground#pg=${compressToEncodedURIComponent(JSON.stringify(state))}`;
}

const status = (page: Page) => page.locator('[data-widget="playground"] [role="status"]');
const button = (page: Page, name: string) => page.getByRole('button', {name, exact: true});

/** WCAG contrast of two CSS colours (rgb/rgba strings; alpha ignored). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((x) => {
      const v = Number(x) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => p - q);
  return (y! + 0.05) / (x! + 0.05);
}

describe('issue 17, finding 6: the playground', () => {
  it('Stop ends an endless loop with a 900 s timeout at once, reports it, and Run works again', {timeout: 90_000}, async () => {
    const opened = await openPage(playgroundLink('export const handler = async () => { for (;;) {} };', 900), {waitUntil: 'networkidle'});
    const {page} = opened;
    try {
      const stop = button(page, 'Stop');
      expect(await stop.isDisabled()).toBe(true);
      await button(page, 'Run').click();
      await expect.poll(() => status(page).textContent(), {timeout: 20_000}).toMatch(/^Running/);
      await stop.waitFor();
      await page.waitForTimeout(300);
      await stop.click();
      // The handler's timeout is 900 s: "Stopped" within the poll's 30 s proves Stop ended it, on a loaded machine too.
      await expect.poll(() => status(page).textContent(), {timeout: 30_000}).toMatch(/^Stopped/);
      const firstLog = (await page.locator('pre[aria-label^="Run "]').last().textContent()) ?? '';
      expect(firstLog).toMatch(/Runtime exited with error: signal: killed/);
      expect(firstLog).toMatch(/Stop button/);
      expect(await button(page, 'Run').isEnabled()).toBe(true);
      // Run works again, in a new environment (the old one was shut down): a cold start, stopped too.
      // A stop that lands before the new environment has started the handler (a loaded machine)
      // reports 0 ms and no init yet; every run after a stop is cold, so try again, waiting longer.
      let log = '';
      for (const [attempt, waitMs] of [300, 2_000, 8_000].entries()) {
        await button(page, 'Run').click();
        await expect.poll(() => status(page).textContent(), {timeout: 20_000}).toMatch(/^Running/);
        await page.waitForTimeout(waitMs);
        await stop.click();
        await expect.poll(() => page.locator('pre[aria-label^="Run "]').count(), {timeout: 10_000}).toBe(attempt + 2);
        log = (await page.locator('pre[aria-label^="Run "]').last().textContent()) ?? '';
        if (!/Duration: 0\.00 ms/.test(log)) break;
      }
      expect(log).toMatch(/Init Duration/);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('Clear output during a run stops it: no "Running…" left, Run usable', {timeout: 60_000}, async () => {
    const opened = await openPage(playgroundLink('export const handler = async () => { for (;;) {} };', 900), {waitUntil: 'networkidle'});
    const {page} = opened;
    try {
      await button(page, 'Run').click();
      await expect.poll(() => status(page).textContent(), {timeout: 20_000}).toMatch(/^(Running|Loading the execution engine)/);
      await button(page, 'Clear output').click();
      await expect.poll(() => status(page).textContent(), {timeout: 5_000}).toMatch(/^Output cleared/);
      expect(await page.locator('pre[aria-label^="Run "]').count()).toBe(0);
      expect(await button(page, 'Run').isEnabled()).toBe(true);
    } finally {
      await opened.close();
    }
  });

  it('the first Run loads the engine with progress and not Monaco; Monaco loads when editing starts', {timeout: 90_000}, async () => {
    const opened = await openPage('/docs/playground', {waitUntil: 'networkidle'});
    const {page} = opened;
    try {
      const scripts: string[] = [];
      page.on('request', (r) => {
        if (/\.js(\?|$)/.test(r.url())) scripts.push(new URL(r.url()).pathname);
      });
      const isMonaco = (path: string) => /monaco|editor\.worker|ts\.worker/i.test(path) || /registerEditorContribution|MonacoEnvironment/.test(readFileSync(`${BUILD}${path}`, 'utf8'));
      // A slow network, so the loading step is visible long enough to be seen.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.emulateNetworkConditions', {offline: false, latency: 400, downloadThroughput: 400_000, uploadThroughput: 400_000});
      const seen: string[] = [];
      await page.exposeFunction('llStatus', (text: string) => seen.push(text));
      await page.evaluate(() => {
        const el = document.querySelector('[data-widget="playground"] [role="status"]')!;
        new MutationObserver(() => void (window as unknown as {llStatus(t: string): void}).llStatus(el.textContent ?? '')).observe(el, {childList: true, subtree: true, characterData: true});
      });
      await button(page, 'Run').click();
      await page.locator('pre[aria-label^="Run "]').first().waitFor({timeout: 60_000});
      expect(seen.some((t) => /^Loading the execution engine/.test(t)), seen.join(' | ')).toBe(true);
      expect(await status(page).textContent()).toMatch(/^Cold start: succeeded/);
      expect(await page.locator('.monaco-editor').count()).toBe(0);
      expect(scripts.filter(isMonaco)).toEqual([]);
      await cdp.send('Network.emulateNetworkConditions', {offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1});
      await page.getByLabel('Handler code (press Enter or click to edit)').click();
      await page.locator('.monaco-editor').first().waitFor({timeout: 60_000});
      expect(scripts.filter(isMonaco).length).toBeGreaterThan(0);
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('output lists runs oldest first, and says so', {timeout: 60_000}, async () => {
    const opened = await openPage(playgroundLink('let n = 0; export const handler = async () => ({n: ++n});', 3), {waitUntil: 'networkidle'});
    const {page} = opened;
    try {
      for (let i = 0; i < 3; i++) {
        await button(page, 'Run').click();
        await expect.poll(() => page.locator('pre[aria-label^="Run "]').count(), {timeout: 30_000}).toBe(i + 1);
      }
      const logs = await page.locator('pre[aria-label^="Run "]').allTextContents();
      expect(logs.map((l) => /"n": (\d)/.exec(l)?.[1])).toEqual(['1', '2', '3']);
      expect(await page.getByText(/^Output, oldest run first/).count()).toBe(1);
    } finally {
      await opened.close();
    }
  });
});

describe('issue 17, finding 8: search and Monaco in dark mode', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`the open search dropdown passes axe, with readable paths and highlighted result (phone, ${colorScheme})`, {timeout: 60_000}, async () => {
      const opened = await openPage('/docs/intro', {viewport: PHONE, colorScheme, waitUntil: 'networkidle'});
      const {page} = opened;
      try {
        const box = page.locator('input.navbar__search-input').first();
        await box.click();
        await box.fill('memory');
        await page.locator('[role="option"]').first().waitFor({timeout: 15_000});
        await page.keyboard.press('ArrowDown');
        await page.waitForTimeout(100);
        const violations = await seriousA11yViolations(page);
        expect(violations, `axe with the search dropdown open (${colorScheme})`).toEqual([]);
        // The listbox holds options only; the "See all results" link is outside it.
        expect(await page.locator('[role="listbox"] a').count()).toBe(0);
        const colours = await page.evaluate(() => {
          const bg = (el: Element | null): string => {
            for (let e = el; e; e = e.parentElement) {
              const c = getComputedStyle(e).backgroundColor;
              if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
            }
            return 'rgb(255, 255, 255)';
          };
          const pairs = (selector: string) => [...document.querySelectorAll(selector)].map((el) => ({fg: getComputedStyle(el).color, bg: bg(el)}));
          const cursor = document.querySelector('[role="option"][aria-selected="true"]');
          const options = [...document.querySelectorAll('[role="option"]')];
          const path = options.flatMap((o) => [...o.querySelectorAll('span')].filter((s) => /hitPath/.test(s.className)));
          return {
            cursor: cursor ? [...cursor.querySelectorAll('span')].filter((s) => s.textContent && !s.querySelector('span')).map((s) => ({fg: getComputedStyle(s).color, bg: bg(s)})) : [],
            paths: path.filter((p) => !p.closest('[aria-selected="true"]')).map((p) => ({fg: getComputedStyle(p).color, bg: bg(p)})),
            marks: pairs('[role="option"]:not([aria-selected="true"]) mark'),
          };
        });
        expect(colours.cursor.length).toBeGreaterThan(0);
        expect(colours.paths.length).toBeGreaterThan(0);
        for (const [what, list] of Object.entries(colours)) {
          for (const {fg, bg} of list) expect(contrast(fg, bg), `${what}: ${fg} on ${bg} (${colorScheme})`).toBeGreaterThanOrEqual(4.5);
        }
      } finally {
        await opened.close();
      }
    });
  }

  it('search snippets do not glue widget labels together', () => {
    const index = readFileSync(`${BUILD}/search-index.json`, 'utf8');
    // Not toMatch: a failure would print the whole index.
    const glued = ['concurrencyempty', 'Function name1–64', '(MB)128–10,240', 'secondover the month'].filter((g) => index.includes(g));
    expect(glued).toEqual([]);
  });

  it('Monaco draws every token of the sample at 4.5:1 or more in dark mode', {timeout: 90_000}, async () => {
    const opened = await openPage('/docs/playground', {colorScheme: 'dark', waitUntil: 'networkidle'});
    const {page} = opened;
    try {
      await page.getByLabel('Handler code (press Enter or click to edit)').click();
      await page.locator('.monaco-editor .view-line').first().waitFor({timeout: 60_000});
      // Wait until the comments are coloured (tokenizing comes after the first paint).
      await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('.monaco-editor .view-line span span')].some((s) => (s.textContent ?? '').startsWith('//') && getComputedStyle(s).color !== getComputedStyle(document.querySelector('.monaco-editor .view-lines')!).color)), {timeout: 15_000}).toBe(true);
      const colours = await page.evaluate(() => {
        const editor = document.querySelector('.monaco-editor .monaco-editor-background')!;
        const bg = getComputedStyle(editor).backgroundColor;
        return {bg, fgs: [...new Set([...document.querySelectorAll('.monaco-editor .view-line span span')].filter((s) => (s.textContent ?? '').trim() !== '').map((s) => getComputedStyle(s).color))]};
      });
      expect(colours.bg).not.toMatch(/rgba\(0, 0, 0, 0\)/);
      expect(colours.fgs.length).toBeGreaterThan(2);
      const low = colours.fgs.filter((fg) => contrast(fg, colours.bg) < 4.5).map((fg) => `${fg} on ${colours.bg}: ${contrast(fg, colours.bg).toFixed(2)}`);
      expect(low).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('issue 17, finding 9: the calculator at phone width', () => {
  it('the line-item table shows its USD column without scrolling, inside its card', async () => {
    const opened = await openPage('/docs/pricing/calculator', {viewport: PHONE, colorScheme: 'dark', waitUntil: 'networkidle'});
    const {page} = opened;
    try {
      const box = await page.evaluate(() => {
        const table = document.querySelector('[data-widget="calculator"] table')!;
        const usd = [...table.querySelectorAll('th')].find((th) => th.textContent?.trim() === 'USD')!;
        const cells = [...table.querySelectorAll('tbody td:last-child, tfoot td:last-child')];
        const card = table.closest('[data-widget]')!;
        return {usdRight: usd.getBoundingClientRect().right, cellsRight: Math.max(...cells.map((c) => c.getBoundingClientRect().right)), scrollBox: table.parentElement!.getBoundingClientRect().right, card: card.getBoundingClientRect().right, viewport: window.innerWidth};
      });
      expect(box.usdRight).toBeLessThanOrEqual(box.scrollBox + 0.5);
      expect(box.cellsRight).toBeLessThanOrEqual(box.scrollBox + 0.5);
      expect(box.card).toBeLessThanOrEqual(box.viewport);
    } finally {
      await opened.close();
    }
  });
});
