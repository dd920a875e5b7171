import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {assembleInvocationOutcome} from '../../../src/core/runtime/assembleInvocationOutcome.ts';
import {buildContextFields, formatLogStreamName} from '../../../src/core/runtime/buildContextFields.ts';
import {buildEnvironmentVariables, RESERVED_ENV_KEYS, validateUserEnvironment} from '../../../src/core/runtime/buildEnvironmentVariables.ts';
import {computeBilledDurationMs} from '../../../src/core/runtime/computeBilledDurationMs.ts';
import {createFunctionConfig, moduleNameFromFilename} from '../../../src/core/runtime/createFunctionConfig.ts';
import {createRequestId} from '../../../src/core/runtime/createRequestId.ts';
import {keepsEnvironmentWarm, nextEnvironmentState} from '../../../src/core/runtime/decideEnvironmentFate.ts';
import {formatFunctionLogLine} from '../../../src/core/runtime/formatFunctionLogLine.ts';
import {formatReportLine, formatRuntimeExitLine, formatTimeoutMessage} from '../../../src/core/runtime/formatPlatformLines.ts';
import {parseEnvPairs, parseMemoryMB, parseTimeoutMs} from '../../../src/core/runtime/parseInvokeSettings.ts';
import {guestMemoryBudgetMB, simulateMaxMemoryUsedMB} from '../../../src/core/runtime/simulateMemoryUse.ts';
import {TimerQueue} from '../../../src/core/runtime/timerQueue.ts';
import {detectModuleFormat} from '../../../src/sandbox/detectModuleFormat.ts';

const config = (() => {
  const c = createFunctionConfig({memoryMB: 512, timeoutMs: 3000, functionName: 'orders', filename: 'src/handler.ts'});
  if (!c.ok) throw new Error(c.error);
  return c.value;
})();

describe('billed duration', () => {
  it('rounds up to the next millisecond and adds init on cold starts', () => {
    expect(computeBilledDurationMs(469.4)).toBe(470);
    expect(computeBilledDurationMs(3000)).toBe(3000);
    expect(computeBilledDurationMs(0.2)).toBe(1);
    expect(computeBilledDurationMs(12.3, 100.99)).toBe(114);
  });
  it('is the smallest whole number of ms not below duration + init (property)', () => {
    fc.assert(fc.property(fc.double({min: 0.001, max: 900_000, noNaN: true}), fc.double({min: 0, max: 10_000, noNaN: true}), (d, i) => {
      const b = computeBilledDurationMs(d, i);
      return Number.isInteger(b) && b >= d + i - 1e-6 && b - (d + i) < 1 + 1e-6;
    }));
  });
});

describe('platform lines', () => {
  it('REPORT has Lambda\'s fields, tabs and Init Duration only when cold', () => {
    const r = {requestId: 'id', durationMs: 469.4, billedDurationMs: 470, memorySizeMB: 128, maxMemoryUsedMB: 21};
    expect(formatReportLine(r)).toBe('REPORT RequestId: id\tDuration: 469.40 ms\tBilled Duration: 470 ms\tMemory Size: 128 MB\tMax Memory Used: 21 MB\t');
    expect(formatReportLine({...r, initDurationMs: 100.99})).toMatch(/\tInit Duration: 100\.99 ms\t$/);
  });
  it('timeout seconds have two decimals and never round up past the real time', () => {
    expect(formatTimeoutMessage(3000.4)).toBe('Task timed out after 3.00 seconds');
    expect(formatTimeoutMessage(3079)).toBe('Task timed out after 3.07 seconds');
  });
  it('runtime exits name the signal or status', () => {
    expect(formatRuntimeExitLine('id', {kind: 'signal', signal: 'killed'})).toBe('RequestId: id Error: Runtime exited with error: signal: killed');
    expect(formatRuntimeExitLine('id', {kind: 'status', code: 129})).toBe('RequestId: id Error: Runtime exited with error: exit status 129');
  });
  it('function lines are tab separated and keep one message in one line', () => {
    expect(formatFunctionLogLine('T', 'id', 'INFO', 'a\nb')).toBe('T\tid\tINFO\ta\rb');
    expect(formatFunctionLogLine('T', undefined, 'WARN', 'x')).toBe('T\tundefined\tWARN\tx');
  });
});

