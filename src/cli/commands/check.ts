import {parse as parseYaml} from 'yaml';
import {checkFunctions} from '../../core/limits/checkFunctions.ts';
import {readPolicy, type Policy} from '../../core/limits/policy.ts';
import {parseConfigText} from '../../core/limits/parse/parseConfigText.ts';
import {NOT_AWS} from '../../core/limits/parse/parseServerless.ts';
import type {Traffic} from '../../core/limits/toFunctionUsage.ts';
import type {Finding, FunctionConfig, Severity} from '../../core/limits/types.ts';
import type {BillEstimate, FunctionUsage} from '../../core/pricing/index.ts';
import {getQuota} from '../../data/quotas.ts';
import {SOURCES} from '../../data/sources.ts';
import {parseCommandArgs} from '../args.ts';
import {printJson, type Command} from '../command.ts';
import {EXIT_FINDINGS, EXIT_OK, UsageError} from '../errors.ts';
import type {CliIO} from '../io.ts';
import {formatGithub} from '../check/github.ts';
import {formatJunit} from '../check/junit.ts';
import {atLeast, type FileResult} from '../check/results.ts';
import {formatSarif} from '../check/sarif.ts';
import {formatText} from '../check/text.ts';
import {checkTerraformFiles} from '../check/terraform.ts';
import {VERSION} from '../version.ts';


function readInput(io: CliIO, path: string, what: string): string {
  try {
    return io.readFile(path);
  } catch (error) {
    const code = (error as {code?: string}).code;
    throw new UsageError(`cannot read ${what} '${path}'${code ? ` (${code})` : ''}`);
  }
}

