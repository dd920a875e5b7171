import {parse as parseYaml} from 'yaml';
import {priceBill, priceFunction, readBill, readFunction, readOptions} from '../../core/pricing/index.ts';
import type {BillEstimate, FunctionEstimate, LineItem} from '../../core/pricing/index.ts';
import {createLambdaMath} from '../../core/quantity/createLambdaMath.ts';
import {createQuantityParser} from '../../core/quantity/createQuantityParser.ts';
import {HOURS_PER_MONTH} from '../../core/quantity/types.ts';
import {ESTIMATE_FLAGS, renameField} from '../flagNames.ts';
import {parseCommandArgs} from '../args.ts';
import {printJson, type Command} from '../command.ts';
import {UsageError} from '../errors.ts';
import {formatTable} from '../formatTable.ts';
import type {CliIO} from '../io.ts';
import {runDiff} from './estimateDiff.ts';
import {looksLikeTemplate, runTemplate, TEMPLATE_HELP} from './estimateTemplate.ts';

const OPTIONS = {
  memory: {type: 'string'},
  duration: {type: 'string'},
  requests: {type: 'string'},
  arch: {type: 'string'},
  region: {type: 'string'},
  name: {type: 'string'},
  'ephemeral-storage': {type: 'string'},
  'free-tier': {type: 'boolean', default: true},
  'provisioned-concurrency': {type: 'string'},
  'provisioned-hours': {type: 'string'},
  'provisioned-requests': {type: 'string'},
  'provisioned-duration': {type: 'string'},
  edge: {type: 'boolean', default: false},
  runtime: {type: 'string'},
  'package-type': {type: 'string'},
  'cold-start-ratio': {type: 'string'},
  'init-duration': {type: 'string'},
  'init-billing': {type: 'string'},
  'historical-100ms': {type: 'boolean', default: false},
  'async-events': {type: 'string'},
  'async-event-size': {type: 'string'},
  snapstart: {type: 'boolean', default: false},
  'snapstart-versions': {type: 'string'},
  'snapstart-hours': {type: 'string'},
  'snapstart-restores': {type: 'string'},
  'stream-size': {type: 'string'},
  'streamed-responses': {type: 'string'},
  'savings-plan': {type: 'string'},
  compute: {type: 'string'},
  'instance-type': {type: 'string'},
  instances: {type: 'string'},
  hours: {type: 'string'},
  'ec2-discount': {type: 'string'},
  'durable-operations': {type: 'string'},
  'durable-data-written': {type: 'string'},
  'durable-retention': {type: 'string'},
  'tenant-environments': {type: 'string'},
  pollers: {type: 'string'},
  'poller-units': {type: 'string'},
  'poller-hours': {type: 'string'},
} as const;

