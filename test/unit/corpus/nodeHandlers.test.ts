/**
 * Real Node.js handlers from AWS's serverless-patterns (MIT-0), run as Lambda would run them given
 * their events, environment and mocks: the response or the exact error, the simulated AWS calls in
 * order, and streamed chunks. The cases (events, mocks, expectations, and whether Lambda would do
 * the same) are ours, in test/fixtures/handlers/node/cases.json; the handlers are third-party code
 * and are not committed: set LAMBDA_LAB_CORPUS to a folder holding node/<case id>/<file>.
 */
import {afterAll, describe, expect, it} from 'vitest';
import {createNodeSandboxHost} from '../../../src/sandbox/node/createNodeSandboxHost.ts';
import {expectNodeCaseOutcome, hasNodeCorpus as hasNode, nodeCaseRequest, nodeManifest as manifest} from './nodeCorpus.ts';

const host = hasNode ? createNodeSandboxHost() : undefined;
afterAll(() => host?.dispose());

describe('the Node.js corpus manifest', () => {
  it('names at least 40 distinct real handlers with their source and licence; at least 90% behave as on Lambda', () => {
    expect(new Set(manifest.cases.map((c) => `${c.repo}/${c.path}`)).size).toBeGreaterThanOrEqual(40);
    for (const c of manifest.cases) expect([c.repo, c.path, c.licence, c.handler].every(Boolean), c.id).toBe(true);
    const same = manifest.cases.filter((c) => c.onLambda.startsWith('same')).length;
    expect(same / manifest.cases.length).toBeGreaterThanOrEqual(0.9);
    for (const c of manifest.cases.filter((x) => !x.onLambda.startsWith('same'))) expect(c.expect.status, c.id).not.toBe('success');
  });
});

describe.skipIf(!hasNode)('real Node.js handlers (aws-samples/serverless-patterns, LAMBDA_LAB_CORPUS)', () => {
  for (const c of manifest.cases) {
    it(`${c.id} (${c.path})`, async () => {
      expectNodeCaseOutcome(c, await host!.invoke(nodeCaseRequest(c)));
    }, 30_000);
  }
});
