import {chromium} from 'playwright-core';
import {startStaticServer} from './static-server.mjs';
const server = await startStaticServer('build');
const browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu']});
for (const scheme of ['light', 'dark']) {
  for (const path of process.argv.slice(2)) {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}, colorScheme: scheme});
    const page = await context.newPage();
    const scripts = [];
    const errors = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url().replace(/^.*\//, '')));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(new URL(path, server.url).href, {waitUntil: 'networkidle'});
    await page.mouse.wheel(0, 20000); await page.waitForTimeout(1500);
    const info = await page.evaluate(() => [...document.querySelectorAll('pre.prism-code')].slice(0, 3).map((pre) => {
      const t = pre.querySelector('.token:not(.plain)');
      return {bg: getComputedStyle(pre).backgroundColor, tok: t ? t.className + ' ' + getComputedStyle(t).color : null, text: pre.textContent.slice(0, 40)};
    }));
    console.log(scheme, path, JSON.stringify(info), 'highlighter chunks:', scripts.filter((s) => /highlighter/.test(s)), 'errors:', errors);
    await context.close();
  }
}
await browser.close(); await server.close();
