import {compressToEncodedURIComponent} from 'lz-string';
import type {Page, Worker} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {openPage, type OpenedPage} from './harness.ts';

/**
 * The sandbox worker's second wall (src/sandbox/browser/lockDownWorkerScope.ts), checked on the
 * shipped worker from outside: Playwright evaluates in the worker through the DevTools protocol,
 * so the site ships no way to run code there.
 */
const runs = (o: OpenedPage) => o.page.locator('pre[aria-label^="Run "]');

function link(code: string, timeoutSeconds: number): string {
  const state = {code, language: 'javascript', templateId: 'eventbridge-custom', eventText: '{}', memoryMB: 128, timeoutSeconds, envText: '', mode: 'sync'};
  return `/docs/playground#pg=${compressToEncodedURIComponent(JSON.stringify(state))}`;
}

async function run(o: OpenedPage, button: 'Run' | 'Run with a cold start', expected: RegExp): Promise<void> {
  const before = await runs(o).count();
  await o.page.getByRole('button', {name: button, exact: true}).click();
  await expect.poll(() => runs(o).count(), {timeout: 45_000}).toBe(before + 1);
  expect(await o.page.getByRole('status').textContent()).toMatch(expected);
}

function sandboxWorkers(page: Page): Worker[] {
  return page.workers().filter((worker) => worker.url().includes('lambda-lab-sandbox'));
}

/** What is left in the worker of what Chromium 156 gives a dedicated worker, and what using it does. */
function probeWorker(worker: Worker) {
  return worker.evaluate(() => {
    const globals = ['fetch', 'XMLHttpRequest', 'WebSocket', 'WebSocketStream', 'WebTransport', 'EventSource', 'importScripts', 'FontFace', 'fonts',
      'indexedDB', 'caches', 'webkitRequestFileSystem', 'webkitResolveLocalFileSystemURL', 'BroadcastChannel', 'Worker', 'Notification'];
    const onNavigator = ['storage', 'storageBuckets', 'locks', 'permissions', 'usb', 'hid', 'serial', 'gpu'];
    const left = [...globals.filter((name) => name in self), ...onNavigator.filter((name) => name in navigator).map((name) => `navigator.${name}`)];
    const scope = self as unknown as Record<string, any>;
    const attempts: Record<string, string> = {};
    const tries: [string, () => unknown][] = [
      ['fetch', () => scope.fetch('/steal')],
      ['XMLHttpRequest', () => new scope.XMLHttpRequest()],
      ['WebSocket', () => new scope.WebSocket('ws://127.0.0.1:9/')],
      ['importScripts', () => scope.importScripts('/steal.js')],
      ['indexedDB', () => scope.indexedDB.open('steal')],
      ['caches', () => scope.caches.open('steal')],
      ['Worker', () => new scope.Worker('/steal.js')],
      ['BroadcastChannel', () => new scope.BroadcastChannel('steal')],
      ['OPFS', () => (navigator as unknown as Record<string, any>).storage.getDirectory()],
    ];
    for (const [name, attempt] of tries) {
      try {
        attempt();
        attempts[name] = 'worked';
      } catch (error) {
        attempts[name] = (error as Error).name;
      }
    }
    return {left, attempts, postMessage: typeof postMessage, webAssembly: typeof WebAssembly};
  });
}

async function expectLockedDown(worker: Worker): Promise<void> {
  const probe = await probeWorker(worker);
  expect(probe.left).toEqual([]);
  for (const [name, outcome] of Object.entries(probe.attempts)) expect(outcome, name).toMatch(/^(TypeError|ReferenceError)$/);
  // What the sandbox needs stays.
  expect(probe.postMessage).toBe('function');
  expect(probe.webAssembly).toBe('object');
}

describe('sandbox worker lockdown in Chromium', () => {
  it('once the engine is loaded the worker has no network, storage or messaging, makes no requests, and keeps working', async () => {
    const o = await openPage(link("let n = 0; export const handler = async () => ({n: ++n});", 3), {waitUntil: 'networkidle'});
    const requests: string[] = [];
    o.context.on('request', (request) => requests.push(new URL(request.url()).pathname));
    try {
      await run(o, 'Run', /^Cold start: succeeded/);
      // The worker loaded the engine (the wasm) itself, from this site, then locked down.
      expect(requests.filter((path) => path.endsWith('.wasm'))).toHaveLength(1);
      const [worker] = sandboxWorkers(o.page);
      await expectLockedDown(worker!);
      await o.page.waitForLoadState('networkidle');
      const settled = requests.length;
      for (let i = 0; i < 3; i++) await run(o, 'Run', /^Warm start: succeeded/);
      for (let i = 0; i < 3; i++) await run(o, 'Run with a cold start', /^Cold start: succeeded/);
      expect(await runs(o).first().textContent()).toMatch(/"n": 1/);
      expect(requests.slice(settled)).toEqual([]);
      expect(sandboxWorkers(o.page)).toEqual([worker]);
      expect(o.consoleErrors).toEqual([]);
      expect(o.externalRequests).toEqual([]);
    } finally {
      await o.close();
    }
  }, 120_000);

  it('after a watchdog kill the new worker loads the engine again and is locked down too', async () => {
    // A builtin that never polls QuickJS's interrupt: only the page's watchdog can stop it.
    const o = await openPage(link('export const handler = async () => Array.prototype.indexOf.call({length: 2 ** 32 - 1}, 99);', 1), {waitUntil: 'networkidle'});
    const requests: string[] = [];
    o.context.on('request', (request) => requests.push(new URL(request.url()).pathname));
    try {
      await run(o, 'Run', /^Cold start: timed out/);
      // Chromium ends a terminated worker stuck in wasm after its forcible-termination delay (about 2 s).
      await expect.poll(() => sandboxWorkers(o.page).length, {timeout: 15_000}).toBe(0);
      const killed = requests.length;
      await o.page.getByLabel('Sample handler').selectOption({label: 'Thrown error'});
      await run(o, 'Run', /^Cold start: function error/);
      expect(requests.slice(killed).filter((path) => path.endsWith('.wasm'))).toHaveLength(1);
      const workers = sandboxWorkers(o.page);
      expect(workers).toHaveLength(1);
      await expectLockedDown(workers[0]!);
      await run(o, 'Run', /^Warm start: function error/);
      expect(o.externalRequests).toEqual([]);
    } finally {
      await o.close();
    }
  }, 120_000);
});
