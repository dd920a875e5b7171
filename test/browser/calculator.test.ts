import {describe, expect, it} from 'vitest';
import {encodeCalculatorHash, DEFAULT_STATE} from '../../src/core/calculator/calculatorState.ts';
import {priceBill, priceFunction} from '../../src/core/pricing/index.ts';
import {DESKTOP, openPage, PHONE, seriousA11yViolations} from './harness.ts';

const PATH = '/docs/pricing/calculator';
const money = (usd: number) => `$${usd.toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 2})}`;

describe('cost calculator', () => {
  it('starts at AWS’s $2.73 example, loads mathjs only on the first edit, and reprices as you type', async () => {
    const {page, consoleErrors, externalRequests, close} = await openPage(PATH, {waitUntil: 'networkidle'});
    try {
      // mathjs's unit error text, present only in its chunk.
      const loadedScriptsContaining = (marker: string) =>
        page.evaluate(async (text) => {
          const urls = performance.getEntriesByType('resource').map((entry) => entry.name).filter((url) => url.endsWith('.js'));
          const bodies = await Promise.all(urls.map(async (url) => (await fetch(url)).text()));
          return bodies.filter((body) => body.includes(text)).length;
        }, marker);
      const MATHJS_MARKER = 'Units do not match';
      await expect.poll(() => page.getByTestId('total').textContent()).toBe('$2.73 a month');
      const lines = page.getByTestId('lines');
      expect(await lines.locator('[data-line="duration"]').textContent()).toContain('540,000 GB-s − 400,000 free = 140,000 GB-s');
      expect(await loadedScriptsContaining(MATHJS_MARKER)).toBe(0); // no mathjs before the first edit

      const memory = page.getByTestId('memory');
      await memory.fill('1 GB');
      const expected = priceFunction({...DEFAULT_STATE.fn, memoryMB: 1024});
      await expect.poll(() => page.getByTestId('total').textContent(), {timeout: 20_000}).toBe(`${money(expected.total)} a month`);
      expect(await loadedScriptsContaining(MATHJS_MARKER)).toBeGreaterThan(0); // it arrived with the first edit

      await page.getByTestId('requests').fill('100/s');
      await page.getByTestId('arch').selectOption('arm64');
      const arm = priceFunction({...DEFAULT_STATE.fn, memoryMB: 1024, requestsPerMonth: 262_800_000, architecture: 'arm64'});
      await expect.poll(() => page.getByTestId('total').textContent()).toBe(`${money(arm.total)} a month`);
      expect(await page.getByTestId('compare').textContent()).toContain(money(priceFunction({...DEFAULT_STATE.fn, memoryMB: 1024, requestsPerMonth: 262_800_000}).total));
      // Exports download the estimate shown (the export code loads on the first click).
      const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Export CSV'}).click()]);
      const {readFile} = await import('node:fs/promises');
      expect(await readFile((await csv.path())!, 'utf8')).toContain(`Total (sum of rounded lines),,,${arm.total.toFixed(2)},`);
      const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', {name: 'Export Markdown'}).click()]);
      expect(await readFile((await md.path())!, 'utf8')).toContain(`**$${arm.total.toFixed(2)}**`);
      // The state went into the hash, ready to share.
      expect(decodeURIComponent(new URL(page.url()).hash)).toContain('"requestsPerMonth":262800000');
      expect(consoleErrors).toEqual([]);
      expect(externalRequests).toEqual([]);
    } finally {
      await close();
    }
  });

  it('explains a bad value next to the field and keeps the last good estimate (no NaN)', async () => {
    const {page, consoleErrors, close} = await openPage(PATH, {waitUntil: 'networkidle'});
    try {
      await page.getByTestId('memory').fill('20 GB');
      const error = page.getByTestId('memory-error');
      await error.waitFor({timeout: 20_000});
      expect(await error.textContent()).toBe('Memory: 20,480 MB is above the maximum of 10,240 MB (128–10,240 MB, AWS Lambda quotas)');
      expect(await page.getByTestId('memory').getAttribute('aria-invalid')).toBe('true');
      // The last good estimate, marked as such while the field is invalid.
      await expect.poll(() => page.getByTestId('total').textContent()).toBe('$2.73 a month (last valid settings: fix the marked field)');
      await page.getByTestId('duration').fill('twelve');
      await page.getByText('Average duration: could not read "twelve"').waitFor();
      expect(await page.locator('main').textContent()).not.toMatch(/NaN|undefined|Infinity/);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('opens a shared link with its settings and bill, and falls back to defaults with a notice on a broken one', async () => {
    const state = {
      fn: {name: 'reports', region: 'eu-west-1', architecture: 'arm64' as const, memoryMB: 2048, requestsPerMonth: 12_000_000, averageDurationMs: 350, ephemeralStorageMB: 4096},
      options: {freeTier: false},
      bill: [DEFAULT_STATE.fn, {...DEFAULT_STATE.fn, name: 'worker', architecture: 'arm64' as const, memoryMB: 512}],
    };
    const shared = await openPage(`${PATH}${encodeCalculatorHash(state)}`, {waitUntil: 'networkidle'});
    try {
      const {page} = shared;
      await expect.poll(() => page.getByTestId('total').textContent()).toBe(`${money(priceFunction(state.fn, state.options).total)} a month`);
      expect(await page.getByTestId('memory').inputValue()).toBe('2048 MB');
      expect(await page.getByTestId('region').inputValue()).toBe('eu-west-1');
      expect(await page.getByTestId('free-tier').isChecked()).toBe(false);
      const bill = priceBill(state.bill, state.options);
      expect(await page.getByTestId('bill-total').textContent()).toBe(`${money(bill.total)} a month for 2 functions`);
      expect(await page.getByTestId('calculator-notice').count()).toBe(0);
    } finally {
      await shared.close();
    }
    const broken = await openPage(`${PATH}#calc=%7B%22fn%22%3A%7B%22memoryMB%22%3A99999`, {waitUntil: 'networkidle'});
    try {
      const notice = broken.page.getByTestId('calculator-notice');
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(/could not be used .* so the calculator shows its defaults/);
      expect(await broken.page.getByTestId('total').textContent()).toBe('$2.73 a month');
      expect(broken.consoleErrors).toEqual([]);
    } finally {
      await broken.close();
    }
  });

  it('builds an account bill by keyboard, applying the free tier once', async () => {
    const {page, close} = await openPage(PATH, {waitUntil: 'networkidle'});
    try {
      const add = page.getByTestId('add-to-bill');
      await add.focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      const bill = priceBill([DEFAULT_STATE.fn, {...DEFAULT_STATE.fn, name: 'my-function-2'}]);
      await expect.poll(() => page.getByTestId('bill-total').textContent()).toBe(`${money(bill.total)} a month for 2 functions`);
      // Two copies of the $2.73 example each claim the whole free tier when priced alone: $5.46.
      expect(await page.getByTestId('bill-standalone').textContent()).toContain('would say $5.46');
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('looks right on a phone and a desktop, in light and dark', async () => {
    for (const [label, viewport, colorScheme] of [
      ['phone', PHONE, 'light'],
      ['desktop', DESKTOP, 'light'],
      ['desktop-dark', DESKTOP, 'dark'],
    ] as const) {
      const {page, close} = await openPage(`${PATH}${encodeCalculatorHash({...DEFAULT_STATE, bill: [DEFAULT_STATE.fn]})}`, {viewport, colorScheme, waitUntil: 'networkidle'});
      try {
        await page.getByTestId('bill-total').waitFor();
        await page.screenshot({path: `/tmp/pricing-calculator-${label}.png`, fullPage: label === 'phone'});
        // Nothing pushes the page sideways: wide tables scroll inside their own box.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
        if (colorScheme === 'dark') expect(await seriousA11yViolations(page)).toEqual([]);
      } finally {
        await close();
      }
    }
  });
});
