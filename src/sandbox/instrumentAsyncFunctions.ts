/**
 * Rewrites every async function of the handler's source so the promise it returns is one the
 * in-VM bootstrap can watch. QuickJS gives the host no promise-rejection tracker and creates an
 * async function's promise internally, so without this an un-awaited `sendMetric()` that throws
 * would be invisible; Node reports it as an unhandled rejection and the Lambda runtime crashes.
 *
 *   async function f(a) { BODY }  →  function f(a) { return __lambdaLabAsync({"f": async () => { BODY }}["f"]()); }
 *   async (x) => EXPR             →  (x) => __lambdaLabAsync({"": async () => (EXPR)}[""]())
 *
 * The inner arrow keeps `this`, `arguments`, `super` and `new.target` of the original function,
 * and the object-literal key gives it the original name, so stack traces still say `at f`.
 * Nothing is inserted across lines, so line numbers in stack traces do not move (columns on a
 * line that holds inserted text do). The wrapper's own call shows up as a second frame with the
 * function's name; `wrapperCalls` lists where, so the bootstrap can drop those frames. Source
 * that does not parse is returned unchanged: QuickJS then reports the syntax error itself.
 * The same pass also applies unmapArguments.ts (an engine bug workaround) to sloppy functions.
 */
import {parse, type Node, type Options} from 'acorn';
import type {ModuleFormat} from './detectModuleFormat.ts';
import {unmapArgumentsInsertions, type Punctuation} from './unmapArguments.ts';

/** The bootstrap's global that turns an async function's native promise into a watched one. */
export const ASYNC_WRAPPER = '__lambdaLabAsync';

/** Columns (1-based, inclusive) on one line of the output where a wrapper calls its function. */
export interface WrapperCall {
  readonly line: number;
  readonly fromColumn: number;
  readonly toColumn: number;
}

export interface InstrumentedSource {
  readonly code: string;
  readonly wrapperCalls: readonly WrapperCall[];
}

interface Insertion {
  readonly at: number;
  /** True for the text that ends with the wrapper's call. */
  readonly call?: boolean;
  /** Text to insert, or undefined to blank out the `async` keyword that starts here. */
  readonly text: string | undefined;
  /**
   * Order among insertions at one offset: closing text first (innermost function first), then
   * opening text (outermost first), then the keyword.
   */
  readonly order: number;
}

const MAX_DEPTH = 1_000_000;

type AnyNode = Node & Record<string, unknown>;

function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && typeof (value as {type?: unknown}).type === 'string';
}

/** Visits every node with its parent, whatever the node types (robust to new syntax). */
function visit(node: AnyNode, parent: AnyNode | undefined, depth: number, fn: (node: AnyNode, parent: AnyNode | undefined, depth: number) => void): void {
  fn(node, parent, depth);
  for (const key of Object.keys(node)) {
    if (key === 'type' || key === 'start' || key === 'end' || key === 'loc' || key === 'range') continue;
    const value = node[key];
    if (Array.isArray(value)) {
      for (const child of value) if (isNode(child)) visit(child, node, depth + 1, fn);
    } else if (isNode(value)) {
      visit(value, node, depth + 1, fn);
    }
  }
}

function keyName(key: unknown, computed: unknown): string {
  if (computed || !isNode(key)) return '';
  if (key.type === 'Identifier') return String(key.name);
  if (key.type === 'PrivateIdentifier') return `#${String(key.name)}`;
  if (key.type === 'Literal') return String(key.value);
  return '';
}

/** The name the engine would give the function (for stack traces). */
function inferredName(fn: AnyNode, parent: AnyNode | undefined): string {
  if (isNode(fn.id) && fn.id.type === 'Identifier') return String(fn.id.name);
  if (!parent) return '';
  switch (parent.type) {
    case 'VariableDeclarator':
      return parent.init === fn && isNode(parent.id) && parent.id.type === 'Identifier' ? String(parent.id.name) : '';
    case 'AssignmentExpression':
    case 'AssignmentPattern':
      return parent.right === fn && isNode(parent.left) && parent.left.type === 'Identifier' ? String(parent.left.name) : '';
    case 'Property':
    case 'PropertyDefinition':
    case 'MethodDefinition':
      return parent.value === fn ? keyName(parent.key, parent.computed) : '';
    case 'ExportDefaultDeclaration':
      return 'default';
    default:
      return '';
  }
}

