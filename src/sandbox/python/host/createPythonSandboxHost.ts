/**
 * The trusted side of the Python sandbox: the shared SandboxHost (watchdog, protocol checks) with
 * a worker that runs Pyodide, plus the Python runtime's rules for when a worker must go: after an
 * out-of-memory (a WebAssembly heap never shrinks) and whenever the watchdog had to act.
 */
import {assemblePythonOutcome} from '../../../core/runtime/python/assemblePythonOutcome.ts';
import type {InvocationOutcome} from '../../../core/runtime/types.ts';
import {SandboxHost, type HostClock, type SynthesizeParts, type WorkerLike} from '../../host/SandboxHost.ts';
import type {PythonHostMessage} from '../pythonProtocol.ts';
import type {PythonInvokeRequest} from '../PythonRuntimeSession.ts';

/** Loading Pyodide (about 12 MB) and starting CPython: generous, the page shows progress meanwhile. */
export const PYTHON_ENGINE_LOAD_MS = 120_000;

function synthesize(parts: SynthesizeParts): InvocationOutcome {
  return assemblePythonOutcome({
    requestId: parts.requestId,
    cold: parts.cold,
    // The watchdog only fires when the in-thread interrupt could not stop the code; a crash is the
    // interpreter dying (a C-level stack overflow surfaces as the engine's "Maximum call stack").
    end: parts.kind === 'timeout' ? {kind: 'timeout'} : {kind: 'signal', signal: /call stack/i.test(parts.message ?? '') ? 'segmentation fault' : 'killed'},
    initLogs: [],
    functionLogs: [
      ...parts.streamed.map((text) => ({source: 'function' as const, text})),
      // Why the worker stopped, when it said (the engine could not start, the interpreter died).
      ...(parts.kind === 'crash' && parts.message ? [{source: 'platform' as const, text: `[playground] ${parts.message.slice(0, 500)}`}] : []),
    ],
    durationMs: parts.durationMs,
    ...(parts.initDurationMs !== undefined ? {initDurationMs: parts.initDurationMs} : {}),
    memoryMB: parts.memoryMB,
    guestPeakBytes: 0,
    timestamp: parts.timestamp,
  });
}

export class PythonSandboxHost {
  private readonly host: SandboxHost<PythonInvokeRequest>;

  constructor(spawn: () => WorkerLike<PythonHostMessage>, clock: HostClock, random: () => Uint8Array) {
    this.host = new SandboxHost<PythonInvokeRequest>(spawn, clock, random, {engineLoadMs: PYTHON_ENGINE_LOAD_MS, synthesize});
  }

  get watchdogKills(): number {
    return this.host.watchdogKills;
  }

  async invoke(request: PythonInvokeRequest): Promise<InvocationOutcome> {
    const outcome = await this.host.invoke(request);
    if (outcome.status === 'oom') this.host.reset();
    return outcome;
  }

  reset(): void {
    this.host.reset();
  }

  /** Ends the running invocation at once (see SandboxHost.stop). */
  stop(): boolean {
    return this.host.stop();
  }

  dispose(): void {
    this.host.dispose();
  }
}
