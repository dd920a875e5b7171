/**
 * One Lambda execution environment: a fresh QuickJS instance with its own bounded
 * WebAssembly.Memory, the in-VM bootstrap, the user's module (the init phase) and a host-owned
 * event loop for invocations. Runs in any JavaScript host with WebAssembly and setTimeout (a
 * browser Web Worker or a Node worker_thread); it never touches the DOM or Node APIs.
 */
import {newQuickJSWASMModuleFromVariant, newVariant, type QuickJSContext, type QuickJSHandle, type QuickJSRuntime, type QuickJSSyncVariant} from 'quickjs-emscripten-core';
import {buildEnvironmentVariables} from '../core/runtime/buildEnvironmentVariables.ts';
import {LOG_LIMITS, MAX_SYNC_RESPONSE_BYTES} from '../core/runtime/logLimits.ts';
import {guestMemoryBudgetMB, wasmMemoryMaximumPages} from '../core/runtime/simulateMemoryUse.ts';
import {formatFunctionLogLine, type LogLevel} from '../core/runtime/formatFunctionLogLine.ts';
import {TimerQueue} from '../core/runtime/timerQueue.ts';
import {EMULATED_RUNTIME, NODE_VERSIONS, type StreamedResponse, type FunctionConfig, type LambdaErrorPayload, type LateCrash, type LogRecord, type PhaseEnd} from '../core/runtime/types.ts';

export type {PhaseEnd};
import {allowedModuleName, importErrorSentence, moduleExportNames} from './allowedModules.ts';
import {answerAwsCall, EMPTY_MOCK_FILE, normalizeServiceName, operationFromCommandName, type AwsCallRecord, type MockFile} from '../core/awsMocks/index.ts';
import {loadLazyModule} from './lazyModules.ts';
import {installBuiltinHostFunctions, seededRandom} from './builtins/installBuiltinHostFunctions.ts';
import {VirtualFs} from './builtins/virtualFs.ts';

/** Random bytes from the host's CSPRNG (Web Crypto in browsers and Node), in 64 KiB steps. */
function platformRandom(n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let at = 0; at < n; at += 65536) crypto.getRandomValues(out.subarray(at, Math.min(n, at + 65536)));
  return out;
}
import {BOOTSTRAP_SOURCE} from './guest/bootstrapSource.ts';
import {taskFileName, type ModuleFormat} from './detectModuleFormat.ts';
import {instrumentAsyncFunctions, type WrapperCall} from './instrumentAsyncFunctions.ts';

/** What the environment needs from its host. */
export interface SandboxPlatform {
  /** Monotonic milliseconds. */
  now(): number;
  /** Wall clock for log timestamps. */
  wallClock(): Date;
  sleep(ms: number): Promise<void>;
  /** The compiled QuickJS WebAssembly module (compiled once, instantiated per environment). */
  wasmModule(): Promise<WebAssembly.Module>;
  variant: QuickJSSyncVariant;
}

import {INIT_TIMEOUT_MS} from './initPhaseLimit.ts';
export {INIT_TIMEOUT_MS};
/** Node's CommonJS module wrapper, up to the user's first character. */
const COMMONJS_PREFIX = '(function (exports, require, module, __filename, __dirname) {';
/** QuickJS stack limit: deep enough for real code, small enough to fail before the wasm stack. */
const MAX_STACK_BYTES = 256 * 1024;
const MAX_ERROR_CHARS = 256 * 1024;
/** Calls recorded per invocation; later ones are still answered. */
const MAX_RECORDED_AWS_CALLS = 1000;
/** How many log lines of one invocation are forwarded as they happen (the rest come with the outcome). */
const STREAMED_LINES_PER_INVOCATION = 100;
const TOO_LARGE: LambdaErrorPayload = {
  errorType: 'Function.ResponseSizeTooLarge',
  errorMessage: `Response payload size exceeded maximum allowed payload size (${MAX_SYNC_RESPONSE_BYTES} bytes).`,
};

interface GuestError {
  errorType: string;
  errorMessage: string;
  trace?: string[];
  log: string;
  importError?: boolean;
}

/** A QuickJS instance with its own bounded memory, made ahead of a cold start. */
export interface PreparedEngine {
  readonly pages: number;
  readonly memory: WebAssembly.Memory;
  readonly module: Awaited<ReturnType<typeof newQuickJSWASMModuleFromVariant>>;
}

/**
 * Instantiates QuickJS with a fresh WebAssembly.Memory whose maximum stands for the memory
 * setting. Sessions make one ahead of time so a cold start does not wait for it.
 */
