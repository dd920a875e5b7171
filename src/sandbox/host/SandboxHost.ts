/**
 * The trusted side of the sandbox (page or Node process). Owns the worker that is the execution
 * environment, a watchdog that terminates it if the engine does not stop by itself (the hard
 * backstop behind QuickJS's interrupt deadline), and protocol validation. Platform-neutral: the
 * browser and Node pass a `spawn` that makes their kind of worker.
 */
import {assembleInvocationOutcome} from '../../core/runtime/assembleInvocationOutcome.ts';
import {createRequestId} from '../../core/runtime/createRequestId.ts';
import type {FunctionConfig, InvocationOutcome} from '../../core/runtime/types.ts';
import {INIT_TIMEOUT_MS} from '../initPhaseLimit.ts';
import {parseWorkerMessage, type HostMessage, type WorkerMessage} from '../protocol.ts';
import type {SessionInvokeRequest} from '../runtimeSession.ts';

/** The minimum a worker must offer. */
export interface WorkerLike<M = HostMessage> {
  postMessage(message: M): void;
  onMessage(handler: (data: unknown) => void): void;
  onError(handler: (error: unknown) => void): void;
  terminate(): void;
}

export interface HostClock {
  now(): number;
  wallClock(): Date;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** How long after the deadline the watchdog waits for the engine to stop by itself. */
export const WATCHDOG_GRACE_MS = 1000;

/** Why a stopped invocation ended (shown in its log). */
export const STOPPED_MESSAGE = 'stopped with the Stop button: the execution environment was shut down; the next invocation is a cold start';

/** What every request carries (the Node.js request, or the Python one). */
export interface HostRequest {
  readonly config: FunctionConfig;
}

/** Options for runtimes other than the default JavaScript one. */
export interface SandboxHostOptions {
  /** Allowance for loading the engine before the worker says 'ready' (Pyodide takes seconds). */
  readonly engineLoadMs?: number;
  /** Builds the outcome when the watchdog kills the worker (the runtime's own error shapes). */
  readonly synthesize?: (parts: SynthesizeParts) => InvocationOutcome;
}

export interface SynthesizeParts {
  readonly kind: 'timeout' | 'crash';
  readonly message?: string;
  readonly requestId: string;
  readonly cold: boolean;
  readonly durationMs: number;
  readonly initDurationMs?: number;
  readonly memoryMB: number;
  readonly streamed: readonly string[];
  readonly timestamp: string;
}

interface Pending<R extends HostRequest> {
  readonly id: number;
  readonly request: R;
  readonly sentAt: number;
  readonly resolve: (outcome: InvocationOutcome) => void;
  started?: {requestId: string; cold: boolean; initDurationMs?: number; at: number};
  /** Early log lines streamed by the worker, shown if the watchdog has to kill it. */
  readonly streamed: string[];
  watchdog?: unknown;
}

export class SandboxHost<R extends HostRequest = SessionInvokeRequest> {
  private worker: WorkerLike<{readonly v: 1; readonly type: 'invoke'; readonly id: number; readonly request: R}> | undefined;
  private nextId = 1;
  private pending: Pending<R> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  /** How many times the watchdog had to terminate the worker (for tests and the page). */
  watchdogKills = 0;

  constructor(
    private readonly spawn: () => WorkerLike<{readonly v: 1; readonly type: 'invoke'; readonly id: number; readonly request: R}>,
    private readonly clock: HostClock,
    private readonly random: () => Uint8Array,
    private readonly options: SandboxHostOptions = {},
  ) {}

