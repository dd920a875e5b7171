// Lighthouse on one or more URLs of a served build; prints one JSON line per URL.
// Its own process, plain JavaScript: Lighthouse sends functions' source text to the page, and a
// TypeScript loader (tsx, which runs the bench files) adds helpers to them that the page lacks.
//   node scripts/lighthouse.mjs http://127.0.0.1:3000/ http://127.0.0.1:3000/docs/intro
import {loadavg} from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const url of process.argv.slice(2)) {
    let result;
    try {
      result = await lighthouse(url, {port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility']});
    } catch (error) {
      console.log(JSON.stringify({url, load: loadavg()[0], error: error instanceof Error ? error.message : String(error)}));
      continue;
    }
    const lhr = result?.lhr;
    const audit = (id) => lhr?.audits[id]?.numericValue ?? null;
    console.log(JSON.stringify({
      url,
      load: loadavg()[0],
      performance: lhr?.categories.performance?.score == null ? null : lhr.categories.performance.score * 100,
      accessibility: lhr?.categories.accessibility?.score == null ? null : lhr.categories.accessibility.score * 100,
      tbt: audit('total-blocking-time'),
      lcp: audit('largest-contentful-paint'),
      cls: audit('cumulative-layout-shift'),
      // Where the main thread went (Lighthouse's groups, ms) and the scripts that cost most.
      mainThread: Object.fromEntries((lhr?.audits['mainthread-work-breakdown']?.details?.items ?? []).map((i) => [i.group, Math.round(i.duration)])),
      scripts: (lhr?.audits['bootup-time']?.details?.items ?? []).slice(0, 4).map((i) => ({url: i.url.replace(/^https?:\/\/[^/]+/, ''), ms: Math.round(i.total)})),
      // Each long task (script it is attributed to, start and length in simulated ms): what to shorten.
      longTasks: (lhr?.audits['long-tasks']?.details?.items ?? []).map((i) => ({url: i.url.replace(/^https?:\/\/[^/]+/, ''), start: Math.round(i.startTime), ms: Math.round(i.duration)})),
      jsKB: Math.round((lhr?.audits['network-requests']?.details?.items ?? []).filter((i) => i.resourceType === 'Script').reduce((n, i) => n + i.transferSize, 0) / 1024),
      error: lhr?.runtimeError?.message ?? null,
    }));
  }
} finally {
  chrome.kill();
}
