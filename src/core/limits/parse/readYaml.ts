import {Alias, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type ParsedNode} from 'yaml';
import {fail, ok, type Result} from '../../result.ts';
import type {SourceLocation} from '../types.ts';

/**
 * CloudFormation's short-form intrinsic tags and the long form each one stands for.
 * `!GetAtt A.B` is special: its scalar form splits at the first dot.
 */
export const INTRINSIC_TAGS: Readonly<Record<string, string>> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!Sub': 'Fn::Sub',
  '!GetAtt': 'Fn::GetAtt',
  '!Join': 'Fn::Join',
  '!If': 'Fn::If',
  '!Select': 'Fn::Select',
  '!FindInMap': 'Fn::FindInMap',
  '!ImportValue': 'Fn::ImportValue',
  '!Split': 'Fn::Split',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!GetAZs': 'Fn::GetAZs',
  '!Equals': 'Fn::Equals',
  '!And': 'Fn::And',
  '!Or': 'Fn::Or',
  '!Not': 'Fn::Not',
  '!Transform': 'Fn::Transform',
  '!ToJsonString': 'Fn::ToJsonString',
  '!Length': 'Fn::Length',
};

/** Every intrinsic tag as a scalar, sequence and mapping tag, so the yaml package accepts them. */
const CUSTOM_TAGS = Object.keys(INTRINSIC_TAGS).flatMap((tag) => [
  {tag, resolve: (value: string) => value},
  {tag, collection: 'seq' as const, resolve: (value: unknown) => value},
  {tag, collection: 'map' as const, resolve: (value: unknown) => value},
]);

/** A YAML or JSON document turned into plain values, with the position of every mapping key. */
export interface YamlValue {
  readonly value: unknown;
  /** Position of `key` inside `container` (a plain object or array built by readYaml), or of the container itself. */
  locate(container: unknown, key?: string | number): SourceLocation | undefined;
  /** The input's lines (for comments such as `# lambda-lab: ignore …`), when known. */
  readonly lines?: readonly string[];
}

/**
 * Rule ids from a `# lambda-lab: ignore rule-a, rule-b` comment on `line` (1-based) or on the
 * comment lines directly above it, as linters allow.
 */
export function ignoreComment(lines: readonly string[] | undefined, line: number): string[] {
  if (!lines) return [];
  const ids: string[] = [];
  const read = (text: string | undefined) => {
    const match = /#\s*lambda-lab:\s*ignore\s*[:=]?\s*\[?([\w.*,\s-]+)\]?/.exec(text ?? '');
    if (match) ids.push(...match[1]!.split(/[\s,]+/).filter(Boolean));
  };
  read(lines[line - 1]);
  for (let index = line - 2; index >= 0 && /^\s*#/.test(lines[index] ?? ''); index -= 1) read(lines[index]);
  return ids;
}

/** "Line 3, column 5: …", the form every parse error takes. */
export function at(location: SourceLocation | undefined, message: string): string {
  return location ? `Line ${location.line}, column ${location.column}: ${message}` : message;
}

/**
 * Parses YAML (or JSON, which YAML 1.2 contains) with CloudFormation's intrinsic tags.
 * Syntax errors come back as one sentence with the line and column.
 */
export function readYaml(text: string): Result<YamlValue> {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {lineCounter, customTags: CUSTOM_TAGS, uniqueKeys: true, prettyErrors: false});
  } catch (error) {
    return fail(`The input could not be read as YAML or JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const error = doc.errors[0];
  if (error) {
    const start = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
    const message = error.message.split(' at line ')[0]!.split('\n')[0]!.replace(/:$/, '');
    return fail(at({line: start.line, column: start.col}, `${message} (YAML syntax).`));
  }
  const positions = new WeakMap<object, Map<string | number, SourceLocation>>();
  const own = new WeakMap<object, SourceLocation>();
  const position = (node: Node | null | undefined): SourceLocation | undefined => {
    const offset = node?.range?.[0];
    if (offset === undefined) return undefined;
    const {line, col} = lineCounter.linePos(offset);
    return {line, column: col};
  };

  // Aliases are expanded, so a few lines can stand for millions of nodes ("billion laughs"): cap it.
  let budget = 200_000;
  const convert = (node: unknown, depth: number): unknown => {
    budget -= 1;
    if (depth > 200 || budget < 0) return null;
    if (node === null || node === undefined) return null;
    if (isAlias(node)) return convert((node as Alias).resolve(doc), depth + 1);
    const tag = (node as {tag?: string}).tag;
    const fn = tag ? INTRINSIC_TAGS[tag] : undefined;
    let value: unknown;
    if (isScalar(node)) {
      value = node.value;
      if (fn === 'Fn::GetAtt' && typeof value === 'string') {
        const dot = value.indexOf('.');
        value = dot > 0 ? [value.slice(0, dot), value.slice(dot + 1)] : [value];
      }
    } else if (isSeq(node)) {
      const list: unknown[] = [];
      const keys = new Map<string | number, SourceLocation>();
      node.items.forEach((item, index) => {
        list.push(convert(item, depth + 1));
        const location = position(item as Node);
        if (location) keys.set(index, location);
      });
      positions.set(list, keys);
      const location = position(node);
      if (location) own.set(list, location);
      value = list;
    } else if (isMap(node)) {
      const object: Record<string, unknown> = {};
      const keys = new Map<string | number, SourceLocation>();
      const merged: unknown[] = [];
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as ParsedNode | null;
        // YAML merge key `<<: *defaults` (or a list of aliases): merged after, explicit keys win.
        if (isScalar(keyNode) && keyNode.value === '<<' && keyNode.type === 'PLAIN') {
          const value = convert(pair.value, depth + 1);
          merged.push(...(Array.isArray(value) ? value : [value]));
          continue;
        }
        const key = isScalar(keyNode) ? String(keyNode.value) : String(convert(keyNode, depth + 1));
        object[key] = convert(pair.value, depth + 1);
        const location = position(keyNode);
        if (location) keys.set(key, location);
      }
      for (const source of merged) {
        if (typeof source !== 'object' || source === null || Array.isArray(source)) continue;
        const sourceKeys = positions.get(source);
        for (const [key, value] of Object.entries(source)) {
          if (key in object) continue;
          object[key] = value;
          const location = sourceKeys?.get(key);
          if (location) keys.set(key, location);
        }
      }
      positions.set(object, keys);
      const location = position(node);
      if (location) own.set(object, location);
      value = object;
    } else {
      value = null;
    }
    if (!fn) return value;
    const wrapped = {[fn]: value};
    const location = position(node as Node);
    if (location) own.set(wrapped, location);
    return wrapped;
  };

  const value = convert(doc.contents, 0);
  if (budget < 0) return fail('The input expands to too many values (deeply nested or repeated aliases); Lambda Lab reads up to 200,000.');
  return ok({
    value,
    lines: text.split(/\r?\n/),
    locate(container, key) {
      if (typeof container !== 'object' || container === null) return undefined;
      if (key === undefined) return own.get(container);
      return positions.get(container)?.get(key) ?? own.get(container);
    },
  });
}
