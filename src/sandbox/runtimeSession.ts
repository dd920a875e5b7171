/**
 * One function in the sandbox host: keeps the warm execution environment between invocations,
 * creates a new one on a cold start (first call, forced, changed code/configuration, or after a
 * reset) and assembles each invocation's Lambda-shaped outcome.
 */
import {assembleInvocationOutcome} from '../core/runtime/assembleInvocationOutcome.ts';
import {buildContextFields, formatLogStreamName} from '../core/runtime/buildContextFields.ts';
import {createLogStreamSuffix, createRequestId} from '../core/runtime/createRequestId.ts';
import type {FunctionConfig, InvocationOutcome, LogRecord} from '../core/runtime/types.ts';
import type {MockFile} from '../core/awsMocks/types.ts';
import {requestTooLarge} from '../core/runtime/requestLimits.ts';
import type {ModuleFormat} from './detectModuleFormat.ts';
import {ExecutionEnvironment, prepareEngine, type PreparedEngine, type SandboxPlatform} from './executionEnvironment.ts';

export interface SessionInvokeRequest {
  /** JavaScript (TypeScript is transpiled before it gets here). */
  readonly code: string;
  readonly format: ModuleFormat;
  readonly config: FunctionConfig;
  readonly eventJson: string;
  readonly forceCold?: boolean;
  /** The simulated AWS SDK's answers (src/core/awsMocks); none = every call gets the default. */
  readonly mocks?: MockFile;
  /** Seed for crypto.randomBytes/randomUUID/getRandomValues, for reproducible runs; absent = CSPRNG. */
  readonly randomSeed?: number;
  /** How the function is invoked, for the payload limit (6 MB synchronous, 1 MB asynchronous). */
  readonly invocationType?: 'RequestResponse' | 'Event';
}

export class RuntimeSession {
  private env: ExecutionEnvironment | undefined;
  private envKey: string | undefined;
  private logStreamName = '';
  /** A QuickJS instance made while idle, for the next cold start (never reused after a start). */
  private spare: Promise<PreparedEngine | undefined> | undefined;

  constructor(
    private readonly platform: SandboxPlatform,
    private readonly random: () => Uint8Array,
  ) {}

  /** Makes a spare engine for the next cold start in the background. */
  prepareSpare(memoryMB: number): void {
    if (this.spare) return;
    this.spare = prepareEngine(this.platform, memoryMB).catch(() => undefined);
  }

  private async takeSpare(): Promise<PreparedEngine | undefined> {
    const spare = this.spare;
    this.spare = undefined;
    return spare ? await spare : undefined;
  }

  /** Drops the warm environment; the next invocation is cold. */
  reset(): void {
    this.env = undefined;
    this.envKey = undefined;
  }

  /**
   * Runs one invocation. `onInvokeStart` is told when the handler is about to run (after any init
   * phase), so a host watchdog can time the invoke phase itself.
   */
  async invoke(request: SessionInvokeRequest, onInvokeStart?: (started: {requestId: string; cold: boolean; initDurationMs?: number}) => void, onLog?: (record: LogRecord) => void): Promise<InvocationOutcome> {
    const requestId = createRequestId(this.random);
    const tooLarge = requestTooLarge(request.eventJson, request.invocationType ?? 'RequestResponse');
    if (tooLarge) {
      // Refused by the Invoke API: no environment is touched, no line is logged, nothing is billed.
      return {requestId, cold: false, status: 'error', result: null, error: tooLarge, logs: [], logRecords: [], environmentReset: false, awsCalls: [],
        report: {requestId, durationMs: 0, billedDurationMs: 0, memorySizeMB: request.config.memoryMB, maxMemoryUsedMB: 0}};
    }
    const key = JSON.stringify([request.code, request.format, request.config, request.randomSeed]);
    let cold = false;
    if (request.forceCold || !this.env || this.envKey !== key) {
      this.reset();
      cold = true;
      this.logStreamName = formatLogStreamName(this.platform.wallClock(), createLogStreamSuffix(this.random));
      this.env = await ExecutionEnvironment.create(this.platform, request.config, request.code, request.format, this.logStreamName, await this.takeSpare(), request.mocks, request.randomSeed);
      this.envKey = key;
    }
    const env = this.env!;
    env.onStreamedLog = onLog;
    const initLogs = cold ? env.logs.splice(0) : [];
    const initFailure = cold ? env.initFailure : undefined;
    if (initFailure) {
      this.reset();
      this.prepareSpare(request.config.memoryMB);
      // Lambda retries init inside the invoke and reports the failure as the invocation's error.
      const end = initFailure.kind === 'success' ? {kind: 'nodejs-exit' as const} : initFailure;
      return assembleInvocationOutcome({
        requestId, cold, end, initLogs, functionLogs: [], durationMs: 0, initDurationMs: env.initDurationMs, awsCalls: env.awsCalls.splice(0),
        memoryMB: request.config.memoryMB, guestPeakBytes: env.guestPeakBytes, timestamp: this.platform.wallClock().toISOString(),
      });
    }
    const fields = buildContextFields(request.config, requestId, this.logStreamName);
    onInvokeStart?.({requestId, cold, ...(cold ? {initDurationMs: env.initDurationMs} : {})});
    const start = this.platform.now();
    const initCalls = cold ? env.awsCalls.splice(0) : [];
    const end = await env.invoke(request.eventJson, requestId, JSON.stringify(fields), request.mocks);
    const durationMs = this.platform.now() - start;
    const outcome = assembleInvocationOutcome({
      requestId, cold, end, initLogs, functionLogs: env.logs.splice(0), durationMs, timeoutMs: request.config.timeoutMs, awsCalls: [...initCalls, ...env.awsCalls.splice(0)],
      ...(cold ? {initDurationMs: env.initDurationMs} : {}),
      memoryMB: request.config.memoryMB, guestPeakBytes: env.guestPeakBytes, timestamp: this.platform.wallClock().toISOString(),
    });
    if (outcome.environmentReset) this.reset();
    this.prepareSpare(request.config.memoryMB);
    const stream = env.takeStream();
    // A streaming response is the bytes written, not a JSON value.
    if (stream) return {...outcome, stream, ...(outcome.status === 'success' ? {result: stream.chunks.map((c) => c.text).join('')} : {})};
    return outcome;
  }
}
