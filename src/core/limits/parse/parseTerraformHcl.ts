import {fail, ok, type Result} from '../../result.ts';
import type {FunctionConfig, SourceLocation, Unresolved} from '../types.ts';
import {isUnresolved} from '../types.ts';
import {record, terraformFunctions, type Json, type TerraformResource} from './terraformModel.ts';

/**
 * Terraform .tf files (one module: every .tf file of a directory), already turned into JSON by an
 * HCL parser (hcl2-parser, loaded lazily by loadHcl.ts, so core stays free of it). Literal values
 * are read, and `local.x` when the local is a literal. `var.x` stays unresolved (its note names the
 * default), because a caller or a .tfvars file may set another value: a module's defaults are often
 * placeholders ("" or -1). Other expressions (module outputs, functions, resource attributes, data
 * sources) stay unresolved too: a note, never an error.
 * The JSON has no positions, so each resource's line is found in its file's text.
 */
export interface TerraformFile {
  readonly path: string;
  readonly text: string;
  /** The HCL parser's JSON for this file. */
  readonly json: unknown;
}

/** A function and the .tf file it is defined in. */
export interface TerraformFunction {
  readonly file: string;
  readonly fn: FunctionConfig;
}

/** True for text that looks like Terraform HCL rather than YAML/JSON: a resource, provider, variable or terraform block. */
export function looksLikeTerraformHcl(text: string): boolean {
  return /^\s*(resource|provider|variable|module|terraform|locals|data|output)\s+("[^"\n]*"\s*)*\{/m.test(text) && !/^\s*[{[]/.test(text);
}

/** `resource "aws_lambda_function" "api" {` → its 1-based line and column. */
function locateBlock(text: string, type: string, name: string): SourceLocation | undefined {
  const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^([ \\t]*)resource\\s+"${escape(type)}"\\s+"${escape(name)}"`, 'm').exec(text);
  if (!match) return undefined;
  return {line: text.slice(0, match.index).split('\n').length, column: match[1]!.length + 1};
}

/** Resource addresses an expression refers to: aws_sqs_queue.jobs.arn (data sources and module outputs are not resources here). */
function referencesIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    for (const expression of value.matchAll(/\$\{([^}]*)\}/g)) {
      for (const ref of expression[1]!.matchAll(/(?<![\w.])(aws_[a-z0-9_]+\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?(?:\.[A-Za-z0-9_]+)*)/g)) out.push(ref[1]!.replace(/\[[^\]]*\]/, ''));
    }
  } else if (Array.isArray(value)) {
    for (const item of value) referencesIn(item, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) referencesIn(item, out);
  }
  return out;
}

type Scope = {readonly variables: ReadonlyMap<string, unknown>; readonly locals: ReadonlyMap<string, unknown>};

const isLiteral = (value: unknown): boolean => (typeof value === 'string' ? !value.includes('${') : typeof value === 'number' || typeof value === 'boolean' || (Array.isArray(value) ? value.every(isLiteral) : typeof value === 'object' && value !== null ? Object.values(value).every(isLiteral) : false));

/** A whole-value `${var.x}` / `${local.x}` with a literal value; interpolation into a string when every part is known; else unresolved. */
function evaluate(value: unknown, scope: Scope): unknown {
  if (typeof value === 'string') {
    if (!value.includes('${')) return value;
    const lookup = (expression: string): unknown => {
      const name = /^\s*local\.([A-Za-z0-9_-]+)\s*$/.exec(expression);
      const found = name ? scope.locals.get(name[1]!) : undefined;
      return found !== undefined && isLiteral(found) ? found : undefined;
    };
    const whole = /^\$\{([^}]*)\}$/.exec(value);
    if (whole) {
      const variable = /^\s*var\.([A-Za-z0-9_-]+)\s*$/.exec(whole[1]!);
      const fallback = variable ? scope.variables.get(variable[1]!) : undefined;
      const note = fallback !== undefined && isLiteral(fallback) ? ` (default ${JSON.stringify(fallback)}, unless a caller or .tfvars sets it)` : '';
      return lookup(whole[1]!) ?? ({unresolved: whole[1]!.trim() + note} satisfies Unresolved);
    }
    let unknown = false;
    const joined = value.replace(/\$\{([^}]*)\}/g, (_, expression: string) => {
      const found = lookup(expression);
      if (found === undefined || typeof found === 'object') unknown = true;
      return String(found);
    });
    return unknown ? ({unresolved: value.replace(/^\$\{([^}]*)\}$/, '$1')} satisfies Unresolved) : joined;
  }
  if (Array.isArray(value)) return value.map((item) => evaluate(item, scope));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, evaluate(item, scope)]));
  return value;
}

/** hcl2json gives each block as a list of bodies (one per repeated block). */
function bodies(value: unknown): Json[] {
  return (Array.isArray(value) ? value : [value]).map(record).filter((body): body is Json => !!body);
}

/** Reads the functions of one Terraform module (its .tf files). */
export function parseTerraformHcl(files: readonly TerraformFile[]): Result<TerraformFunction[]> {
  const variables = new Map<string, unknown>();
  const locals = new Map<string, unknown>();
  for (const file of files) {
    const root = record(file.json);
    if (!root) return fail(`${file.path}: the HCL parser gave no configuration.`);
    for (const [name, definitions] of Object.entries(record(root['variable']) ?? {})) {
      const body = bodies(definitions)[0];
      if (body && 'default' in body) variables.set(name, body['default']);
    }
    for (const body of bodies(root['locals'])) for (const [name, value] of Object.entries(body)) locals.set(name, value);
  }
  const scope: Scope = {variables, locals};
  const resources: TerraformResource[] = [];
  const fileOf = new Map<string, string>();
  for (const file of files) {
    const root = record(file.json)!;
    for (const [type, named] of Object.entries(record(root['resource']) ?? {})) {
      for (const [name, definitions] of Object.entries(record(named) ?? {})) {
        const body = bodies(definitions)[0] ?? {};
        const address = `${type}.${name}`;
        const refs = new Map(Object.entries(body).map(([attribute, value]) => [attribute, referencesIn(value)] as const));
        const values = evaluate(body, scope) as Json;
        const repeated = 'count' in body ? `count = ${describe(values['count'])}` : 'for_each' in body ? 'for_each' : undefined;
        const location = locateBlock(file.text, type, name);
        resources.push({address, type, values, refs, ...(location ? {location} : {}), ...(repeated ? {repeated} : {})});
        fileOf.set(address, file.path);
      }
    }
  }
  return ok(terraformFunctions(resources).map((fn) => ({file: fileOf.get(fn.name) ?? files[0]?.path ?? '', fn})));
}

function describe(value: unknown): string {
  return isUnresolved(value) ? value.unresolved : JSON.stringify(value);
}