/** Where the `async` keyword of this function is. */
function asyncKeywordAt(fn: AnyNode, parent: AnyNode | undefined, asyncTokens: readonly number[], source: string): number | undefined {
  const isMethod = parent && (parent.type === 'MethodDefinition' || (parent.type === 'Property' && (parent.method === true))) && parent.value === fn;
  if (!isMethod) return source.startsWith('async', fn.start) ? fn.start : undefined;
  // In a method the keyword comes before the key: `static async [name]() {}`.
  const keyStart = isNode(parent.key) ? parent.key.start : fn.start;
  let found: number | undefined;
  for (const at of asyncTokens) if (at >= parent.start && at < keyStart) found = at;
  return found;
}

export function instrumentAsyncFunctions(source: string, format: ModuleFormat): InstrumentedSource {
  const asyncTokens: number[] = [];
  const punctuation: Punctuation[] = [];
  const options: Options = {
    ecmaVersion: 'latest',
    sourceType: format === 'esm' ? 'module' : 'script',
    allowHashBang: true,
    allowReturnOutsideFunction: format === 'cjs',
    onToken: (token) => {
      const label = token.type.label;
      if (label === 'name' && token.end - token.start === 5 && source.startsWith('async', token.start)) asyncTokens.push(token.start);
      else if (label === ')' || label === ',') punctuation.push({label, start: token.start});
    },
  };
  let ast: AnyNode;
  try {
    ast = parse(source, options) as unknown as AnyNode;
  } catch {
    return {code: source, wrapperCalls: []};
  }
  const insertions: Insertion[] = [];
  visit(ast, undefined, 0, (node, parent, depth) => {
    const isFunction = node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
    if (!isFunction || node.async !== true || node.generator === true || !isNode(node.body)) return;
    const keyword = asyncKeywordAt(node, parent, asyncTokens, source);
    if (keyword === undefined) return;
    const name = JSON.stringify(inferredName(node, parent));
    const body = node.body;
    const close = -depth;
    const open = MAX_DEPTH + depth;
    insertions.push({at: keyword, text: undefined, order: 2 * MAX_DEPTH + 1});
    if (node.type === 'ArrowFunctionExpression' && node.expression === true) {
      insertions.push({at: body.start, text: `${ASYNC_WRAPPER}({${name}: async () => (`, order: open});
      insertions.push({at: body.end, text: `)}[${name}]())`, order: close, call: true});
    } else if (body.end - body.start === 2) {
      // `{}`: both halves go at one offset, so they go in one piece.
      insertions.push({at: body.start + 1, text: ` return ${ASYNC_WRAPPER}({${name}: async () => {}}[${name}]()); `, order: open, call: true});
    } else {
      insertions.push({at: body.start + 1, text: ` return ${ASYNC_WRAPPER}({${name}: async () => {`, order: open});
      insertions.push({at: body.end - 1, text: `}}[${name}]()); `, order: close, call: true});
    }
  });
  for (const {at, text} of unmapArgumentsInsertions(ast, punctuation, format === 'esm')) insertions.push({at, text, order: 0});
  if (insertions.length === 0) return {code: source, wrapperCalls: []};
  insertions.sort((a, b) => a.at - b.at || a.order - b.order);
  let out = '';
  let cursor = 0;
  // Line number and start offset of the output's last line, kept up to date as text is added.
  let line = 1;
  let lineStart = 0;
  const append = (text: string) => {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = out.length + i + 1;
    }
    out += text;
  };
  const wrapperCalls: WrapperCall[] = [];
  for (const insertion of insertions) {
    append(source.slice(cursor, insertion.at));
    cursor = insertion.at;
    if (insertion.text === undefined) {
      // `async` becomes five spaces, so columns after it on that line stay put.
      append('     ');
      cursor += 'async'.length;
      continue;
    }
    if (insertion.call) {
      // QuickJS may point at the character just before the call's text.
      const column = out.length - lineStart;
      wrapperCalls.push({line, fromColumn: column, toColumn: column + insertion.text.length});
    }
    append(insertion.text);
  }
  append(source.slice(cursor));
  return {code: out, wrapperCalls};
}
