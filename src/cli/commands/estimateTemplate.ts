/**
 * `lambda-lab estimate template.yaml --usage usage.yml`: the whole design's monthly bill.
 * Reads SAM, CloudFormation (JSON/YAML), serverless.yml and `cdk synth` output.
 */
import {parse as parseYaml} from 'yaml';
import {estimateDesign, EMPTY_USAGE, lambdaShareText, readDesign, readUsage, totalLeavesOut, usageTemplate, type Design, type DesignEstimate, type UsageFile} from '../../core/design/index.ts';
import type {FreeTierMode} from '../../core/pricing/services/types.ts';
import {parseCommandArgs} from '../args.ts';
import {printJson} from '../command.ts';
import {UsageError} from '../errors.ts';
import {formatTable} from '../formatTable.ts';
import type {CliIO} from '../io.ts';

export const TEMPLATE_OPTIONS = {
  usage: {type: 'string'},
  'usage-template': {type: 'boolean', default: false},
  'free-tier': {type: 'boolean', default: true},
  'free-tier-12-month': {type: 'boolean', default: false},
  region: {type: 'string'},
} as const;

export const TEMPLATE_HELP = `Usage: lambda-lab estimate <template> --usage <usage.yml> [--no-free-tier] [--region <code>] [--json]
       lambda-lab estimate <template> --usage-template
       lambda-lab estimate diff <base-template> <head-template> --usage <usage.yml> [--format table|markdown] [--json] [--fail-above 50|10%]

Prices the whole design a template describes for one month: Lambda, the APIs in front of it, its
logs, queues, tables, buckets, NAT gateways and the rest, each line with its arithmetic. Templates:
SAM, CloudFormation (YAML or JSON), serverless.yml, and \`cdk synth\` output. Usage is infracost's
usage-file format (version: 0.1, resource_usage: keyed by logical ID). Memory, architecture and
timeout come from the template, never from usage. A line without usage is listed with the key it
needs (never priced as $0); resources that cost money but are not priced yet are listed by ID.

Options:
  --usage <file>             usage file (YAML or JSON); without it every usage line is listed as needed
  --usage-template           print a usage file with every key this template needs, one comment each
  --no-free-tier             price every unit (no free allowances at all)
  --free-tier-12-month       also apply new accounts' 12-month free offers (default: always-free only)
  --region <code>            Region for resources the template does not place (default us-east-1)
  --json                     one JSON object: { total, services[], lines[], resources[], unpriced[], notes }

Diff options:
  --format table|markdown    markdown: a pull-request comment (summary line + collapsible table)
  --fail-above <n|n%>        exit 1 when the monthly increase is above n USD or n percent

Examples:
  lambda-lab estimate template.yaml --usage usage.yml
  lambda-lab estimate template.yaml --usage-template > usage.yml
  lambda-lab estimate diff main.yaml template.yaml --usage usage.yml --format markdown --fail-above 10%`;

/** "Line 3, column 5: …" from the core → "usage.yml:3:5: …" (the form editors and CI annotate). */
export function withFile(path: string, message: string): string {
  const match = /^Line (\d+), column (\d+): (.*)$/s.exec(message);
  return match ? `${path}:${match[1]}:${match[2]}: ${match[3]}` : `${path}: ${message}`;
}

function readText(io: CliIO, path: string, what: string): string {
  try {
    return io.readFile(path);
  } catch (error) {
    const code = (error as {code?: string}).code;
    throw new UsageError(`cannot read ${what} '${path}'${code ? ` (${code})` : ''}`);
  }
}

