import {describe, expect, it} from 'vitest';
import {createFunctionConfig} from '../../../src/core/runtime/createFunctionConfig.ts';
import {SandboxHost, WATCHDOG_GRACE_MS, type WorkerLike} from '../../../src/sandbox/host/SandboxHost.ts';
import {parseHostMessage, parseWorkerMessage, type HostMessage} from '../../../src/sandbox/protocol.ts';

const config = (() => {
  const c = createFunctionConfig({timeoutMs: 1000});
  if (!c.ok) throw new Error(c.error);
  return c.value;
})();

/** A worker that never answers (an engine stuck in a builtin) and a fake clock. */
function stuckWorld() {
  let now = 0;
  const timers: {at: number; fn: () => void}[] = [];
  const workers: {sent: HostMessage[]; terminated: boolean; emit: (d: unknown) => void}[] = [];
  const host = new SandboxHost(
    (): WorkerLike => {
      let handler: (d: unknown) => void = () => {};
      const w = {sent: [] as HostMessage[], terminated: false, emit: (d: unknown) => handler(d)};
      workers.push(w);
      return {postMessage: (m) => w.sent.push(m), onMessage: (h) => { handler = h; }, onError: () => {}, terminate: () => { w.terminated = true; }};
    },
    {now: () => now, wallClock: () => new Date(0), setTimeout: (fn, ms) => timers.push({at: now + ms, fn}), clearTimeout: () => {}},
    () => new Uint8Array(16),
  );
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers.splice(0)) if (t.at <= now) t.fn(); else timers.push(t);
  };
  return {host, workers, advance};
}

describe('SandboxHost watchdog and protocol', () => {
  it('terminates a worker that does not stop after the deadline plus grace, and reports a timeout', async () => {
    const {host, workers, advance} = stuckWorld();
    const pending = host.invoke({code: '', format: 'esm', config, eventJson: '{}'});
    await Promise.resolve();
    await Promise.resolve();
    workers[0]!.emit({v: 1, type: 'invoke-started', id: workers[0]!.sent[0]!.id, requestId: 'rid', cold: true, initDurationMs: 5});
    advance(config.timeoutMs + WATCHDOG_GRACE_MS - 1);
    expect(workers[0]!.terminated).toBe(false);
    advance(2);
    const o = await pending;
    expect(workers[0]!.terminated).toBe(true);
    expect(o.status).toBe('timeout');
    expect(o.requestId).toBe('rid');
    expect(o.report.initDurationMs).toBe(5);
    expect(host.watchdogKills).toBe(1);
  });

  it('stop() terminates the worker at once and reports a killed runtime; the next invocation gets a new worker', async () => {
    const {host, workers, advance} = stuckWorld();
    expect(host.stop()).toBe(false);
    const pending = host.invoke({code: '', format: 'esm', config, eventJson: '{}'});
    await Promise.resolve();
    await Promise.resolve();
    workers[0]!.emit({v: 1, type: 'invoke-started', id: workers[0]!.sent[0]!.id, requestId: 'rid', cold: true, initDurationMs: 5});
    workers[0]!.emit({v: 1, type: 'log', id: workers[0]!.sent[0]!.id, text: 'before the loop'});
    advance(250);
    expect(host.stop()).toBe(true);
    const o = await pending;
    expect(workers[0]!.terminated).toBe(true);
    expect(o.status).toBe('crash');
    expect(o.environmentReset).toBe(true);
    expect(o.error?.errorType).toBe('Runtime.ExitError');
    expect(o.report.durationMs).toBe(250);
    expect(o.logs.join('\n')).toMatch(/before the loop[\s\S]*Stop button[\s\S]*REPORT RequestId: rid[\s\S]*signal: killed/);
    expect(host.watchdogKills).toBe(0);
    const next = host.invoke({code: '', format: 'esm', config, eventJson: '{}'});
    await Promise.resolve();
    await Promise.resolve();
    expect(workers).toHaveLength(2);
    advance(20_000);
    expect((await next).status).toBe('timeout');
  });

  it('ignores forged or malformed messages', async () => {
    const {host, workers, advance} = stuckWorld();
    const pending = host.invoke({code: '', format: 'esm', config, eventJson: '{}'});
    await Promise.resolve();
    await Promise.resolve();
    const id = workers[0]!.sent[0]!.id;
    workers[0]!.emit({v: 1, type: 'outcome', id: id + 1, outcome: {requestId: 'x', logs: [], logRecords: [], report: {}}});
    workers[0]!.emit({v: 2, type: 'outcome', id, outcome: {}});
    workers[0]!.emit('{"type":"outcome"}');
    advance(20_000);
    expect((await pending).status).toBe('timeout');
  });

  it('validates both directions of the protocol', () => {
    expect(parseWorkerMessage({v: 1, type: 'outcome', id: 1, outcome: {requestId: 'a', logs: [1], logRecords: [], report: {}}})).toBeUndefined();
    expect(parseWorkerMessage({v: 1, type: 'ready'})).toEqual({v: 1, type: 'ready'});
    expect(parseHostMessage({v: 1, type: 'invoke', id: 1, request: {code: 'x', format: 'umd', eventJson: '{}', config: {}}})).toBeUndefined();
  });
});