const HELP = `Usage: lambda-lab estimate --memory <size> --duration <time> --requests <count> [options] [--json]
       lambda-lab estimate <bill.yaml|bill.json> [--no-free-tier] [--json]

Prices Lambda functions for one month, to the cent, with each line's arithmetic. Each line item is
rounded to the cent and the total is the sum of the rounded lines (as AWS's examples do); the
unrounded figures are kept in --json. MB and GB are binary (1 GB = 1024 MB). Rates like 100/s are
turned into a month of ${HOURS_PER_MONTH} hours.

Function options:
  --memory <size>              128 MB–10,240 MB, e.g. 1536MB or 1.5GB (required)
  --duration <time>            average duration, 0–900 s, e.g. 120ms or 2s (required)
  --requests <count>           per month: 3M, 3e6, 100/s, 250k/day (required)
  --arch x86_64|arm64          default x86_64
  --region <code>              default us-east-1
  --ephemeral-storage <size>   512 MB–10,240 MB; only the part above 512 MB is billed
  --free-tier / --no-free-tier apply the monthly free tier once (default: on)
  --provisioned-concurrency N  environments kept warm, billed in 5-minute blocks
  --provisioned-hours H        hours per month it is on (required with the above)
  --provisioned-requests <n>   requests it serves (default: as many as it can; the rest overflow on-demand)
  --provisioned-duration <t>   average duration of those requests (default: --duration)
  --edge                       price as Lambda@Edge (own rates, no free tier)
  --runtime <family>           nodejs, python, java, dotnet, ruby, custom (SnapStart and the old INIT rule)
  --package-type zip|image     default zip
  --cold-start-ratio <share>   share of on-demand invocations that are cold, e.g. 0.01 or 1%
  --init-duration <time>       average INIT duration of a cold start (billed since 2025-08-01)
  --init-billing <rule>        since-2025-08 (default) or before-2025-08 (for teaching)
  --historical-100ms           round durations up to 100 ms, the rule before December 2020
  --async-events <count>       async events larger than 256 KB per month ...
  --async-event-size <size>    ... and their average size (up to 1 MB; +1 request per 64 KB over 256 KB)
  --snapstart                  SnapStart on (Python/.NET: cache + restores; Java: free)
  --snapstart-versions N       active versions (default 1)
  --snapstart-hours H          hours each version is active (default ${HOURS_PER_MONTH}; minimum 3 billed)
  --snapstart-restores <n>     restores per month (default: cold starts)
  --stream-size <size>         average streamed response; the part above 6 MB is billed
  --streamed-responses <n>     streamed responses per month (default: all requests)
  --savings-plan <percent>     Compute Savings Plans discount, 0–17 (each eligible line at the plan rate, rounded per line)

Lambda Managed Instances (no duration charge; EC2 + 15% fee on the on-demand price + requests):
  --compute lambda|managed-instances   default lambda
  --instance-type <type>       e.g. m7g.xlarge (us-east-1 prices; M/C/R 7th generation, large–4xlarge)
  --instances N                instances running on average (required with managed-instances)
  --hours H                    hours they run this month (default ${HOURS_PER_MONTH})
  --ec2-discount <percent>     EC2 Savings Plans / Reserved Instances discount on the EC2 part, 0–72
  (--memory defaults to 2 GB and --duration to 0 on Managed Instances: neither is billed there)

Durable functions, tenant isolation, provisioned event pollers:
  --durable-operations <n>     durable operations per month (starts, steps, waits, callbacks), $8.00 per 1M
  --durable-data-written <size> data written per month, e.g. 12GB ($0.25 per GB)
  --durable-retention <days>   days kept after an execution closes, 1–90 (default 14; $0.15 per GB-month)
  --tenant-environments <n>    tenant-isolated environments created per month
  --pollers kafka|sqs          an event source mapping in provisioned mode ...
  --poller-units N             ... its event poller units (SQS: at least 2)
  --poller-hours H             ... hours in provisioned mode (default ${HOURS_PER_MONTH})
  --json                       print one JSON object: { total, totalUnrounded, lineItems[], usage, freeTierApplied, notes, ... }
  -h, --help                   show this help

A bill file lists several functions priced together: the free tier once for the account and the
duration tiers over the sum per Region and architecture (docs/pricing/bill-format.md).

Examples:
  lambda-lab estimate --memory 1536MB --duration 120ms --requests 3M --free-tier --json
  lambda-lab estimate --memory 1GB --duration 2s --requests 100/s --arch arm64 --region eu-west-1
  lambda-lab estimate --compute managed-instances --instance-type m7g.xlarge --instances 3 --hours 730 --requests 100M --json
  lambda-lab estimate --memory 512MB --duration 200ms --requests 3M --durable-operations 6M --durable-data-written 12GB
  lambda-lab estimate bill.yaml

Whole designs from a template (SAM, CloudFormation, serverless.yml, cdk synth):

${TEMPLATE_HELP}`;

type Values = ReturnType<typeof parseCommandArgs<typeof OPTIONS>>['values'];

