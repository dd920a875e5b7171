import {describe, expect, it} from 'vitest';
import {DESKTOP, PHONE, openPage, seriousA11yViolations} from './harness.ts';

const PAGE = '/docs/configuration/memory-and-cpu';

describe('memory and CPU page', () => {
  it('the mapper follows the slider by keyboard and mouse, and typed sizes', async () => {
    const {page, consoleErrors, close} = await openPage(PAGE, {waitUntil: 'networkidle'});
    try {
      const mapper = page.getByTestId('memory-cpu');
      const slider = mapper.getByTestId('memory-slider');
      // Starts at 1,769 MB: one vCPU, two visible cores.
      await expect.poll(() => mapper.getByTestId('vcpu-share').textContent()).toBe('1.00 vCPU');
      expect(await mapper.getByTestId('visible-cores').textContent()).toBe('2 cores');

      // Keyboard: one arrow press is one MB.
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      expect(await slider.inputValue()).toBe('1770');
      expect(await mapper.getByTestId('memory-text').inputValue()).toBe('1770');
      await page.keyboard.press('End');
      expect(await slider.inputValue()).toBe('10240');
      expect(await mapper.getByTestId('vcpu-share').textContent()).toBe('5.79 vCPU');
      expect(await mapper.getByTestId('visible-cores').textContent()).toBe('6 cores');

      // Mouse: drag the thumb to the far left → 128 MB.
      const box = (await slider.boundingBox())!;
      await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, {steps: 5});
      const middle = Number(await slider.inputValue());
      expect(middle).toBeGreaterThan(4000);
      expect(middle).toBeLessThan(6400);
      await page.mouse.move(box.x - 20, box.y + box.height / 2, {steps: 5});
      await page.mouse.up();
      expect(await slider.inputValue()).toBe('128');
      expect(await mapper.getByTestId('vcpu-share').textContent()).toBe('0.07 vCPU');
      expect(await mapper.getByTestId('visible-cores').textContent()).toBe('2 cores');

      // Typed binary GB: 3 GB = 3,072 MB → 1.74 vCPU, 3 cores; the slider follows.
      await mapper.getByTestId('memory-text').fill('3 GB');
      expect(await mapper.getByTestId('vcpu-share').textContent()).toBe('1.74 vCPU');
      expect(await mapper.getByTestId('visible-cores').textContent()).toBe('3 cores');
      expect(await slider.inputValue()).toBe('3072');
      // Price per 1M invocations of 100 ms on x86_64 at 3,072 MB: 1M × (0.3 GB-s × $0.0000166667 + $0.0000002).
      const prices = mapper.getByTestId('memory-cpu-prices');
      expect(await mapper.getByTestId('per-million-x86_64').textContent()).toBe('$5.2000');
      await mapper.getByTestId('duration-text').fill('1 s');
      expect(await mapper.getByTestId('per-million-arm64').textContent()).toBe(`$${(1e6 * (3 * 0.0000133334 + 0.0000002)).toFixed(4)}`);
      expect(await prices.textContent()).toContain('Per 1M invocations of 1,000 ms');

      // An expression only the lazily loaded mathjs reader understands: 1 GB + 512 MB = 1,536 MB.
      await mapper.getByTestId('memory-text').fill('1 GB + 512 MB');
      await expect.poll(() => slider.inputValue()).toBe('1536');
      expect(await mapper.getByTestId('vcpu-share').textContent()).toBe('0.87 vCPU');

      // A size out of range names the field and the range, and keeps the last good size.
      await mapper.getByTestId('memory-text').fill('20 GB');
      await expect.poll(() => mapper.getByRole('alert').textContent()).toContain('above the maximum of 10,240 MB (128–10,240 MB, AWS Lambda quotas)');
      expect(await slider.inputValue()).toBe('1536');
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the sweep recommends, follows model changes and fits pasted results', async () => {
    const {page, consoleErrors, close} = await openPage(PAGE, {waitUntil: 'networkidle'});
    try {
      const sweep = page.getByTestId('memory-sweep');
      const recommendation = sweep.getByTestId('sweep-recommendation');
      // Default model (800 ms CPU + 120 ms I/O, single-threaded): cheapest is 128 MB on arm64.
      await expect.poll(() => recommendation.textContent()).toContain('arm64 at 128 MB');
      expect(await sweep.getByTestId('sweep-row-speed').textContent()).toContain('1,769 MB');
      // The engine's bill: 2M paid requests ($0.40) + (3M × 11,177 ms × 128 MB ÷ 1024 − 400,000 free) GB-s × $0.0000133334.
      expect(await sweep.getByTestId('sweep-bill').textContent()).toContain('$50.95');

      await sweep.getByTestId('sweep-strategy-speed').check();
      expect(await recommendation.textContent()).toMatch(/^Fastest: arm64 at 1,769 MB — 920 ms/);

      // Make the work 100 % parallel on 6 threads: fastest moves to the top of the range.
      const parallel = sweep.getByTestId('sweep-parallel');
      await parallel.focus();
      await page.keyboard.press('End');
      expect(await parallel.inputValue()).toBe('100');
      await expect.poll(() => recommendation.textContent()).toContain('at 10,240 MB');

      // x86_64 only, and a new CPU time typed with units.
      await sweep.getByTestId('sweep-arch').selectOption('x86_64');
      await sweep.getByTestId('sweep-cpu').fill('2 s');
      await expect.poll(() => recommendation.textContent()).toMatch(/x86_64 at 10,240 MB — 466 ms/);

      // The inspect slider moves by keyboard and the table follows.
      const inspect = sweep.getByTestId('sweep-inspect');
      await inspect.focus();
      await page.keyboard.press('Home');
      expect(await sweep.getByTestId('sweep-inspect-x86_64').textContent()).toContain('128 MB');

      // A bad field names itself and the chart keeps the last good model.
      // Unusual wording loads the calculator's mathjs reader on demand, which names the field.
      await sweep.getByTestId('sweep-requests').fill('lots');
      const help = sweep.locator('#' + (await sweep.getByTestId('sweep-requests').getAttribute('aria-describedby')));
      await expect.poll(() => help.textContent()).toContain('requests per month: could not read "lots"');
      await sweep.getByTestId('sweep-requests').fill('3M');
      // …and reads what the fast reader cannot: 2e3 ms is 2 s, so the result is unchanged.
      await sweep.getByTestId('sweep-cpu').fill('2e3 ms');
      await expect.poll(() => help.textContent()).toContain('e.g. 3M');
      await expect.poll(() => recommendation.textContent()).toMatch(/x86_64 at 10,240 MB — 466 ms/);

      // Paste measured results and fit: serial 1,000 ms + 50 ms I/O.
      await sweep.locator('summary', {hasText: 'Fit the model'}).click();
      await sweep.getByTestId('sweep-paste').fill(['128 MB → 13870 ms', '512 MB → 3505 ms', '1024 MB → 1778 ms', '2048 MB → 1050 ms', '4096 MB → 1050 ms'].join('\n'));
      await sweep.getByTestId('sweep-fit').click();
      const fitted = sweep.getByTestId('sweep-fit-result');
      await expect.poll(() => fitted.textContent()).toContain('Fitted 5 points');
      expect(await fitted.textContent()).toMatch(/CPU 100\d ms, 0\.0 % parallel on 1 thread/);
      expect(await fitted.textContent()).toContain('within measurement noise');
      expect(await sweep.getByTestId('sweep-cpu').inputValue()).toMatch(/^100\d(\.\d)? ms$/);
      expect(await sweep.getByTestId('sweep-parallel').inputValue()).toBe('0');
      // With serial work only, the fastest size is back at 1,769 MB.
      await expect.poll(() => recommendation.textContent()).toMatch(/^Fastest: x86_64 at 1,769 MB/);
      expect(await sweep.getByTestId('sweep-chart').locator('circle').count()).toBeGreaterThanOrEqual(5 + 2);
      await sweep.screenshot({path: '/tmp/cpu-sweep-fitted.png'});
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('passes axe and looks right on phone and desktop, light and dark', async () => {
    for (const [name, viewport, colorScheme] of [['phone', PHONE, 'dark'], ['desktop', DESKTOP, 'light']] as const) {
      const {page, consoleErrors, externalRequests, close} = await openPage(PAGE, {viewport, colorScheme, waitUntil: 'networkidle'});
      try {
        expect(await seriousA11yViolations(page)).toEqual([]);
        expect(consoleErrors).toEqual([]);
        expect(externalRequests).toEqual([]);
        await page.getByTestId('memory-cpu').screenshot({path: `/tmp/cpu-mapper-${name}.png`});
        await page.getByTestId('memory-sweep').screenshot({path: `/tmp/cpu-sweep-${name}.png`});
        // The widgets must fit the viewport width (no horizontal page scroll).
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
      } finally {
        await close();
      }
    }
  });
});
