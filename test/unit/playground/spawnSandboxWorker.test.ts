import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';

/** A stand-in for the browser's Worker: records what it is sent and lets the test emit events. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  readonly sent: unknown[] = [];
  terminated = false;
  constructor(readonly url: URL, readonly options: {name?: string}) {
    super();
    FakeWorker.made.push(this);
  }
  postMessage(message: unknown): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  emitMessage(data: unknown): void {
    this.dispatchEvent(Object.assign(new Event('message'), {data}));
  }
  emitError(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error', {cancelable: true}), {message}));
  }
}

async function load() {
  vi.resetModules();
  return import('../../../src/sandbox/browser/spawnSandboxWorker.ts');
}

describe('the sandbox worker started early by the page', () => {
  beforeEach(() => {
    FakeWorker.made = [];
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('is the one the host takes, once; later takes make new workers', async () => {
    const m = await load();
    m.spawnSandboxWorkerEarly();
    m.spawnSandboxWorkerEarly();
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.url.pathname).toMatch(/sandbox\.worker\.ts$/);
    const first = m.takeSandboxWorker();
    first.postMessage({v: 1, type: 'invoke', id: 1, request: {} as never});
    expect(FakeWorker.made[0]!.sent).toHaveLength(1);
    m.takeSandboxWorker();
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('hands over messages and errors that arrived before the host listened, after the host has recorded the worker', async () => {
    const m = await load();
    m.spawnSandboxWorkerEarly();
    const fake = FakeWorker.made[0]!;
    fake.emitMessage({v: 1, type: 'ready'});
    fake.emitError('could not load');
    const worker = m.takeSandboxWorker();
    const messages: unknown[] = [];
    const errors: unknown[] = [];
    worker.onMessage((d) => messages.push(d));
    worker.onError((e) => errors.push(e));
    expect(messages).toEqual([]);
    await Promise.resolve();
    expect(messages).toEqual([{v: 1, type: 'ready'}]);
    expect(errors.map((e) => (e as Error).message)).toEqual(['could not load']);
    fake.emitMessage('later');
    expect(messages).toEqual([{v: 1, type: 'ready'}, 'later']);
  });

  it('is terminated when the page goes away before the host took it', async () => {
    const m = await load();
    m.spawnSandboxWorkerEarly();
    m.terminateEarlySandboxWorker();
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    m.takeSandboxWorker();
    expect(FakeWorker.made).toHaveLength(2);
  });
});
