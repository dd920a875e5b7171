import type {CliIO} from './io.ts';

/** One `lambda-lab <name>` sub-command. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The full `--help` text: usage line, options with ranges, examples. */
  readonly help: string;
  /** Returns the exit code. Throws UsageError for bad input (exit 2). */
  run(args: string[], io: CliIO): Promise<number> | number;
}

/** Prints a value as the single JSON object `--json` promises. */
export function printJson(io: CliIO, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}
