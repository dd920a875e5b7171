/**
 * One Python function's execution environment inside the sandbox worker (Web Worker or Node
 * worker_thread): a Pyodide instance, the runtime bootstrap, the init phase (importing the
 * handler module) and invocations. Module state stays between warm invocations.
 *
 * Limits are enforced in the worker's own thread, without SharedArrayBuffer: Pyodide polls its
 * "interrupt buffer" while Python runs, and the object given here answers SIGINT once the deadline
 * has passed or the heap has outgrown the memory budget; the bootstrap turns the KeyboardInterrupt
 * into a timeout or out-of-memory. Code that swallows KeyboardInterrupt (or is stuck inside C)
 * is stopped by the host watchdog, which terminates the worker.
 *
 * A cold start after a code change or a timeout re-runs the bootstrap's reset in the same
 * interpreter (user modules, logging, /tmp, /var/task and os.environ are cleared); after an
 * out-of-memory or a watchdog kill the host throws the whole worker away.
 */
import {answerAwsCall} from '../../core/awsMocks/answerAwsCall.ts';
import {EMPTY_MOCK_FILE} from '../../core/awsMocks/parseMockFile.ts';
import type {AwsCallRecord, MockFile} from '../../core/awsMocks/types.ts';
import {FAKE_ACCOUNT_ID, formatLogStreamName} from '../../core/runtime/buildContextFields.ts';
import {createLogStreamSuffix, createRequestId} from '../../core/runtime/createRequestId.ts';
import {LOG_LIMITS} from '../../core/runtime/logLimits.ts';
import {assemblePythonOutcome, type PythonInvocationOutcome, type PythonPhaseEnd} from '../../core/runtime/python/assemblePythonOutcome.ts';
import {buildPythonEnvironment, type PythonLogFormat} from '../../core/runtime/python/buildPythonEnvironment.ts';
import type {PythonRuntimeId} from '../../core/runtime/python/pythonRuntimes.ts';
import {guestMemoryBudgetMB} from '../../core/runtime/simulateMemoryUse.ts';
import type {FunctionConfig, LogRecord} from '../../core/runtime/types.ts';
import {INIT_TIMEOUT_MS} from '../initPhaseLimit.ts';
import {BOOTSTRAP_FILENAME, BOOTSTRAP_PY} from './bootstrapPy.ts';
import {BOTO3_PY} from './boto3Py.ts';
import {GuestOutput} from './guestOutput.ts';
import type {DeviceOps, PyCallable, PyodideLike} from './pyodideLike.ts';

export interface PythonInvokeRequest {
  readonly language: 'python';
  /** The handler module's source. */
  readonly code: string;
  /** moduleName/exportName are the Python module and function (`lambda_function.lambda_handler`). */
  readonly config: FunctionConfig;
  readonly runtime: PythonRuntimeId;
  readonly logFormat: PythonLogFormat;
  readonly eventJson: string;
  readonly mocks?: MockFile;
  /** Optional context fields a caller may set (mobile SDK client context, Cognito identity, tenant). */
  readonly clientContext?: unknown;
  readonly identity?: unknown;
  readonly tenantId?: string;
  readonly forceCold?: boolean;
  /** Ephemeral storage in MB (512–10,240, default 512): the size of /tmp. */
  readonly ephemeralStorageMB?: number;
}

/** /tmp lives in the worker's memory (MEMFS), so it is capped at this much real memory whatever the setting. */
export const MAX_REAL_TMP_MB = 512;

export interface PythonPlatform {
  now(): number;
  wallClock(): Date;
  random(): Uint8Array;
}

/** Python's own heap before user code, so the memory budget counts what the function allocates. */
const SIGINT = 2;

type Stop = 'timeout' | 'oom' | undefined;

interface BootstrapApi {
  init: PyCallable;
  invoke: PyCallable;
}

export class PythonRuntimeSession {
  private readonly api: BootstrapApi;
  private envKey: string | undefined;
  private logStreamName = '';
  private deadline = Infinity;
  private heapLimitBytes = Infinity;
  private heapBaseBytes = 0;
  private peakHeapBytes = 0;
  private stop: Stop;
  private readonly output = new GuestOutput(LOG_LIMITS);
  private mocks: MockFile = EMPTY_MOCK_FILE;
  private awsCalls: AwsCallRecord[] = [];
  private invokeStartedAt = 0;
  private pendingAnswer: Uint8Array = new Uint8Array(0);
  private answerPos = 0;
  private requestBytes: number[] = [];
  private initDurationMs = 0;
  private tmpLimitBytes = 512 * 1024 * 1024;
  private tmpBytes = 0;
  private initEnd: PythonPhaseEnd | undefined;