export async function prepareEngine(platform: SandboxPlatform, memoryMB: number): Promise<PreparedEngine> {
  const pages = wasmMemoryMaximumPages(memoryMB);
  const memory = new WebAssembly.Memory({initial: 256, maximum: pages});
  // A loader rather than the compiled module: the library loads its own parts while the wasm compiles.
  const module = await newQuickJSWASMModuleFromVariant(newVariant(platform.variant, {wasmModule: () => platform.wasmModule(), wasmMemory: memory}));
  return {pages, memory, module};
}

/** A settled response that a crash in the same drain follows: the response stands, the process exits. */
function withLateCrash(end: PhaseEnd, stray: PhaseEnd | undefined): PhaseEnd {
  if (!stray || (end.kind !== 'success' && end.kind !== 'error')) return end;
  if (stray.kind !== 'uncaught' && stray.kind !== 'unhandled-rejection') return stray;
  const lateCrash: LateCrash = {label: stray.kind === 'uncaught' ? 'Uncaught Exception' : 'Unhandled Promise Rejection', log: stray.log};
  return {...end, lateCrash};
}

export class ExecutionEnvironment {
  readonly logs: LogRecord[] = [];
  private initMs = 0;
  private readonly timers = new TimerQueue();
  private requestId: string | undefined;
  private deadline = Infinity;
  private exitCode: number | undefined;
  private timedOut = false;
  outOfMemory = false;
  private logChars = 0;
  private streamedLines = 0;
  /** Set by the session to forward early log lines of an invocation to the host. */
  onStreamedLog: ((record: LogRecord) => void) | undefined;
  private peakGuestBytes = 0;
  private handler: QuickJSHandle | undefined;
  /** Modules the user's code asked for that the playground does not offer. */
  private readonly missingModules: string[] = [];
  private initEnd: PhaseEnd | undefined;
  /** The AWS calls made since the host last took them (init calls go with the first invocation). */
  readonly awsCalls: AwsCallRecord[] = [];
  private mocks: MockFile = EMPTY_MOCK_FILE;
  private phaseStart = 0;
  /** Guest handles of lazily loaded modules, by name (disposed with the context). */
  readonly lazyHandles = new Map<string, QuickJSHandle>();

  private constructor(
    private readonly platform: SandboxPlatform,
    readonly config: FunctionConfig,
    private readonly memory: WebAssembly.Memory,
    private readonly runtime: QuickJSRuntime,
    private readonly ctx: QuickJSContext,
    private readonly api: QuickJSHandle,
    private readonly baseBytes: number,
  ) {}

  /** How long the init phase took (instantiating QuickJS plus evaluating the module). */
  get initDurationMs(): number {
    return this.initMs;
  }

