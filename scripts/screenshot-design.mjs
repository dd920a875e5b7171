// `node scripts/screenshot-design.mjs [outDir]`: opens the calculator's design estimate view in the built
// site and screenshots it at 390 px and 1280 px in both themes; prints anything wider than the phone.
import {chromium} from 'playwright-core';
import {startStaticServer} from './static-server.mjs';
const server = await startStaticServer('build');
const browser = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']});
try {
  for (const [w, h] of [[390, 844], [1280, 900]]) for (const scheme of ['light', 'dark']) {
    const context = await browser.newContext({viewport: {width: w, height: h}, colorScheme: scheme});
    const page = await context.newPage();
    await page.goto(new URL('/docs/pricing/calculator', server.url).href, {waitUntil: 'networkidle'});
    await page.getByTestId('open-design').click();
    await page.getByTestId('design-total').waitFor();
    await page.waitForTimeout(300);
    const view = page.getByTestId('design-view');
    await view.scrollIntoViewIfNeeded();
    await view.screenshot({path: `${process.argv[2] ?? '/tmp'}/design-${w}-${scheme}.png`});
    // overflow check: anything wider than the viewport
    const wide = await page.evaluate(() => { const vw = document.documentElement.clientWidth; return [...document.querySelectorAll('[data-testid=design-view] *')].filter((el) => el.getBoundingClientRect().right > vw + 1).slice(0, 8).map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`); });
    const docW = await page.evaluate(() => document.documentElement.scrollWidth);
    console.log(w, scheme, 'docScrollWidth', docW, wide);
    await context.close();
  }
} finally { await browser.close(); await server.close(); }