  constructor(
    private readonly py: PyodideLike,
    private readonly platform: PythonPlatform,
  ) {
    this.cutOffSockets();
    this.makeDevices();
    this.boundTmp();
    py.setStdout({write: (buffer) => this.output.writeStream('stdout', buffer)});
    py.setStderr({write: (buffer) => this.output.writeStream('stderr', buffer)});
    py.setInterruptBuffer(this.interruptSource());
    const runtime = py.runPython(`import types, sys\n_m = types.ModuleType("_lambda_runtime")\nsys.modules["_lambda_runtime"] = _m\n_m`) as {__dict__: unknown};
    py.runPython(BOOTSTRAP_PY, {globals: runtime.__dict__, filename: BOOTSTRAP_FILENAME});
    py.runPython(BOTO3_PY, {globals: runtime.__dict__, filename: '/var/runtime/boto3_simulated.py'});
    py.runPython('_ll_seal()', {globals: runtime.__dict__});
    const get = (name: string) => py.runPython(name, {globals: runtime.__dict__}) as PyCallable;
    this.api = {init: get('_ll_init'), invoke: get('_ll_invoke')};
    // The bootstrap's own imports are the baseline; everything after is the function's.
    this.heapBaseBytes = this.heapBytes();
  }

  private heapBytes(): number {
    return this.py._module.HEAP8.buffer.byteLength;
  }

  /** A stand-in for Pyodide's SharedArrayBuffer interrupt flag, read by the interpreter as it runs. */
  private interruptSource(): ArrayLike<number> {
    const check = (): number => {
      // Every poll: the interpreter polls rarely while it allocates, so sampling would miss a memory bomb.
      if (this.stop) return SIGINT;
      if (this.platform.now() > this.deadline) this.stop = 'timeout';
      else if (this.heapBytes() > this.heapLimitBytes) this.stop = 'oom';
      return this.stop ? SIGINT : 0;
    };
    return new Proxy([0], {get: (target, key) => (key === '0' ? check() : Reflect.get(target, key)), set: () => true});
  }

  /** Emscripten would open WebSockets for socket.connect()/listen(); here every socket fails instead. */
  private cutOffSockets(): void {
    const ops = this.py._module.SOCKFS?.websocket_sock_ops;
    if (!ops) return;
    const errno = this.py.ERRNO_CODES.ENETUNREACH ?? 40;
    const refuse = () => {
      throw new this.py.FS.ErrnoError(errno);
    };
    for (const name of ['createPeer', 'connect', 'listen', 'sendmsg', 'accept']) ops[name] = refuse;
  }

  /**
   * /tmp holds at most the ephemeral storage: a write that would pass it fails with ENOSPC, so
   * Python raises `OSError: [Errno 28] No space left on device` as on Lambda.
   */
  private boundTmp(): void {
    const {FS} = this.py;
    const fileOps = FS.filesystems.MEMFS.ops_table.file.stream;
    const write = fileOps.write;
    const enospc = this.py.ERRNO_CODES.ENOSPC ?? 51;
    fileOps.write = (stream, buffer, offset, length, position, canOwn) => {
      if (!FS.getPath(stream.node).startsWith('/tmp/')) return write(stream, buffer, offset, length, position, canOwn);
      const before = stream.node.usedBytes;
      const growth = Math.max(0, position + length - before);
      if (this.tmpBytes + growth > this.tmpLimitBytes) {
        this.tmpBytes = this.measureTmp('/tmp');
        if (this.tmpBytes + growth > this.tmpLimitBytes) throw new FS.ErrnoError(enospc);
      }
      const written = write(stream, buffer, offset, length, position, canOwn);
      this.tmpBytes += stream.node.usedBytes - before;
      return written;
    };
  }

  private measureTmp(path: string): number {
    const {FS} = this.py;
    let total = 0;
    for (const name of FS.readdir(path)) {
      if (name === '.' || name === '..') continue;
      const full = `${path}/${name}`;
      const stat = FS.stat(full);
      total += FS.isDir(stat.mode) ? this.measureTmp(full) : stat.size;
    }
    return total;
  }

