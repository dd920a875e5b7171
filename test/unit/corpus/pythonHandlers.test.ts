/**
 * Real Python handlers from AWS's serverless-patterns (MIT-0), run
 * as Lambda would run them given their events and mocks: the response or the exact error, and the
 * simulated AWS calls in order. One Pyodide for the file. The cases (events, mocks, expectations)
 * are ours, in test/fixtures/handlers/python/cases.json; the handlers are third-party code and are
 * not committed: set LAMBDA_LAB_CORPUS to a folder holding python/<case dir>/<file> to run them.
 */
import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';
import {parseMockFile} from '../../../src/core/awsMocks/index.ts';
import {findEventTemplate} from '../../../src/data/events/index.ts';
import {createPythonHarness, type PythonHarness} from '../playground/python/support.ts';

// Or the steering repo's shared/corpus beside the checkout, where the project keeps such data.
const sharedCorpus = fileURLToPath(new URL('../../../../shared/corpus', import.meta.url));
const corpus = process.env.LAMBDA_LAB_CORPUS ?? (existsSync(sharedCorpus) ? sharedCorpus : undefined);
const DIR = corpus ? pathToFileURL(`${corpus.replace(/\/$/, '')}/python/`) : new URL('../../fixtures/handlers/python/', import.meta.url);

interface Case {
  id: string;
  dir?: string;
  file: string;
  handler: string;
  path: string;
  event: unknown;
  env?: Record<string, string>;
  mocks?: unknown;
  expect: {status: string; result?: unknown; error?: {errorType: string; errorMessage: string}; awsCalls: string[]};
}

const manifest = JSON.parse(readFileSync(new URL('../../fixtures/handlers/python/cases.json', import.meta.url), 'utf8')) as {cases: Case[]};

let h: PythonHarness;
beforeAll(async () => {
  if (!corpus) return;
  h = await createPythonHarness();
}, 120_000);

describe.skipIf(!corpus)('real Python handlers (aws-samples/serverless-patterns, LAMBDA_LAB_CORPUS)', () => {
  it('has at least 20 distinct handlers, each with its source path', () => {
    expect(new Set(manifest.cases.map((c) => c.path)).size).toBeGreaterThanOrEqual(20);
  });

  for (const c of manifest.cases) {
    it(`${c.id} (${c.path})`, async () => {
      const code = readFileSync(new URL(`${c.dir ?? c.id}/${c.file}`, DIR), 'utf8');
      const at = c.handler.lastIndexOf('.');
      const event = typeof c.event === 'string' ? findEventTemplate(c.event)!.event : c.event;
      const mocks = c.mocks === undefined ? undefined : parseMockFile(JSON.stringify(c.mocks));
      if (mocks && !mocks.ok) throw new Error(mocks.error);
      const out = await h.run(code, {module: c.handler.slice(0, at), function: c.handler.slice(at + 1), event, ...(c.env ? {env: c.env} : {}), ...(mocks?.ok ? {mocks: mocks.value} : {}), forceCold: true});
      expect(out.status).toBe(c.expect.status);
      if ('result' in c.expect) expect(out.result).toEqual(c.expect.result);
      if (c.expect.error) expect(out.error).toMatchObject(c.expect.error);
      else expect(out.error).toBeNull();
      expect(out.awsCalls.map((x) => `${x.service} ${x.operation} ${x.outcome}`)).toEqual(c.expect.awsCalls);
      if (c.expect.status === 'init-error') expect(out.error!.errorMessage).toContain('The Lambda Lab playground cannot install packages');
    });
  }
});
