import {SOURCES} from '../../../data/sources.ts';
import type {Field, Finding} from '../types.ts';
import {isUnresolved} from '../types.ts';
import {finding} from '../rules/finding.ts';
import {at, type YamlValue} from './readYaml.ts';
import {NO_VALUE} from './resolveIntrinsics.ts';

/** Reads typed settings out of one mapping, recording wrong types as findings with positions. */
export interface FieldReader {
  /** The resolved value (intrinsics resolved as far as possible), undefined when absent. */
  raw(key: string): unknown;
  number(key: string): Field<number> | undefined;
  string(key: string): Field<string> | undefined;
  boolean(key: string): Field<boolean> | undefined;
  list(key: string): readonly unknown[] | {unresolved: string} | undefined;
  map(key: string): Readonly<Record<string, unknown>> | {unresolved: string} | undefined;
  /** Warns about keys outside `known`, with their positions. */
  unknownKeys(known: ReadonlySet<string>, what: string): void;
}

export interface ReaderContext {
  readonly yaml: YamlValue;
  readonly resolve: (value: unknown) => unknown;
  readonly findings: Finding[];
  /** Documentation page for the format, cited in type findings. */
  readonly source?: string;
}

/** A reader over `container` (a mapping from readYaml). `path` names it in messages ("Resources.Fn.Properties"). */
export function createFieldReader(container: Readonly<Record<string, unknown>>, path: string, context: ReaderContext): FieldReader {
  const source = context.source ?? SOURCES.createFunctionApi;
  const typeError = (key: string, expected: string, got: unknown) => {
    const shown = typeof got === 'string' ? `"${got}"` : JSON.stringify(got);
    context.findings.push(finding('input.type', 'error', at(context.yaml.locate(container, key), `${path}.${key} must be ${expected}, not ${shown}.`), `Write ${key} as ${expected}.`, source, key));
  };
  const raw = (key: string): unknown => {
    if (!(key in container)) return undefined;
    const value = context.resolve(container[key]);
    return value === NO_VALUE || value === null ? undefined : value;
  };
  return {
    raw,
    number(key) {
      const value = raw(key);
      if (value === undefined || isUnresolved(value)) return value as Field<number> | undefined;
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
      typeError(key, 'a number', value);
      return undefined;
    },
    string(key) {
      const value = raw(key);
      if (value === undefined || isUnresolved(value)) return value as Field<string> | undefined;
      if (typeof value === 'string') return value;
      if (typeof value === 'number') return String(value);
      typeError(key, 'a string', value);
      return undefined;
    },
    boolean(key) {
      const value = raw(key);
      if (value === undefined || isUnresolved(value)) return value as Field<boolean> | undefined;
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'false') return value === 'true';
      typeError(key, 'true or false', value);
      return undefined;
    },
    list(key) {
      const value = raw(key);
      if (value === undefined || isUnresolved(value)) return value as {unresolved: string} | undefined;
      if (Array.isArray(value)) return value;
      typeError(key, 'a list', value);
      return undefined;
    },
    map(key) {
      const value = raw(key);
      if (value === undefined || isUnresolved(value)) return value as {unresolved: string} | undefined;
      if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
      typeError(key, 'a mapping', value);
      return undefined;
    },
    unknownKeys(known, what) {
      for (const key of Object.keys(container)) {
        if (known.has(key)) continue;
        const close = [...known].find((candidate) => editDistance(candidate.toLowerCase(), key.toLowerCase()) <= 2);
        context.findings.push(finding('input.unknownKey', 'warning', at(context.yaml.locate(container, key), `${path}.${key} is not a known ${what} property${close ? ` (did you mean ${close}?)` : ''}; it is ignored here and may be rejected on deploy.`), close ? `Rename it to ${close}.` : 'Check the spelling against the resource reference.', source, key));
      }
    },
  };
}

/** Levenshtein distance, for "did you mean" on misspelt keys. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
