/**
 * Everything a Run needs, loaded lazily when a Run button is pointed at, focused or pressed: the
 * browser sandbox host, settings validation, the invocation modes and the pricing engine. Returns
 * plain text for the page.
 */
import {formatAwsCall, parseMockFile} from '../../core/awsMocks';
import {simulateAsyncInvoke, simulateSqsBatch, simulateStreamBatch, type AttemptResult} from '../../core/invocation';
import {invocationCost} from '../../core/pricing';
import {createFunctionConfig} from '../../core/runtime/createFunctionConfig';
import {parseEnvPairs} from '../../core/runtime/parseInvokeSettings';
import {refusedBeforeInvoke} from '../../core/runtime/requestLimits';
import type {InvocationOutcome} from '../../core/runtime/types';
import {createBrowserSandboxHost} from '../../sandbox/browser/createBrowserSandboxHost';
import {detectModuleFormat} from '../../sandbox/detectModuleFormat';
import type {SandboxHost} from '../../sandbox/host/SandboxHost';
import {readEphemeralStorage} from './EphemeralStorageField';
import type {PlaygroundState} from './shareState';
import {stripTypes} from './stripTypes';

export interface OutputLine {
  readonly text: string;
  readonly kind: 'platform' | 'function' | 'note' | 'result' | 'error';
}

export interface RunView {
  /** Unique per run, for React keys. */
  readonly id: number;
  readonly summary: string;
  readonly lines: readonly OutputLine[];
  readonly costUsd: number;
  readonly outcomes: readonly InvocationOutcome[];
}

let host: SandboxHost | undefined;
let nextRunId = 1;

function sandbox(): SandboxHost {
  host ??= createBrowserSandboxHost();
  return host;
}

/** Ends the current execution environment (used when leaving the page). */
export function disposeSandbox(): void {
  host?.dispose();
  host = undefined;
}

function formatUsd(usd: number): string {
  return usd === 0 ? '$0' : `$${usd.toFixed(12).replace(/0+$/, '').replace(/\.$/, '')}`;
}

function costOf(o: InvocationOutcome, ephemeralStorageMB = 512) {
  // A request the Invoke API refused (over 6 MB sync / 1 MB async) ran nothing and costs nothing.
  if (refusedBeforeInvoke(o)) return {...invocationCost({architecture: 'x86_64', memoryMB: 128, durationMs: 0}), requestUsd: 0, durationUsd: 0, ephemeralStorageUsd: 0, streamingUsd: 0, totalUsd: 0};
  return invocationCost({architecture: 'x86_64', memoryMB: o.report.memorySizeMB, durationMs: o.report.billedDurationMs, ephemeralStorageMB, ...(o.stream ? {streamedBytes: o.stream.bytes} : {})});
}

function describeOutcome(o: InvocationOutcome, ephemeralStorageMB: number): OutputLine[] {
  const lines: OutputLine[] = o.logRecords.map((r) => ({text: r.text.replace(/\r/g, '\n    '), kind: r.source}));
  if (o.awsCalls.length > 0) {
    lines.push({text: `AWS calls (simulated SDK, ${o.awsCalls.length}, in order):`, kind: 'note'});
    o.awsCalls.forEach((c, i) => lines.push({text: `  ${formatAwsCall(c, i + 1)}`, kind: c.outcome === 'error' ? 'error' : 'note'}));
  }
  if (o.stream) {
    lines.push({text: `Streamed response (${o.stream.contentType}, ${o.stream.chunks.length} chunk${o.stream.chunks.length === 1 ? '' : 's'}, ${o.stream.bytes} bytes${o.stream.prelude !== undefined ? `, metadata ${JSON.stringify(o.stream.prelude)}` : ''}):`, kind: 'note'});
    o.stream.chunks.forEach((c) => lines.push({text: `  +${c.atMs.toFixed(0)} ms  ${JSON.stringify(c.text)}`, kind: 'result'}));
  }
  if (o.error) lines.push({text: `Error: ${JSON.stringify(o.error, null, 2)}`, kind: 'error'});
  else lines.push({text: `Response: ${JSON.stringify(o.result, null, 2)}`, kind: 'result'});
  const cost = costOf(o, ephemeralStorageMB);
  const extras = [
    ...(cost.ephemeralStorageUsd > 0 ? [`/tmp ${ephemeralStorageMB} MB: ${formatUsd(cost.ephemeralStorageUsd)} for the part above 512 MB`] : []),
    ...(o.stream ? [`streaming: ${formatUsd(cost.streamingUsd)} for ${o.stream.bytes} bytes streamed; only bytes beyond the first 6 MB of a response are billed, per GB`] : []),
  ];
  lines.push({text: `Cost: ${formatUsd(cost.totalUsd)} (${o.report.billedDurationMs} ms billed at ${o.report.memorySizeMB} MB, x86_64, us-east-1, first-tier on-demand rates, no free tier${extras.length ? `; ${extras.join('; ')}` : ''})`, kind: 'note'});
  return lines;
}

