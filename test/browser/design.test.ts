import {describe, expect, it} from 'vitest';
import {DESIGN_PRESETS, estimateDesign, readDesign, readUsage} from '../../src/core/design/index.ts';
import {encodeDesign} from '../../src/components/DesignEstimate/shareDesign.ts';
import {DESKTOP, openPage, PHONE, seriousA11yViolations} from './harness.ts';

const PATH = '/docs/pricing/calculator';
const TEMPLATE = `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      MemorySize: 512
      Architectures: [x86_64]
      Events:
        Http:
          Type: HttpApi
`;
const USAGE = 'version: 0.1\nresource_usage:\n  Api:\n    monthly_requests: 10000000\n    request_duration_ms: 100\n';

describe('design estimate view', () => {
  it('loads only when opened, then prices a pasted template and usage (the issue’s $20.33)', async () => {
    const {page, consoleErrors, externalRequests, close} = await openPage(PATH, {waitUntil: 'networkidle'});
    try {
      expect(await page.getByTestId('design-view').count()).toBe(0);
      await page.getByTestId('open-design').click();
      await page.getByTestId('design-view').waitFor({timeout: 20_000});
      await page.getByTestId('design-template').fill(TEMPLATE);
      await page.getByTestId('design-usage').fill(USAGE);
      await page.getByTestId('design-free-tier').selectOption('none');
      await expect.poll(() => page.getByTestId('design-total').textContent()).toBe('$20.33 a month');
      const view = page.getByTestId('design-view');
      expect(await view.locator('[data-line="HTTP API requests"]').textContent()).toContain('10,000,000 requests × $1.00 per 1M requests = $10.00');
      expect(await page.getByTestId('design-unpriced').textContent()).toContain('needs monthly_data_ingested_gb');
      expect(await page.getByTestId('design-left-out').textContent()).toBe('The total leaves out 1 line that needs usage (listed below).');
      // A typo in the usage: one sentence with its line and column, and the nearest key.
      await page.getByTestId('design-usage').fill(USAGE.replace('monthly_requests', 'monthly_request'));
      await expect.poll(() => page.getByTestId('design-error').textContent()).toContain("Line 4, column 5: unknown usage key 'monthly_request' for Api (AWS::Serverless::Function); did you mean 'monthly_requests'?");
      expect(await seriousA11yViolations(page)).toEqual([]);
      // Exports download the bill shown.
      await page.getByTestId('design-usage').fill(USAGE);
      await expect.poll(() => page.getByTestId('design-total').textContent()).toBe('$20.33 a month');
      const [csv] = await Promise.all([page.waitForEvent('download'), view.getByRole('button', {name: 'Export CSV'}).click()]);
      const {readFile} = await import('node:fs/promises');
      expect(await readFile((await csv.path())!, 'utf8')).toContain('Total (sum of rounded lines),,,,,20.33,');
      expect(consoleErrors).toEqual([]);
      expect(externalRequests).toEqual([]);
    } finally {
      await close();
    }
  });

  it('opens a #design= share link (validated), and says so when a link is broken', async () => {
    const preset = DESIGN_PRESETS.find((entry) => entry.id === 'vpc-nat')!;
    const design = readDesign(preset.template);
    if (!design.ok) throw new Error(design.error);
    const usage = readUsage(preset.usage, design.value);
    if (!usage.ok) throw new Error(usage.error);
    const expected = estimateDesign(design.value, usage.value).total;
    for (const viewport of [PHONE, DESKTOP]) {
      const {page, consoleErrors, close} = await openPage(`${PATH}${encodeDesign({template: preset.template, usage: preset.usage, freeTier: 'always-free'})}`, {waitUntil: 'networkidle', viewport});
      try {
        await expect.poll(() => page.getByTestId('design-total').textContent(), {timeout: 20_000}).toBe(`$${expected.toFixed(2)} a month`);
        // The calculator above keeps its defaults and shows no error for a design link.
        expect(await page.getByTestId('total').textContent()).toBe('$2.73 a month');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        expect(consoleErrors).toEqual([]);
      } finally {
        await close();
      }
    }
    const {page, close} = await openPage(`${PATH}#design=not-a-design`, {waitUntil: 'networkidle'});
    try {
      await expect.poll(() => page.getByRole('status').filter({hasText: 'This design link could not be used'}).count(), {timeout: 20_000}).toBe(1);
    } finally {
      await close();
    }
  });

  it('the teaching page prices its three examples live', async () => {
    const {page, consoleErrors, close} = await openPage('/docs/pricing/design-costs', {waitUntil: 'networkidle'});
    try {
      for (const preset of DESIGN_PRESETS) {
        const design = readDesign(preset.template);
        if (!design.ok) throw new Error(design.error);
        const usage = readUsage(preset.usage, design.value);
        if (!usage.ok) throw new Error(usage.error);
        const total = estimateDesign(design.value, usage.value).total;
        expect(await page.getByTestId(`design-example-${preset.id}`).getByTestId('design-total').textContent()).toBe(`$${total.toFixed(2)} a month`);
      }
      expect(await seriousA11yViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});