/** Builds a bill-format function entry from the flags, so flags and files share one reader. */
function entryFromFlags(values: Values): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  const set = (key: string, value: unknown) => {
    if (value !== undefined) entry[key] = value;
  };
  set('name', values.name);
  set('memory', values.memory);
  set('duration', values.duration);
  set('requests', values.requests);
  set('architecture', values.arch);
  set('region', values.region);
  set('ephemeralStorage', values['ephemeral-storage']);
  set('runtime', values.runtime);
  set('packageType', values['package-type']);
  set('coldStartRatio', values['cold-start-ratio']);
  set('initDuration', values['init-duration']);
  if (values.edge) entry['edge'] = true;
  if (values['provisioned-concurrency'] !== undefined || values['provisioned-hours'] !== undefined) {
    if (values['provisioned-concurrency'] === undefined || values['provisioned-hours'] === undefined) {
      throw new UsageError('--provisioned-concurrency and --provisioned-hours go together (e.g. --provisioned-concurrency 10 --provisioned-hours 730)');
    }
    entry['provisionedConcurrency'] = {
      concurrency: values['provisioned-concurrency'],
      hoursPerMonth: values['provisioned-hours'],
      ...(values['provisioned-requests'] !== undefined ? {requestsServed: values['provisioned-requests']} : {}),
      ...(values['provisioned-duration'] !== undefined ? {duration: values['provisioned-duration']} : {}),
    };
  }
  if (values['async-events'] !== undefined || values['async-event-size'] !== undefined) {
    entry['largeAsyncEvents'] = {perMonth: values['async-events'] ?? values.requests, averageSize: values['async-event-size']};
  }
  if (values.snapstart || values['snapstart-versions'] || values['snapstart-hours'] || values['snapstart-restores']) {
    entry['snapStart'] = {
      ...(values['snapstart-versions'] !== undefined ? {activeVersions: values['snapstart-versions']} : {}),
      ...(values['snapstart-hours'] !== undefined ? {activeHoursPerMonth: values['snapstart-hours']} : {}),
      ...(values['snapstart-restores'] !== undefined ? {restoresPerMonth: values['snapstart-restores']} : {}),
    };
  }
  const lmiFlags = (['instance-type', 'instances', 'hours', 'ec2-discount'] as const).filter((flag) => values[flag] !== undefined);
  if (values.compute !== undefined) set('compute', values.compute);
  if (values.compute === 'managed-instances' || lmiFlags.length > 0) {
    if (values.compute !== 'managed-instances') throw new UsageError(`--${lmiFlags[0]} needs --compute managed-instances`);
    if (values['instance-type'] === undefined || values.instances === undefined) throw new UsageError('--compute managed-instances needs --instance-type and --instances (e.g. --instance-type m7g.xlarge --instances 3)');
    entry['managedInstances'] = {
      instanceType: values['instance-type'],
      instances: values.instances,
      ...(values.hours !== undefined ? {hoursPerMonth: values.hours} : {}),
      ...(values['ec2-discount'] !== undefined ? {ec2DiscountPercent: values['ec2-discount']} : {}),
    };
  }
  const durableFlags = (['durable-operations', 'durable-data-written', 'durable-retention'] as const).filter((flag) => values[flag] !== undefined);
  if (durableFlags.length > 0) {
    if (values['durable-operations'] === undefined) throw new UsageError(`--${durableFlags[0]} needs --durable-operations (durable operations per month, e.g. 6M)`);
    entry['durable'] = {
      operations: values['durable-operations'],
      ...(values['durable-data-written'] !== undefined ? {dataWritten: values['durable-data-written']} : {}),
      ...(values['durable-retention'] !== undefined ? {retention: values['durable-retention']} : {}),
    };
  }
  if (values['tenant-environments'] !== undefined) entry['tenantIsolation'] = {environments: values['tenant-environments']};
  const pollerFlags = (['pollers', 'poller-units', 'poller-hours'] as const).filter((flag) => values[flag] !== undefined);
  if (pollerFlags.length > 0) {
    if (values.pollers === undefined || values['poller-units'] === undefined) throw new UsageError('--pollers and --poller-units go together (e.g. --pollers sqs --poller-units 2)');
    entry['eventPollers'] = {source: values.pollers, pollerUnits: values['poller-units'], ...(values['poller-hours'] !== undefined ? {hoursPerMonth: values['poller-hours']} : {})};
  }
  if (values['stream-size'] !== undefined) {
    entry['responseStreaming'] = {averageResponseSize: values['stream-size'], ...(values['streamed-responses'] !== undefined ? {responsesPerMonth: values['streamed-responses']} : {})};
  }
  return entry;
}

function optionsFromFlags(values: Values, base: Record<string, unknown> = {}): Record<string, unknown> {
  const options: Record<string, unknown> = {...base};
  // --free-tier defaults to on; only an explicit --no-free-tier turns a file's setting off.
  if (values['free-tier'] === false) options['freeTier'] = false;
  if (values['savings-plan'] !== undefined) options['savingsPlanPercent'] = values['savings-plan'];
  if (values['init-billing'] !== undefined) options['initBilling'] = values['init-billing'];
  if (values['historical-100ms']) options['granularityMs'] = 100;
  return options;
}

function readDocument(io: CliIO, path: string): unknown {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    const code = (error as {code?: string}).code;
    throw new UsageError(`cannot read '${path}'${code ? ` (${code})` : ''}: give a bill.yaml or bill.json file (docs/pricing/bill-format.md)`);
  }
  try {
    return path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(`'${path}' is not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}: ${message}`);
  }
}

const money = (usd: number) => `${usd < 0 ? '−' : ''}$${Math.abs(usd).toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 2})}`;

