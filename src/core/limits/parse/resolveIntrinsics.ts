import type {Unresolved} from '../types.ts';
import {isUnresolved} from '../types.ts';

/** Returned for `!Ref AWS::NoValue`: the property is treated as absent. */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');

/** What a template offers for resolving intrinsics. */
export interface TemplateScope {
  /** Parameter defaults (parameters without a Default are absent). */
  readonly parameters: Readonly<Record<string, unknown>>;
  readonly mappings: Readonly<Record<string, unknown>>;
  readonly conditions: Readonly<Record<string, unknown>>;
  /** Logical ids of the template's resources (a `!Ref` to one is a name or ARN, unknown here). */
  readonly resources: ReadonlySet<string>;
  /** The Region, when the caller knows it. */
  readonly region?: string;
}

const INTRINSIC_KEYS = new Set(['Ref', 'Condition', 'Fn::Sub', 'Fn::GetAtt', 'Fn::Join', 'Fn::If', 'Fn::Select', 'Fn::FindInMap', 'Fn::ImportValue', 'Fn::Split', 'Fn::Base64', 'Fn::Cidr', 'Fn::GetAZs', 'Fn::Equals', 'Fn::And', 'Fn::Or', 'Fn::Not', 'Fn::Transform', 'Fn::ToJsonString', 'Fn::Length']);

/** The intrinsic function name when `value` is a one-key intrinsic object. */
export function intrinsicName(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  return keys.length === 1 && INTRINSIC_KEYS.has(keys[0]!) ? keys[0] : undefined;
}

/** Short form of an intrinsic for messages: "!Ref MemorySize", "!GetAtt Queue.Arn". */
export function describeIntrinsic(value: unknown): string {
  const name = intrinsicName(value);
  if (!name) return JSON.stringify(value) ?? String(value);
  const argument = (value as Record<string, unknown>)[name];
  const tag = `!${name.replace('Fn::', '')}`;
  if (name === 'Fn::GetAtt' && Array.isArray(argument)) return `${tag} ${argument.map((part) => (typeof part === 'string' ? part : describeIntrinsic(part))).join('.')}`;
  if (typeof argument === 'string' || typeof argument === 'number') return `${tag} ${argument}`;
  const text = JSON.stringify(argument) ?? '';
  return `${tag} ${text.length > 60 ? `${text.slice(0, 57)}…` : text}`;
}

const unresolved = (value: unknown, why?: string): Unresolved => ({unresolved: why ? `${describeIntrinsic(value)} (${why})` : describeIntrinsic(value)});

/**
 * Resolves CloudFormation intrinsics as far as the template alone allows: parameter defaults,
 * mappings, conditions, `!Sub` over known values, `!Join`, `!Select`, `!Split`, `!If`.
 * Anything that depends on deployment (`!ImportValue`, `!GetAtt`, resource refs, pseudo
 * parameters other than a given Region) comes back as `Unresolved`, never as a guess.
 */
