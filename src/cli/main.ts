import {COMMANDS} from './commands/index.ts';
import {EXIT_OK, EXIT_USAGE, UsageError} from './errors.ts';
import {processIO, type CliIO} from './io.ts';

import {VERSION} from './version.ts';

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `lambda-lab ${VERSION}: price, size, check and run AWS Lambda functions before you deploy them.

Usage: lambda-lab <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Every command takes --help, and --json for one JSON object on stdout.
Exit codes: 0 success, 1 findings (check), 2 bad usage or unreadable input.`;
}

/** Runs the CLI and returns its exit code. Never throws for user mistakes. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(overview());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.out(VERSION);
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`lambda-lab: unknown command '${name}' (one of: ${COMMANDS.map((c) => c.name).join(', ')}). Run 'lambda-lab --help'.`);
    return EXIT_USAGE;
  }
  const loaded = await command.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(loaded.help);
    return EXIT_OK;
  }
  try {
    return await loaded.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`lambda-lab ${command.name}: ${error.message}`);
      return EXIT_USAGE;
    }
    // A bug, not a user mistake: still one line, but say it is ours.
    const message = error instanceof Error ? error.message : String(error);
    io.err(`lambda-lab ${command.name}: internal error: ${message} (please report it)`);
    return 70;
  }
}
