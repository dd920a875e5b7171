import {isUnresolved} from '../types.ts';
import {describeIntrinsic} from './resolveIntrinsics.ts';

/**
 * `Fn::ForEach` from the AWS::LanguageExtensions transform, expanded the way CloudFormation does:
 *
 *   Fn::ForEach::Topics: [TopicName, [Orders, Refunds], {'Queue${TopicName}': {Type: …, Properties: …}}]
 *
 * becomes QueueOrders and QueueRefunds. In keys `${Id}` is the value and `&{Id}` the value with
 * non-alphanumeric characters removed; in the fragment `Ref: Id` and `${Id}` inside strings are the
 * value. Loops nest. A collection that cannot be resolved (a parameter without a default) is
 * expanded once with the placeholder `<Id>`, and its resources are listed in `unresolved`.
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-foreach.html
 */
export interface ForEachExpansion {
  readonly resources: Record<string, unknown>;
  /** Logical id → why its values are placeholders. */
  readonly unresolved: ReadonlyMap<string, string>;
  /** Each expanded object → the template object it was copied from (for line numbers). */
  readonly origin: WeakMap<object, object>;
  /** Expanded logical id → the `Fn::ForEach::…` key it came from. */
  readonly loopKey: ReadonlyMap<string, string>;
}

const PREFIX = 'Fn::ForEach::';

export function hasForEach(resources: Readonly<Record<string, unknown>>): boolean {
  return Object.keys(resources).some((key) => key.startsWith(PREFIX));
}

export function expandForEach(resources: Readonly<Record<string, unknown>>, resolve: (value: unknown) => unknown): ForEachExpansion {
  const out: Record<string, unknown> = {};
  const unresolved = new Map<string, string>();
  const origin = new WeakMap<object, object>();
  const loopKey = new Map<string, string>();
  const expand = (entries: Readonly<Record<string, unknown>>, bindings: ReadonlyMap<string, string>, why: string | undefined, outerKey: string | undefined, depth: number) => {
    for (const [key, value] of Object.entries(entries)) {
      if (!key.startsWith(PREFIX) || depth > 5) {
        const id = substituteKey(key, bindings);
        out[id] = substitute(value, bindings, origin);
        if (why) unresolved.set(id, why);
        if (outerKey) loopKey.set(id, outerKey);
        continue;
      }
      if (!Array.isArray(value) || value.length !== 3 || typeof value[0] !== 'string' || typeof value[2] !== 'object' || value[2] === null) continue;
      const [identifier, collection, fragment] = value as [string, unknown, Record<string, unknown>];
      const resolved = resolve(substitute(collection, bindings, origin));
      const list = typeof resolved === 'string' ? resolved.split(',').map((item) => item.trim()) : Array.isArray(resolved) && resolved.every((item) => typeof item === 'string' || typeof item === 'number') ? resolved.map(String) : undefined;
      if (list) {
        for (const item of list) expand(fragment, new Map([...bindings, [identifier, item]]), why, outerKey ?? key, depth + 1);
      } else {
        const shown = isUnresolved(resolved) ? resolved.unresolved : describeIntrinsic(collection);
        expand(fragment, new Map([...bindings, [identifier, `<${identifier}>`]]), `the ${key} collection is ${shown}, which could not be resolved, so this resource was checked once with <${identifier}> as a placeholder`, outerKey ?? key, depth + 1);
      }
    }
  };
  expand(resources, new Map(), undefined, undefined, 0);
  return {resources: out, unresolved, origin, loopKey};
}

function substituteKey(key: string, bindings: ReadonlyMap<string, string>): string {
  let result = key;
  for (const [id, value] of bindings) {
    result = result.split(`\${${id}}`).join(value).split(`&{${id}}`).join(value.replace(/[^A-Za-z0-9]/g, ''));
  }
  return result;
}

function substitute(value: unknown, bindings: ReadonlyMap<string, string>, origin: WeakMap<object, object>): unknown {
  if (bindings.size === 0) return value;
  if (typeof value === 'string') return substituteKey(value, bindings);
  if (Array.isArray(value)) {
    const list = value.map((item) => substitute(item, bindings, origin));
    origin.set(list, value);
    return list;
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 1 && keys[0] === 'Ref' && typeof record['Ref'] === 'string' && bindings.has(record['Ref'])) return bindings.get(record['Ref']);
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(record)) copy[substituteKey(key, bindings)] = substitute(item, bindings, origin);
    origin.set(copy, value);
    return copy;
  }
  return value;
}
