/**
 * Runs a Lambda handler in the playground sandbox from Node.js — the engine behind
 * `lambda-lab invoke` and the docs' sample checks. Each call gets a fresh execution environment
 * (a worker_thread); with `times` > 1 the later invocations are warm unless one resets it.
 */
import {assembleInvocationOutcome} from '../../core/runtime/assembleInvocationOutcome.ts';
import {createRequestId} from '../../core/runtime/createRequestId.ts';
import {createFunctionConfig} from '../../core/runtime/createFunctionConfig.ts';
import type {MockFile} from '../../core/awsMocks/types.ts';
import type {InvocationOutcome, InvocationReport, LambdaErrorPayload} from '../../core/runtime/types.ts';
import {nodeRandom} from './createNodePlatform.ts';
import {createNodeSandboxHost} from './createNodeSandboxHost.ts';
import {transpileHandler} from './transpileHandler.ts';

export interface InvokeHandlerOptions {
  /** Handler source: JavaScript or TypeScript, ES module or CommonJS. */
  readonly code: string;
  /** Decides TypeScript vs JavaScript and the module name ("handler.ts" → handler.handler). */
  readonly filename: string;
  /** The event (any JSON value). */
  readonly event: unknown;
  readonly timeoutMs: number;
  readonly memoryMB: number;
  readonly env?: Readonly<Record<string, string>>;
  /** How many invocations to run in a row (default 1). */
  readonly times?: number;
  readonly functionName?: string;
  /** Answers for the simulated AWS SDK (src/core/awsMocks). */
  readonly mocks?: MockFile;
  /** Seeds the sandbox's random values (crypto.randomBytes, randomUUID…) for reproducible output. */
  readonly randomSeed?: number;
  /** /tmp size in MB (512–10,240, default 512). */
  readonly ephemeralStorageMB?: number;
  /** nodejs20.x, nodejs22.x or nodejs24.x (default, the newest). */
  readonly runtime?: string;
  /** Lambda's Handler setting, `<file>.<export>` (default: the `handler` export). */
  readonly handler?: string;
  /** RequestResponse (default) or Event: an asynchronous event over 1 MB is refused as Lambda refuses it. */
  readonly invocationType?: 'RequestResponse' | 'Event';
}

/** The last invocation's result, error and REPORT, plus every invocation and the whole log stream. */
export interface InvokeHandlerResult {
  readonly result: unknown;
  readonly error: LambdaErrorPayload | null;
  /** CloudWatch-style lines of all invocations, in order. */
  readonly logs: readonly string[];
  readonly report: InvocationReport;
  readonly invocations: readonly InvocationOutcome[];
}

/** Thrown for invalid options (bad memory, timeout, env): the CLI maps it to a usage error. */
export class InvokeOptionsError extends Error {
  override readonly name = 'InvokeOptionsError';
}

export async function invokeHandler(options: InvokeHandlerOptions): Promise<InvokeHandlerResult> {
  const config = createFunctionConfig({
    memoryMB: options.memoryMB,
    timeoutMs: options.timeoutMs,
    filename: options.filename,
    ...(options.env ? {env: options.env} : {}),
    ...(options.functionName ? {functionName: options.functionName} : {}),
    ...(options.ephemeralStorageMB !== undefined ? {ephemeralStorageMB: options.ephemeralStorageMB} : {}),
    ...(options.runtime !== undefined ? {runtime: options.runtime} : {}),
    ...(options.handler !== undefined ? {handler: options.handler} : {}),
  });
  if (!config.ok) throw new InvokeOptionsError(config.error);
  const times = options.times ?? 1;
  if (!Number.isInteger(times) || times < 1 || times > 1000) throw new InvokeOptionsError(`times: ${times} must be a whole number from 1 to 1,000`);
  const eventJson = JSON.stringify(options.event === undefined ? {} : options.event);
  if (eventJson === undefined) throw new InvokeOptionsError('event: must be a JSON value');

  const invocations: InvocationOutcome[] = [];
  const transpiled = transpileHandler(options.code, options.filename);
  if (!transpiled.ok) {
    // The code never gets to run: report it the way the runtime reports a syntax error at init.
    const message = `SyntaxError: ${transpiled.message}${transpiled.line !== undefined ? ` (${options.filename}:${transpiled.line})` : ''}`;
    const error = {errorType: 'Runtime.UserCodeSyntaxError', errorMessage: message, trace: [`Runtime.UserCodeSyntaxError: ${message}`]};
    for (let i = 0; i < times; i++) {
      invocations.push(assembleInvocationOutcome({
        requestId: createRequestId(nodeRandom), cold: true, end: {kind: 'init-error', error, log: JSON.stringify({errorType: error.errorType, errorMessage: message, stack: error.trace})},
        initLogs: [], functionLogs: [], durationMs: 0, initDurationMs: 0, memoryMB: config.value.memoryMB, guestPeakBytes: 0, timestamp: new Date().toISOString(),
      }));
    }
    return summarize(invocations);
  }

  const host = createNodeSandboxHost();
  try {
    for (let i = 0; i < times; i++) {
      invocations.push(await host.invoke({code: transpiled.code, format: transpiled.format, config: config.value, eventJson, ...(options.mocks ? {mocks: options.mocks} : {}), ...(options.randomSeed !== undefined ? {randomSeed: options.randomSeed} : {}), ...(options.invocationType === 'Event' ? {invocationType: 'Event' as const} : {})}));
    }
  } finally {
    host.dispose();
  }
  return summarize(invocations);
}

function summarize(invocations: readonly InvocationOutcome[]): InvokeHandlerResult {
  const last = invocations[invocations.length - 1]!;
  return {
    result: last.result,
    error: last.error,
    logs: invocations.flatMap((o) => o.logs),
    report: last.report,
    invocations,
  };
}
