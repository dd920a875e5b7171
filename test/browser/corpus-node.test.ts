/**
 * The Node.js corpus (test/fixtures/handlers/node/cases.json, handlers in LAMBDA_LAB_CORPUS/node)
 * run in the sandbox Chromium runs for the playground: the shipped sandbox worker of the built site
 * (the guest engine, its Node built-ins and simulated AWS SDK all run there), judged exactly as the
 * Node test judges the Node worker. Only the host's bookkeeping (SandboxHost: request ids, watchdog)
 * runs in the test process, its messages bridged to the page's worker — 49 cases through Monaco
 * would cost minutes. Skipped (no page is opened) when there is no corpus, as in CI.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {SandboxHost, type WorkerLike} from '../../src/sandbox/host/SandboxHost.ts';
import {nodeRandom} from '../../src/sandbox/node/createNodePlatform.ts';
import {expectNodeCaseOutcome, hasNodeCorpus, nodeCaseRequest, nodeManifest} from '../unit/corpus/nodeCorpus.ts';
import {openPage, type OpenedPage} from './harness.ts';

let opened: OpenedPage | undefined;
let host: SandboxHost | undefined;
let workerUrl = '';
const handlers = new Map<number, {message?: (data: unknown) => void; error?: (error: unknown) => void}>();
let nextWorker = 1;
/** Messages that came back from workers in the page: proof the cases ran there, not somewhere else. */
let fromPage = 0;

/** A WorkerLike over a real dedicated Worker in the page, started from the site's own sandbox worker script. */
function spawnPageWorker(): WorkerLike {
  const page = opened!.page;
  const id = nextWorker++;
  const entry: {message?: (data: unknown) => void; error?: (error: unknown) => void} = {};
  handlers.set(id, entry);
  // One chain per worker keeps the page calls in order (spawn, then each message).
  let chain: Promise<unknown> = page.evaluate(`(() => {
    const w = new Worker(${JSON.stringify(workerUrl)}, {name: 'lambda-lab-sandbox'});
    w.addEventListener('message', (e) => window.__llFromWorker(${id}, e.data));
    w.addEventListener('error', (e) => { e.preventDefault(); window.__llWorkerError(${id}, e.message || 'the sandbox worker failed'); });
    (window.__llWorkers ??= {})[${id}] = w;
  })()`);
  const later = (fn: () => Promise<unknown>) => {
    chain = chain.then(fn).catch((error: unknown) => entry.error?.(error));
  };
  return {
    postMessage: (message) => later(() => page.evaluate(([n, m]) => (window as any).__llWorkers[n as number].postMessage(m), [id, message] as const)),
    onMessage: (handler) => { entry.message = handler; },
    onError: (handler) => { entry.error = handler; },
    terminate: () => {
      handlers.delete(id);
      later(() => page.evaluate((n) => { const w = (window as any).__llWorkers[n]; w?.terminate(); delete (window as any).__llWorkers[n]; }, id));
    },
  };
}

describe.skipIf(!hasNodeCorpus)('real Node.js handlers in the Chromium playground sandbox (LAMBDA_LAB_CORPUS)', () => {
  beforeAll(async () => {
    opened = await openPage('/docs/playground', {waitUntil: 'networkidle'});
    const page = opened.page;
    await page.exposeFunction('__llFromWorker', (id: number, data: unknown) => {
      fromPage++;
      handlers.get(id)?.message?.(data);
    });
    await page.exposeFunction('__llWorkerError', (id: number, message: string) => handlers.get(id)?.error?.(new Error(message)));
    // Pointing at Run starts the playground's own sandbox worker early: that gives its script URL.
    const started = page.waitForEvent('worker', {predicate: (w) => w.url().includes('lambda-lab-sandbox') || /sandbox/.test(w.url()), timeout: 30_000});
    await page.getByRole('button', {name: 'Run', exact: true}).hover();
    workerUrl = (await started).url();
    host = new SandboxHost(
      spawnPageWorker,
      {now: () => performance.now(), wallClock: () => new Date(), setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>)},
      nodeRandom,
    );
  });
  afterAll(async () => {
    host?.dispose();
    await opened?.close();
  });

  it('uses the shipped sandbox worker script', () => {
    expect(workerUrl).toMatch(/^http:\/\/[^/]+\/.+\.js/);
  });

  for (const c of nodeManifest.cases) {
    it(`${c.id} (${c.path})`, async () => {
      expectNodeCaseOutcome(c, await host!.invoke(nodeCaseRequest(c)));
    }, 30_000);
  }

  it('ran every case through workers in the page, which raised no errors', () => {
    expect(fromPage).toBeGreaterThanOrEqual(2 * nodeManifest.cases.length);
    expect(opened!.consoleErrors).toEqual([]);
  });
});
