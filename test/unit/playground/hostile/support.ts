/**
 * Runs hostile handlers through the same sandbox the CLI uses (SandboxHost + worker_thread +
 * QuickJS), one host per test file, and checks that the environment recovers afterwards.
 */
import {expect} from 'vitest';
import {createFunctionConfig} from '../../../../src/core/runtime/createFunctionConfig.ts';
import type {MockFile} from '../../../../src/core/awsMocks/types.ts';
import type {InvocationOutcome} from '../../../../src/core/runtime/types.ts';
import {detectModuleFormat} from '../../../../src/sandbox/detectModuleFormat.ts';
import type {SandboxHost} from '../../../../src/sandbox/host/SandboxHost.ts';
import {createNodeSandboxHost} from '../../../../src/sandbox/node/createNodeSandboxHost.ts';

export {createNodeSandboxHost};

export interface RunOptions {
  timeoutMs?: number;
  memoryMB?: number;
  event?: unknown;
  filename?: string;
  forceCold?: boolean;
  env?: Record<string, string>;
  mocks?: MockFile;
  randomSeed?: number;
  /** Default nodejs22.x here: most cases were written for it and some use callback handlers. */
  runtime?: string;
}

export function run(host: SandboxHost, code: string, options: RunOptions = {}): Promise<InvocationOutcome> {
  const filename = options.filename ?? 'index.mjs';
  const config = createFunctionConfig({timeoutMs: options.timeoutMs ?? 1000, memoryMB: options.memoryMB ?? 128, filename, runtime: options.runtime ?? 'nodejs22.x', ...(options.env ? {env: options.env} : {})});
  if (!config.ok) throw new Error(config.error);
  return host.invoke({code, format: detectModuleFormat(filename, code), config: config.value, eventJson: JSON.stringify(options.event ?? {}), ...(options.forceCold ? {forceCold: true} : {}), ...(options.mocks ? {mocks: options.mocks} : {}), ...(options.randomSeed !== undefined ? {randomSeed: options.randomSeed} : {})});
}

export const HEALTHY = `let n = 0; export const handler = async () => ({ok: true, n: ++n});`;

/** The next invocation works; `cold` says whether the environment must have been reset. */
export async function expectRecovers(host: SandboxHost, cold: boolean, options: RunOptions = {}): Promise<void> {
  const first = await run(host, HEALTHY, options);
  expect(first.status).toBe('success');
  expect(first.result).toEqual({ok: true, n: 1});
  if (cold) return;
  // Same code again: warm, module state kept.
  const second = await run(host, HEALTHY, options);
  expect(second.cold).toBe(false);
  expect(second.result).toEqual({ok: true, n: 2});
}

/** Same code twice: the second run shows whether the first left the environment warm. */
export async function expectNextIsCold(host: SandboxHost, code: string, options: RunOptions = {}): Promise<InvocationOutcome> {
  const next = await run(host, code, options);
  expect(next.cold).toBe(true);
  expect(next.report.initDurationMs).toBeGreaterThan(0);
  return next;
}

export function reportLines(o: InvocationOutcome): string[] {
  return o.logRecords.filter((r) => r.source === 'platform' && r.text.startsWith('REPORT ')).map((r) => r.text);
}

export function functionLines(o: InvocationOutcome): string[] {
  return o.logRecords.filter((r) => r.source === 'function').map((r) => r.text);
}
