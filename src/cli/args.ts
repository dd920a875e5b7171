import {parseArgs, type ParseArgsConfig} from 'node:util';
import {UsageError} from './errors.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every command understands. */
export const COMMON_OPTIONS = {
  json: {type: 'boolean', default: false},
  help: {type: 'boolean', short: 'h', default: false},
} as const satisfies Options;

/**
 * node:util parseArgs with one-line, user-facing errors instead of TypeErrors.
 * `allowPositionals` is on: commands decide what to do with positionals.
 */
export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  const all: Options = {...COMMON_OPTIONS, ...options};
  try {
    return parseArgs({args: joinNegativeValues(args, all), options: {...COMMON_OPTIONS, ...options}, allowPositionals: true, strict: true, allowNegative: true});
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // parseArgs messages are multi-sentence ("Unknown option '--x'. To specify a positional…"): keep the first.
    const first = message.split('. ')[0]!.replace(/\.$/, '');
    // An unknown flag: name the ones this command takes (its --help has their ranges and sources).
    const known = Object.keys(all).filter((name) => name !== 'help' && name !== 'json').map((name) => `--${name}`);
    throw new UsageError(/^Unknown option/.test(first) && known.length > 0 ? `${first} (this command takes ${known.join(', ')}, --json; see --help for each one's range)` : first);
  }
}

/** Reads a required string option, or throws a UsageError naming it. */
export function requireOption(values: Record<string, unknown>, name: string, hint: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new UsageError(`missing --${name} (${hint})`);
  }
  return value;
}

/**
 * `--memory -128MB` means the value -128MB, as people type it; node:util parseArgs would call it
 * "ambiguous". A string option followed by something that starts like a negative number
 * ("-5", "-128MB", "-.5") becomes `--memory=-128MB`, so the range check names the flag and its limits.
 */
export function joinNegativeValues(args: readonly string[], options: Options): string[] {
  const byShort = new Map(Object.entries(options).filter(([, o]) => o.short).map(([name, o]) => [o.short!, name]));
  const out: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--') { out.push(...args.slice(i)); break; }
    const name = arg.startsWith('--') ? arg.slice(2) : /^-[A-Za-z]$/.test(arg) ? byShort.get(arg.slice(1)) : undefined;
    const next = args[i + 1];
    if (name !== undefined && options[name]?.type === 'string' && next !== undefined && /^-(\d|\.\d)/.test(next)) {
      out.push(`--${name}=${next}`);
      i += 1;
    } else {
      out.push(arg);
    }
  }
  return out;
}
