import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core';
import {afterAll, inject} from 'vitest';

/** Debian's Chromium; CI installs it with apt when it is missing. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const PHONE = {width: 390, height: 844};
export const DESKTOP = {width: 1280, height: 800};

let browser: Promise<Browser> | undefined;

export function getBrowser(): Promise<Browser> {
  browser ??= chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true});
  return browser;
}

afterAll(async () => {
  if (browser) await (await browser).close();
  browser = undefined;
});

export interface OpenPageOptions {
  viewport?: {width: number; height: number};
  colorScheme?: 'light' | 'dark';
  /** Default 'load'; use 'networkidle' to wait for lazy chunks. */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** console.error messages and uncaught page errors, in order. */
  consoleErrors: string[];
  /** Every request to a host other than the local test server (they are also blocked). */
  externalRequests: string[];
  close(): Promise<void>;
}

function isLocal(url: string, base: URL): boolean {
  if (/^(data|blob|about):/.test(url)) return true;
  try {
    return new URL(url).host === base.host;
  } catch {
    return false;
  }
}

/** Opens a page of the built site in a fresh browser context. */
export async function openPage(path: string, options: OpenPageOptions = {}): Promise<OpenedPage> {
  const base = new URL(inject('baseUrl'));
  const context = await (await getBrowser()).newContext({
    viewport: options.viewport ?? DESKTOP,
    colorScheme: options.colorScheme ?? 'light',
  });
  const consoleErrors: string[] = [];
  const externalRequests: string[] = [];
  context.on('request', (request) => {
    if (!isLocal(request.url(), base)) externalRequests.push(request.url());
  });
  await context.route('**/*', (route) => (isLocal(route.request().url(), base) ? route.continue() : route.abort('blockedbyclient')));
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`${error.name}: ${error.message}`));
  await page.goto(new URL(path, base).href, {waitUntil: options.waitUntil ?? 'load'});
  return {page, context, consoleErrors, externalRequests, close: () => context.close()};
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface A11yViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page and returns violations of serious or critical impact, plus
 * heading-order (moderate in axe, but a skipped heading level confuses screen-reader navigation).
 */
export async function seriousA11yViolations(page: Page): Promise<A11yViolation[]> {
  await page.addScriptTag({content: axeSource});
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as {axe: {run(options: object): Promise<{violations: {id: string; impact: string | null; help: string; nodes: {target: unknown[]}[]}[]}>}}).axe;
    const results = await axe.run({resultTypes: ['violations']});
    return results.violations.map((v) => ({id: v.id, impact: v.impact ?? 'unknown', help: v.help, targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target))}));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'heading-order');
}

/** The site's pages, from the sitemap the build writes, as paths ("/docs/intro"). */
export function sitemapPaths(buildDir = 'build'): string[] {
  const xml = readFileSync(`${buildDir}/sitemap.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}