  /** Runs invocations one after another, like one execution environment does. */
  invoke(request: R): Promise<InvocationOutcome> {
    const run = this.queue.then(() => this.invokeNow(request));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Throws the environment away (terminates the worker); the next invocation is cold. */
  reset(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  dispose(): void {
    this.reset();
  }

  /**
   * Ends the running invocation now: the worker is terminated, as when Lambda shuts an execution
   * environment down, and the invocation is reported as killed. The next invocation is cold.
   * Returns false when nothing was running.
   */
  stop(): boolean {
    const pending = this.pending;
    if (!pending) return false;
    this.settle(pending);
    this.reset();
    pending.resolve(this.synthesize(pending, 'stopped'));
    return true;
  }

  private ensureWorker(): NonNullable<typeof this.worker> {
    if (this.worker) return this.worker;
    const worker = this.spawn();
    worker.onMessage((data) => {
      if (worker !== this.worker) return;
      const message = parseWorkerMessage(data);
      if (message) this.onWorkerMessage(message);
    });
    worker.onError((error) => {
      if (worker !== this.worker) return;
      this.failPending(error instanceof Error ? error.message : String(error));
    });
    this.worker = worker;
    return worker;
  }

  private invokeNow(request: R): Promise<InvocationOutcome> {
    return new Promise((resolve) => {
      const fresh = this.worker === undefined;
      const worker = this.ensureWorker();
      const pending: Pending<R> = {id: this.nextId++, request, sentAt: this.clock.now(), resolve, streamed: []};
      this.pending = pending;
      // Until the worker says the handler started, allow for an init phase too (and a new worker's engine load).
      this.arm(pending, (fresh ? this.options.engineLoadMs ?? 0 : 0) + INIT_TIMEOUT_MS + request.config.timeoutMs + WATCHDOG_GRACE_MS);
      worker.postMessage({v: 1, type: 'invoke', id: pending.id, request});
    });
  }

  private arm(pending: Pending<R>, ms: number): void {
    if (pending.watchdog !== undefined) this.clock.clearTimeout(pending.watchdog);
    pending.watchdog = this.clock.setTimeout(() => this.onWatchdog(pending), ms);
  }

  private onWorkerMessage(message: WorkerMessage): void {
    const pending = this.pending;
    if (message.type === 'ready') {
      // The engine is loaded: from now on only the init phase and the invoke are allowed for.
      if (pending && !pending.started && this.options.engineLoadMs) this.arm(pending, INIT_TIMEOUT_MS + pending.request.config.timeoutMs + WATCHDOG_GRACE_MS);
      return;
    }
    if (!pending || message.id !== pending.id) return;
    if (message.type === 'log') {
      if (pending.streamed.length < 1000) pending.streamed.push(message.text);
      return;
    }
    if (message.type === 'invoke-started') {
      pending.started = {requestId: message.requestId, cold: message.cold, ...(message.initDurationMs !== undefined ? {initDurationMs: message.initDurationMs} : {}), at: this.clock.now()};
      this.arm(pending, pending.request.config.timeoutMs + WATCHDOG_GRACE_MS);
      return;
    }
    this.settle(pending);
    if (message.type === 'outcome') {
      if (message.outcome.environmentReset) {
        // The worker dropped its environment already; keep the worker for the next cold start.
      }
      pending.resolve(message.outcome);
    } else {
      this.reset();
      pending.resolve(this.synthesize(pending, 'crash', message.message));
    }
  }

  private settle(pending: Pending<R>): void {
    if (pending.watchdog !== undefined) this.clock.clearTimeout(pending.watchdog);
    if (this.pending === pending) this.pending = undefined;
  }

  /** The engine did not stop in time: terminate the worker and report what Lambda would. */
  private onWatchdog(pending: Pending<R>): void {
    if (this.pending !== pending) return;
    this.watchdogKills++;
    this.settle(pending);
    this.reset();
    pending.resolve(this.synthesize(pending, 'timeout'));
  }

  private failPending(message: string): void {
    const pending = this.pending;
    if (!pending) return;
    this.settle(pending);
    this.reset();
    pending.resolve(this.synthesize(pending, 'crash', message));
  }

  private synthesize(pending: Pending<R>, how: 'timeout' | 'crash' | 'stopped', reason?: string): InvocationOutcome {
    const started = pending.started;
    const requestId = started?.requestId ?? createRequestId(this.random);
    const cold = started?.cold ?? true;
    // A stop ends the invocation where it was (zero if the handler had not started yet).
    const durationMs = started ? Math.min(this.clock.now() - started.at, pending.request.config.timeoutMs) : how === 'stopped' ? 0 : pending.request.config.timeoutMs;
    const kind = how === 'timeout' ? 'timeout' : 'crash';
    const message = how === 'stopped' ? STOPPED_MESSAGE : reason;
    if (this.options.synthesize) {
      return this.options.synthesize({
        kind, requestId, cold, memoryMB: pending.request.config.memoryMB, streamed: pending.streamed, timestamp: this.clock.wallClock().toISOString(),
        durationMs: kind === 'timeout' ? Math.max(durationMs, pending.request.config.timeoutMs) : durationMs,
        ...(message !== undefined ? {message} : {}),
        ...(cold && started?.initDurationMs !== undefined ? {initDurationMs: started.initDurationMs} : {}),
      });
    }
    const error = {errorType: 'Runtime.ExitError', errorMessage: `the sandbox stopped unexpectedly: ${message ?? 'unknown error'}`};
    return assembleInvocationOutcome({
      requestId,
      cold,
      end: how === 'timeout' ? {kind: 'timeout'} : how === 'stopped' ? {kind: 'killed'} : {kind: 'uncaught', error, log: JSON.stringify(error)},
      initLogs: [],
      functionLogs: [
        ...pending.streamed.map((text) => ({source: 'function' as const, text})),
        ...(how === 'stopped' ? [{source: 'platform' as const, text: `[playground] ${STOPPED_MESSAGE}`}] : []),
      ],
      durationMs: kind === 'timeout' ? Math.max(durationMs, pending.request.config.timeoutMs) : durationMs,
      ...(cold && started?.initDurationMs !== undefined ? {initDurationMs: started.initDurationMs} : {}),
      memoryMB: pending.request.config.memoryMB,
      guestPeakBytes: 0,
      timestamp: this.clock.wallClock().toISOString(),
      timeoutMs: pending.request.config.timeoutMs,
    });
  }
}
