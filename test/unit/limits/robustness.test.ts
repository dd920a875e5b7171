import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {checkFunctions} from '../../../src/core/limits/checkFunctions.ts';
import {parseConfigText} from '../../../src/core/limits/parse/parseConfigText.ts';

const FIXTURES = ['sam-app.yaml', 'cfn-stack.json', 'serverless.yml', 'create-function.sh', 'cfn-apigateway.yaml'].map((name) => readFileSync(new URL(`../../fixtures/limits/${name}`, import.meta.url), 'utf8'));

/** Parse and check; the widget relies on this never throwing, whatever is pasted. */
function parseAndCheck(text: string): void {
  const parsed = parseConfigText(text);
  if (parsed.ok) {
    const report = checkFunctions(parsed.value.functions, {today: '2026-11-24'});
    for (const fn of report.functions) for (const f of fn.findings) expect(f.message).not.toMatch(/NaN|undefined|\[object Object\]/);
  } else {
    expect(parsed.error.length).toBeGreaterThan(10);
  }
}

describe('robustness', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({maxLength: 400}), (text) => { parseAndCheck(text); }), {numRuns: 300});
  }, 60_000);

  it('never throws on fixtures cut, spliced or with characters replaced', () => {
    const mutation = fc.tuple(fc.integer({min: 0, max: FIXTURES.length - 1}), fc.nat(), fc.nat({max: 40}), fc.string({maxLength: 12}));
    fc.assert(fc.property(mutation, ([index, at, length, insert]) => {
      const source = FIXTURES[index]!;
      const start = at % (source.length + 1);
      parseAndCheck(source.slice(0, start) + insert + source.slice(start + length));
    }), {numRuns: 150});
  }, 60_000);

  it('finds every fixture function without noise words in messages', () => {
    for (const text of FIXTURES) parseAndCheck(text);
  });
});
