/**
 * The Node.js corpus cases (test/fixtures/handlers/node/cases.json) and how an outcome is judged
 * against one, shared by the Node sandbox test (nodeHandlers.test.ts) and the Chromium one
 * (test/browser/corpus-node.test.ts) so both hold the engines to exactly the same expectations.
 * The handlers are third-party code and are not committed: LAMBDA_LAB_CORPUS/node/<case id>/<file>.
 */
import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {expect} from 'vitest';
import {parseMockFile} from '../../../src/core/awsMocks/index.ts';
import {createFunctionConfig} from '../../../src/core/runtime/createFunctionConfig.ts';
import type {InvocationOutcome} from '../../../src/core/runtime/types.ts';
import {findEventTemplate} from '../../../src/data/events/index.ts';
import {detectModuleFormat} from '../../../src/sandbox/detectModuleFormat.ts';
import type {SessionInvokeRequest} from '../../../src/sandbox/runtimeSession.ts';

const sharedCorpus = fileURLToPath(new URL('../../../../shared/corpus', import.meta.url));
export const corpus = process.env.LAMBDA_LAB_CORPUS ?? (existsSync(sharedCorpus) ? sharedCorpus : undefined);
export const hasNodeCorpus = corpus !== undefined && existsSync(`${corpus}/node`);

export interface NodeCase {
  id: string;
  file: string;
  handler: string;
  repo: string;
  path: string;
  licence: string;
  event: unknown;
  env?: Record<string, string>;
  mocks?: unknown;
  runtime?: string;
  timeoutMs?: number;
  memoryMB?: number;
  /** "same", or "differs: why" when Lambda would do otherwise (the playground's message must say why). */
  onLambda: string;
  expect: {
    status: string; result?: unknown; resultMatch?: Record<string, unknown>; resultStartsWith?: string;
    error?: {errorType: string; errorMessage: string}; awsCalls: string[]; streamChunks?: number; streamBytes?: number;
  };
}

export const nodeManifest = JSON.parse(readFileSync(new URL('../../fixtures/handlers/node/cases.json', import.meta.url), 'utf8')) as {cases: NodeCase[]};

/** The sandbox request for a case: its handler file, event, env and mocks, always a cold start. */
export function nodeCaseRequest(c: NodeCase): SessionInvokeRequest {
  const code = readFileSync(`${corpus}/node/${c.id}/${c.file}`, 'utf8');
  const event = typeof c.event === 'string' ? findEventTemplate(c.event)!.event : c.event;
  const mocks = c.mocks === undefined ? undefined : parseMockFile(JSON.stringify(c.mocks));
  if (mocks && !mocks.ok) throw new Error(mocks.error);
  const config = createFunctionConfig({timeoutMs: c.timeoutMs ?? 3000, memoryMB: c.memoryMB ?? 128, filename: c.file, handler: c.handler, runtime: c.runtime ?? 'nodejs22.x', ...(c.env ? {env: c.env} : {})});
  if (!config.ok) throw new Error(config.error);
  return {code, format: detectModuleFormat(c.file, code), config: config.value, eventJson: JSON.stringify(event), forceCold: true, ...(mocks?.ok ? {mocks: mocks.value} : {})};
}

/** Asserts an outcome is the one the case expects: status, result or exact error, AWS calls in order, stream. */
export function expectNodeCaseOutcome(c: NodeCase, o: InvocationOutcome): void {
  const e = c.expect;
  expect(o.status, JSON.stringify(o.error)).toBe(e.status);
  if ('result' in e) expect(o.result).toEqual(e.result);
  if (e.resultMatch) expect(o.result).toMatchObject(e.resultMatch);
  if (e.resultStartsWith) expect(String(o.result).startsWith(e.resultStartsWith)).toBe(true);
  if (e.error) {
    expect(o.error?.errorType).toBe(e.error.errorType);
    expect(o.error?.errorMessage).toContain(e.error.errorMessage);
  } else expect(o.error).toBeNull();
  if (!c.onLambda.startsWith('same')) expect(o.error?.errorMessage).toMatch(/Lambda Lab playground/);
  expect(o.awsCalls.map((x) => `${x.service} ${x.operation} ${x.outcome}`)).toEqual(e.awsCalls);
  if (e.streamChunks !== undefined) expect(o.stream?.chunks.length).toBe(e.streamChunks);
  if (e.streamBytes !== undefined) expect(o.stream?.bytes).toBe(e.streamBytes);
}
