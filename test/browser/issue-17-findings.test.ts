/**
 * The named findings of issue 17, one test each, as a user meets them (the harness in
 * widgets.test.ts covers the same ground generically for every field).
 */
import {describe, expect, it} from 'vitest';
import {openPage} from './harness.ts';

describe('issue 17 findings', () => {
  it('2. the memory sweep survives 800 s, 15 min, 899 s and 10^16 invocations', async () => {
    const opened = await openPage('/docs/configuration/memory-and-cpu', {waitUntil: 'networkidle'});
    const {page} = opened;
    try {
      const sweep = page.getByTestId('memory-sweep');
      for (const [field, value] of [['sweep-cpu', '800 s'], ['sweep-cpu', '15 min'], ['sweep-io', '899 s'], ['sweep-requests', '10,000,000,000,000,000'], ['sweep-requests', '1e16']] as const) {
        await sweep.getByTestId(field).fill(value);
        await page.waitForTimeout(150);
        expect(await page.locator('text=This page crashed').count(), `${field} = ${value}`).toBe(0);
        expect(await sweep.getByTestId(field).inputValue(), 'what was typed stays').toBe(value);
        expect(await sweep.innerText()).not.toMatch(/NaN|Infinity|undefined/);
      }
      // 10^16 is refused at its field, naming Lambda Lab's limit, and the results say they are stale.
      await expect.poll(() => sweep.innerText()).toContain("above Lambda Lab's limit of 1,000,000,000,000,000");
      expect(await sweep.getByTestId('sweep-requests').getAttribute('aria-invalid')).toBe('true');
      expect(await sweep.getByTestId('sweep-results').getAttribute('data-stale')).toBe('true');
      // 800 s of CPU: the recommendation is a size where it fits in the 15-minute timeout.
      await sweep.getByTestId('sweep-requests').fill('3M');
      await sweep.getByTestId('sweep-io').fill('120 ms');
      await sweep.getByTestId('sweep-cpu').fill('800 s');
      await expect.poll(() => sweep.getByTestId('sweep-recommendation').innerText()).toMatch(/Cheapest: (x86_64|arm64) at [\d,]+ MB — (\d+\.\d+) s/);
      const seconds = Number(/— ([\d.]+) s per invocation/.exec(await sweep.getByTestId('sweep-recommendation').innerText())?.[1]);
      expect(seconds).toBeLessThanOrEqual(900);
      // 900 s of CPU and 1 s of I/O fit nowhere: withdrawn, and the CPU field says why.
      await sweep.getByTestId('sweep-cpu').fill('900 s');
      await sweep.getByTestId('sweep-io').fill('1 s');
      await expect.poll(() => sweep.getByTestId('sweep-results').innerText()).toContain('runs past the 900 s timeout');
      expect(await sweep.getByTestId('sweep-cpu').getAttribute('aria-invalid')).toBe('true');
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('3. the calculator marks its estimate stale while Requests is 1e400', async () => {
    const opened = await openPage('/docs/pricing/calculator', {waitUntil: 'networkidle'});
    const {page} = opened;
    try {
      const requests = page.getByTestId('requests');
      await requests.fill('');
      await requests.pressSequentially('1e400');
      await expect.poll(() => page.getByTestId('requests-error').innerText()).toMatch(/Requests per month/);
      await expect.poll(() => page.getByTestId('total').innerText()).toContain('(last valid settings: fix the marked field)');
      expect(await page.locator('[data-widget="calculator"] [data-result]').first().getAttribute('data-stale')).toBe('true');
      await requests.fill('3M');
      await expect.poll(() => page.getByTestId('total').innerText()).not.toContain('last valid');
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('3. the traffic-shifting summary is marked stale while a field is invalid', async () => {
    const opened = await openPage('/docs/deployment/traffic-shifting', {waitUntil: 'networkidle'});
    const {page} = opened;
    try {
      const field = page.getByLabel('Requests per second to the alias');
      await field.fill('1e400');
      await expect.poll(() => page.getByTestId('traffic-summary').innerText()).toContain('(last valid settings');
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('4. the limits checker gives no verdict while a field is in error', async () => {
    const opened = await openPage('/docs/limits/checker', {waitUntil: 'networkidle'});
    const {page} = opened;
    try {
      const status = page.getByTestId('limits-status');
      await expect.poll(() => status.innerText()).toContain('No problems found');
      for (const [label, value, words] of [
        ['Memory (MB)', '99 GB', 'above the maximum of 10,240 MB'],
        ['Function name', '', 'required'],
        ['Region', 'mars-north-9', 'not an AWS Region code'],
        ['Number of layers', '-5', 'whole number from 0'],
      ] as const) {
        const field = page.getByLabel(label, {exact: true});
        const before = await field.inputValue();
        await field.fill(value);
        await expect.poll(() => status.innerText(), {message: `${label} = ${value}`}).toContain('Not checked');
        expect(await status.innerText()).not.toContain('No problems found');
        expect(await field.getAttribute('aria-invalid')).toBe('true');
        expect(await page.locator('[data-widget="limits-checker"]').innerText()).toContain(words);
        await field.fill(before);
        await expect.poll(() => status.innerText()).toContain('No problems found');
      }
      // The calculator's units work here too.
      await page.getByLabel('Memory (MB)', {exact: true}).fill('1.5 GB');
      await expect.poll(() => status.innerText()).toContain('No problems found');
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('5. number fields show what was typed (no 512 refill, no 05, no 0400)', async () => {
    const opened = await openPage('/docs/scaling/concurrency-simulator', {waitUntil: 'networkidle'});
    const {page} = opened;
    try {
      const memory = page.getByLabel('Memory (MB)').first();
      await memory.fill('');
      expect(await memory.inputValue()).toBe('');
      await memory.pressSequentially('2048');
      expect(await memory.inputValue()).toBe('2048');
      for (const typed of ['-5', '1e400']) {
        await memory.fill('');
        await memory.pressSequentially(typed);
        expect(await memory.inputValue()).toBe(typed);
        await expect.poll(() => memory.getAttribute('aria-invalid')).toBe('true');
      }
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  for (const system of ['light', 'dark'] as const) {
    it(`10. every click on the theme toggle changes the theme shown (system ${system})`, async () => {
      const opened = await openPage('/docs/intro', {colorScheme: system, waitUntil: 'networkidle'});
      const {page} = opened;
      try {
        const theme = () => page.locator('html').getAttribute('data-theme');
        expect(await theme()).toBe(system);
        const toggle = page.getByRole('button', {name: /Switch between dark and light mode/});
        const seen = [system as string];
        for (let click = 0; click < 3; click++) {
          await toggle.click();
          await expect.poll(theme).not.toBe(seen.at(-1));
          seen.push((await theme())!);
        }
        expect(seen).toEqual(system === 'light' ? ['light', 'dark', 'light', 'dark'] : ['dark', 'light', 'dark', 'light']);
      } finally {
        await opened.close();
      }
    });
  }
});
