/**
 * One function in the sandbox host: keeps the warm execution environment between invocations,
 * creates a new one on a cold start (first call, forced, changed code/configuration, or after a
 * reset) and assembles each invocation's Lambda-shaped outcome.
 */
import {assembleInvocationOutcome} from '../core/runtime/assembleInvocationOutcome.ts';
import {buildContextFields, formatLogStreamName} from '../core/runtime/buildContextFields.ts';
import {createLogStreamSuffix, createRequestId} from '../core/runtime/createRequestId.ts';
import type {FunctionConfig, InvocationOutcome} from '../core/runtime/types.ts';
import type {ModuleFormat} from './detectModuleFormat.ts';
import {ExecutionEnvironment, type SandboxPlatform} from './executionEnvironment.ts';

export interface SessionInvokeRequest {
  /** JavaScript (TypeScript is transpiled before it gets here). */
  readonly code: string;
  readonly format: ModuleFormat;
  readonly config: FunctionConfig;
  readonly eventJson: string;
  readonly forceCold?: boolean;
}

export class RuntimeSession {
  private env: ExecutionEnvironment | undefined;
  private envKey: string | undefined;
  private logStreamName = '';

  constructor(
    private readonly platform: SandboxPlatform,
    private readonly random: () => Uint8Array,
  ) {}

  /** Drops the warm environment; the next invocation is cold. */
  reset(): void {
    this.env = undefined;
    this.envKey = undefined;
  }

  /**
   * Runs one invocation. `onInvokeStart` is told when the handler is about to run (after any init
   * phase), so a host watchdog can time the invoke phase itself.
   */
  async invoke(request: SessionInvokeRequest, onInvokeStart?: (started: {requestId: string; cold: boolean; initDurationMs?: number}) => void): Promise<InvocationOutcome> {
    const key = JSON.stringify([request.code, request.format, request.config]);
    const requestId = createRequestId(this.random);
    let cold = false;
    if (request.forceCold || !this.env || this.envKey !== key) {
      this.reset();
      cold = true;
      this.logStreamName = formatLogStreamName(this.platform.wallClock(), createLogStreamSuffix(this.random));
      this.env = await ExecutionEnvironment.create(this.platform, request.config, request.code, request.format, this.logStreamName);
      this.envKey = key;
    }
    const env = this.env!;
    const initLogs = cold ? env.logs.splice(0) : [];
    const initFailure = cold ? env.initFailure : undefined;
    if (initFailure) {
      this.reset();
      // Lambda retries init inside the invoke and reports the failure as the invocation's error.
      const end = initFailure.kind === 'success' ? {kind: 'nodejs-exit' as const} : initFailure;
      return assembleInvocationOutcome({
        requestId, cold, end, initLogs, functionLogs: [], durationMs: 0, initDurationMs: env.initDurationMs,
        memoryMB: request.config.memoryMB, guestPeakBytes: env.guestPeakBytes, timestamp: this.platform.wallClock().toISOString(),
      });
    }
    const fields = buildContextFields(request.config, requestId, this.logStreamName);
    onInvokeStart?.({requestId, cold, ...(cold ? {initDurationMs: env.initDurationMs} : {})});
    const start = this.platform.now();
    const end = await env.invoke(request.eventJson, requestId, JSON.stringify(fields));
    const durationMs = this.platform.now() - start;
    const outcome = assembleInvocationOutcome({
      requestId, cold, end, initLogs, functionLogs: env.logs.splice(0), durationMs,
      ...(cold ? {initDurationMs: env.initDurationMs} : {}),
      memoryMB: request.config.memoryMB, guestPeakBytes: env.guestPeakBytes, timestamp: this.platform.wallClock().toISOString(),
    });
    if (outcome.environmentReset) this.reset();
    return outcome;
  }
}
