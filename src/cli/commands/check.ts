import {parse as parseYaml} from 'yaml';
import {checkFunctions, hasErrors} from '../../core/limits/checkFunctions.ts';
import {FORMAT_LABELS, parseConfigText} from '../../core/limits/parse/parseConfigText.ts';
import {toFunctionUsage, type Traffic} from '../../core/limits/toFunctionUsage.ts';
import type {CheckReport, Finding, FunctionConfig} from '../../core/limits/types.ts';
import {priceBill, validateUsage, type BillEstimate, type FunctionUsage} from '../../core/pricing/index.ts';
import {createLambdaMath} from '../../core/quantity/createLambdaMath.ts';
import {createQuantityParser} from '../../core/quantity/createQuantityParser.ts';
import {parseCommandArgs} from '../args.ts';
import {printJson, type Command} from '../command.ts';
import {EXIT_FINDINGS, EXIT_OK, UsageError} from '../errors.ts';
import type {CliIO} from '../io.ts';

const SYMBOL = {error: '✗', warning: '!', note: 'i'} as const;

function readInput(io: CliIO, path: string, what: string): string {
  try {
    return io.readFile(path);
  } catch (error) {
    const code = (error as {code?: string}).code;
    throw new UsageError(`cannot read ${what} '${path}'${code ? ` (${code})` : ''}`);
  }
}

