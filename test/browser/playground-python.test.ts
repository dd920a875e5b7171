/**
 * Python in the playground, in real Chromium against the production build: no Pyodide bytes until
 * a Python handler runs (and none from another host), a sample cold then warm with its REPORT
 * lines, simulated boto3 calls, and hostile Python (including a deliberate escape from Python into
 * the worker's JavaScript, which must find the worker locked down).
 *
 * Lean on purpose: loading Pyodide costs seconds, so each describe loads it once and the hostile
 * cases share one handler that picks its attack from the event (editing the event needs no editor
 * and keeps the engine). Only the out-of-memory kill replaces the worker.
 */
import {compressToEncodedURIComponent} from 'lz-string';
import type {Request} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openPage, type OpenedPage} from './harness.ts';

const PATH = '/docs/playground';
const status = (o: OpenedPage) => o.page.getByRole('status');
const outputs = (o: OpenedPage) => o.page.locator('pre[aria-label^="Run "]');

/** Every request the page or its workers make for the engine's files, from now on. */
function watchPyodide(o: OpenedPage): string[] {
  const seen: string[] = [];
  o.page.on('request', (r: Request) => {
    if (r.url().includes('/pyodide/')) seen.push(r.url());
  });
  return seen;
}

/** Presses a Run button and returns the new output (waits without expect.poll: also used in hooks). */
async function runAndWait(o: OpenedPage, expected: RegExp, button = 'Run'): Promise<string> {
  const before = await outputs(o).count();
  await o.page.getByRole('button', {name: button, exact: true}).click();
  await o.page.waitForFunction((n) => document.querySelectorAll('pre[aria-label^="Run "]').length > n, before, {timeout: 120_000});
  const summary = (await status(o).textContent()) ?? '';
  // The newest run has the highest number (whatever order the list shows runs in).
  const text = await o.page.evaluate(() => {
    const runs = [...document.querySelectorAll('pre[aria-label^="Run "]')];
    const id = (el: Element) => Number(/^Run (\d+)/.exec(el.getAttribute('aria-label') ?? '')?.[1] ?? -1);
    return runs.sort((a, b) => id(b) - id(a))[0]?.textContent ?? '';
  });
  if (!expected.test(summary)) throw new Error(`status "${summary}" does not match ${expected}; output:\n${text.slice(0, 2000)}`);
  return text;
}

function linkFor(code: string, extra: Record<string, unknown> = {}): string {
  const state = {code, language: 'python', templateId: 'eventbridge-custom', eventText: '{}', memoryMB: 128, timeoutSeconds: 2, envText: '', mode: 'sync', ...extra};
  return `${PATH}#pg=${compressToEncodedURIComponent(JSON.stringify(state))}`;
}

function responseOf(out: string): unknown {
  return JSON.parse(out.slice(out.indexOf('Response: ') + 'Response: '.length, out.indexOf('\nCost:')));
}

