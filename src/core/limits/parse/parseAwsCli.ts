import {fail, ok, type Result} from '../../result.ts';
import {finding} from '../rules/finding.ts';
import type {EventSource, Field, Finding, FunctionConfig, SourceLocation, Unresolved} from '../types.ts';
import {at} from './readYaml.ts';

const SOURCE = 'https://docs.aws.amazon.com/cli/latest/reference/lambda/create-function.html';

interface Token {
  readonly text: string;
  readonly offset: number;
  /** True when the token starts a new line that did not end with a backslash. */
  readonly newLine: boolean;
  /** An unquoted shell operator (`|`, `>`, `2>`, `&&`, `;` …): it ends the command. */
  readonly operator?: boolean;
  /** The word expands a shell variable or command (`$FN`, `"${SIZE}"`, `$(…)`): its value is unknown here. */
  readonly variable?: boolean;
}

/** Shell operators that end a simple command: pipes, lists, background, redirections. */
const OPERATOR = /^(?:\d*>&\d*-?|\d*>>?|&>>?|<<?<?|\|\|?|&&?|;)/;

/**
 * Splits shell text into words: single and double quotes, backslash escapes, `\` line
 * continuations, `#` comments. Marks words that begin a new (unescaped) line.
 */
export function tokenizeShell(text: string): Result<Token[]> {
  const tokens: Token[] = [];
  let current = '';
  let start = -1;
  let newLine = true;
  let pendingNewLine = true;
  let quote: '"' | "'" | undefined;
  let quoteStart = 0;
  let variable = false;
  const push = () => {
    if (start >= 0) tokens.push({text: current, offset: start, newLine, ...(variable ? {variable} : {})});
    current = '';
    start = -1;
    variable = false;
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quote) {
      if (char === quote) quote = undefined;
      else if (char === '\\' && quote === '"' && (text[i + 1] === '"' || text[i + 1] === '\\' || text[i + 1] === '$')) current += text[++i];
      else {
        if (char === '$' && quote === '"' && /[A-Za-z_{(]/.test(text[i + 1] ?? '')) variable = true;
        current += char;
      }
      continue;
    }
    if (char === '$' && /[A-Za-z_{(0-9@*#?]/.test(text[i + 1] ?? '')) variable = true;
    if ('|&;<>'.includes(char)) {
      // "2>/dev/null": the file-descriptor digits already read belong to the operator.
      let begin = i;
      if (char === '>' && start >= 0 && /^\d+$/.test(current) && text.slice(start, i) === current) { begin = start; current = ''; start = -1; variable = false; }
      else push();
      const operator = OPERATOR.exec(text.slice(begin))?.[0] ?? char;
      tokens.push({text: operator, offset: begin, newLine: pendingNewLine, operator: true});
      pendingNewLine = false;
      i = begin + operator.length - 1;
      continue;
    }
    if (char === '\\') {
      // "\" + optional spaces + newline continues the command.
      const rest = /^\\[ \t]*\r?\n/.exec(text.slice(i));
      if (rest) { push(); i += rest[0].length - 1; continue; }
      if (start < 0) { start = i; newLine = pendingNewLine; pendingNewLine = false; }
      current += text[++i] ?? '';
      continue;
    }
    if (char === '\n') { push(); pendingNewLine = true; continue; }
    if (char === ' ' || char === '\t' || char === '\r') { push(); continue; }
    if (char === '#' && start < 0) {
      while (i < text.length && text[i] !== '\n') i += 1;
      i -= 1;
      continue;
    }
    if (start < 0) { start = i; newLine = pendingNewLine; pendingNewLine = false; }
    if (char === '"' || char === "'") { quote = char; quoteStart = i; continue; }
    current += char;
  }
  if (quote) return fail(at(locationOf(text, quoteStart), `The ${quote === '"' ? 'double' : 'single'} quote opened here is never closed.`));
  push();
  return ok(tokens);
}

function locationOf(text: string, offset: number): SourceLocation {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return {line, column: offset - before.lastIndexOf('\n')};
}

/** Parses AWS CLI shorthand (`Variables={A=1,B=two}`, `Size=1024`) or JSON into a plain object. */
export function parseShorthand(text: string): Result<Record<string, unknown>> {
  const trimmed = text.trim();
  if (trimmed.startsWith('{') && /^\{\s*"/.test(trimmed)) {
    try {
      const value: unknown = JSON.parse(trimmed);
      return typeof value === 'object' && value !== null && !Array.isArray(value) ? ok(value as Record<string, unknown>) : fail('expected a JSON object');
    } catch (error) {
      return fail(`invalid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  let index = 0;
  let problem: string | undefined;
  const parseValue = (): unknown => {
    if (trimmed[index] === '{') {
      index += 1;
      const object = parseMembers('}');
      if (typeof object === 'string') problem ??= object;
      index += 1;
      return object;
    }
    if (trimmed[index] === '[') {
      index += 1;
      const items: unknown[] = [];
      while (index < trimmed.length && trimmed[index] !== ']') {
        items.push(readScalar(',]'));
        if (trimmed[index] === ',') index += 1;
      }
      index += 1;
      return items;
    }
    return readScalar(closing);
  };
  let closing = ',';
  const readScalar = (stops: string): string => {
    while (trimmed[index] === ' ') index += 1;
    const quote = trimmed[index];
    if (quote === '"' || quote === "'") {
      // A quoted value may contain commas and braces.
      const end = trimmed.indexOf(quote, index + 1);
      const value = trimmed.slice(index + 1, end < 0 ? undefined : end);
      index = end < 0 ? trimmed.length : end + 1;
      return value;
    }
    let value = '';
    while (index < trimmed.length && !stops.includes(trimmed[index]!)) value += trimmed[index++];
    return value.trim();
  };
  const parseMembers = (end: string | undefined): Record<string, unknown> | string => {
    const object: Record<string, unknown> = {};
    const previous = closing;
    closing = end ? `,${end}` : ',';
    while (index < trimmed.length && trimmed[index] !== end) {
      const key = readScalar(`=${end ?? ''}`);
      if (trimmed[index] !== '=') {
        closing = previous;
        return `"${key}" has no "=value"`;
      }
      index += 1;
      object[key] = parseValue();
      if (trimmed[index] === ',') index += 1;
    }
    if (end && trimmed[index] !== end) {
      closing = previous;
      return `missing "${end}"`;
    }
    closing = previous;
    return object;
  };
  const result = parseMembers(undefined);
  if (typeof result === 'string') return fail(result);
  return problem ? fail(problem) : ok(result);
}

type MutableConfig = {-readonly [K in keyof FunctionConfig]: FunctionConfig[K]};

const CREATE_OPTIONS = new Set(['function-name', 'runtime', 'role', 'handler', 'code', 'zip-file', 'description', 'timeout', 'memory-size', 'publish', 'no-publish', 'vpc-config', 'package-type', 'dead-letter-config', 'environment', 'kms-key-arn', 'tracing-config', 'tags', 'layers', 'file-system-configs', 'image-config', 'code-signing-config-arn', 'architectures', 'ephemeral-storage', 'snap-start', 'logging-config', 'revision-id', 'region', 'profile', 'output', 'cli-binary-format', 'endpoint-url', 'query', 'no-cli-pager', 'debug', 'cli-input-json', 'cli-input-yaml', 'capacity-provider-config', 'durable-config', 'tenancy-config', 'publish-to']);

/** True when the text contains an `aws lambda` command. */
export function looksLikeAwsCli(text: string): boolean {
  return /(^|\n|;|&&)\s*aws\s+lambda\s+[a-z-]+/.test(text);
}

/**
 * Reads `aws lambda create-function`, `update-function-configuration`, `put-function-concurrency`,
 * `put-provisioned-concurrency-config` and `create-event-source-mapping` commands; commands for the
 * same function name are merged in order. Other commands are ignored.
 */
export function parseAwsCli(text: string): Result<FunctionConfig[]> {
  const tokenized = tokenizeShell(text);
  if (!tokenized.ok) return tokenized;
  const tokens = tokenized.value;
  const commands: Token[][] = [];
  let current: Token[] | undefined;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (token.text === 'aws' && tokens[i + 1]?.text === 'lambda') {
      current = [token];
      commands.push(current);
      continue;
    }
    // A new line that does not start with an option ends the command (a missing "\" is forgiven for --options).
    if (current && token.newLine && !token.text.startsWith('--')) current = undefined;
    // Pipes, redirections and command lists end the command: `… >/dev/null`, `… | jq`, `… && echo`.
    if (token.operator) { current = undefined; continue; }
    current?.push(token);
  }
  if (commands.length === 0) return fail('No "aws lambda …" command was found.');
  const byName = new Map<string, MutableConfig>();
  const created = new Set<string>();
  for (const command of commands) {
    const sub = command[2]?.text;
    if (!sub || !['create-function', 'update-function-configuration', 'put-function-concurrency', 'put-provisioned-concurrency-config', 'create-event-source-mapping'].includes(sub)) continue;
    const findings: Finding[] = [];
    const options = new Map<string, {values: string[]; token: Token; variable: boolean}>();
    for (let i = 3; i < command.length; i += 1) {
      const token = command[i]!;
      if (!token.text.startsWith('--')) {
        findings.push(finding('input.unknownKey', 'warning', at(locationOf(text, token.offset), `"${token.text}" is not an option of aws lambda ${sub}; it is ignored.`), 'Check for a missing "--" or a missing quote.', SOURCE));
        continue;
      }
      const [rawName, inline] = token.text.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      const values: string[] = inline !== undefined ? [inline] : [];
      let variable = inline !== undefined && !!token.variable;
      while (inline === undefined && i + 1 < command.length && !command[i + 1]!.text.startsWith('--')) {
        const next = command[++i]!;
        values.push(next.text);
        variable ||= !!next.variable;
      }
      options.set(rawName, {values, token, variable});
      if (sub === 'create-function' || sub === 'update-function-configuration') {
        if (!CREATE_OPTIONS.has(rawName)) findings.push(finding('input.unknownKey', 'warning', at(locationOf(text, token.offset), `--${rawName} is not an option of aws lambda ${sub}; the CLI will reject the command.`), 'Check the spelling (aws lambda create-function help).', SOURCE));
      }
    }
    const where = (name: string) => locationOf(text, options.get(name)?.token.offset ?? command[0]!.offset);
    const value = (name: string) => options.get(name)?.values[0];
    // A shell variable ("$SIZE", "${FN}") is only known when the script runs: unresolved, never an error.
    const shellVariable = (name: string): Unresolved | undefined => (options.get(name)?.variable ? {unresolved: `${options.get(name)!.values.join(' ')} (a shell variable)`} : undefined);
    const textOf = (name: string): Field<string> | undefined => shellVariable(name) ?? value(name);
    const number = (name: string): Field<number> | undefined => {
      const raw = value(name);
      if (raw === undefined) return undefined;
      const unknown = shellVariable(name);
      if (unknown) return unknown;
      if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
      findings.push(finding('input.type', 'error', at(where(name), `--${name} must be a number, not "${raw}".`), `Write --${name} as a number.`, SOURCE, name));
      return undefined;
    };
    const shorthand = (name: string): Record<string, unknown> | undefined => {
      const raw = options.get(name)?.values.join(' ');
      if (raw === undefined || shellVariable(name)) return undefined;
      const parsed = parseShorthand(raw);
      if (!parsed.ok) {
        findings.push(finding('input.type', 'error', at(where(name), `--${name} could not be read: ${parsed.error}.`), `Write it as shorthand (Key=value,…) or JSON in single quotes.`, SOURCE, name));
        return undefined;
      }
      return parsed.value;
    };
    const rawName = value('function-name');
    const name = rawName ? (/:function:([^:]+)/.exec(rawName)?.[1] ?? rawName) : `${sub} (line ${locationOf(text, command[0]!.offset).line})`;
    const fn: MutableConfig = byName.get(name) ?? {name, location: locationOf(text, command[0]!.offset), parseFindings: []};
    byName.set(name, fn);
    if (sub === 'create-function' || sub === 'update-function-configuration') {
      if (rawName) fn.functionName = shellVariable('function-name') ?? name;
      if (sub === 'create-function') {
        fn.packageType = value('package-type') === 'Image' ? 'Image' : 'Zip';
        delete fn.partial;
      } else if (!created.has(name)) {
        // Changes settings of a function made elsewhere: what it leaves out is not missing.
        fn.partial = true;
      }
      if (sub === 'create-function') created.add(name);
      setIf(fn, 'runtime', textOf('runtime'));
      setIf(fn, 'handler', textOf('handler'));
      setIf(fn, 'memoryMB', number('memory-size'));
      setIf(fn, 'timeoutSeconds', number('timeout'));
      setIf(fn, 'region', textOf('region'));
      setIf(fn, 'architecture', textOf('architectures'));
      const storage = shorthand('ephemeral-storage');
      if (storage) setIf(fn, 'ephemeralStorageMB', toNumber(storage['Size']));
      const environment = shorthand('environment');
      if (environment) {
        const variables = environment['Variables'];
        const record = typeof variables === 'object' && variables !== null ? (variables as Record<string, unknown>) : {};
        fn.environment = Object.fromEntries(Object.entries(record).map(([key, item]) => [key, String(item)]));
      }
      if (options.has('layers')) fn.layers = options.get('layers')!.values;
      const snapStart = shorthand('snap-start');
      if (snapStart) fn.snapStart = snapStart['ApplyOn'] === 'PublishedVersions';
      const vpc = shorthand('vpc-config');
      if (vpc) fn.vpc = Array.isArray(vpc['SubnetIds']) ? vpc['SubnetIds'].length > 0 && vpc['SubnetIds'][0] !== '' : !!vpc['SubnetIds'];
      if (options.has('file-system-configs')) fn.efs = true;
      const tags = shorthand('tags');
      if (tags) fn.tags = [...new Set([...(Array.isArray(fn.tags) ? fn.tags : []), ...Object.keys(tags)])];
      else if (sub === 'create-function' && fn.tags === undefined) fn.tags = [];
      const code = shorthand('code');
      if (code && 'S3Bucket' in code) fn.packageSizes = {...fn.packageSizes, fromS3: true};
    } else if (sub === 'put-function-concurrency') {
      setIf(fn, 'reservedConcurrency', number('reserved-concurrent-executions'));
    } else if (sub === 'put-provisioned-concurrency-config') {
      setIf(fn, 'provisionedConcurrency', number('provisioned-concurrent-executions'));
    } else if (sub === 'create-event-source-mapping') {
      const arn = value('event-source-arn') ?? '';
      const source: EventSource = arn.startsWith('arn:aws:sqs:') || arn.includes(':sqs:')
        ? {type: 'sqs', queue: arn.split(':').pop() ?? arn, fifo: arn.endsWith('.fifo'), visibilityTimeoutSeconds: {unresolved: `the visibility timeout of ${arn.split(':').pop() ?? arn}, which the command line does not show`}, ...optional('batchSize', number('batch-size')), ...optional('maximumBatchingWindowSeconds', number('maximum-batching-window-in-seconds'))}
        : {type: 'other', kind: arn.split(':')[2] ?? 'event source'};
      fn.eventSources = [...(fn.eventSources ?? []), source];
    }
    fn.parseFindings = [...(fn.parseFindings ?? []), ...findings];
  }
  if (byName.size === 0) return fail('The aws lambda commands found do not configure a function (create-function, update-function-configuration, put-function-concurrency, put-provisioned-concurrency-config or create-event-source-mapping).');
  return ok([...byName.values()].map((fn) => fn as FunctionConfig));
}

function toNumber(value: unknown): Field<number> | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  return value === undefined ? undefined : {unresolved: String(value)};
}

function setIf<K extends keyof MutableConfig>(fn: MutableConfig, key: K, value: MutableConfig[K] | undefined): void {
  if (value !== undefined) fn[key] = value;
}

function optional<K extends string, V>(key: K, value: V | undefined): {[P in K]?: V} {
  return (value === undefined ? {} : {[key]: value}) as {[P in K]?: V};
}
