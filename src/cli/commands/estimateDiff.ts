/** `lambda-lab estimate diff BASE HEAD --usage usage.yml`: the monthly cost change a pull request makes. */
import {diffEstimates, estimateDesign, exceedsThreshold, type EstimateDiff} from '../../core/design/index.ts';
import {parseCommandArgs} from '../args.ts';
import {printJson} from '../command.ts';
import {UsageError} from '../errors.ts';
import {formatTable} from '../formatTable.ts';
import type {CliIO} from '../io.ts';
import {freeTierMode, loadDesign, loadUsage, TEMPLATE_OPTIONS} from './estimateTemplate.ts';

const OPTIONS = {...TEMPLATE_OPTIONS, format: {type: 'string'}, 'fail-above': {type: 'string'}} as const;

const money = (usd: number) => `${usd < 0 ? '−' : ''}$${Math.abs(usd).toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 2})}`;
const signed = (usd: number) => (usd > 0 ? `+${money(usd)}` : usd < 0 ? money(usd) : '$0.00');
const percentText = (diff: EstimateDiff) => (diff.percent === null ? (diff.change === 0 ? '0%' : 'new') : `${diff.percent > 0 ? '+' : ''}${diff.percent.toFixed(1)}%`);

/** "50" → {usd: 50}; "10%" → {percent: 10}. */
export function parseThreshold(text: string): {usd?: number; percent?: number} {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
  if (!match) throw new UsageError(`--fail-above takes USD or a percentage, e.g. --fail-above 50 or --fail-above 10% (got '${text}')`);
  return match[2] ? {percent: Number(match[1])} : {usd: Number(match[1])};
}

export function formatMarkdown(diff: EstimateDiff, base: string, head: string): string {
  const direction = diff.change > 0 ? 'increase' : diff.change < 0 ? 'decrease' : 'no change';
  const rows = diff.lines.map((line) => `| ${line.key} | ${money(line.before)} | ${money(line.after)} | ${signed(line.change)} |`);
  const resources = diff.resources.map((entry) => `| ${entry.key} | ${money(entry.before)} | ${money(entry.after)} | ${signed(entry.change)} |`);
  return [
    `**Monthly cost: ${money(diff.before)} → ${money(diff.after)} (${signed(diff.change)}, ${percentText(diff)}, ${direction})**`,
    '',
    '<details><summary>Cost by line and by resource</summary>',
    '',
    `Base: \`${base}\` · Head: \`${head}\` · priced by Lambda Lab`,
    '',
    '| Line | Before | After | Change |',
    '| --- | ---: | ---: | ---: |',
    ...rows,
    '',
    '| Resource | Before | After | Change |',
    '| --- | ---: | ---: | ---: |',
    ...resources,
    ...(diff.newUnpriced.length ? ['', 'New lines not priced (the usage file does not cover them):', ...diff.newUnpriced.map((text) => `- ${text}`)] : []),
    '',
    '</details>',
  ].join('\n');
}

export function runDiff(args: string[], io: CliIO): number {
  const {values, positionals} = parseCommandArgs(args, OPTIONS);
  if (positionals.length !== 2) throw new UsageError(`estimate diff takes two templates, BASE and HEAD (got ${positionals.length})`);
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'markdown' && format !== 'json') throw new UsageError(`--format is table, markdown or json (got '${format}')`);
  const threshold = values['fail-above'] !== undefined ? parseThreshold(values['fail-above']) : undefined;
  const [basePath, headPath] = positionals as [string, string];
  const options = {freeTier: freeTierMode(values), ...(values.region ? {region: values.region} : {})};
  const baseDesign = loadDesign(io, basePath, values.region);
  const headDesign = loadDesign(io, headPath, values.region);
  const ids = (design: typeof baseDesign) => design.resources.map((resource) => resource.id);
  // One usage file serves both versions: a resource only one of them has is not an error.
  const base = estimateDesign(baseDesign, loadUsage(io, values.usage, baseDesign, ids(headDesign)), options);
  const head = estimateDesign(headDesign, loadUsage(io, values.usage, headDesign, ids(baseDesign)), options);
  const diff = diffEstimates(base, head);
  const failed = threshold ? exceedsThreshold(diff, threshold) : false;
  if (values.json || format === 'json') printJson(io, {...diff, base: basePath, head: headPath, ...(threshold ? {failAbove: threshold, failed} : {})});
  else if (format === 'markdown') io.out(formatMarkdown(diff, basePath, headPath));
  else {
    io.out(formatTable(['Line', 'Before', 'After', 'Change'], [...diff.lines.map((line) => [line.key, money(line.before), money(line.after), signed(line.change)]), ['Total', money(diff.before), money(diff.after), `${signed(diff.change)} (${percentText(diff)})`]]));
    io.out('');
    io.out(formatTable(['Resource', 'Before', 'After', 'Change'], diff.resources.map((entry) => [entry.key, money(entry.before), money(entry.after), signed(entry.change)])));
    for (const text of diff.newUnpriced) io.out(`New, not priced: ${text}`);
  }
  if (failed) io.err(`lambda-lab estimate diff: the monthly cost rises by ${signed(diff.change)} (${percentText(diff)}), above --fail-above ${values['fail-above']}`);
  return failed ? 1 : 0;
}
