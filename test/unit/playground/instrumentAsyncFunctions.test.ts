import {parse} from 'acorn';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {ASYNC_WRAPPER, instrumentAsyncFunctions} from '../../../src/sandbox/instrumentAsyncFunctions.ts';

const wrapped = (name: string, body: string) => `${ASYNC_WRAPPER}({${JSON.stringify(name)}: async () => ${body}}[${JSON.stringify(name)}]())`;

describe('instrumentAsyncFunctions', () => {
  it('turns each kind of async function into a plain one that hands its body to the wrapper', () => {
    const cases: [string, string][] = [
      ['async function f(a) { return a; }', `      function f(a) { return ${wrapped('f', '{ return a; }')}; }`],
      ['const g = async x => x;', `const g =       x => ${wrapped('g', '(x)')};`],
      ['const h = async () => ({a: 1});', `const h =       () => (${wrapped('h', '({a: 1})')});`],
      ['export default async function () {}', `export default       function () { return ${wrapped('default', '{}')}; }`],
      ['class A { static async m() { return 1; } }', `class A { static       m() { return ${wrapped('m', '{ return 1; }')}; } }`],
      ['o = { async [k]() { return 1; } };', `o = {       [k]() { return ${wrapped('', '{ return 1; }')}; } };`],
    ];
    for (const [source, expected] of cases) expect(instrumentAsyncFunctions(source, 'esm').code, source).toBe(expected);
  });

  it('leaves async generators, `async` used as a name and unparsable source alone', () => {
    for (const source of ['async function* gen() { yield 1; }', 'const async = 1; async(2);', 'this is not JavaScript {']) {
      expect(instrumentAsyncFunctions(source, source.startsWith('const async') ? 'cjs' : 'esm')).toEqual({code: source, wrapperCalls: []});
    }
  });

  it('handles nesting: inner functions are rewritten inside outer ones', () => {
    const out = instrumentAsyncFunctions('async function f(){async function g(){} return async () => 1;}', 'esm').code;
    expect(out).toBe(`      function f(){ return ${wrapped('f', `{      function g(){ return ${wrapped('g', '{}')}; } return       () => ${wrapped('', '(1)')};}`)}; }`);
  });

  it('accepts CommonJS-only syntax (top-level return) for CommonJS modules', () => {
    expect(instrumentAsyncFunctions('exports.handler = async () => 1;\nreturn;', 'cjs').code).toContain(ASYNC_WRAPPER);
  });

  it('reports where each wrapper calls its body, for the trace filter', () => {
    const {code, wrapperCalls} = instrumentAsyncFunctions('const a = 1;\n  async function f() {\n  return 1;\n}', 'esm');
    expect(wrapperCalls).toHaveLength(1);
    const call = wrapperCalls[0]!;
    const line = code.split('\n')[call.line - 1]!;
    expect(call.line).toBe(4);
    expect(line.slice(call.fromColumn, call.toColumn)).toBe('}}["f"]()); ');
  });

  it('gives sloppy functions that use their own arguments a rest parameter, so arguments is unmapped', () => {
    const cases: [string, string][] = [
      ['function step(i) { arguments; }', 'function step(i, ...__lambdaLabArgs) { arguments; }'],
      ['function f(a, b,) { return arguments; }', 'function f(a, b, ...__lambdaLabArgs) { return arguments; }'],
      ['function f(a /* ) */) { return () => arguments; }', 'function f(a /* ) */, ...__lambdaLabArgs) { return () => arguments; }'],
      // Already unmapped, not allowed, or not its own arguments: unchanged.
      ['"use strict"; function f(a) { return arguments; }', '"use strict"; function f(a) { return arguments; }'],
      ['function f(a) { "use strict"; return arguments; }', 'function f(a) { "use strict"; return arguments; }'],
      ['function f(a, a) { return arguments; }', 'function f(a, a) { return arguments; }'],
      ['function f(a = 1) { return arguments; }', 'function f(a = 1) { return arguments; }'],
      ['function f() { return arguments; }', 'function f() { return arguments; }'],
      ['function f(a) { return function () { return arguments; }; }', 'function f(a) { return function () { return arguments; }; }'],
      ['o = { set x(v) { arguments; } }; class C { m(a) { return arguments; } }', 'o = { set x(v) { arguments; } }; class C { m(a) { return arguments; } }'],
    ];
    for (const [source, expected] of cases) expect(instrumentAsyncFunctions(source, 'cjs').code, source).toBe(expected);
    // ES modules are strict: nothing to do.
    expect(instrumentAsyncFunctions('export function f(a) { return arguments; }', 'esm').code).toBe('export function f(a) { return arguments; }');
  });

  it('property: output parses, keeps every line where it was and has no async function left outside wrappers', () => {
    const names = fc.constantFrom('f', 'handler', 'load');
    const expr: fc.Arbitrary<string> = fc.letrec<{fn: string}>((tie) => ({
      fn: fc.oneof(
        {depthSize: 'small', withCrossShrink: true},
        names.map((n) => `async function ${n}() { return 1; }`),
        fc.constant('async () => 1'),
        fc.constant('async (a, b) => ({a, b})'),
        fc.tuple(names, tie('fn')).map(([n, inner]) => `async function ${n}(x) {\n  const inner = ${inner};\n  return inner;\n}`),
        tie('fn').map((inner) => `async () => {\n  await null;\n  return ${inner};\n}`),
        tie('fn').map((inner) => `({ async m() { return ${inner}; } })`),
      ),
    })).fn;
    fc.assert(
      fc.property(fc.array(expr, {minLength: 1, maxLength: 4}), (parts) => {
        const source = parts.map((p, i) => `export const v${i} = ${p};`).join('\n');
        const {code} = instrumentAsyncFunctions(source, 'esm');
        expect(() => parse(code, {ecmaVersion: 'latest', sourceType: 'module'})).not.toThrow();
        expect(code.split('\n')).toHaveLength(source.split('\n').length);
        const outside = code.replaceAll(': async () => ', '');
        expect(outside).not.toMatch(/\basync\b/);
      }),
      {numRuns: 200},
    );
  });
});