describe('outcome assembly', () => {
  const base = {requestId: 'r1', cold: true, initLogs: [], functionLogs: [], durationMs: 10.5, initDurationMs: 40, memoryMB: 128, guestPeakBytes: 0, timestamp: '2026-11-24T00:00:00.000Z'};
  it('orders init logs, START, function logs, END, REPORT and platform errors', () => {
    const o = assembleInvocationOutcome({...base, end: {kind: 'oom'}, initLogs: [{source: 'function', text: 'init'}], functionLogs: [{source: 'function', text: 'f'}]});
    expect(o.logs.map((l) => l.split(' ')[0])).toEqual(['init', 'START', 'f', 'END', 'REPORT', 'RequestId:', 'Runtime.ExitError']);
    expect(o.report.maxMemoryUsedMB).toBe(128);
    expect(o.environmentReset).toBe(true);
    expect(o.report.billedDurationMs).toBe(51);
  });
  it('success parses the JSON response and keeps the environment', () => {
    const o = assembleInvocationOutcome({...base, cold: false, end: {kind: 'success', json: '{"a":1}'}});
    expect(o.result).toEqual({a: 1});
    expect(o.report.initDurationMs).toBeUndefined();
    expect(o.report.billedDurationMs).toBe(11);
    expect(o.environmentReset).toBe(false);
  });
  it('timeouts report Sandbox.Timedout with the timestamped message after REPORT', () => {
    const o = assembleInvocationOutcome({...base, end: {kind: 'timeout'}, durationMs: 3001});
    expect(o.error).toEqual({errorType: 'Sandbox.Timedout', errorMessage: '2026-11-24T00:00:00.000Z r1 Task timed out after 3.00 seconds'});
    expect(o.logs.at(-1)).toBe('2026-11-24T00:00:00.000Z r1 Task timed out after 3.00 seconds');
  });
});

describe('lifecycle', () => {
  it('only success and function errors keep the environment warm', () => {
    expect(['success', 'error', 'timeout', 'oom', 'crash', 'init-error'].filter((s) => keepsEnvironmentWarm(s as never))).toEqual(['success', 'error']);
    expect(nextEnvironmentState('absent', 'invoke')).toBe('initializing');
    expect(nextEnvironmentState('frozen', 'invoke')).toBe('invoking');
    expect(nextEnvironmentState('invoking', 'settled', 'success')).toBe('frozen');
    expect(nextEnvironmentState('invoking', 'settled', 'timeout')).toBe('absent');
  });
});

describe('timer queue (host-owned timers)', () => {
  it('fires in due order, reschedules intervals from now and keeps frozen timers for later', () => {
    const q = new TimerQueue();
    q.add(1, 100, 0, false);
    q.add(2, 50, 0, true);
    expect(q.popDue(40)).toBeUndefined();
    expect(q.popDue(60)?.id).toBe(2);
    expect(q.nextDueAt()).toBe(100);
    // Frozen for 10 s: on thaw the overdue timeout fires, the interval fires once, not 200 times.
    expect(q.popDue(10_060)?.id).toBe(1);
    expect(q.popDue(10_060)?.id).toBe(2);
    expect(q.popDue(10_060)).toBeUndefined();
    expect(q.nextDueAt()).toBe(10_110);
  });
  it('treats unref\'d timers as not keeping the loop alive; clamps delays like Node', () => {
    const q = new TimerQueue();
    q.add(1, Number.NaN, 0, false);
    expect(q.nextDueAt()).toBe(1);
    q.setRef(1, false);
    expect(q.hasRefed()).toBe(false);
    q.cancel(1);
    expect(q.size).toBe(0);
  });
  it('never pops a timer before it is due (property)', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({min: 0, max: 1000}), fc.boolean()), {maxLength: 20}), fc.integer({min: 0, max: 2000}), (timers, now) => {
      const q = new TimerQueue();
      timers.forEach(([d, r], i) => q.add(i, d, 0, r));
      let t;
      while ((t = q.popDue(now))) if (t.dueAt > now) return false;
      return true;
    }));
  });
});

