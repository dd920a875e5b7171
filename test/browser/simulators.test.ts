import {describe, expect, it} from 'vitest';
import {DESKTOP, PHONE, openPage, seriousA11yViolations} from './harness.ts';

describe('concurrency simulator page', () => {
  it('changing controls changes the live summary; screenshots at phone and desktop widths', async () => {
    const {page, consoleErrors, externalRequests, close} = await openPage('/docs/scaling/concurrency-simulator', {waitUntil: 'networkidle'});
    try {
      const summary = page.getByTestId('simulator-summary');
      await expect.poll(() => summary.getAttribute('aria-live')).toBe('polite');
      // The default scenario is the launch spike: the scaling rate throttles it.
      await expect.poll(() => summary.innerText()).toMatch(/needed environments faster than 1,000 new ones per 10 seconds/);

      // Provisioned concurrency covering the peak removes throttles and cold starts.
      await page.getByLabel('Provisioned concurrency').fill('3200');
      await expect.poll(() => summary.innerText()).toMatch(/provisioned concurrency of 3,200 covered the peak/);
      expect(await summary.innerText()).toContain('No request was throttled.');

      // The rules before November 2023, in a Region whose burst was 500: the summary names them.
      await page.getByLabel('Region').selectOption('eu-north-1');
      await page.getByLabel('Scaling rules').selectOption('before-2023-11');
      await page.getByLabel('Provisioned concurrency').fill('0');
      await expect.poll(() => summary.innerText()).toMatch(/account-wide burst allowed under the rules before November 2023 \(an initial 500 in eu-north-1/);
      await page.getByLabel('Scaling rules').selectOption('current');

      // Keyboard: pick the noisy-neighbour scenario with the keyboard on the select.
      const picker = page.getByLabel('Scenario');
      await picker.focus();
      await picker.selectOption('noisy-neighbour');
      await expect.poll(() => summary.innerText()).toMatch(/checkout ran out of unreserved concurrency/);

      // Reserved concurrency for checkout protects it from the neighbour.
      await page.getByLabel('Reserved concurrency').first().fill('100');
      await expect.poll(() => summary.innerText()).not.toMatch(/checkout ran out of unreserved concurrency/);

      // A bad value explains itself and keeps the last valid run.
      await page.getByLabel('Account concurrency quota').fill('5');
      await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/^Account concurrency quota: 5 is outside 10–1,000,000/);

      await page.getByLabel('Account concurrency quota').fill('1000');
      expect(await page.locator('svg[role="img"]').count()).toBeGreaterThanOrEqual(3);
      await page.screenshot({path: '/tmp/sims-concurrency-desktop.png', fullPage: true});
      await page.setViewportSize(PHONE);
      await page.screenshot({path: '/tmp/sims-concurrency-phone.png', fullPage: true});
      await page.setViewportSize(DESKTOP);
      expect(await seriousA11yViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(externalRequests).toEqual([]);
    } finally {
      await close();
    }
  });

  it('renders a useful summary without JavaScript-driven changes (server-rendered)', async () => {
    const {page, close} = await openPage('/docs/scaling/concurrency-simulator');
    try {
      const html = await (await page.request.get(page.url())).text();
      expect(html).toContain('needed environments faster than 1,000 new ones per 10 seconds');
    } finally {
      await close();
    }
  });
});

describe('traffic-shifting page', () => {
  it('changing the configuration and the alarm changes the outcome; screenshots', async () => {
    const {page, consoleErrors, close} = await openPage('/docs/deployment/traffic-shifting', {waitUntil: 'networkidle'});
    try {
      const summary = page.getByTestId('traffic-summary');
      await expect.poll(() => summary.innerText()).toMatch(/^Rolled back at T\+01:00 because of the CloudWatch alarm: before that, 600 requests reached version 7/);

      // Without the alarm the bad canary goes all the way.
      await page.getByLabel('CloudWatch alarm rolls back').uncheck();
      await expect.poll(() => summary.innerText()).toMatch(/finished at .* with all traffic on version 7/);

      await page.getByLabel('CloudWatch alarm rolls back').check();
      await page.getByLabel('Deployment configuration').selectOption('AllAtOnce');
      await expect.poll(() => summary.innerText()).toMatch(/AllAtOnce finished at T\+00:31/);

      // A bad value is named as the form labels it, with numbers as the form shows them.
      await page.getByLabel('Requests per second to the alias').fill('-5');
      await expect.poll(() => page.getByRole('alert').innerText()).toBe('Requests per second to the alias: -5 is outside 0.01–1,000,000');
      await page.getByLabel('Requests per second to the alias').fill('');
      await expect.poll(() => page.getByRole('alert').innerText()).toBe('Requests per second to the alias: enter a number (0.01–1,000,000)');
      await page.getByLabel('Requests per second to the alias').fill('200');
      await expect.poll(async () => (await page.getByRole('alert').allInnerTexts()).join('')).toBe('');

      await page.getByLabel('BeforeAllowTraffic hook').selectOption('fail');
      await expect.poll(() => summary.innerText()).toMatch(/before version 7 received any traffic: no user met it/);

      await page.screenshot({path: '/tmp/sims-traffic-desktop.png', fullPage: true});
      await page.setViewportSize(PHONE);
      await page.screenshot({path: '/tmp/sims-traffic-phone.png', fullPage: true});
      expect(await seriousA11yViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('both simulator pages in dark mode on a phone', () => {
  for (const path of ['/docs/scaling/concurrency-simulator', '/docs/deployment/traffic-shifting']) {
    it(`${path} has no serious axe violations and no horizontal overflow`, async () => {
      const {page, consoleErrors, close} = await openPage(path, {viewport: PHONE, colorScheme: 'dark', waitUntil: 'networkidle'});
      try {
        expect(await seriousA11yViolations(page)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        // Every control in the widget is reachable by keyboard and has a label.
        const unlabelled = await page.locator('section[aria-labelledby] input, section[aria-labelledby] select, section[aria-labelledby] textarea').evaluateAll((controls) =>
          controls.filter((control) => !(control as HTMLInputElement).labels?.length).map((control) => control.id),
        );
        expect(unlabelled).toEqual([]);
        expect(consoleErrors).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});

