import {QUOTAS} from '../../data/quotas.ts';
import {parseCommandArgs} from '../args.ts';
import {printJson, type Command} from '../command.ts';
import {UsageError} from '../errors.ts';
import {formatTable} from '../formatTable.ts';

export const quotasCommand: Command = {
  name: 'quotas',
  summary: 'List Lambda quotas with their sources',
  help: `Usage: lambda-lab quotas [--id <id>] [--json]

Lists Lambda's quotas and configuration ranges, each with its unit, whether it can be raised,
the AWS page it comes from and the date that page was read.

Options:
  --id <id>   Show one quota (${QUOTAS.map((q) => q.id).join(', ')})
  --json      Print JSON: { quotas: [{ id, name, value, unit, min?, default?, adjustable, source, asOf }] }
  -h, --help  Show this help`,
  run(args, io) {
    const {values} = parseCommandArgs(args, {id: {type: 'string'}});
    let quotas: readonly (typeof QUOTAS)[number][] = QUOTAS;
    if (values.id !== undefined) {
      quotas = QUOTAS.filter((q) => q.id === values.id);
      if (quotas.length === 0) {
        throw new UsageError(`--id '${values.id}' is not a known quota (one of: ${QUOTAS.map((q) => q.id).join(', ')})`);
      }
    }
    if (values.json) {
      printJson(io, {quotas});
      return 0;
    }
    io.out(
      formatTable(
        ['Quota', 'Value', 'Adjustable', 'Source (as of)'],
        quotas.map((q) => [
          q.name,
          `${'min' in q ? `${q.min.toLocaleString('en-US')}–` : ''}${q.value.toLocaleString('en-US')} ${q.unit}`,
          q.adjustable ? 'yes' : 'no',
          `${q.source} (${q.asOf})`,
        ]),
      ),
    );
    return 0;
  },
};
