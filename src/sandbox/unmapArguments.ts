/**
 * Works around a quickjs-ng bug: a sloppy-mode function with simple parameters gets a *mapped*
 * `arguments` object, and once enough of those are alive when the garbage collector runs, the
 * engine fails an assertion (`p->ref_count > 0` in gc_decref_child) and traps — so an ordinary
 * CommonJS handler such as `function step(i) { arguments; return {i}; }` called 40,000 times
 * crashed the sandbox. Unmapped `arguments` (strict mode, or a non-simple parameter list) is fine.
 *
 * So every sloppy function that uses its own `arguments` gets a rest parameter it never reads:
 * `function step(i)` → `function step(i, ...__lambdaLabArgs)`. That makes `arguments` unmapped
 * and changes nothing else a handler is likely to notice: `length`, the values in `arguments`
 * and the parameters stay the same; only writes to `arguments[0]` no longer alias `i`.
 */
import type {Node} from 'acorn';

type AnyNode = Node & Record<string, unknown>;

/** Text to insert into the source at an offset. */
export interface ParameterInsertion {
  readonly at: number;
  readonly text: string;
}

/** The punctuation tokens the rule needs to find a parameter list's closing parenthesis. */
export interface Punctuation {
  readonly label: string;
  readonly start: number;
}

const REST = '__lambdaLabArgs';

function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && typeof (value as {type?: unknown}).type === 'string';
}

function children(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) {
      for (const child of value) if (isNode(child)) out.push(child);
    } else if (isNode(value)) {
      out.push(value);
    }
  }
  return out;
}

function hasUseStrict(body: unknown): boolean {
  if (!isNode(body) || !Array.isArray(body.body)) return false;
  for (const statement of body.body as AnyNode[]) {
    if (typeof statement.directive !== 'string') return false;
    if (statement.directive === 'use strict') return true;
  }
  return false;
}

const isPlainFunction = (node: AnyNode) => node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression';

/** Whether the function's own `arguments` is used (arrows see their parent's; functions their own). */
function usesOwnArguments(node: AnyNode): boolean {
  const stack = [...children(node)];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'Identifier' && n.name === 'arguments') return true;
    if (!isPlainFunction(n)) stack.push(...children(n));
  }
  return false;
}

function simpleDistinctParameters(params: unknown): params is AnyNode[] {
  if (!Array.isArray(params) || params.length === 0) return false;
  const names = new Set<string>();
  for (const p of params as AnyNode[]) {
    if (p.type !== 'Identifier' || names.has(String(p.name))) return false;
    names.add(String(p.name));
  }
  return true;
}

/** Index of the first token that starts at or after `offset` (tokens are in source order). */
function firstAtOrAfter(tokens: readonly Punctuation[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Where to add the rest parameter to each sloppy function that uses a mapped `arguments`. */
export function unmapArgumentsInsertions(ast: AnyNode, punctuation: readonly Punctuation[], strictModule: boolean): ParameterInsertion[] {
  const insertions: ParameterInsertion[] = [];
  const walk = (node: AnyNode, strict: boolean, parent: AnyNode | undefined) => {
    let inner = strict || node.type === 'ClassBody' || node.type === 'ClassDeclaration' || node.type === 'ClassExpression';
    if (node.type === 'Program') inner ||= hasUseStrict(node);
    if (isPlainFunction(node)) {
      inner ||= hasUseStrict(node.body);
      const isSetter = parent !== undefined && (parent.kind === 'set' || parent.kind === 'get') && parent.value === node;
      if (!inner && !isSetter && simpleDistinctParameters(node.params) && usesOwnArguments(node)) {
        const last = node.params[node.params.length - 1]!;
        // After the last parameter come at most a trailing comma and the closing parenthesis.
        let i = firstAtOrAfter(punctuation, last.end);
        const trailingComma = punctuation[i]?.label === ',';
        if (trailingComma) i++;
        const close = punctuation[i];
        if (close?.label === ')') insertions.push({at: close.start, text: trailingComma ? ` ...${REST}` : `, ...${REST}`});
      }
    }
    for (const child of children(node)) walk(child, inner, node);
  };
  walk(ast, strictModule, undefined);
  return insertions;
}
