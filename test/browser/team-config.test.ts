import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startStaticServer} from '../../scripts/static-server.mjs';
import {DESKTOP, PHONE, getBrowser, seriousA11yViolations} from './harness.ts';

/**
 * The site built with the sample team configuration (test/fixtures/team/lambda-lab.team.json) —
 * one extra production build (~1–2 min on 2 cores). TEAM_BUILD_DIR reuses a build made earlier.
 */
const CONFIG = 'test/fixtures/team/lambda-lab.team.json';
let outDir = process.env.TEAM_BUILD_DIR ?? '';
let server: {url: string; close(): Promise<void>};

beforeAll(async () => {
  if (!outDir || !existsSync(join(outDir, 'index.html'))) {
    outDir = mkdtempSync(join(tmpdir(), 'lambda-lab-team-build-'));
    const build = spawnSync('npx', ['docusaurus', 'build', '--out-dir', outDir], {env: {...process.env, LAMBDA_LAB_TEAM_CONFIG: CONFIG}, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'});
    if (build.status !== 0) throw new Error(`the team build failed: ${build.stderr.slice(-2000)}`);
  }
  server = await startStaticServer(outDir);
}, 600_000);

afterAll(async () => {
  await server?.close();
});

async function open(path: string, viewport = DESKTOP, colorScheme: 'light' | 'dark' = 'light'): Promise<{page: Page; close(): Promise<void>}> {
  const context = await (await getBrowser()).newContext({viewport, colorScheme});
  await context.route('**/*', (route) => (route.request().url().startsWith(server.url) || /^(data|blob):/.test(route.request().url()) ? route.continue() : route.abort()));
  const page = await context.newPage();
  await page.goto(new URL(path, server.url).href, {waitUntil: 'networkidle'});
  return {page, close: () => context.close()};
}

describe('a copy built with a team configuration', () => {
  it("shows the team's name and logo", async () => {
    const {page, close} = await open('/docs/intro');
    try {
      await expect(page.locator('.navbar__title').first().textContent()).resolves.toBe('Acme Serverless');
      const logo = page.locator('.navbar__logo img').first();
      expect(await logo.getAttribute('src')).toBe('/acme-logo.svg');
      expect(await logo.getAttribute('alt')).toBe('Acme logo');
      expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
      expect(await page.title()).toContain('Acme Serverless');
    } finally {
      await close();
    }
  });

  it('starts the calculator at the default Region and architecture, and states the discount on the estimate', async () => {
    const {page, close} = await open('/docs/pricing/calculator');
    try {
      await expect(page.getByTestId('region').inputValue()).resolves.toBe('eu-west-1');
      await expect(page.getByTestId('arch').inputValue()).resolves.toBe('arm64');
      const total = Number(/\$([\d,.]+) a month/.exec(await page.getByTestId('total').innerText())![1]!.replace(/,/g, ''));
      const note = await page.getByTestId('team-discount').first().innerText();
      expect(note).toContain('12 % Enterprise Discount Program');
      expect(note).toContain(`list price of $${total.toFixed(2)}`);
      const after = Number(/Acme Serverless price: \$([\d,.]+)/.exec(note)![1]!.replace(/,/g, ''));
      expect(after).toBeCloseTo(Math.round(total * 0.88 * 100) / 100, 2);
    } finally {
      await close();
    }
  });

  it("the limits checker starts at the team's defaults and names the team policy", async () => {
    const {page, close} = await open('/docs/limits/checker');
    try {
      expect(await page.getByTestId('team-policy').innerText()).toContain('lambda-lab check --policy policy.yml');
      const region = page.getByLabel(/^Region/).first();
      if (await region.count()) expect(await region.inputValue()).toBe('eu-west-1');
    } finally {
      await close();
    }
  });

  it("lists the team's own page in the sidebar, and draws its diagram", async () => {
    const {page, close} = await open('/docs/intro');
    try {
      const link = page.locator('.theme-doc-sidebar-menu a', {hasText: 'Acme Lambda conventions'});
      expect(await link.getAttribute('href')).toBe('/docs/team/conventions');
      await link.click();
      await page.waitForURL(/\/docs\/team\/conventions$/);
      // The route's code loads on the click (links are not prefetched while in view): wait for it.
      await expect.poll(() => page.locator('h1').first().textContent()).toBe('Acme Lambda conventions');
    } finally {
      await close();
    }
    const html = readFileSync(join(outDir, 'docs/team/conventions/index.html'), 'utf8');
    expect(html).toMatch(/ll-diagram[\s\S]*<svg /);
  });

  it("adds the team's page to the Learn Lambda track as a step after the built-in ten, marked read by the reader", async () => {
    const {page, close} = await open('/docs/learn-lambda');
    try {
      const step = page.locator('[data-step="team-conventions"]');
      await expect(step.locator('h2').innerText()).resolves.toContain('Step 11: Acme Lambda conventions');
      expect(await step.innerText()).toContain('from your team');
      expect(await step.innerText()).toContain('How Acme names, sizes and deploys its functions.');
      expect(await step.getByRole('link', {name: 'team/conventions'}).getAttribute('href')).toBe('/docs/team/conventions');
      await step.getByRole('button', {name: 'Mark as read'}).click();
      await expect.poll(() => step.getAttribute('data-done')).toBe('true');
    } finally {
      await close();
    }
  });

  it('leaves hidden sections out: no page, no sidebar entry', async () => {
    expect(existsSync(join(outDir, 'docs/edge/lambda-at-edge/index.html'))).toBe(false);
    expect(readFileSync(join(outDir, 'sitemap.xml'), 'utf8')).not.toContain('/docs/edge/');
    const {page, close} = await open('/docs/intro');
    try {
      expect(await page.locator('.theme-doc-sidebar-menu').innerText()).not.toContain('Lambda@Edge');
    } finally {
      await close();
    }
  });

  it('axe finds nothing serious on the team page, phone, dark', async () => {
    const {page, close} = await open('/docs/team/conventions', PHONE, 'dark');
    try {
      expect(await seriousA11yViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });
});
