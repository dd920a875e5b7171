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
        const table = page.getByTestId('compare-table');
        await table.waitFor({timeout: 30_000});
        expect(await table.locator('tbody tr').count()).toBe(6);
        expect(await page.getByTestId('compare-chart').count()).toBe(1);
        expect(await page.getByTestId('compute-comparison').textContent()).not.toContain('NaN');
        await page.getByLabel('Utilisation target (%)').fill('150');
        await expect.poll(() => page.getByTestId('compare-error').textContent()).toBe('Utilisation target (%): 150 is outside 10–100 (a share of the fleet)');
        expect(await page.getByTestId('compare-table').count()).toBe(0);
        await page.getByLabel('Average duration (ms)').fill('abc');
        await expect.poll(() => page.getByTestId('compare-error').textContent()).toBe('Average duration (ms): enter a number (1–900,000)');
        expect(await page.getByTestId('compute-comparison').textContent()).not.toContain('NaN');
        await page.getByLabel('Average duration (ms)').fill('50');
        await page.getByLabel('Utilisation target (%)').fill('60');
        await table.waitFor({timeout: 30_000});
        expect(await page.getByTestId('compare-error').textContent()).toBe('');
        if (viewport === DESKTOP) expect(await seriousA11yViolations(page)).toEqual([]);
        expect(consoleErrors).toEqual([]);
        expect(externalRequests).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});