export function resolveIntrinsics(value: unknown, scope: TemplateScope, depth = 0): unknown {
  if (depth > 50) return unresolved(value, 'nested too deeply');
  const name = intrinsicName(value);
  if (!name) {
    if (Array.isArray(value)) {
      const items = value.map((item) => resolveIntrinsics(item, scope, depth + 1)).filter((item) => item !== NO_VALUE);
      return items;
    }
    if (typeof value === 'object' && value !== null) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const resolved = resolveIntrinsics(item, scope, depth + 1);
        if (resolved !== NO_VALUE) out[key] = resolved;
      }
      return out;
    }
    return value;
  }
  const argument = (value as Record<string, unknown>)[name];
  const recurse = (item: unknown) => resolveIntrinsics(item, scope, depth + 1);
  switch (name) {
    case 'Ref': {
      if (typeof argument !== 'string') return unresolved(value, 'Ref needs a name');
      if (argument === 'AWS::NoValue') return NO_VALUE;
      if (argument === 'AWS::Region') return scope.region ?? unresolved(value);
      if (argument in scope.parameters) return scope.parameters[argument];
      return unresolved(value, scope.resources.has(argument) ? undefined : argument.startsWith('AWS::') ? undefined : 'no default');
    }
    case 'Fn::Sub': {
      const [template, variables] = Array.isArray(argument) ? [argument[0], argument[1]] : [argument, undefined];
      if (typeof template !== 'string') return unresolved(value);
      const locals = typeof variables === 'object' && variables !== null ? (variables as Record<string, unknown>) : {};
      let failed = false;
      const text = template.replace(/\$\{([^}!]+)\}/g, (_match, key: string) => {
        const resolved = key in locals ? recurse(locals[key]) : recurse({Ref: key});
        if (typeof resolved === 'string' || typeof resolved === 'number' || typeof resolved === 'boolean') return String(resolved);
        failed = true;
        return '';
      });
      return failed ? unresolved(value) : text.replace(/\$\{!/g, '${');
    }
    case 'Fn::Join': {
      if (!Array.isArray(argument) || typeof argument[0] !== 'string') return unresolved(value);
      const list = recurse(argument[1]);
      if (!Array.isArray(list) || list.some((item) => isUnresolved(item) || typeof item === 'object')) return unresolved(value);
      return list.join(argument[0]);
    }
    case 'Fn::Select': {
      if (!Array.isArray(argument)) return unresolved(value);
      const index = Number(recurse(argument[0]));
      const list = recurse(argument[1]);
      if (!Array.isArray(list) || !Number.isInteger(index) || index < 0 || index >= list.length) return unresolved(value);
      return list[index];
    }
    case 'Fn::Split': {
      if (!Array.isArray(argument) || typeof argument[0] !== 'string') return unresolved(value);
      const text = recurse(argument[1]);
      return typeof text === 'string' ? text.split(argument[0]) : unresolved(value);
    }
    case 'Fn::FindInMap': {
      if (!Array.isArray(argument) || argument.length < 3) return unresolved(value);
      const [mapName, top, second] = argument.slice(0, 3).map(recurse);
      if (typeof mapName !== 'string' || typeof top !== 'string' || typeof second !== 'string') return unresolved(value);
      const entry = (scope.mappings[mapName] as Record<string, Record<string, unknown>> | undefined)?.[top]?.[second];
      return entry === undefined ? unresolved(value, 'not in Mappings') : recurse(entry);
    }
    case 'Fn::If': {
      if (!Array.isArray(argument) || argument.length !== 3 || typeof argument[0] !== 'string') return unresolved(value);
      const condition = evaluateCondition(argument[0], scope, depth + 1);
      if (condition === undefined) return unresolved(value, `condition ${argument[0]} depends on deployment`);
      return recurse(condition ? argument[1] : argument[2]);
    }
    case 'Condition':
    case 'Fn::Equals':
    case 'Fn::And':
    case 'Fn::Or':
    case 'Fn::Not': {
      const result = evaluateExpression(value, scope, depth + 1);
      return result === undefined ? unresolved(value) : result;
    }
    default:
      // !GetAtt, !ImportValue, !Base64, !Cidr, !GetAZs, !Transform …: only known at deploy time.
      return unresolved(value);
  }
}

/** A named condition's truth, or undefined when it depends on values only known at deploy time. */
export function evaluateCondition(name: string, scope: TemplateScope, depth = 0): boolean | undefined {
  if (!(name in scope.conditions) || depth > 50) return undefined;
  return evaluateExpression(scope.conditions[name], scope, depth + 1);
}

function evaluateExpression(expression: unknown, scope: TemplateScope, depth: number): boolean | undefined {
  if (typeof expression === 'boolean') return expression;
  const name = intrinsicName(expression);
  const argument = name ? (expression as Record<string, unknown>)[name] : undefined;
  if (depth > 50) return undefined;
  switch (name) {
    case 'Condition':
      return typeof argument === 'string' ? evaluateCondition(argument, scope, depth + 1) : undefined;
    case 'Fn::Equals': {
      if (!Array.isArray(argument) || argument.length !== 2) return undefined;
      const [left, right] = argument.map((item) => resolveIntrinsics(item, scope, depth + 1));
      if (isUnresolved(left) || isUnresolved(right) || typeof left === 'object' || typeof right === 'object') return undefined;
      return String(left) === String(right);
    }
    case 'Fn::Not': {
      const inner = Array.isArray(argument) ? evaluateExpression(argument[0], scope, depth + 1) : undefined;
      return inner === undefined ? undefined : !inner;
    }
    case 'Fn::And':
    case 'Fn::Or': {
      if (!Array.isArray(argument)) return undefined;
      const values = argument.map((item) => evaluateExpression(item, scope, depth + 1));
      if (name === 'Fn::And') return values.includes(false) ? false : values.includes(undefined) ? undefined : true;
      return values.includes(true) ? true : values.includes(undefined) ? undefined : false;
    }
    default:
      return undefined;
  }
}

/** The logical id a raw (unresolved) value points at: `!Ref X`, `!GetAtt X.Arn`, `!Sub ${X.Arn}`. */
export function referencedResource(value: unknown): string | undefined {
  const name = intrinsicName(value);
  const argument = name ? (value as Record<string, unknown>)[name] : undefined;
  if (name === 'Ref' && typeof argument === 'string') return argument.split('.')[0];
  if (name === 'Fn::GetAtt' && Array.isArray(argument) && typeof argument[0] === 'string') return argument[0];
  if (name === 'Fn::Sub') {
    const template = Array.isArray(argument) ? argument[0] : argument;
    const match = typeof template === 'string' ? /\$\{([A-Za-z0-9]+)(?:\.[A-Za-z.]+)?\}/.exec(template) : null;
    return match?.[1];
  }
  return undefined;
}
