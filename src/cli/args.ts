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
  try {
    return parseArgs({args, options: {...COMMON_OPTIONS, ...options}, allowPositionals: true, strict: true, allowNegative: true});
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // parseArgs messages are multi-sentence ("Unknown option '--x'. To specify a positional…"): keep the first.
    throw new UsageError(message.split('. ')[0]!.replace(/\.$/, ''));
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