describe('Python in the playground (Chromium)', () => {
  it('loads no Pyodide bytes until Run; a sample runs cold then warm; boto3 calls are answered from the mocks', async () => {
    const o = await openPage(PATH, {waitUntil: 'networkidle'});
    try {
      const pyodide = watchPyodide(o);
      const atLoad = await o.page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/pyodide/')).length);
      expect(atLoad).toBe(0);
      await o.page.getByLabel('Sample handler').selectOption({label: 'Python: S3 upload handler'});
      expect(await o.page.getByLabel('Language').inputValue()).toBe('python');
      await o.page.getByRole('button', {name: 'Run', exact: true}).hover();
      await o.page.waitForTimeout(300);
      expect(pyodide).toEqual([]);

      // The first load shows its progress (the status line counts the seconds).
      const progress = o.page.waitForFunction(() => /Loading the Python engine .*\d+ s$/.test(document.querySelector('[role="status"]')?.textContent ?? ''), undefined, {timeout: 60_000, polling: 50});
      const cold = await runAndWait(o, /^Cold start: succeeded/);
      await progress;
      expect(cold).toMatch(/^START RequestId: [0-9a-f-]{36} Version: \$LATEST$/m);
      expect(cold).toMatch(/^\[INFO\]\t\S+Z\t[0-9a-f-]{36}\tNew object uploads\/photo\.jpg in amzn-s3-demo-bucket$/m);
      expect(cold).toMatch(/^REPORT RequestId: [0-9a-f-]{36}\tDuration: [\d.]+ ms\tBilled Duration: \d+ ms\tMemory Size: 128 MB\tMax Memory Used: \d+ MB\tInit Duration: [\d.]+ ms/m);
      expect(cold).toMatch(/"invocations": 1/);
      // The engine came from this site, and nothing from any other host.
      expect(pyodide.some((n) => n.endsWith('/pyodide.asm.wasm'))).toBe(true);
      expect(pyodide.every((n) => n.startsWith(`${new URL(o.page.url()).origin}/pyodide/`))).toBe(true);
      expect(o.externalRequests).toEqual([]);

      const warm = await runAndWait(o, /^Warm start: succeeded/);
      expect(warm).toMatch(/"invocations": 2/);
      expect(warm).not.toMatch(/Init Duration/);
      expect(await o.page.getByText(/CPython 3\.14\.2 compiled to WebAssembly/).count()).toBeGreaterThan(0);

      // The runtime selector names python3.12–3.14; another runtime is another environment (cold).
      const runtime = o.page.locator('select:has(option[value="python3.12"])');
      expect(await runtime.locator('option').allTextContents()).toEqual(['python3.14 (Python 3.14)', 'python3.13 (Python 3.13)', 'python3.12 (Python 3.12)']);
      expect(await runtime.getAttribute('aria-describedby')).toBeTruthy();
      expect(await o.page.locator(`[id="${await runtime.getAttribute('aria-describedby')}"]`).textContent()).toBe('Every choice runs CPython 3.14.2 (Pyodide 314.0.7).');
      await runtime.selectOption('python3.12');
      expect(await runAndWait(o, /^Cold start: succeeded/)).toMatch(/"invocations": 1/);
      expect(await o.page.getByText(/Runs as python3\.12 .*CPython 3\.14\.2/).count()).toBeGreaterThan(0);

      // Another sample in the same engine: new code is a new environment (cold), no second download.
      const downloads = pyodide.length;
      await o.page.getByLabel('Sample handler').selectOption({label: 'Python: boto3 reads SSM, writes DynamoDB (simulated)'});
      const boto = await runAndWait(o, /^Cold start: succeeded/);
      expect(boto).toMatch(/AWS calls \(simulated SDK, \d+, in order\):/);
      expect(boto).toMatch(/ssm GetParameter \{"Name":"[^"]+"\} → mock #\d/);
      expect(boto).toMatch(/dynamodb PutItem /);
      expect(pyodide.length).toBe(downloads);
      expect(o.consoleErrors).toEqual([]);
    } finally {
      await o.close();
    }
  }, 180_000);

  it('a shared Python link fills the form as Python and runs nothing', async () => {
    const o = await openPage(linkFor('def lambda_handler(event, context):\n    return 1\n'), {waitUntil: 'networkidle'});
    try {
      const pyodide = watchPyodide(o);
      await expect.poll(() => o.page.getByLabel('Language').inputValue()).toBe('python');
      expect(await o.page.getByRole('note').textContent()).toMatch(/filled from a shared link/);
      expect(await status(o).textContent()).toMatch(/Nothing has run yet/);
      expect(await o.page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/pyodide/')).length)).toBe(0);
      expect(pyodide).toEqual([]);
    } finally {
      await o.close();
    }
  });
});

/** One handler, many attacks: the event's "attack" picks one, so the engine loads once. */
const HOSTILE = `import importlib.machinery as m
import sys

def attack_escape():
    core = m.BuiltinImporter.create_module(m.BuiltinImporter.find_spec("_pyodide_core"))
    F = core.to_js([1]).constructor.constructor
    names = ["fetch", "XMLHttpRequest", "WebSocket", "importScripts", "indexedDB", "caches", "BroadcastChannel", "Worker", "document", "localStorage"]
    return {n: str(F("return typeof " + n)()) for n in names}

def attack_js():
    import js

def attack_socket():
    import socket
    socket.create_connection(("example.com", 80), timeout=1)

def attack_system():
    import os
    return os.system("touch /tmp/pwned")

def attack_passwd():
    return open("/etc/passwd").read()

def attack_recursion():
    def f(n):
        return [f(n + 1)]
    return f(0)

def attack_flood():
    print("z" * (10 * 1024 * 1024))
    return "ok"

def attack_exit():
    sys.exit(1)

def attack_loop():
    while True:
        pass

def attack_bomb():
    b = []
    while True:
        b.append(" " * 2**20)

def lambda_handler(event, context):
    return globals()["attack_" + event["attack"]]()
`;

describe('hostile Python in Chromium', () => {
  let o: OpenedPage;
  beforeAll(async () => {
    o = await openPage(linkFor(HOSTILE, {eventText: '{"attack": "passwd"}'}), {waitUntil: 'networkidle'});
    await o.page.getByText('Event JSON, AWS mocks and environment variables').click();
  }, 60_000);
  afterAll(async () => {
    await o.close();
  });

  async function attack(name: string, expected: RegExp, timeoutSeconds = 2): Promise<string> {
    await o.page.getByLabel('Event (JSON)').fill(JSON.stringify({attack: name}));
    await o.page.getByLabel('Timeout (seconds, 1–900)').fill(String(timeoutSeconds));
    return runAndWait(o, expected);
  }

  it('breaking out of Python into the worker\'s JavaScript finds no network, storage or other contexts', async () => {
    // (The cold start loads the engine.)
    const passwd = await attack('passwd', /^Cold start: function error/);
    expect(passwd).toContain("No such file or directory: '/etc/passwd'");
    const out = await attack('escape', /succeeded/);
    expect(Object.values(responseOf(out) as Record<string, string>)).toEqual(Array(10).fill('undefined'));
  }, 150_000);

  it('import js, sockets, processes, deep recursion and sys.exit end as Lambda reports them; a print flood is capped', async () => {
    expect(await attack('js', /function error/)).toContain("No module named 'js'");
    expect(await attack('socket', /function error/)).toContain('Network unreachable');
    expect(await attack('system', /function error/)).toContain('cannot start processes');
    expect(await attack('recursion', /function error/)).toContain('RecursionError');
    const flood = await attack('flood', /succeeded/, 20);
    // One 10 MB line: cut where CloudWatch Logs cuts an event (256 KB).
    expect(flood).toMatch(/\[playground\] (line|log output) truncated/);
    expect(flood.length).toBeLessThan(1.5 * 1024 * 1024);
    expect(await attack('exit', /runtime crashed.*next run is cold/)).toMatch(/Runtime exited with error: exit status 1/);
  }, 60_000);

  it('while True: pass times out at the deadline; a memory bomb is an out-of-memory kill; the page stays responsive', async () => {
    expect(await attack('loop', /timed out/)).toMatch(/Task timed out after 2\.\d\d seconds/);
    expect(await o.page.evaluate(() => new Promise<boolean>((resolve) => requestAnimationFrame(() => resolve(true))))).toBe(true);
    expect(await attack('bomb', /ran out of memory/, 20)).toMatch(/Runtime exited with error: signal: killed/);
    // The environment was reset: the next run starts a fresh one.
    expect(await attack('passwd', /^Cold start: function error/)).toContain('/etc/passwd');
  }, 150_000);
});