/** True when `path` holds a template (not a bill file), so `estimate` hands it to this command. */
export function looksLikeTemplate(text: string): boolean {
  let root: unknown;
  try {
    root = parseYaml(text, {logLevel: 'silent', customTags: [], strict: false, uniqueKeys: false}) as unknown;
  } catch {
    return /^\s*(Resources|AWSTemplateFormatVersion|Transform)\s*:/m.test(text) || /"Resources"\s*:/.test(text);
  }
  if (typeof root !== 'object' || root === null || Array.isArray(root)) return false;
  const record = root as Record<string, unknown>;
  const functions = record['functions'];
  return 'Resources' in record || 'AWSTemplateFormatVersion' in record || ('provider' in record && 'service' in record) || (typeof functions === 'object' && functions !== null && !Array.isArray(functions) && 'provider' in record);
}

export function loadDesign(io: CliIO, path: string, region?: string): Design {
  const design = readDesign(readText(io, path, 'template'), region ? {region} : {});
  if (!design.ok) throw new UsageError(withFile(path, design.error));
  return design.value;
}

export function loadUsage(io: CliIO, path: string | undefined, design: Design, alsoKnown: readonly string[] = []): UsageFile {
  if (path === undefined) return EMPTY_USAGE;
  const usage = readUsage(readText(io, path, 'usage file'), design, {alsoKnown});
  if (!usage.ok) throw new UsageError(withFile(path, usage.error));
  return usage.value;
}

export function freeTierMode(values: {readonly 'free-tier'?: boolean; readonly 'free-tier-12-month'?: boolean}): FreeTierMode {
  if (values['free-tier'] === false) return 'none';
  return values['free-tier-12-month'] ? 'with-12-month' : 'always-free';
}

const money = (usd: number) => `${usd < 0 ? '−' : ''}$${Math.abs(usd).toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 2})}`;

export function printEstimate(io: CliIO, estimate: DesignEstimate): void {
  const rows = estimate.lines.map((line) => [line.service, line.label, `${line.quantity.toLocaleString('en-US', {maximumFractionDigits: 4})} ${line.unit}`, money(line.usd)]);
  rows.push(['Total (sum of rounded lines)', '', '', money(estimate.total)]);
  io.out(formatTable(['Service', 'Line item', 'Billable quantity', 'USD'], rows));
  const leftOut = totalLeavesOut(estimate);
  if (leftOut) io.out(leftOut);
  io.out('\nHow each line was computed:');
  for (const line of estimate.lines) io.out(`  ${line.label}: ${line.formula}`);
  io.out('\nBy resource:');
  io.out(formatTable(['Resource', 'Type', 'Status', 'USD'], estimate.resources.map((resource) => [resource.id, resource.type, resource.status === 'free' ? `free (${resource.reason})` : resource.status === 'not priced' ? `not priced (${resource.reason})` : resource.status, resource.status === 'priced' || resource.status === 'needs usage' ? money(resource.usd) : '—'])));
  if (estimate.unpriced.length > 0) {
    io.out('\nNot priced until the usage file says:');
    for (const line of estimate.unpriced) io.out(`  ${line.resource}: ${line.label} — ${line.reason}`);
  }
  const share = lambdaShareText(estimate);
  io.out(`\n${share.charAt(0).toUpperCase()}${share.slice(1)}. Free tier: ${estimate.freeTier}.`);
  for (const note of estimate.notes) io.out(`Note: ${note}`);
}

export function runTemplate(args: string[], io: CliIO): number {
  const {values, positionals} = parseCommandArgs(args, TEMPLATE_OPTIONS);
  if (positionals.length !== 1) throw new UsageError(`expected one template file, got ${positionals.length}${positionals.length ? ` (${positionals.join(', ')})` : ''}`);
  const path = positionals[0]!;
  const design = loadDesign(io, path, values.region);
  if (values['usage-template']) {
    io.out(usageTemplate(design));
    return 0;
  }
  const usage = loadUsage(io, values.usage, design);
  const estimate = estimateDesign(design, usage, {freeTier: freeTierMode(values), ...(values.region ? {region: values.region} : {})});
  if (values.json) printJson(io, {...estimate, template: path, ...(values.usage ? {usageFile: values.usage} : {})});
  else printEstimate(io, estimate);
  return 0;
}