function summaryOf(o: InvocationOutcome): string {
  const what = {success: 'succeeded', error: 'function error', timeout: 'timed out', oom: 'ran out of memory', crash: 'runtime crashed', 'init-error': 'init failed'}[o.status];
  return `${o.cold ? 'Cold start' : 'Warm start'}: ${what}. Duration ${o.report.durationMs.toFixed(2)} ms, billed ${o.report.billedDurationMs} ms${o.report.initDurationMs !== undefined ? ` (includes ${o.report.initDurationMs.toFixed(2)} ms init)` : ''}.${o.environmentReset ? ' The execution environment was reset: the next run is cold.' : ''}`;
}

type PythonSandbox = typeof import('./pythonSandbox');
let python: PythonSandbox | undefined;

/** Set by the Stop button: no further invocation of the current run starts (async retries, batches). */
let stopRequested = false;
class RunStopped extends Error {}

/**
 * The Stop button: terminates the worker running the handler now (the invocation is reported as
 * Lambda reports a killed runtime) and ends the run. Returns false when no invocation was running.
 */
export function stopRun(): boolean {
  stopRequested = true;
  return (host?.stop() ?? false) || (python?.stopPythonSandbox() ?? false);
}

/** Ends the Python execution environment too (leaving the page). */
export function disposePython(): void {
  python?.disposePythonSandbox();
}

export async function runPlayground(state: PlaygroundState, forceCold: boolean, onProgress?: (text: string) => void): Promise<RunView | {error: string}> {
  stopRequested = false;
  let javascript = state.code;
  if (state.language === 'typescript') {
    const stripped = stripTypes(state.code);
    if (!stripped.ok) return {error: stripped.error};
    javascript = stripped.code;
  }
  const env: Record<string, string> = {};
  const pairs = state.envText.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  const parsedEnv = parseEnvPairs(pairs);
  if (!parsedEnv.ok) return {error: parsedEnv.error};
  Object.assign(env, parsedEnv.value);
  const storage = await readEphemeralStorage(state.ephemeralStorage);
  if (!storage.ok) return {error: storage.error};
  const config = createFunctionConfig({ephemeralStorageMB: storage.value, memoryMB: state.memoryMB, timeoutMs: Math.round(state.timeoutSeconds * 1000), filename: 'index.mjs', env, ...(state.runtime ? {runtime: state.runtime} : {})});
  if (!config.ok) return {error: config.error};
  let event: unknown;
  try {
    event = JSON.parse(state.eventText) as unknown;
  } catch (e) {
    return {error: `event: not valid JSON (${e instanceof Error ? e.message : String(e)})`};
  }
  const mocks = parseMockFile(state.mocksText ?? '');
  if (!mocks.ok) return {error: `AWS mocks: ${mocks.error}`};
  const format = detectModuleFormat('index.js', javascript);
  const outcomes: InvocationOutcome[] = [];
  let cold = forceCold;
  const invoke = async (e: unknown): Promise<AttemptResult> => {
    if (stopRequested) throw new RunStopped();
    const o = state.language === 'python'
      ? await (python ??= await import('./pythonSandbox')).invokePython(javascript, config.value, JSON.stringify(e), mocks.value, cold, onProgress, state.pythonRuntime)
      : await sandbox().invoke({code: javascript, format, config: config.value, eventJson: JSON.stringify(e), mocks: mocks.value, ...(state.mode === 'async' ? {invocationType: 'Event' as const} : {}), ...(cold ? {forceCold: true} : {})});
    cold = false;
    outcomes.push(o);
    if (stopRequested) throw new RunStopped();
    return o;
  };

  const lines: OutputLine[] = [];
  let summary: string;
  try {
    const ran = await runMode(state, event, invoke, outcomes, lines);
    if (typeof ran !== 'string') return ran;
    summary = ran;
  } catch (error) {
    if (!(error instanceof RunStopped)) throw error;
    summary = `Stopped: the execution environment was shut down (Runtime exited with error: signal: killed) after ${outcomes.length} invocation${outcomes.length === 1 ? '' : 's'}. The next run is a cold start.`;
    lines.length = 0;
  }
  for (const o of outcomes) lines.push(...describeOutcome(o, storage.value));
  const costUsd = outcomes.reduce((sum, o) => sum + costOf(o, storage.value).totalUsd, 0);
  return {id: nextRunId++, summary, lines, costUsd, outcomes};
}

