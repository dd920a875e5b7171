import {describe, expect, it} from 'vitest';
import {DEFAULT_STATE} from '../../src/core/calculator/calculatorState.ts';
import {withComputeModel} from '../../src/core/calculator/computeModel.ts';
import {priceFunction} from '../../src/core/pricing/index.ts';
import {DESKTOP, openPage, PHONE, seriousA11yViolations} from './harness.ts';

const money = (usd: number) => `$${usd.toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 2})}`;

describe('calculator: compute model', () => {
  it('switches to Managed Instances and reads the EC2, fee and request lines', async () => {
    const {page, consoleErrors, externalRequests, close} = await openPage('/docs/pricing/calculator', {waitUntil: 'networkidle'});
    try {
      await expect.poll(() => page.getByTestId('total').textContent()).toBe('$2.73 a month');
      await page.getByTestId('model-managed-instances').check();
      // 3 × m7i.xlarge × 730 h = $441.50 EC2, $66.23 fee, 3M requests $0.60 (no free tier there)
      const expected = priceFunction(withComputeModel(DEFAULT_STATE.fn, 'managed-instances'));
      await expect.poll(() => page.getByTestId('total').textContent()).toBe(`${money(expected.total)} a month`);
      const lines = page.getByTestId('lines');
      expect(await lines.locator('[data-line="managedInstancesEc2"]').textContent()).toContain('3 × m7i.xlarge × 730 h = 2,190 instance-hours × $0.2016 per hour = $441.504 ≈ $441.50');
      expect(await lines.locator('[data-line="managedInstancesFee"]').textContent()).toContain('15% × $441.504 EC2 on-demand = $66.2256 ≈ $66.23');
      expect(await lines.locator('[data-line="duration"]').count()).toBe(0);
      expect(await page.getByTestId('lmi-memory-note').textContent()).toContain('memory is not the price lever');
      // Graviton: the instance type sets the architecture.
      await page.getByTestId('instance-type').selectOption('m7g.xlarge');
      await expect.poll(() => page.getByTestId('total').textContent()).toBe('$411.62 a month');
      expect(consoleErrors).toEqual([]);
      expect(externalRequests).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('comparison widget', () => {
  for (const viewport of [PHONE, DESKTOP]) {
    it(`prices six options and draws the chart, and a bad value gives a clear message, never NaN (${viewport.width}px)`, async () => {
      const {page, consoleErrors, externalRequests, close} = await openPage('/docs/newer-features/compute-choices', {viewport, waitUntil: 'networkidle'});
      try {
        // A wide column shows a table; a phone a card per option (a container query on the results).
        const phone = viewport === PHONE;
        const shown = page.getByTestId(phone ? 'compare-cards' : 'compare-table');
        await shown.waitFor({timeout: 30_000});
        expect(await page.getByTestId(phone ? 'compare-table' : 'compare-cards').isVisible()).toBe(false);
        expect(await shown.locator(phone ? ':scope > li' : 'tbody tr').count()).toBe(6);
        expect(await page.getByTestId('compare-chart').count()).toBe(1);
        expect(await page.getByTestId('compute-comparison').textContent()).not.toContain('NaN');
        const body = phone ? shown : shown.locator('tbody');
        const before = await body.textContent();
        // A bad value: the message is under its field (naming the field, range and source), the
        // field is marked, and the results stay, marked as from the last valid settings.
        const utilisation = page.getByLabel('Utilisation target (%)');
        await utilisation.fill('150');
        await expect.poll(() => page.locator('#cmp-utilisationPercent-error').textContent()).toBe('Utilisation target (%): 150 is outside 10–100 %, a share of the fleet');
        expect(await utilisation.getAttribute('aria-invalid')).toBe('true');
        expect(await utilisation.getAttribute('aria-describedby')).toContain('cmp-utilisationPercent-error');
        const results = page.getByTestId('compare-results');
        expect(await results.getAttribute('data-stale')).toBe('true');
        expect(await results.textContent()).toContain('(last valid settings: fix the marked field)');
        expect(await body.textContent()).toBe(before);
        const duration = page.getByLabel('Average duration (ms)');
        await duration.fill('abc');
        await expect.poll(() => page.locator('#cmp-durationMs-error').textContent()).toBe('Average duration (ms): "abc" is not a number; type one from 1–900,000 ms, AWS Lambda quotas: timeout ≤ 900 s');
        // The field shows what was typed.
        expect(await duration.inputValue()).toBe('abc');
        expect(await page.getByTestId('compute-comparison').textContent()).not.toContain('NaN');
        await duration.fill('50');
        await utilisation.fill('60');
        await expect.poll(() => results.getAttribute('data-stale')).toBe('false');
        expect(await results.textContent()).not.toContain('last valid');
        expect(await page.locator('[data-widget="compute-comparison"] [aria-invalid="true"]').count()).toBe(0);
        expect(await body.textContent()).toBe(before);
        // A value that changes the result: the table follows (10× the traffic costs more on Lambda).
        await page.locator('#cmp-requestsPerSecond').fill('400');
        await expect.poll(() => body.textContent()).not.toBe(before);
        // The page never scrolls sideways; on a phone every card fits the widget, a line per fact.
        const box = await page.evaluate((phone) => {
          const shown = document.querySelector(phone ? '[data-testid="compare-cards"]' : '[data-testid="compare-table"]')!;
          const region = phone ? shown : shown.parentElement!;
          const card = document.querySelector('[data-widget="compute-comparison"]')!.getBoundingClientRect();
          const r = region.getBoundingClientRect();
          return {pageScrolls: document.documentElement.scrollWidth > window.innerWidth + 1, regionInCard: r.left >= card.left - 1 && r.right <= card.right + 1, overflow: getComputedStyle(region).overflowX, tableWider: shown.scrollWidth > region.clientWidth + 1};
        }, phone);
        expect(box.pageScrolls).toBe(false);
        expect(box.regionInCard).toBe(true);
        if (phone) {
          expect(box.tableWider).toBe(false);
          const first = shown.locator(':scope > li').first();
          expect(await first.textContent()).toMatch(/\(cheapest\): \$[\d,]+\.\d\d a month/);
          expect(await shown.locator(':scope > li li').count()).toBeGreaterThan(0);
        } else if (box.tableWider) {
          expect(box.overflow).toBe('auto');
        }
        if (viewport === DESKTOP) expect(await seriousA11yViolations(page)).toEqual([]);
        expect(consoleErrors).toEqual([]);
        expect(externalRequests).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});