function printTable(io: CliIO, estimate: FunctionEstimate | BillEstimate): void {
  const rows = estimate.lineItems.map((item: LineItem) => [item.label, `${item.quantity.toLocaleString('en-US', {maximumFractionDigits: 4})} ${item.unit}`, money(item.usd)]);
  rows.push(['Total (sum of rounded lines)', '', money(estimate.total)]);
  io.out(formatTable(['Line item', 'Billable quantity', 'USD'], rows));
  io.out('\nHow each line was computed:');
  for (const item of estimate.lineItems) io.out(`  ${item.label}: ${item.formula}`);
  const free = estimate.freeTierApplied;
  io.out(`\nFree tier used: ${free.requests.toLocaleString('en-US')} requests, ${free.gbSeconds.toLocaleString('en-US')} GB-s, ${free.streamingGB.toLocaleString('en-US')} GB streamed.`);
  if ('functions' in estimate && estimate.functions.length > 1) {
    io.out('\nPer function (pro-rata share of each line):');
    io.out(formatTable(['Function', 'Share USD', 'Alone, with its own free tier'], estimate.functions.map((share) => [share.name, money(share.usd), money(share.standaloneUsd)])));
    io.out(`Summing the functions priced alone would say ${money(estimate.sumOfStandaloneUsd)} (${money(estimate.standaloneOverstatementUsd)} ${estimate.standaloneOverstatementUsd >= 0 ? 'too much' : 'off'}).`);
  }
  for (const note of estimate.notes) io.out(`Note: ${note}`);
}

/** Engine errors (a Region without some price) become one-line usage errors. */
function guard<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message);
    throw error;
  }
}

/** A template estimate: --usage/--usage-template given, or the one file is a template rather than a bill. */
function isTemplateRun(args: string[], io: CliIO): boolean {
  if (args.includes('--usage') || args.includes('--usage-template') || args.some((arg) => arg.startsWith('--usage='))) return true;
  const file = args.find((arg) => !arg.startsWith('-'));
  if (file === undefined) return false;
  try {
    return looksLikeTemplate(io.readFile(file));
  } catch {
    return false;
  }
}

export const estimateCommand: Command = {
  name: 'estimate',
  summary: 'Price one function or a multi-function bill for a month, to the cent',
  help: HELP,
  run(args, io) {
    // Templates and diffs have their own commands (estimateTemplate.ts, estimateDiff.ts).
    if (args[0] === 'diff') return runDiff(args.slice(1), io);
    if (isTemplateRun(args, io)) return runTemplate(args, io);
    const {values, positionals} = parseCommandArgs(args, OPTIONS);
    const parser = createQuantityParser(createLambdaMath());
    if (positionals.length > 1) throw new UsageError(`expected at most one bill file, got ${positionals.length} (${positionals.join(', ')})`);
    const assumptions = {currency: 'USD', hoursPerMonth: HOURS_PER_MONTH, binaryUnits: '1 GB = 1024 MB', rounding: 'each line item to the cent (half up); total = sum of rounded lines'};

    if (positionals.length === 1) {
      const path = positionals[0] ?? '';
      const flagsGiven = ['memory', 'duration', 'requests'].filter((flag) => values[flag as keyof Values] !== undefined);
      if (flagsGiven.length > 0) throw new UsageError(`give either a bill file or --${flagsGiven[0]} and the other function flags, not both`);
      const doc = readDocument(io, path) as {options?: Record<string, unknown>} | unknown[];
      const base = !Array.isArray(doc) && doc && typeof doc === 'object' && doc.options && typeof doc.options === 'object' ? doc.options : {};
      const merged = Array.isArray(doc) ? {functions: doc, options: optionsFromFlags(values)} : {...(doc as object), options: optionsFromFlags(values, base)};
      const bill = readBill(merged, parser);
      if (!bill.ok) throw new UsageError(bill.error);
      const estimate = guard(() => priceBill(bill.value.functions, bill.value.options));
      if (values.json) printJson(io, {...estimate, currency: 'USD', assumptions, inputs: bill.value});
      else printTable(io, estimate);
      return 0;
    }

    const required = values.compute === 'managed-instances' ? (['requests'] as const) : (['memory', 'duration', 'requests'] as const);
    for (const flag of required) {
      if (values[flag] === undefined) throw new UsageError(`missing --${flag} (${flag === 'memory' ? '128 MB–10,240 MB, e.g. --memory 1536MB' : flag === 'duration' ? '0–900 s, e.g. --duration 120ms' : 'per month, e.g. --requests 3M or 100/s'}), or give a bill file`);
    }
    const usage = readFunction(entryFromFlags(values), 0, parser);
    if (!usage.ok) throw new UsageError(renameField(usage.error.replace(/^function 1: /, ''), ESTIMATE_FLAGS));
    const options = readOptions(optionsFromFlags(values));
    if (!options.ok) throw new UsageError(renameField(options.error, ESTIMATE_FLAGS));
    const estimate = guard(() => priceFunction(usage.value, options.value));
    if (values.json) printJson(io, {...estimate, currency: 'USD', assumptions, inputs: {function: usage.value, options: options.value}});
    else printTable(io, estimate);
    return 0;
  },
};