  /** /dev/lambda_lab_log (logging frames, one JSON string a line) and /dev/lambda_lab_aws (boto3 calls). */
  private makeDevices(): void {
    const {FS} = this.py;
    let major = 200;
    const add = (name: string, ops: Pick<DeviceOps, 'read' | 'write'>) => {
      const dev = FS.makedev(major++, 0);
      FS.registerDevice(dev, {open: (stream) => { stream.seekable = false; }, close: () => undefined, ...ops});
      FS.mkdev(`/dev/${name}`, 0o666, dev);
    };
    add('lambda_lab_log', {
      read: () => 0,
      write: (_s, buffer, offset, length) => this.output.writeFrames(buffer.subarray(offset, offset + length)),
    });
    add('lambda_lab_aws', {
      read: (_s, buffer, offset, length) => {
        const n = Math.min(length, this.pendingAnswer.length - this.answerPos);
        buffer.set(this.pendingAnswer.subarray(this.answerPos, this.answerPos + n), offset);
        this.answerPos += n;
        return n;
      },
      write: (_s, buffer, offset, length) => {
        for (let i = offset; i < offset + length; i++) {
          const byte = buffer[i]!;
          if (byte === 10) this.answerRequest();
          else if (this.requestBytes.length < 8 * 1024 * 1024) this.requestBytes.push(byte);
        }
        return length;
      },
    });
  }

  /** One boto3 call: answered from the mock file by the shared core, recorded for the output. */
  private answerRequest(): void {
    const text = new TextDecoder().decode(new Uint8Array(this.requestBytes));
    this.requestBytes = [];
    let answer: unknown;
    try {
      const call = JSON.parse(text) as {service: string; operation: string; input: unknown};
      const record = answerAwsCall(this.mocks, {service: call.service, operation: call.operation, input: call.input, atMs: this.platform.now() - this.invokeStartedAt});
      if (this.awsCalls.length < 1000) this.awsCalls.push(record);
      answer = record.outcome === 'error' ? {error: record.error} : {output: record.output, latencyMs: record.latencyMs};
    } catch (error) {
      answer = {error: {code: 'InternalFailure', message: `the simulated SDK could not read the call: ${String(error)}`, statusCode: 500}};
    }
    this.pendingAnswer = new TextEncoder().encode(`${JSON.stringify(answer)}\n`);
    this.answerPos = 0;
  }

  private arm(ms: number, memoryMB: number): void {
    this.stop = undefined;
    this.deadline = this.platform.now() + ms;
    this.heapLimitBytes = this.heapBaseBytes + guestMemoryBudgetMB(memoryMB) * 1024 * 1024;
  }

  private disarm(): void {
    this.deadline = Infinity;
    this.heapLimitBytes = Infinity;
    this.peakHeapBytes = Math.max(this.peakHeapBytes, this.heapBytes());
  }

