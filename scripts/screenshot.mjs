// `node scripts/screenshot.mjs <path> <out.png> [width] [height] [light|dark]`: a screenshot of a
// page of the built site, for reviewing layouts and for the README.
import {chromium} from 'playwright-core';
import {startStaticServer} from './static-server.mjs';

const [path = '/', out = '/tmp/page.png', width = '1280', height = '800', scheme = 'light'] = process.argv.slice(2);
const server = await startStaticServer('build');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const context = await browser.newContext({viewport: {width: Number(width), height: Number(height)}, colorScheme: scheme});
  const page = await context.newPage();
  await page.goto(new URL(path, server.url).href, {waitUntil: 'networkidle'});
  await page.screenshot({path: out, fullPage: process.env.FULL_PAGE === '1'});
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