describe('environment variables and context', () => {
  it('reserved variables win over user values and credentials are fake', () => {
    const env = buildEnvironmentVariables({...config, env: {STAGE: 'dev'}}, 'stream');
    expect(env.AWS_LAMBDA_FUNCTION_NAME).toBe('orders');
    expect(env._HANDLER).toBe('handler.handler');
    expect(env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE).toBe('512');
    expect(env.AWS_EXECUTION_ENV).toBe('AWS_Lambda_nodejs24.x');
    expect(env.STAGE).toBe('dev');
    expect(env.AWS_SECRET_ACCESS_KEY).toMatch(/EXAMPLE/);
  });
  it('rejects reserved keys, bad names and more than 4 KB', () => {
    for (const key of RESERVED_ENV_KEYS) expect(validateUserEnvironment({[key]: 'x'}).ok).toBe(false);
    expect(validateUserEnvironment({'1BAD': 'x'})).toEqual({ok: false, error: expect.stringContaining("'1BAD' is not a valid variable name")});
    expect(validateUserEnvironment({BIG: 'x'.repeat(5000)})).toEqual({ok: false, error: expect.stringContaining("above Lambda's 4 KB limit")});
  });
  it('context fields follow the Node.js runtime', () => {
    const f = buildContextFields(config, 'req', formatLogStreamName(new Date('2026-11-24T00:00:00Z'), 'a'.repeat(32)));
    expect(f).toEqual({
      functionName: 'orders', functionVersion: '$LATEST', invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:orders',
      memoryLimitInMB: '512', awsRequestId: 'req', logGroupName: '/aws/lambda/orders', logStreamName: `2026/11/24/[$LATEST]${'a'.repeat(32)}`,
    });
  });
  it('request ids are UUID v4', () => {
    const id = createRequestId(() => new Uint8Array(16).fill(255));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('settings', () => {
  it('validates memory and timeout against Lambda\'s ranges', () => {
    expect(createFunctionConfig({memoryMB: 10_241})).toEqual({ok: false, error: expect.stringMatching(/^memory: 10241 MB is outside Lambda's range of 128–10,240 MB/)});
    expect(createFunctionConfig({timeoutMs: 500})).toEqual({ok: false, error: expect.stringMatching(/^timeout: 0.5 s is outside Lambda's range of 1–900 seconds/)});
    expect(moduleNameFromFilename('a/b/index.mjs')).toBe('index');
  });
  it('parses CLI durations, sizes (binary GB) and env pairs', () => {
    expect(parseTimeoutMs('3s')).toEqual({ok: true, value: 3000});
    expect(parseTimeoutMs('2500ms')).toEqual({ok: true, value: 2500});
    expect(parseTimeoutMs('1m')).toEqual({ok: true, value: 60_000});
    expect(parseTimeoutMs('3')).toEqual({ok: true, value: 3000});
    expect(parseTimeoutMs('soon').ok).toBe(false);
    expect(parseMemoryMB('1.5GB')).toEqual({ok: true, value: 1536});
    expect(parseMemoryMB('128MB')).toEqual({ok: true, value: 128});
    expect(parseMemoryMB('1.3MB').ok).toBe(false);
    expect(parseEnvPairs(['A=1', 'B=x=y'])).toEqual({ok: true, value: {A: '1', B: 'x=y'}});
    expect(parseEnvPairs(['=1']).ok).toBe(false);
  });
  it('detects ES modules and CommonJS like Node 22', () => {
    expect(detectModuleFormat('index.js', 'export const handler = 1')).toBe('esm');
    expect(detectModuleFormat('index.js', "import x from 'y'")).toBe('esm');
    expect(detectModuleFormat('index.js', 'exports.handler = 1 // export const x')).toBe('cjs');
    expect(detectModuleFormat('index.cjs', 'export const handler = 1')).toBe('cjs');
    expect(detectModuleFormat('index.mjs', 'exports.handler = 1')).toBe('esm');
  });
});

describe('memory model', () => {
  it('never reports more than the memory size, and reports the baseline for an idle function', () => {
    expect(simulateMaxMemoryUsedMB(128, 0)).toBe(64);
    expect(simulateMaxMemoryUsedMB(128, 10 * 2 ** 30)).toBe(128);
    fc.assert(fc.property(fc.integer({min: 128, max: 10_240}), fc.nat(), (m, b) => simulateMaxMemoryUsedMB(m, b) <= m && simulateMaxMemoryUsedMB(m, b) >= 1));
    expect(guestMemoryBudgetMB(10_240)).toBe(256);
  });
});