/** Runs the chosen invocation mode; writes its timeline to `lines` and returns the summary. */
async function runMode(state: PlaygroundState, event: unknown, invoke: (e: unknown) => Promise<AttemptResult>, outcomes: InvocationOutcome[], lines: OutputLine[]): Promise<string | {error: string}> {
  let summary: string;
  if (state.mode === 'sync') {
    await invoke(event);
    summary = summaryOf(outcomes[0]!);
  } else if (state.mode === 'async') {
    const report = await simulateAsyncInvoke(event, invoke, {onFailure: 'destination'});
    if (!report.ok) return {error: report.error};
    lines.push({text: 'Asynchronous invocation (simulated clock; 2 retries, 1 and 2 minutes apart; on-failure destination configured):', kind: 'note'});
    for (const t of report.value.timeline) lines.push({text: `  +${t.atSeconds}s  ${t.what}`, kind: 'note'});
    if (report.value.delivered) lines.push({text: `${report.value.delivered.to} receives: ${JSON.stringify(report.value.delivered.payload, null, 2)}`, kind: 'note'});
    summary = `Asynchronous invoke: ${report.value.outcome.replace(/-/g, ' ')} after ${report.value.attempts.length} attempt(s).`;
  } else if (state.mode === 'sqs') {
    const records = (event as {Records?: unknown[]}).Records;
    if (!Array.isArray(records)) return {error: 'event: an SQS batch needs a Records array (pick an SQS template)'};
    const report = await simulateSqsBatch(event as {Records: {messageId: string}[]}, invoke, {reportBatchItemFailures: true, maxReceiveCount: 3});
    lines.push({text: 'SQS event source mapping (simulated clock; ReportBatchItemFailures on, visibility timeout 30 s, maxReceiveCount 3):', kind: 'note'});
    for (const t of report.timeline) lines.push({text: `  +${t.atSeconds}s  ${t.what}`, kind: 'note'});
    for (const m of report.messages) lines.push({text: `  ${m.messageId}: ${m.fate} after ${m.receives} receive(s)`, kind: 'note'});
    summary = `SQS batch: ${report.messages.filter((m) => m.fate === 'deleted').length} deleted, ${report.messages.filter((m) => m.fate !== 'deleted').length} to the dead-letter queue, ${report.rounds.length} invocation(s).`;
  } else {
    const records = (event as {Records?: unknown[]}).Records;
    if (!Array.isArray(records)) return {error: 'event: a stream batch needs a Records array (pick a Kinesis or DynamoDB template)'};
    const report = await simulateStreamBatch(event as {Records: unknown[]}, invoke, {bisectBatchOnFunctionError: true, maximumRetryAttempts: 2, reportBatchItemFailures: true});
    lines.push({text: 'Stream event source mapping (BisectBatchOnFunctionError on, MaximumRetryAttempts 2, ReportBatchItemFailures on):', kind: 'note'});
    for (const t of report.timeline) lines.push({text: `  ${t.what}`, kind: 'note'});
    summary = `Stream batch: ${report.processed.length} record(s) processed, ${report.skipped.length} skipped, ${report.invocations.length} invocation(s).`;
  }
  return summary;
}
