import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {COMMANDS} from '../../../src/cli/commands/index.ts';
import {memoryIO} from '../../../src/cli/io.ts';
import {main} from '../../../src/cli/main.ts';

// The flags each command accepts, as the CLI itself names them: an unknown flag's error message
// lists every flag the command's parser takes. Each must be documented in that command's section
// of the reference page, so adding a flag without documenting it fails here.
const PAGE = readFileSync(new URL('../../../docs/tools/cli-reference.md', import.meta.url), 'utf8');
const PROBE = '--not-a-real-flag';

/** Every way into a parser: each command, and estimate's template and diff modes. */
const MODES: readonly {readonly name: string; readonly section: string; readonly args: readonly string[]}[] = [
  ...COMMANDS.map((command) => ({name: command.name, section: command.name, args: [command.name]})),
  {name: 'estimate diff', section: 'estimate', args: ['estimate', 'diff']},
  {name: 'estimate <template> --usage', section: 'estimate', args: ['estimate', '--usage', 'usage.yaml']},
];

async function acceptedFlags(args: readonly string[]): Promise<string[]> {
  const io = memoryIO();
  expect(await main([...args, PROBE], io)).toBe(2);
  const listed = /\(this command takes (.+?), --json; see --help/.exec(io.stderr);
  expect(listed, `no flag list in: ${io.stderr}`).not.toBeNull();
  return listed![1]!.split(', ');
}

/** The page's text from `### \`name\`` to the next command's heading (its #### parts included). */
function sectionOf(name: string): string {
  const start = PAGE.indexOf(`### \`${name}\``);
  expect(start, `no section for ${name} in cli-reference.md`).toBeGreaterThanOrEqual(0);
  const next = PAGE.indexOf('\n### ', start + 1);
  return PAGE.slice(start, next === -1 ? undefined : next);
}

const mentions = (text: string, flag: string) => new RegExp(`${flag}(?![\\w-])`).test(text);

describe('cli-reference.md documents every flag the CLI accepts', () => {
  it.each(MODES)('$name', async ({section, args}) => {
    const flags = await acceptedFlags(args);
    expect(flags.length).toBeGreaterThan(0);
    const text = sectionOf(section);
    expect(flags.filter((flag) => !mentions(text, flag))).toEqual([]);
  });

  it('reads a flag list from the CLI, not a list kept here: a made-up flag is neither accepted nor documented', async () => {
    const flags = await acceptedFlags(['invoke']);
    expect(flags).toContain('--invocation-type');
    expect(flags).not.toContain(PROBE);
    expect(mentions(sectionOf('invoke'), PROBE)).toBe(false);
  });
});
