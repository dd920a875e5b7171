import {describe, expect, it} from 'vitest';
import {openPage} from './harness.ts';

/** Concept pages keep their live element unloaded until the reader scrolls to it. */
describe('live elements on concept pages', () => {
  it('concurrency page: the simulator loads only when scrolled into view, on the launch-spike preset, and reacts to a change', async () => {
    const {page, consoleErrors, close} = await openPage('/docs/scaling/concurrency', {waitUntil: 'networkidle'});
    try {
      const box = page.locator('[data-live="concurrency-simulator"]');
      expect(await box.getAttribute('data-state')).toBe('waiting');
      expect(await page.getByTestId('simulator-summary').count()).toBe(0);
      await box.scrollIntoViewIfNeeded();
      const summary = page.getByTestId('simulator-summary');
      await expect.poll(() => summary.count(), {timeout: 20_000}).toBe(1);
      await expect.poll(() => summary.innerText()).toMatch(/needed environments faster than 1,000 new ones per 10 seconds/);
      await box.getByLabel('Provisioned concurrency').fill('3200');
      await expect.poll(() => summary.innerText()).toMatch(/provisioned concurrency of 3,200 covered the peak/);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('quotas page: the limits checker loads on scroll with the inline template and names the broken limits', async () => {
    const {page, consoleErrors, close} = await openPage('/docs/limits/quotas', {waitUntil: 'networkidle'});
    try {
      const box = page.locator('[data-live="limits-checker"]');
      expect(await box.getAttribute('data-state')).toBe('waiting');
      await box.scrollIntoViewIfNeeded();
      const status = box.getByTestId('limits-status');
      await expect.poll(() => status.count(), {timeout: 20_000}).toBe(1);
      await expect.poll(() => status.textContent(), {timeout: 15_000}).toContain('This configuration will fail.');
      const text = (await box.innerText()).replace(/\s+/g, ' ');
      expect(text).toMatch(/10,240 MB/);
      expect(text).toMatch(/900 s|15 min/);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('asynchronous page: the simulator opens on the retry scenario when scrolled to', async () => {
    const {page, consoleErrors, close} = await openPage('/docs/invocation/asynchronous', {waitUntil: 'networkidle'});
    try {
      const box = page.locator('[data-live="concurrency-simulator"]');
      expect(await box.getAttribute('data-state')).toBe('waiting');
      await box.scrollIntoViewIfNeeded();
      await expect.poll(() => box.getAttribute('data-state'), {timeout: 20_000}).toBe('ready');
      await expect.poll(() => box.getByTestId('simulator-summary').innerText()).toMatch(/retr/i);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('cold-start page: the playground loads on scroll with the counter handler; the first Run is cold (Init Duration), the second warm', async () => {
    const {page, consoleErrors, close} = await openPage('/docs/lifecycle/cold-and-warm-starts', {waitUntil: 'networkidle'});
    try {
      const box = page.locator('[data-live="playground"]');
      expect(await box.getAttribute('data-state')).toBe('waiting');
      expect(await page.locator('section[aria-label="Handler playground"]').count()).toBe(0);
      await box.scrollIntoViewIfNeeded();
      await expect.poll(() => box.getAttribute('data-state'), {timeout: 20_000}).toBe('ready');
      const runs = box.locator('pre[aria-label^="Run "]');
      const run = async (count: number) => {
        await box.getByRole('button', {name: 'Run', exact: true}).click();
        await expect.poll(() => runs.count(), {timeout: 60_000}).toBe(count);
        return (await runs.last().textContent()) ?? ''; // oldest run first, as in a log stream
      };
      const cold = await run(1);
      expect(cold).toMatch(/^REPORT RequestId: .*\tInit Duration: [\d.]+ ms/m);
      expect(cold).toMatch(/"invocationsInThisEnvironment": 1/);
      const warm = await run(2);
      expect(warm).toMatch(/^REPORT RequestId: /m);
      expect(warm).not.toMatch(/Init Duration/);
      expect(warm).toMatch(/"invocationsInThisEnvironment": 2/);
      // Embedded: the concept page's address is left alone (no share state in the hash).
      expect(new URL(page.url()).hash).toBe('');
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('patterns page: every pattern shows its build-time estimate, with no pricing code on the page', async () => {
    const {page, close} = await openPage('/docs/patterns/', {waitUntil: 'networkidle'});
    try {
      const estimates = page.locator('article p', {hasText: /^Estimate: \$[\d,.]+ a month/});
      expect(await estimates.count()).toBe(6);
      expect(await estimates.first().innerText()).toMatch(/^Estimate: \$10\.71 a month for the usage above, in us-east-1/);
    } finally {
      await close();
    }
  });

  it('billing page: "Try it" opens the calculator with the worked example, which prices to $3.60', async () => {
    const {page, consoleErrors, close} = await openPage('/docs/pricing/how-billing-works', {waitUntil: 'networkidle'});
    try {
      const link = page.locator('a[data-try-it]');
      expect(await link.getAttribute('href')).toMatch(/^\/docs\/pricing\/calculator#calc=/);
      await link.scrollIntoViewIfNeeded();
      await link.click();
      await page.waitForURL(/\/docs\/pricing\/calculator#calc=/);
      await expect.poll(() => page.getByTestId('total').textContent(), {timeout: 20_000}).toBe('$3.60 a month');
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