  /**
   * Creates the environment and runs the init phase. Init failures (syntax error, missing module,
   * missing handler, a throw at module scope) are kept and reported by the first invoke.
   */
  static async create(platform: SandboxPlatform, config: FunctionConfig, code: string, format: ModuleFormat, logStreamName: string, prepared?: PreparedEngine, mocks: MockFile = EMPTY_MOCK_FILE, randomSeed?: number): Promise<ExecutionEnvironment> {
    const startedAt = platform.now();
    const engine = prepared && prepared.pages === wasmMemoryMaximumPages(config.memoryMB) ? prepared : await prepareEngine(platform, config.memoryMB);
    const {memory, module} = engine;
    const runtime = module.newRuntime();
    runtime.setMaxStackSize(MAX_STACK_BYTES);
    const ctx = runtime.newContext();
    let env!: ExecutionEnvironment;
    const host = ctx.newObject();
    const fns: [string, (...args: QuickJSHandle[]) => QuickJSHandle | undefined][] = [
      ['log', (level, text) => { env.onLog(ctx.getString(level!) as LogLevel, ctx.getString(text!)); return undefined; }],
      ['timer', (op, id, value, repeat) => { env.onTimer(ctx.getString(op!), ctx.getNumber(id!), ctx.getNumber(value!), repeat ? ctx.getNumber(repeat) === 1 : false); return undefined; }],
      ['exit', (code) => { env.onExit(code ? ctx.getNumber(code) : 0); return undefined; }],
      ['remaining', () => ctx.newNumber(env.remainingMs())],
      ['now', () => ctx.newNumber(platform.now() - startedAt)],
      ['load', (name) => env.loadModule(ctx.getString(name!))],
      ['streamChunk', (kind, text, at) => { env.onStreamChunk(ctx.getString(kind!), ctx.getString(text!), ctx.getNumber(at!)); return undefined; }],
      ['awsCall', (service, command, input, doc) => ctx.newString(env.onAwsCall(ctx.getString(service!), ctx.getString(command!), ctx.getString(input!), doc ? ctx.getNumber(doc) === 1 : false))],
    ];
    for (const [name, fn] of fns) {
      const handle = ctx.newFunction(name, fn);
      ctx.setProp(host, name, handle);
      handle.dispose();
    }
    const random = randomSeed === undefined ? platformRandom : seededRandom(randomSeed);
    installBuiltinHostFunctions(ctx, host, {
      config,
      random,
      memoryLeft: () => Math.max(0, env.memoryCeiling() - memory.buffer.byteLength),
      outOfMemory: () => { env.outOfMemory = true; },
      now: () => platform.now() - startedAt,
      fs: new VirtualFs((config.ephemeralStorageMB ?? 512) * 1024 * 1024, () => platform.wallClock().getTime(), {name: taskFileName(config.moduleName, format).replace(/^.*\//, ''), code}),
    });
    const limits = ctx.newObject();
    for (const [key, value] of Object.entries({maxLineChars: LOG_LIMITS.maxLineChars, maxInvocationChars: LOG_LIMITS.maxInvocationChars, maxResponseBytes: MAX_SYNC_RESPONSE_BYTES, maxErrorChars: MAX_ERROR_CHARS})) {
      const h = ctx.newNumber(value);
      ctx.setProp(limits, key, h);
      h.dispose();
    }
    const text = ctx.newString(LOG_LIMITS.truncatedMarker);
    ctx.setProp(limits, 'truncatedMarker', text);
    text.dispose();
    const factory = ctx.unwrapResult(ctx.evalCode(BOOTSTRAP_SOURCE, 'lambda-lab-bootstrap.js'));
    const api = ctx.unwrapResult(ctx.callFunction(factory, ctx.undefined, host, limits));
    factory.dispose();
    host.dispose();
    limits.dispose();
    env = new ExecutionEnvironment(platform, config, memory, runtime, ctx, api, memory.buffer.byteLength);
    runtime.setInterruptHandler(() => env.shouldInterrupt());
    const envJson = ctx.newString(JSON.stringify(buildEnvironmentVariables(config, logStreamName)));
    env.callApi('setEnv', envJson);
    envJson.dispose();
    const version = ctx.newString(NODE_VERSIONS[config.runtime ?? EMULATED_RUNTIME]);
    env.callApi('setNodeVersion', version);
    version.dispose();
    env.installModuleLoader(code);
    env.phaseStart = platform.now();
    env.mocks = mocks;
    const instrumented = instrumentAsyncFunctions(code, format);
    env.hideWrapperFrames(instrumented.wrapperCalls, taskFileName(config.moduleName, format), format === 'cjs' ? COMMONJS_PREFIX.length : 0);
    await env.runInit(instrumented.code, format);
    env.initMs = platform.now() - startedAt;
    return env;
  }

  /** Tells the bootstrap which stack frames are async-function wrappers, to leave them out of traces. */
  private hideWrapperFrames(calls: readonly WrapperCall[], filename: string, firstLineOffset: number): void {
    if (calls.length === 0) return;
    const shifted = calls.map((c) => (c.line === 1 ? {...c, fromColumn: c.fromColumn + firstLineOffset, toColumn: c.toColumn + firstLineOffset} : c));
    const json = this.ctx.newString(JSON.stringify({filename, calls: shifted}));
    this.callApi('setWrapperCalls', json);
    json.dispose();
  }

  /** The init phase's failure, if it failed. */
  get initFailure(): PhaseEnd | undefined {
    return this.initEnd;
  }

  /** Peak guest memory so far, in bytes (the wasm heap never shrinks, like a process's RSS). */
  get guestPeakBytes(): number {
    return Math.max(this.peakGuestBytes, this.memory.buffer.byteLength - this.baseBytes);
  }

  /** Runs one invocation to its end. The caller formats START/END/REPORT around it. */
  async invoke(eventJson: string, requestId: string, contextFieldsJson: string, mocks: MockFile = EMPTY_MOCK_FILE): Promise<PhaseEnd> {
    this.requestId = requestId;
    this.mocks = mocks;
    this.logChars = 0;
    this.streamedLines = 0;
    this.timedOut = false;
    const start = this.platform.now();
    this.phaseStart = start;
    this.deadline = start + this.config.timeoutMs;
    const handler = this.handler;
    if (!handler) throw new Error('invoke() on an environment whose init failed');
    const args = [this.ctx.newString(eventJson), this.ctx.newString(contextFieldsJson), this.ctx.newString(requestId)];
    let started;
    try {
      started = this.ctx.callMethod(this.api, 'startInvoke', [handler, ...args]);
    } catch (hostError) {
      return this.finishPhase(this.hostFailure(hostError));
    }
    for (const a of args) a.dispose();
    let promise: QuickJSHandle | undefined;
    if (started.error) {
      const end = this.classifyFailure(started.error, 'error');
      started.error.dispose();
      return this.finishPhase(end);
    }
    if (this.isPromise(started.value)) {
      promise = started.value;
    } else {
      started.value.dispose();
    }
    try {
      const end = await this.runEventLoop(promise);
      // An allocation failure the guest caught still means the process hit its memory size.
      if ((end.kind === 'success' || end.kind === 'error') && this.memory.buffer.byteLength >= this.memoryCeiling()) {
        this.outOfMemory = true;
        return this.finishPhase({kind: 'oom'});
      }
      return this.finishPhase(end);
    } catch (hostError) {
      // The engine itself failed (host stack exhausted, wasm trap): this environment is unusable.
      return this.finishPhase(this.hostFailure(hostError));
    } finally {
      try {
        promise?.dispose();
      } catch {
        // The runtime may be broken after a host failure; the environment is discarded anyway.
      }
    }
  }

  // ---------------------------------------------------------------- init

  private async runInit(code: string, format: ModuleFormat): Promise<void> {
    this.deadline = this.platform.now() + INIT_TIMEOUT_MS;
    const filename = taskFileName(this.config.moduleName, format);
    const fullName = `${this.config.moduleName}.${this.config.exportName}`;
    let exportsHandle: QuickJSHandle | undefined;
    if (format === 'esm') {
      const evaluated = this.ctx.evalCode(code, filename, {type: 'module'});
      if (evaluated.error) {
        this.initEnd = this.initFailureFrom(evaluated.error);
        evaluated.error.dispose();
        return;
      }
      // A module with top-level await evaluates to a promise; drive the loop until it settles.
      if (this.isPromise(evaluated.value)) {
        const end = await this.runEventLoop(evaluated.value, true);
        if (end.kind !== 'success') {
          evaluated.value.dispose();
          this.initEnd = this.initEndFrom(end);
          return;
        }
        const state = this.ctx.getPromiseState(evaluated.value);
        evaluated.value.dispose();
        exportsHandle = state.type === 'fulfilled' ? state.value : undefined;
      } else {
        exportsHandle = evaluated.value;
        const drained = this.drainJobs() ?? this.takeStray();
        if (drained) {
          exportsHandle.dispose();
          this.initEnd = this.initEndFrom(drained);
          return;
        }
      }
    } else {
      const wrapped = `${COMMONJS_PREFIX}${code}\n})`;
      const wrapper = this.ctx.evalCode(wrapped, filename);
      if (wrapper.error) {
        this.initEnd = this.initFailureFrom(wrapper.error);
        wrapper.error.dispose();
        return;
      }
      const name = this.ctx.newString(filename);
      const ran = this.ctx.callMethod(this.api, 'runCommonJs', [wrapper.value, name]);
      name.dispose();
      wrapper.value.dispose();
      if (ran.error) {
        this.initEnd = this.initFailureFrom(ran.error);
        ran.error.dispose();
        return;
      }
      exportsHandle = ran.value;
      // Module-scope promises and timers from CommonJS init still get a chance to run.
      const drained = this.drainJobs() ?? this.takeStray();
      if (drained) {
        exportsHandle.dispose();
        this.initEnd = this.initEndFrom(drained);
        return;
      }
    }
    if (!exportsHandle) {
      this.initEnd = {kind: 'init-error', error: {errorType: 'Runtime.HandlerNotFound', errorMessage: `${fullName} is undefined or not exported`}, log: ''};
      return;
    }
    const exportName = this.ctx.newString(this.config.exportName);
    const full = this.ctx.newString(fullName);
    const runtimeName = this.ctx.newString(this.config.runtime ?? 'nodejs24.x');
    const resolved = this.ctx.callMethod(this.api, 'resolveHandler', [exportsHandle, exportName, full, runtimeName]);
    runtimeName.dispose();
    exportName.dispose();
    full.dispose();
    exportsHandle.dispose();
    if (resolved.error) {
      this.initEnd = this.initFailureFrom(resolved.error);
      resolved.error.dispose();
      return;
    }
    if (this.ctx.typeof(resolved.value) === 'function') {
      this.handler = resolved.value;
      return;
    }
    const payload = this.ctx.dump(resolved.value) as LambdaErrorPayload;
    resolved.value.dispose();
    this.initEnd = {kind: 'init-error', error: {errorType: payload.errorType, errorMessage: payload.errorMessage}, log: JSON.stringify({errorType: payload.errorType, errorMessage: payload.errorMessage, stack: [`${payload.errorType}: ${payload.errorMessage}`]})};
  }

  /** A failure of the engine rather than of guest code. */
  private hostFailure(hostError: unknown): PhaseEnd {
    if (this.exitCode !== undefined) return {kind: 'exit', code: this.exitCode};
    if (this.outOfMemory || this.nearMemoryCeiling()) return {kind: 'oom'};
    if (this.timedOut) return {kind: 'timeout'};
    const message = hostError instanceof Error ? hostError.message : String(hostError);
    if (/call stack|stack overflow/i.test(message)) {
      const error = {errorType: 'RangeError', errorMessage: 'Maximum call stack size exceeded', trace: ['RangeError: Maximum call stack size exceeded']};
      return {kind: 'uncaught', error, log: JSON.stringify({errorType: error.errorType, errorMessage: error.errorMessage, stack: error.trace})};
    }
    const error = {errorType: 'Runtime.ExitError', errorMessage: `the sandbox engine failed: ${message}`};
    return {kind: 'uncaught', error, log: JSON.stringify(error)};
  }

  /** An init phase that ended early: errors and crashes become the runtime's init error. */
  private initEndFrom(end: PhaseEnd): PhaseEnd {
    switch (end.kind) {
      case 'error':
      case 'uncaught':
        return {kind: 'init-error', error: end.error, log: end.log};
      case 'unhandled-rejection':
        return {kind: 'init-error', error: end.error, log: end.log, label: 'Unhandled Promise Rejection'};
      default:
        return end;
    }
  }

  /** Maps a module-evaluation failure to the runtime's init error classes. */
  private initFailureFrom(errorHandle: QuickJSHandle): PhaseEnd {
    const end = this.classifyFailure(errorHandle, 'error');
    if (end.kind !== 'error') return end;
    const guest = end as {error: LambdaErrorPayload & {importError?: boolean}; log: string};
    const missing = this.missingModules[0];
    if (missing !== undefined && !guest.error.importError) {
      // Node's ES module loader: "Cannot find package" for bare names, "Cannot find module" for paths.
      const importer = `/var/task/${this.config.moduleName}.mjs`;
      const what = missing.startsWith('/') ? `module '${missing}'` : `package '${missing}'`;
      const message = `Error: Cannot find ${what} imported from ${importer}\n(Lambda Lab) ${importErrorSentence(missing)}`;
      const error = {errorType: 'Runtime.ImportModuleError', errorMessage: message, trace: [`Runtime.ImportModuleError: ${message}`]};
      return {kind: 'init-error', error, log: JSON.stringify({errorType: error.errorType, errorMessage: message, stack: error.trace})};
    }
    if (guest.error.errorType === 'SyntaxError') {
      const message = `SyntaxError: ${guest.error.errorMessage}`;
      const error = {errorType: 'Runtime.UserCodeSyntaxError', errorMessage: message, trace: [`Runtime.UserCodeSyntaxError: ${message}`, ...(guest.error.trace ?? []).slice(1)]};
      return {kind: 'init-error', error, log: JSON.stringify({errorType: error.errorType, errorMessage: message, stack: error.trace})};
    }
    if (guest.error.importError) {
      // CommonJS require(): Node's message plus the require stack the runtime shows.
      const name = /^Cannot find module '(.*)'$/.exec(guest.error.errorMessage)?.[1] ?? '';
      const message = `Error: ${guest.error.errorMessage}\nRequire stack:\n- /var/task/${this.config.moduleName}.js\n- /var/runtime/index.mjs\n(Lambda Lab) ${importErrorSentence(name)}`;
      const error = {errorType: 'Runtime.ImportModuleError', errorMessage: message, trace: [`Runtime.ImportModuleError: ${message}`]};
      return {kind: 'init-error', error, log: JSON.stringify({errorType: error.errorType, errorMessage: message, stack: error.trace})};
    }
    const {importError: _ignored, ...error} = guest.error;
    return {kind: 'init-error', error, log: guest.log};
  }

  private installModuleLoader(userCode: string): void {
    this.runtime.setModuleLoader(
      (name) => {
        const allowed = allowedModuleName(name);
        const key = JSON.stringify(allowed ?? name);
        if (!allowed) {
          this.missingModules.push(name);
          return `throw globalThis[Symbol.for('lambda-lab.require')](${key});`;
        }
        const names = moduleExportNames(allowed, userCode);
        return [
          `const m = globalThis[Symbol.for('lambda-lab.require')](${key});`,
          'export default m;',
          ...names.map((n) => `export const ${n} = m.${n};`),
        ].join('\n');
      },
      (base, requested) => {
        if (requested.startsWith('./') || requested.startsWith('../') || requested.startsWith('/')) {
          // Single-file playground: relative imports resolve to files that do not exist.
          return requested.replace(/^\.\.?\//, '/var/task/');
        }
        return requested;
      },
    );
  }

  // ---------------------------------------------------------------- the event loop

  /**
   * Drives jobs and host timers until the handler settles, the deadline passes or the process
   * would exit. `promise` is the handler's native promise (async style) or undefined (callback).
   */
  private async runEventLoop(promise: QuickJSHandle | undefined, isInit = false): Promise<PhaseEnd> {
    for (;;) {
      const drained = this.drainJobs();
      if (drained) return drained;
      const stray = this.takeStray();
      // A handler that called back (or context.succeed/done/fail) responds by the callback rules,
      // even if it also returned a promise: the first response the runtime posts wins.
      if (!isInit && this.callApiNumber('callbackState') === 1 && (!promise || this.promiseStateType(promise) !== 'rejected')) {
        if (this.callApiNumber('waitsForEmptyLoop') === 0) return withLateCrash(this.callApiWith('finishCallback'), stray);
        if (stray) return stray;
        if (!this.timers.hasRefed() && !this.runtime.hasPendingJob()) return this.callApiWith('finishCallback');
      } else if (promise) {
        const state = this.ctx.getPromiseState(promise);
        if (state.type === 'fulfilled') {
          if (isInit) {
            state.value.dispose();
            return stray ?? {kind: 'success', json: 'null'};
          }
          // The runtime posted the response as the promise settled, before Node looked for
          // unhandled rejections at the end of the same drain.
          const out = this.callApiWith('finishFulfilled', state.value);
          state.value.dispose();
          return withLateCrash(out, stray);
        }
        if (state.type === 'rejected') {
          const out = this.callApiWith('finishRejected', state.error);
          state.error.dispose();
          return isInit ? stray ?? out : withLateCrash(out, stray);
        }
      }
      if (stray) return stray;
      const now = this.platform.now();
      if (now >= this.deadline) {
        this.timedOut = true;
        return {kind: 'timeout'};
      }
      const due = this.timers.popDue(now);
      if (due) {
        const id = this.ctx.newNumber(due.id);
        const fired = this.ctx.callMethod(this.api, 'fireTimer', [id]);
        id.dispose();
        if (fired.error) {
          const end = this.classifyFailure(fired.error, 'uncaught');
          fired.error.dispose();
          return end;
        }
        fired.value.dispose();
        continue;
      }
      if (!this.runtime.hasPendingJob() && !this.timers.hasRefed()) {
        // Nothing left that could settle the handler: Node's event loop would drain and exit.
        if (isInit) return {kind: 'nodejs-exit'};
        if (promise) return {kind: 'nodejs-exit'};
        return this.callApiWith('finishCallback');
      }
      const next = this.timers.nextDueAt();
      const wait = Math.max(0, Math.min(next ?? Infinity, this.deadline) - this.platform.now());
      await this.platform.sleep(Math.min(wait, 1000));
    }
  }

  /** Runs pending promise jobs; returns a phase end if one was interrupted or crashed. */
  private drainJobs(): PhaseEnd | undefined {
    for (let guard = 0; guard < 1000 && this.runtime.hasPendingJob(); guard++) {
      const result = this.runtime.executePendingJobs(10_000);
      if (result.error) {
        const end = this.classifyFailure(result.error, 'uncaught');
        result.error.dispose();
        return end;
      }
      if (this.exitCode !== undefined) return {kind: 'exit', code: this.exitCode};
      if (this.outOfMemory) return {kind: 'oom'};
      if (this.timedOut || this.platform.now() >= this.deadline) {
        this.timedOut = true;
        return {kind: 'timeout'};
      }
    }
    return undefined;
  }

  /**
   * What Node would report after the drain that just ended: an exception thrown by a
   * queueMicrotask/nextTick callback, or a rejection that still has no handler.
   */
  private takeStray(): PhaseEnd | undefined {
    const r = this.ctx.callMethod(this.api, 'takeStray', []);
    if (r.error) {
      const end = this.classifyFailure(r.error, 'uncaught');
      r.error.dispose();
      return end;
    }
    const text = this.ctx.getString(r.value);
    r.value.dispose();
    if (text === '') return undefined;
    const stray = JSON.parse(text) as {kind: 'uncaught' | 'rejection'; error: GuestError};
    const {log, importError: _ignored, ...error} = stray.error;
    return {kind: stray.kind === 'uncaught' ? 'uncaught' : 'unhandled-rejection', error, log};
  }

  // ---------------------------------------------------------------- guards

  private shouldInterrupt(): boolean {
    if (this.exitCode !== undefined) return true;
    if (this.memory.buffer.byteLength >= this.memoryCeiling()) {
      this.outOfMemory = true;
      return true;
    }
    if (this.platform.now() >= this.deadline) {
      this.timedOut = true;
      return true;
    }
    return false;
  }

  /** The wasm heap size at which the function counts as out of memory. */
  memoryCeiling(): number {
    return wasmMemoryMaximumPages(this.config.memoryMB) * 65536 - 2 * 1024 * 1024;
  }

  /** Whether a failure that carries no usable error happened with the heap close to full. */
  private nearMemoryCeiling(): boolean {
    return this.memory.buffer.byteLength >= this.memoryCeiling() * 0.9;
  }

  private remainingMs(): number {
    return Math.max(0, Math.round(this.deadline - this.platform.now()));
  }

  /** Turns a VM exception into a phase end, checking the host-side flags first. */
  private classifyFailure(errorHandle: QuickJSHandle, as: 'error' | 'uncaught'): PhaseEnd {
    if (this.exitCode !== undefined) return {kind: 'exit', code: this.exitCode};
    if (this.outOfMemory || this.memory.buffer.byteLength >= this.memoryCeiling()) {
      this.outOfMemory = true;
      return {kind: 'oom'};
    }
    if (this.timedOut) return {kind: 'timeout'};
    // After an allocation failure QuickJS may throw null or an empty string instead of an Error.
    const kind = this.classifyInGuest(errorHandle);
    if (kind === 'oom' || kind === 'empty' || kind === 'failed') {
      this.outOfMemory = true;
      return {kind: 'oom'};
    }
    if (kind === 'interrupted') {
      this.timedOut = true;
      return {kind: 'timeout'};
    }
    const described = this.ctx.callMethod(this.api, 'describe', [errorHandle]);
    if (described.error) {
      described.error.dispose();
      if (this.outOfMemory) return {kind: 'oom'};
      if (this.timedOut) return {kind: 'timeout'};
      const handled = {errorType: 'handled', errorMessage: 'callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack'};
      return {kind: as, error: handled, log: JSON.stringify(handled)};
    }
    const guest = JSON.parse(this.ctx.getString(described.value)) as GuestError;
    described.value.dispose();
    const {log, importError, ...error} = guest;
    return {kind: as, error: importError ? {...error, importError} as LambdaErrorPayload : error, log};
  }

  private classifyInGuest(errorHandle: QuickJSHandle): 'oom' | 'empty' | 'interrupted' | 'other' | 'failed' {
    const r = this.ctx.callMethod(this.api, 'classify', [errorHandle]);
    if (r.error) {
      r.error.dispose();
      return this.timedOut ? 'interrupted' : 'failed';
    }
    const kind = this.ctx.getString(r.value) as 'oom' | 'empty' | 'interrupted' | 'other';
    r.value.dispose();
    return kind;
  }

  private promiseStateType(handle: QuickJSHandle): 'pending' | 'fulfilled' | 'rejected' {
    const state = this.ctx.getPromiseState(handle);
    if (state.type === 'fulfilled' && !state.notAPromise) state.value.dispose();
    if (state.type === 'rejected') state.error.dispose();
    return state.type;
  }

  private isPromise(handle: QuickJSHandle): boolean {
    if (this.ctx.typeof(handle) !== 'object') return false;
    const state = this.ctx.getPromiseState(handle);
    if (state.type === 'fulfilled' && state.notAPromise) {
      return false;
    }
    if (state.type === 'fulfilled') state.value.dispose();
    if (state.type === 'rejected') state.error.dispose();
    return true;
  }

  private callApi(name: string, ...args: QuickJSHandle[]): void {
    const r = this.ctx.callMethod(this.api, name, [...args]);
    this.ctx.unwrapResult(r).dispose();
  }

  private callApiNumber(name: string): number {
    const r = this.ctx.callMethod(this.api, name, []);
    if (r.error) {
      r.error.dispose();
      return 0;
    }
    const n = this.ctx.getNumber(r.value);
    r.value.dispose();
    return n;
  }

  /** Calls a finishing API function that returns `{json}` or `{error}` as a JSON string. */
  private callApiWith(name: string, ...args: QuickJSHandle[]): PhaseEnd {
    const r = this.ctx.callMethod(this.api, name, [...args]);
    if (r.error) {
      const end = this.classifyFailure(r.error, 'error');
      r.error.dispose();
      return end;
    }
    const parsed = JSON.parse(this.ctx.getString(r.value)) as {json?: string; error?: GuestError | LambdaErrorPayload};
    r.value.dispose();
    if (parsed.error) {
      const {log, importError: _i, ...error} = parsed.error as GuestError;
      const oomShaped = error.errorType === 'InternalError' && error.errorMessage === 'out of memory';
      const emptyAfterLimit = (error.errorType === 'handled' || error.errorMessage === '') && this.nearMemoryCeiling();
      if (oomShaped || emptyAfterLimit || this.outOfMemory) {
        this.outOfMemory = true;
        return {kind: 'oom'};
      }
      if (this.exitCode !== undefined) return {kind: 'exit', code: this.exitCode};
      return {kind: 'error', error, log: log ?? JSON.stringify({errorType: error.errorType, errorMessage: error.errorMessage, stack: error.trace ?? []})};
    }
    const json = parsed.json ?? 'null';
    if (json.length * 3 > MAX_SYNC_RESPONSE_BYTES && new TextEncoder().encode(json).length > MAX_SYNC_RESPONSE_BYTES) {
      return {kind: 'error', error: TOO_LARGE, log: JSON.stringify({errorType: TOO_LARGE.errorType, errorMessage: TOO_LARGE.errorMessage, stack: []})};
    }
    return {kind: 'success', json};
  }

  private finishPhase(end: PhaseEnd): PhaseEnd {
    this.peakGuestBytes = Math.max(this.peakGuestBytes, this.memory.buffer.byteLength - this.baseBytes);
    this.requestId = undefined;
    this.deadline = Infinity;
    return end;
  }

  // ---------------------------------------------------------------- host functions

  private onLog(level: LogLevel, text: string): void {
    // The guest caps its own output; this is the host's backstop against a tampered bootstrap.
    if (this.logChars > LOG_LIMITS.maxInvocationChars * 2) return;
    const line = text.length > LOG_LIMITS.maxLineChars ? `${text.slice(0, LOG_LIMITS.maxLineChars)}... [truncated]` : text;
    this.logChars += line.length;
    const record = {source: 'function' as const, text: formatFunctionLogLine(this.platform.wallClock().toISOString(), this.requestId, level, line)};
    this.logs.push(record);
    // Early lines also go to the host at once, so they survive if the watchdog must kill the worker.
    if (this.requestId !== undefined && this.streamedLines < STREAMED_LINES_PER_INVOCATION) {
      this.streamedLines++;
      this.onStreamedLog?.(record);
    }
  }

  /** A module the bootstrap does not hold: evaluated in the VM on first use (undefined if unknown). */
  private loadModule(name: string): QuickJSHandle | undefined {
    const cached = this.lazyHandles.get(name);
    if (cached) return cached.dup();
    const handle = loadLazyModule(this.ctx, this.api, name, this.lazyHandles);
    if (!handle) return undefined;
    this.lazyHandles.set(name, handle);
    return handle.dup();
  }

  private streamed: {contentType: string; prelude?: unknown; chunks: {atMs: number; text: string}[]; bytes: number; ended: boolean} | undefined;

  /** Takes what a streaming handler wrote in the invocation that just ended. */
  takeStream(): StreamedResponse | undefined {
    const s = this.streamed;
    this.streamed = undefined;
    return s;
  }

  private onStreamChunk(kind: string, text: string, atMs: number): void {
    this.streamed ??= {contentType: 'application/octet-stream', chunks: [], bytes: 0, ended: false};
    const s = this.streamed;
    if (kind === 'content-type') s.contentType = text;
    else if (kind === 'prelude') s.prelude = JSON.parse(text) as unknown;
    else if (kind === 'end') s.ended = true;
    else {
      s.bytes += new TextEncoder().encode(text).length;
      // Display cap: the first 1,000 chunks (the byte count stays exact).
      if (s.chunks.length < 1000) s.chunks.push({atMs: Math.round(atMs * 100) / 100, text: text.length > LOG_LIMITS.maxLineChars ? `${text.slice(0, LOG_LIMITS.maxLineChars)}… [truncated]` : text});
    }
  }

  /** One simulated AWS SDK call: recorded and answered from the mock file. */
  private onAwsCall(service: string, commandName: string, inputJson: string, documentClient: boolean): string {
    let input: unknown;
    try {
      input = JSON.parse(inputJson) as unknown;
    } catch {
      input = inputJson;
    }
    const operation = documentClient ? operationFromCommandName(commandName) : commandName.replace(/Command$/, '');
    const record = answerAwsCall(this.mocks, {service: normalizeServiceName(service), operation, input, atMs: Math.round((this.platform.now() - this.phaseStart) * 100) / 100});
    if (this.awsCalls.length < MAX_RECORDED_AWS_CALLS) this.awsCalls.push(record);
    const requestId = `${Math.floor(this.platform.now() * 1000).toString(16).padStart(8, '0')}-sim-${this.awsCalls.length}`;
    return JSON.stringify({...record, requestId, statusCode: record.error?.statusCode ?? 200});
  }

  private onTimer(op: string, id: number, value: number, repeat: boolean): void {
    if (op === 'add') {
      if (this.timers.size > 10_000) throw new Error('too many timers');
      this.timers.add(id, value, this.platform.now(), repeat);
    } else if (op === 'cancel') {
      this.timers.cancel(id);
    } else if (op === 'ref') {
      this.timers.setRef(id, value === 1);
    }
  }

  private onExit(code: number): void {
    this.exitCode = Number.isInteger(code) ? code : 0;
  }

  /** Memory-usage budget of this environment in MiB (for the page's note). */
  get guestBudgetMB(): number {
    return guestMemoryBudgetMB(this.config.memoryMB);
  }
}