/** Reads `--usage`: { functions: { Name: { requestsPerMonth, averageDurationMs } } } or a list with `name`. */
async function readTraffic(text: string, path: string): Promise<Map<string, Traffic>> {
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
  // Loaded only with --usage: mathjs and the price data would slow every plain `check` down.
  const [{createQuantityParser}, {createLambdaMath}] = await Promise.all([import('../../core/quantity/createQuantityParser.ts'), import('../../core/quantity/createLambdaMath.ts')]);
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

async function priceFunctions(functions: readonly FunctionConfig[], traffic: Map<string, Traffic>): Promise<{bill: BillEstimate; assumptions: string[]}> {
  const [{priceBill, validateUsage}, {toFunctionUsage}] = await Promise.all([import('../../core/pricing/index.ts'), import('../../core/limits/toFunctionUsage.ts')]);
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

/** Files a directory walk looks at; others (README.md, *.py …) are not templates. */
const TEMPLATE_FILE = /\.(ya?ml|json|template|sh|bash|tf)$/i;
/** Folders a directory walk never enters: dependencies, build output that duplicates the source. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.aws-sam', '.serverless', '.terraform', '__pycache__', '.venv', 'venv', 'dist', 'build', 'target', '.idea', '.vscode']);

/** Expands the positional paths: a file stays, a directory becomes its template-looking files (recursively). */
function expandPaths(io: CliIO, paths: readonly string[]): {file: string; explicit: boolean}[] {
  const out: {file: string; explicit: boolean}[] = [];
  const walk = (dir: string, depth: number) => {
    if (depth > 12 || !io.readDir) return;
    for (const entry of io.readDir(dir)) {
      const name = entry.split(/[\\/]/).pop() ?? entry;
      const kind = io.kind?.(entry);
      if (kind === 'dir') {
        if (!SKIP_DIRS.has(name) && !name.startsWith('.')) walk(entry, depth + 1);
      } else if (TEMPLATE_FILE.test(name) && !/^(package(-lock)?|tsconfig.*|composer|manifest|tree|cdk|\.?eslintrc.*|samconfig)\.(json|ya?ml)$/i.test(name)) {
        out.push({file: entry, explicit: false});
      }
    }
  };
  for (const path of paths) {
    if (io.kind?.(path) === 'dir') walk(path, 0);
    else out.push({file: path, explicit: true});
  }
  return out;
}

const FORMATS = ['text', 'json', 'sarif', 'junit', 'github'] as const;
type OutputFormat = (typeof FORMATS)[number];
const SEVERITIES = ['error', 'warning', 'note'] as const;

function parseList(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((value) => value.split(',')).map((id) => id.trim()).filter(Boolean);
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'Check SAM/CloudFormation and CDK templates, Terraform, serverless.yml files or aws lambda commands against every Lambda quota',
  help: `Usage: lambda-lab check <file|directory>... [--format text|json|sarif|junit|github] [--fail-on error|warning|note]
                        [--ignore <rule-id>[,…]] [--policy <file>] [--usage <file>] [--today YYYY-MM-DD] [--concurrency-limit <n>]
                        [--region <region>] [--code-storage-gb <n>]

Reads SAM or CloudFormation templates (YAML with !Ref, !Sub, !GetAtt … or JSON; Fn::ForEach and
YAML merge keys included), Serverless Framework serverless.yml files (\${self:}, \${sls:stage},
\${file(…)} and defaults resolved; \${env:}/\${opt:}/\${ssm:} without a default reported, not guessed)
Terraform (.tf files, a directory's files read as one module, and "terraform show -json" plans), CDK
cdk.out directories, and files of "aws lambda create-function / update-function-configuration" commands, and checks every
function against Lambda's quotas: memory, timeout, /tmp, environment variables, layers, package sizes,
payloads, concurrency, runtimes and their deprecation dates, SnapStart, Lambda@Edge, SQS visibility
timeouts, API Gateway integration timeouts and ALB target groups. A directory is searched for
*.yaml, *.yml, *.json, *.template, *.tf and *.sh files (not node_modules, .aws-sam, build output); files in
it that are not AWS templates are skipped and listed.

Options:
  --format <f>             text (default), json, sarif (SARIF 2.1.0 for code scanning), junit (JUnit XML),
                           github (GitHub Actions annotations on the line)
  --json                   Same as --format json: { format, functions: [{ name, line, findings: [{ rule, severity,
                           message, fix, source }] }], account: { findings }, bill? }; several files:
                           { files: [ that, with "file" ], summary }
  --fail-on <severity>     Exit 1 when a finding is at least this serious: error (default), warning or note
  --ignore <rule-id>       Leave a rule out (repeat, or comma-separate; "sqs." or "sqs.*" leaves out a family).
                           Per function: Metadata: {lambda-lab: {ignore: [rule-id]}} in a template, or a
                           "# lambda-lab: ignore rule-id" comment above a function in serverless.yml
  --policy <file>          The team's own rules on top of AWS's (allowed runtimes/architectures, memory and
                           timeout ceilings, required tags, reserved concurrency, no $LATEST): docs/tools/policy.md
  --usage <file>           YAML/JSON traffic per function, priced with the pricing engine (one input file):
                             functions: { MyFunction: { requestsPerMonth: 3M, averageDurationMs: 120 ms } }
  --today <YYYY-MM-DD>     Date for runtime deprecation checks (default: today, UTC)
  --concurrency-limit <n>  The account's concurrent-executions quota (default 1,000)
  --region <region>        Region the template deploys to (Lambda@Edge must be us-east-1)
  --code-storage-gb <n>    Code storage already used in the Region, GB (checked against 300 GB)
  -h, --help               Show this help

Exit codes: 0 nothing at --fail-on or above, 1 findings at --fail-on or above, 2 unreadable or malformed input.

Examples:
  lambda-lab check template.yaml
  lambda-lab check serverless.yml --json
  lambda-lab check infra/ --format sarif > lambda-lab.sarif
  lambda-lab check terraform/lambda.tf
  lambda-lab check template.yaml --fail-on warning --ignore apigw.timeout
  lambda-lab check deploy.sh --usage traffic.yaml`,
  async run(args, io) {
    const {values, positionals} = parseCommandArgs(args, {
      usage: {type: 'string'},
      today: {type: 'string'},
      'concurrency-limit': {type: 'string'},
      region: {type: 'string'},
      'code-storage-gb': {type: 'string'},
      format: {type: 'string'},
      'fail-on': {type: 'string'},
      ignore: {type: 'string', multiple: true},
      policy: {type: 'string'},
    });
    if (positionals.length === 0) throw new UsageError('missing <file> (a SAM/CloudFormation template, serverless.yml, aws lambda commands, or a directory of them)');
    const today = values.today ?? new Date().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) throw new UsageError(`--today must be a date like 2026-11-24, got '${today}'`);
    const format: OutputFormat = values.json ? 'json' : ((values.format ?? 'text') as OutputFormat);
    if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got '${values.format}'`);
    const failOn = (values['fail-on'] ?? 'error') as Severity;
    if (!(SEVERITIES as readonly string[]).includes(failOn)) throw new UsageError(`--fail-on must be error, warning or note, got '${values['fail-on']}'`);
    let concurrencyLimit: number | undefined;
    if (values['concurrency-limit'] !== undefined) {
      concurrencyLimit = Number(values['concurrency-limit']);
      if (!Number.isInteger(concurrencyLimit) || concurrencyLimit < 100) throw new UsageError(`--concurrency-limit must be a whole number of at least 100, got '${values['concurrency-limit']}' (${SOURCES.quotas})`);
    }
    let codeStorageUsedGB: number | undefined;
    if (values['code-storage-gb'] !== undefined) {
      codeStorageUsedGB = Number(values['code-storage-gb']);
      if (!Number.isFinite(codeStorageUsedGB) || codeStorageUsedGB < 0 || codeStorageUsedGB > 1e6) throw new UsageError(`--code-storage-gb must be a number of GB from 0, got '${values['code-storage-gb']}' (the quota is ${getQuota('codeStorage').value} GB per Region, ${SOURCES.quotas})`);
    }
    const inputs = expandPaths(io, positionals);
    if (values.usage !== undefined && inputs.length !== 1) throw new UsageError(`--usage prices the functions of one file; ${inputs.length} files were given`);
    const account = {...(concurrencyLimit !== undefined ? {concurrencyLimit} : {}), ...(codeStorageUsedGB !== undefined ? {codeStorageUsedGB} : {})};
    const ignore = parseList(values.ignore);
    let policy: Policy | undefined;
    if (values.policy !== undefined) {
      let document: unknown;
      try {
        document = parseYaml(readInput(io, values.policy, '--policy file'));
      } catch (error) {
        throw new UsageError(`--policy '${values.policy}' is not valid YAML or JSON: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
      }
      const read = readPolicy(document, `team policy ${values.policy}`);
      if (!read.ok) throw new UsageError(`--policy '${values.policy}': ${read.error} (docs/tools/policy.md)`);
      policy = read.value;
    }
    const options = {today, account, ...(ignore.length ? {ignore} : {}), ...(policy ? {policy} : {})};
    const results: FileResult[] = [];
    let priced: {bill: BillEstimate; assumptions: string[]} | undefined;
    const terraform = inputs.filter(({file}) => file.endsWith('.tf'));
    let terraformDone = false;
    for (const {file, explicit} of inputs) {
      if (file.endsWith('.tf')) {
        // .tf files are read module by module (a directory's .tf files together), at the first one met.
        if (!terraformDone) results.push(...(await checkTerraformFiles(io, terraform, options, (path) => readInput(io, path, 'file'))));
        terraformDone = true;
        continue;
      }
      const text = readInput(io, file, 'file');
      const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
      const parsed = parseConfigText(text, {
        ...(values.region ? {region: values.region} : {}),
        // serverless.yml ${file(./x.yml)}: relative to the file, YAML or JSON.
        readFile: (path) => {
          try {
            return io.readFile(path.startsWith('/') ? path : dir + path.replace(/^\.\//, ''));
          } catch {
            return undefined;
          }
        },
        parse: (source) => parseYaml(source),
      });
      if (!parsed.ok) {
        // A directory walk meets files that are not templates (or are for another cloud): list them, go on.
        if (!explicit) { results.push({file, skipped: parsed.error}); continue; }
        if (parsed.error.includes(NOT_AWS)) { results.push({file, skipped: parsed.error}); continue; }
        throw new UsageError(`${file}: ${parsed.error}`);
      }
      const report = checkFunctions(parsed.value.functions, options, parsed.value.templateFindings);
      const paths = new Map(parsed.value.functions.filter((fn) => fn.path).map((fn) => [fn.name, fn.path!] as const));
      results.push({file, format: parsed.value.format, report, ...(paths.size ? {paths} : {})});
      if (values.usage !== undefined) priced = await priceFunctions(parsed.value.functions, await readTraffic(readInput(io, values.usage, '--usage file'), values.usage));
    }
    const findings = results.flatMap((result) => (result.report ? [...result.report.account, ...result.report.functions.flatMap((fn) => fn.findings)] : []));
    const failed = findings.some((f) => atLeast(f.severity, failOn));
    if (format === 'json') {
      const strip = (finding: Finding) => ({rule: finding.rule, severity: finding.severity, message: finding.message, fix: finding.fix, source: finding.source});
      const one = (result: FileResult) => (result.report ? {
        ...(results.length > 1 ? {file: result.file} : {}),
        format: result.format,
        functions: result.report.functions.map((fn) => ({name: fn.name, ...(fn.location ? {line: fn.location.line} : {}), ...(result.paths?.get(fn.name) ? {path: result.paths.get(fn.name)} : {}), findings: fn.findings.map(strip)})),
        account: {findings: result.report.account.map(strip)},
      } : {file: result.file, skipped: result.skipped});
      const bill = priced ? {bill: {total: priced.bill.total, functions: priced.bill.functions, lineItems: priced.bill.lineItems.map(({id, label, formula, usd}) => ({id, label, formula, usd})), notes: [...priced.assumptions, ...priced.bill.notes]}} : {};
      if (results.length === 1) printJson(io, {...one(results[0]!), ...bill});
      else printJson(io, {files: results.map(one), summary: summarize(results, findings)});
    } else if (format === 'sarif') {
      io.out(formatSarif(results, VERSION));
    } else if (format === 'junit') {
      io.out(formatJunit(results, failOn));
    } else if (format === 'github') {
      const annotations = formatGithub(results);
      if (annotations) io.out(annotations);
      io.out(summaryLine(results, findings));
    } else {
      io.out(results.map(formatText).join('\n\n') + (priced ? formatBill(priced.bill, priced.assumptions) : ''));
      if (results.length > 1) io.out(`\n${summaryLine(results, findings)}`);
    }
    return failed ? EXIT_FINDINGS : EXIT_OK;
  },
};

function summarize(results: readonly FileResult[], findings: readonly Finding[]) {
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  return {files: results.filter((r) => r.report).length, skipped: results.filter((r) => !r.report).length, functions: results.reduce((n, r) => n + (r.report?.functions.length ?? 0), 0), errors: count('error'), warnings: count('warning'), notes: count('note')};
}

function summaryLine(results: readonly FileResult[], findings: readonly Finding[]): string {
  const s = summarize(results, findings);
  return `lambda-lab check: ${s.files} file${s.files === 1 ? '' : 's'} (${s.skipped} skipped), ${s.functions} function${s.functions === 1 ? '' : 's'}: ${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.notes} note${s.notes === 1 ? '' : 's'}`;
}