  private call(fn: PyCallable, ...args: unknown[]): Record<string, unknown> {
    try {
      return JSON.parse(String(fn(...args))) as Record<string, unknown>;
    } catch (error) {
      // An interrupt can land outside the bootstrap's try blocks. Anything else (a JavaScript stack
      // overflow inside the interpreter, a wasm abort) leaves CPython unusable: the worker must go.
      if (this.stop) return {interrupted: true};
      this.fatal = true;
      throw new Error(`the Python interpreter crashed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
  }

  /** After an out-of-memory the heap stays grown: the host must replace the worker. */
  get needsNewWorker(): boolean {
    return this.stop === 'oom' || this.fatal;
  }

  private fatal = false;

  async invoke(request: PythonInvokeRequest, onInvokeStart?: (started: {requestId: string; cold: boolean; initDurationMs?: number}) => void): Promise<PythonInvocationOutcome> {
    const key = JSON.stringify([request.code, request.config, request.runtime, request.logFormat]);
    const requestId = createRequestId(this.platform.random);
    const cold = request.forceCold === true || this.envKey !== key;
    this.mocks = request.mocks ?? EMPTY_MOCK_FILE;
    this.awsCalls = [];
    this.output.reset();
    this.invokeStartedAt = this.platform.now();
    let initLogs: LogRecord[] = [];
    if (cold) {
      this.envKey = undefined;
      this.initEnd = this.runInit(request);
      initLogs = this.output.take();
      if (this.initEnd) {
        const end = this.initEnd;
        return assemblePythonOutcome({
          requestId, cold, end, initLogs, functionLogs: [], durationMs: end.kind === 'timeout' ? request.config.timeoutMs : 0,
          initDurationMs: this.initDurationMs, memoryMB: request.config.memoryMB, guestPeakBytes: this.guestPeak(), timestamp: this.platform.wallClock().toISOString(), awsCalls: this.awsCalls,
        });
      }
      this.envKey = key;
    }
    onInvokeStart?.({requestId, cold, ...(cold ? {initDurationMs: this.initDurationMs} : {})});
    const start = this.platform.now();
    this.invokeStartedAt = start;
    const epochDeadline = this.platform.wallClock().getTime() + request.config.timeoutMs;
    const ctx = {
      invokedFunctionArn: `arn:aws:lambda:${request.config.region}:${FAKE_ACCOUNT_ID}:function:${request.config.functionName}`,
      deadlineEpochMs: epochDeadline,
      traceId: `Root=1-${Math.floor(this.platform.wallClock().getTime() / 1000).toString(16)}-${createLogStreamSuffix(this.platform.random).slice(0, 24)};Parent=${createLogStreamSuffix(this.platform.random).slice(0, 16)};Sampled=0;Lineage=1:${createLogStreamSuffix(this.platform.random).slice(0, 8)}:0`,
      clientContext: request.clientContext ?? null,
      identity: request.identity ?? null,
      tenantId: request.tenantId ?? null,
    };
    this.arm(request.config.timeoutMs, request.config.memoryMB);
    let answer: Record<string, unknown>;
    try {
      answer = this.call(this.api.invoke, request.eventJson, requestId, JSON.stringify(ctx));
    } finally {
      this.disarm();
    }
    // Simulated SDK latency counts only when the mock file sets it (MOCKS-FORMAT.md).
    const durationMs = this.platform.now() - start + this.awsCalls.reduce((sum, call) => sum + call.latencyMs, 0);
    const end = this.phaseEnd(answer);
    const outcome = assemblePythonOutcome({
      requestId, cold, end, initLogs, functionLogs: this.output.take(), durationMs: end.kind === 'timeout' ? Math.max(durationMs, request.config.timeoutMs) : durationMs,
      ...(cold ? {initDurationMs: this.initDurationMs} : {}),
      memoryMB: request.config.memoryMB, guestPeakBytes: this.guestPeak(), timestamp: this.platform.wallClock().toISOString(), awsCalls: this.awsCalls,
    });
    if (outcome.environmentReset) this.envKey = undefined;
    return outcome;
  }

  private guestPeak(): number {
    return Math.max(0, Math.max(this.peakHeapBytes, this.heapBytes()) - this.heapBaseBytes);
  }

  /** The init phase; undefined when the handler was found. */
  private runInit(request: PythonInvokeRequest): PythonPhaseEnd | undefined {
    this.tmpLimitBytes = Math.min(request.ephemeralStorageMB ?? 512, MAX_REAL_TMP_MB) * 1024 * 1024;
    this.tmpBytes = 0;
    this.logStreamName = formatLogStreamName(this.platform.wallClock(), createLogStreamSuffix(this.platform.random));
    this.peakHeapBytes = 0;
    this.heapBaseBytes = this.heapBytes();
    const env = buildPythonEnvironment(request.config, this.logStreamName, request.runtime, request.logFormat);
    const config = {env, module: request.config.moduleName, function: request.config.exportName, code: request.code};
    const start = this.platform.now();
    this.arm(INIT_TIMEOUT_MS, request.config.memoryMB);
    let answer: Record<string, unknown>;
    try {
      answer = this.call(this.api.init, JSON.stringify(config));
    } finally {
      this.disarm();
      this.initDurationMs = this.platform.now() - start;
    }
    if (answer.ok === true) return undefined;
    return this.phaseEnd(answer, true);
  }

  private phaseEnd(answer: Record<string, unknown>, init = false): PythonPhaseEnd {
    if (typeof answer.body === 'string') return {kind: 'success', body: answer.body};
    if (answer.tooLarge === true) return {kind: 'too-large'};
    if (typeof answer.exit === 'number') return {kind: 'exit', code: answer.exit};
    if (answer.memory === true) return {kind: 'oom'};
    if (answer.interrupted === true) return this.stop === 'oom' ? {kind: 'oom'} : {kind: 'timeout'};
    const error = answer.error as {errorType: string; errorMessage: string; requestId?: string; stackTrace?: string[]};
    return init ? {kind: 'init-error', error} : {kind: 'error', error};
  }
}
