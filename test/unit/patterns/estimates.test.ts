import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import remarkPatternEstimates, {estimatePattern} from '../../../src/remark/patternEstimates.ts';

/** The gallery's ```yaml blocks, by title: each pattern template and the usage it is priced for. */
const page = readFileSync(join(process.cwd(), 'docs/patterns/index.mdx'), 'utf8');
const blocks = new Map([...page.matchAll(/```yaml title="([^"]+)" (pattern|usage)\n([\s\S]*?)\n```/g)].map((m) => [m[1]!, m[3]!]));
const patterns = [...blocks.keys()].filter((name) => !name.endsWith('.usage.yml')).map((name) => name.replace(/\.yaml$/, ''));

describe('patterns gallery estimates (priced at build time by src/remark/patternEstimates)', () => {
  it('states a usage for every one of the six patterns', () => {
    expect(patterns).toHaveLength(6);
    for (const name of patterns) expect(blocks.has(`${name}.usage.yml`), `${name}.usage.yml`).toBe(true);
  });

  it.each(patterns)('%s prices fully from its stated usage: no line waits for input, no resource left unpriced', (name) => {
    const estimate = estimatePattern(`${name}.yaml`, blocks.get(`${name}.yaml`)!, blocks.get(`${name}.usage.yml`)!);
    expect(estimate.unpriced).toEqual([]);
    expect(estimate.resources.filter((r) => r.status === 'not priced' || r.status === 'needs usage')).toEqual([]);
    expect(estimate.total).toBeGreaterThan(0);
    // The total is the sum of the rounded lines, as the page says.
    expect(estimate.total).toBeCloseTo(estimate.lines.reduce((sum, l) => sum + l.usd, 0), 10);
  });

  it('API + DynamoDB matches the hand calculation (us-east-1, arm64 512 MB, no free tier)', () => {
    const estimate = estimatePattern('api-dynamodb.yaml', blocks.get('api-dynamodb.yaml')!, blocks.get('api-dynamodb.usage.yml')!);
    // Requests 5M × $0.20/M = $1.00; duration 5M × 0.04 s × 0.5 GB = 100,000 GB-s × $0.0000133334 = $1.33;
    // logs 2 GB × $0.50 = $1.00; 1M WRU × $0.625/M = $0.63; 4M RRU × $0.125/M = $0.50;
    // storage 5 GB × $0.25 = $1.25; HTTP API 5M × $1.00/M = $5.00.
    expect(estimate.total).toBe(10.71);
  });

  it('writes the estimate under each usage block, and stops the build on a usage block without its template', () => {
    const code = (title: string, flag: string, value: string) => ({type: 'code', lang: 'yaml', meta: `title="${title}" ${flag}`, value});
    const tree = {type: 'root', children: [code('api-dynamodb.yaml', 'pattern', blocks.get('api-dynamodb.yaml')!), code('api-dynamodb.usage.yml', 'usage', blocks.get('api-dynamodb.usage.yml')!)]};
    remarkPatternEstimates()(tree as never, {path: 'x.mdx'});
    expect(tree.children.map((c) => c.type)).toEqual(['code', 'code', 'paragraph', 'table']);
    expect(JSON.stringify(tree.children[2])).toContain('Estimate: $10.71 a month');
    const orphan = {type: 'root', children: [code('lost.usage.yml', 'usage', 'version: 0.1')]};
    expect(() => remarkPatternEstimates()(orphan as never, {path: 'x.mdx'})).toThrow(/lost.usage.yml has no `pattern` template titled lost.yaml/);
  });
});