/** Reads `--usage`: { functions: { Name: { requestsPerMonth, averageDurationMs } } } or a list with `name`. */
function readTraffic(text: string, path: string): Map<string, Traffic> {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new UsageError(`--usage '${path}' is not valid YAML or JSON: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
  }
  const root = (data as {functions?: unknown} | null)?.functions ?? data;
  const entries: [string, unknown][] = Array.isArray(root)
    ? root.map((entry, index) => [String((entry as {name?: unknown})?.name ?? `#${index + 1}`), entry])
    : typeof root === 'object' && root !== null ? Object.entries(root) : [];
  if (entries.length === 0) throw new UsageError(`--usage '${path}' lists no functions; expected { functions: { <name>: { requestsPerMonth: 3M, averageDurationMs: 120 ms } } }`);
  // Static imports here: the CLI has no page weight to save, and tsImport does not follow dynamic import().
  const parser = createQuantityParser(createLambdaMath());
  const traffic = new Map<string, Traffic>();
  for (const [name, entry] of entries) {
    const record = (entry ?? {}) as Record<string, unknown>;
    const requests = parser.monthlyCount(String(record['requestsPerMonth'] ?? record['requests'] ?? ''), `${name}: requestsPerMonth`);
    if (!requests.ok) throw new UsageError(`--usage: ${requests.error}`);
    const duration = parser.durationMs(String(record['averageDurationMs'] ?? record['duration'] ?? ''), `${name}: averageDurationMs`);
    if (!duration.ok) throw new UsageError(`--usage: ${duration.error}`);
    traffic.set(name, {requestsPerMonth: requests.value, averageDurationMs: duration.value});
  }
  return traffic;
}

function priceFunctions(functions: readonly FunctionConfig[], traffic: Map<string, Traffic>): {bill: BillEstimate; assumptions: string[]} {
  const known = new Set(functions.map((fn) => fn.name));
  const stray = [...traffic.keys()].filter((name) => !known.has(name));
  if (stray.length > 0) throw new UsageError(`--usage names ${stray.join(', ')}, not found in the checked file (functions: ${[...known].join(', ')})`);
  const usages: FunctionUsage[] = [];
  const assumptions: string[] = [];
  for (const fn of functions) {
    const entry = traffic.get(fn.name);
    if (!entry) {
      assumptions.push(`${fn.name}: no usage given, left out of the bill.`);
      continue;
    }
    const converted = toFunctionUsage(fn, entry);
    if (!converted.ok) throw new UsageError(converted.error);
    const valid = validateUsage(converted.value.usage);
    if (!valid.ok) throw new UsageError(`cannot price ${fn.name}: ${valid.error}`);
    usages.push(valid.value);
    assumptions.push(...converted.value.assumptions);
  }
  if (usages.length === 0) throw new UsageError('--usage matched no function');
  return {bill: priceBill(usages), assumptions};
}

function formatFinding(finding: Finding): string {
  return `  ${SYMBOL[finding.severity]} ${finding.severity.padEnd(7)} ${finding.rule}: ${finding.message}\n      fix: ${finding.fix}\n      source: ${finding.source}`;
}

function formatReport(report: CheckReport, file: string, format: string): string {
  const lines = [`${file}: ${format}, ${report.functions.length} function${report.functions.length === 1 ? '' : 's'}`];
  for (const fn of report.functions) {
    const counts = (['error', 'warning', 'note'] as const).map((severity) => `${fn.findings.filter((f) => f.severity === severity).length} ${severity}${fn.findings.filter((f) => f.severity === severity).length === 1 ? '' : 's'}`);
    lines.push('', `${fn.name}${fn.location ? ` (line ${fn.location.line})` : ''}: ${counts.join(', ')}`);
    lines.push(...(fn.findings.length ? fn.findings.map(formatFinding) : ['  ✓ within every quota Lambda Lab checks']));
  }
  if (report.account.length > 0) lines.push('', 'Account (all functions together):', ...report.account.map(formatFinding));
  return lines.join('\n');
}

function formatBill(bill: BillEstimate, assumptions: readonly string[]): string {
  const usd = (value: number) => `$${value.toFixed(2)}`;
  return [
    '',
    `Estimated monthly bill: ${usd(bill.total)} (line items rounded to the cent, free tier applied once)`,
    ...bill.functions.map((share) => `  ${share.name.padEnd(24)} ${usd(share.usd)}`),
    ...bill.lineItems.map((item) => `  · ${item.label}: ${item.formula}`),
    ...[...assumptions, ...bill.notes].map((note) => `  note: ${note}`),
  ].join('\n');
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check a SAM/CloudFormation template, serverless.yml or aws lambda command against every Lambda quota',
  help: `Usage: lambda-lab check <file> [--json] [--usage <file>] [--today YYYY-MM-DD] [--concurrency-limit <n>] [--region <region>] [--code-storage-gb <n>]

Reads a SAM or CloudFormation template (YAML with !Ref, !Sub, !GetAtt … or JSON), a Serverless
Framework serverless.yml, or a file of "aws lambda create-function / update-function-configuration"
commands, and checks every function against Lambda's quotas: memory, timeout, /tmp, environment
variables, layers, package sizes, payloads, concurrency, runtimes and their deprecation dates,
SnapStart, Lambda@Edge, SQS visibility timeouts and API Gateway integration timeouts.
Values that cannot be resolved (a !Ref to a parameter without a Default) are reported, not guessed.

Options:
  --json                   Print { format, functions: [{ name, line, findings: [{ rule, severity, message, fix, source }] }], account: { findings }, bill? }
  --usage <file>           YAML/JSON traffic per function, priced with the pricing engine:
                             functions: { MyFunction: { requestsPerMonth: 3M, averageDurationMs: 120 ms } }
  --today <YYYY-MM-DD>     Date for runtime deprecation checks (default: today, UTC)
  --concurrency-limit <n>  The account's concurrent-executions quota (default 1,000)
  --region <region>        Region the template deploys to (Lambda@Edge must be us-east-1)
  --code-storage-gb <n>    Code storage already used in the Region, GB (checked against 300 GB)
  -h, --help               Show this help

Exit codes: 0 no errors (warnings and notes allowed), 1 at least one error, 2 unreadable or malformed input.

Examples:
  lambda-lab check template.yaml
  lambda-lab check serverless.yml --json
  lambda-lab check deploy.sh --usage traffic.yaml`,
  async run(args, io) {
    const {values, positionals} = parseCommandArgs(args, {
      usage: {type: 'string'},
      today: {type: 'string'},
      'concurrency-limit': {type: 'string'},
      region: {type: 'string'},
      'code-storage-gb': {type: 'string'},
    });
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing <file> (a SAM/CloudFormation template, serverless.yml or aws lambda commands)' : `expected one file, got ${positionals.length}`);
    const file = positionals[0]!;
    const today = values.today ?? new Date().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) throw new UsageError(`--today must be a date like 2026-11-24, got '${today}'`);
    let concurrencyLimit: number | undefined;
    if (values['concurrency-limit'] !== undefined) {
      concurrencyLimit = Number(values['concurrency-limit']);
      if (!Number.isInteger(concurrencyLimit) || concurrencyLimit < 100) throw new UsageError(`--concurrency-limit must be a whole number of at least 100, got '${values['concurrency-limit']}'`);
    }
    let codeStorageUsedGB: number | undefined;
    if (values['code-storage-gb'] !== undefined) {
      codeStorageUsedGB = Number(values['code-storage-gb']);
      if (!Number.isFinite(codeStorageUsedGB) || codeStorageUsedGB < 0) throw new UsageError(`--code-storage-gb must be a number of GB of 0 or more, got '${values['code-storage-gb']}'`);
    }
    const parsed = parseConfigText(readInput(io, file, 'file'), values.region ? {region: values.region} : {});
    if (!parsed.ok) throw new UsageError(`${file}: ${parsed.error}`);
    const account = {...(concurrencyLimit !== undefined ? {concurrencyLimit} : {}), ...(codeStorageUsedGB !== undefined ? {codeStorageUsedGB} : {})};
    const report = checkFunctions(parsed.value.functions, {today, account});
    const priced = values.usage !== undefined ? priceFunctions(parsed.value.functions, readTraffic(readInput(io, values.usage, '--usage file'), values.usage)) : undefined;
    if (values.json) {
      const strip = (finding: Finding) => ({rule: finding.rule, severity: finding.severity, message: finding.message, fix: finding.fix, source: finding.source});
      printJson(io, {
        format: parsed.value.format,
        functions: report.functions.map((fn) => ({name: fn.name, ...(fn.location ? {line: fn.location.line} : {}), findings: fn.findings.map(strip)})),
        account: {findings: report.account.map(strip)},
        ...(priced ? {bill: {total: priced.bill.total, functions: priced.bill.functions, lineItems: priced.bill.lineItems.map(({id, label, formula, usd}) => ({id, label, formula, usd})), notes: [...priced.assumptions, ...priced.bill.notes]}} : {}),
      });
    } else {
      io.out(formatReport(report, file, FORMAT_LABELS[parsed.value.format]) + (priced ? formatBill(priced.bill, priced.assumptions) : ''));
    }
    return hasErrors(report) ? EXIT_FINDINGS : EXIT_OK;
  },
};
