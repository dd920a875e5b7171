// The design estimator over the real-world corpus (third-party templates, never committed; see
// test/fixtures/corpus/README.md): zero crashes, and every estimate a finite total. Usage is made up
// for every function and edge-fed resource, so traffic flows along each template's edges. Set
// LAMBDA_LAB_CORPUS to a folder holding sam-translator/ and serverless-examples/; otherwise skipped.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {estimateDesign, readDesign, readUsage} from '../../../src/core/design/index.ts';

const sharedCorpus = fileURLToPath(new URL('../../../../shared/corpus', import.meta.url));
const corpus = process.env.LAMBDA_LAB_CORPUS ?? (existsSync(sharedCorpus) ? sharedCorpus : undefined);
const files = corpus ? ['sam-translator', 'serverless-examples'].flatMap((dir) => readdirSync(join(corpus, dir)).filter((name) => /\.(ya?ml|json)$/.test(name)).map((name) => join(corpus, dir, name))) : [];

describe.skipIf(!corpus)('design estimator over the real-world corpus (LAMBDA_LAB_CORPUS)', () => {
  it('estimates every template it can read, with no crash and a finite total', () => {
    const crashes: string[] = [];
    let estimated = 0;
    let flowed = 0;
    for (const file of files) {
      try {
        const design = readDesign(readFileSync(file, 'utf8'));
        if (!design.ok) continue; // not a template (or invalid YAML): a one-line message, not a crash
        const lines = ['version: 0.1', 'resource_usage:', ...design.value.functions.map((fn) => `  ${JSON.stringify(fn.config.name)}: {monthly_requests: 1000000, request_duration_ms: 120}`)];
        const usage = readUsage(`${lines.join('\n')}\n`, design.value);
        if (!usage.ok) throw new Error(`usage refused: ${usage.error}`);
        const estimate = estimateDesign(design.value, usage.value);
        expect(Number.isFinite(estimate.total)).toBe(true);
        estimated += 1;
        if (estimate.lines.some((line) => line.formula.includes('to override]'))) flowed += 1;
      } catch (error) {
        crashes.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    console.log(`design corpus: ${estimated} of ${files.length} files estimated; traffic flowed along edges in ${flowed}`);
    expect(crashes).toEqual([]);
    expect(estimated).toBeGreaterThan(files.length / 2);
  });
});
