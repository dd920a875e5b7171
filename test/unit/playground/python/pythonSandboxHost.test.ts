/**
 * The Python host's watchdog rules with a fake worker and clock: the engine-load allowance ends
 * when the worker says 'ready', a stuck invoke is killed with the Python outcome shape, and an
 * out-of-memory outcome replaces the worker. No Pyodide here.
 */
import {describe, expect, it} from 'vitest';
import {createFunctionConfig} from '../../../../src/core/runtime/createFunctionConfig.ts';
import {INIT_TIMEOUT_MS} from '../../../../src/sandbox/initPhaseLimit.ts';
import {WATCHDOG_GRACE_MS, type WorkerLike} from '../../../../src/sandbox/host/SandboxHost.ts';
import {PYTHON_ENGINE_LOAD_MS, PythonSandboxHost} from '../../../../src/sandbox/python/host/createPythonSandboxHost.ts';
import {parsePythonHostMessage, type PythonHostMessage} from '../../../../src/sandbox/python/pythonProtocol.ts';
import type {PythonInvokeRequest} from '../../../../src/sandbox/python/PythonRuntimeSession.ts';

const made = createFunctionConfig({timeoutMs: 1000});
if (!made.ok) throw new Error(made.error);
const request: PythonInvokeRequest = {language: 'python', code: 'def lambda_handler(e, c): pass', config: {...made.value, moduleName: 'lambda_function', exportName: 'lambda_handler'}, runtime: 'python3.14', logFormat: 'Text', eventJson: '{}'};

function world() {
  let now = 0;
  const timers: {at: number; fn: () => void}[] = [];
  const workers: {sent: PythonHostMessage[]; terminated: boolean; emit: (d: unknown) => void}[] = [];
  const host = new PythonSandboxHost(
    (): WorkerLike<PythonHostMessage> => {
      let handler: (d: unknown) => void = () => {};
      const w = {sent: [] as PythonHostMessage[], terminated: false, emit: (d: unknown) => handler(d)};
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
  const tick = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return {host, workers, advance, tick};
}

describe('PythonSandboxHost', () => {
  it('allows for the engine load until ready, then kills a stuck invoke with the Python timeout shape', async () => {
    const {host, workers, advance, tick} = world();
    const pending = host.invoke(request);
    await tick();
    advance(PYTHON_ENGINE_LOAD_MS / 2);
    expect(workers[0]!.terminated).toBe(false);
    workers[0]!.emit({v: 1, type: 'ready'});
    workers[0]!.emit({v: 1, type: 'invoke-started', id: workers[0]!.sent[0]!.id, requestId: 'rid', cold: true, initDurationMs: 3});
    advance(request.config.timeoutMs + WATCHDOG_GRACE_MS + 1);
    const out = await pending;
    expect(workers[0]!.terminated).toBe(true);
    expect(out).toMatchObject({status: 'timeout', requestId: 'rid', error: {errorType: 'Sandbox.Timedout'}});
    expect(host.watchdogKills).toBe(1);
  });

  it('a worker that loads but never starts the invoke is stopped after the init limit', async () => {
    const {host, workers, advance, tick} = world();
    const pending = host.invoke(request);
    await tick();
    workers[0]!.emit({v: 1, type: 'ready'});
    advance(INIT_TIMEOUT_MS + request.config.timeoutMs + WATCHDOG_GRACE_MS + 1);
    expect((await pending).status).toBe('timeout');
  });

  it('replaces the worker after an out-of-memory outcome', async () => {
    const {host, workers, tick} = world();
    const pending = host.invoke(request);
    await tick();
    const outcome = {requestId: 'r', cold: true, status: 'oom', result: null, error: {errorType: 'Runtime.ExitError', errorMessage: 'x'}, logs: [], logRecords: [], report: {}, environmentReset: true, awsCalls: []};
    workers[0]!.emit({v: 1, type: 'outcome', id: workers[0]!.sent[0]!.id, outcome});
    expect((await pending).status).toBe('oom');
    expect(workers[0]!.terminated).toBe(true);
  });

  it('the Python worker accepts only well-formed requests', () => {
    expect(parsePythonHostMessage({v: 1, type: 'invoke', id: 1, request})).toBeDefined();
    for (const bad of [{...request, runtime: 'python3.9'}, {...request, logFormat: 'xml'}, {...request, language: 'js'}, {...request, ephemeralStorageMB: 100}, {...request, code: 1}]) {
      expect(parsePythonHostMessage({v: 1, type: 'invoke', id: 1, request: bad})).toBeUndefined();
    }
  });
});
