import {findBreakEvens, findCrossings, sweepTraffic} from '../../core/pricing/compute/breakEven.ts';
import {compareCompute, validateWorkload, type CompareWorkload} from '../../core/pricing/compute/compareCompute.ts';
import {createLambdaMath} from '../../core/quantity/createLambdaMath.ts';
import {createQuantityParser} from '../../core/quantity/createQuantityParser.ts';
import type {Result} from '../../core/result.ts';
import {parseCommandArgs} from '../args.ts';
import {printJson, type Command} from '../command.ts';
import {UsageError} from '../errors.ts';
import {formatTable} from '../formatTable.ts';

const OPTIONS = {
  requests: {type: 'string'},
  duration: {type: 'string'},
  memory: {type: 'string'},
  'peak-to-average': {type: 'string'},
  cpu: {type: 'string'},
  concurrency: {type: 'string'},
  utilisation: {type: 'string'},
  'instance-type': {type: 'string'},
  'task-vcpu': {type: 'string'},
  'task-memory': {type: 'string'},
  region: {type: 'string'},
} as const;

export const COMPARE_DEFAULTS = {peakToAverage: 2, cpuShare: 0.3, concurrencyPerVcpu: 16, utilisationTarget: 0.6, instanceType: 'm7g.xlarge', taskVcpu: 1, taskMemoryGB: 2} as const;

const HELP = `Usage: lambda-lab compare --requests <count> --duration <time> --memory <size> [options] [--json]

Prices one workload six ways for a month: Lambda on demand (x86_64 and arm64), Lambda with
provisioned concurrency, Lambda Managed Instances, Fargate and EC2 (us-east-1 prices). Fleets
are sized for the peak at the utilisation target and run all month; Lambda bills what runs.
Prints each option's sizing, monthly cost and what it leaves out, and the break-even points
along a traffic sweep of 0.1–10,000 requests/s. The free tier is left out for every option.

Options:
  --requests <count>        per month: 100M, 3e6, 40/s (required)
  --duration <time>         average duration, 1 ms–900 s (required)
  --memory <size>           Lambda memory, 128 MB–10,240 MB (required)
  --peak-to-average <x>     peak rate ÷ average rate, 1–100 (default ${COMPARE_DEFAULTS.peakToAverage})
  --cpu <share>             share of the duration on a CPU, 1%–100% (default ${COMPARE_DEFAULTS.cpuShare * 100}%)
  --concurrency <n>         requests one vCPU keeps in flight (Managed Instances, Fargate, EC2), 1–1,600 (default ${COMPARE_DEFAULTS.concurrencyPerVcpu})
  --utilisation <share>     fleet utilisation target at the peak, 10%–100% (default ${COMPARE_DEFAULTS.utilisationTarget * 100}%)
  --instance-type <type>    for Managed Instances and EC2 (default ${COMPARE_DEFAULTS.instanceType})
  --task-vcpu <n>           Fargate task vCPU, 0.25–16 (default ${COMPARE_DEFAULTS.taskVcpu})
  --task-memory <size>      Fargate task memory, 0.5–120 GB (default ${COMPARE_DEFAULTS.taskMemoryGB} GB)
  --region <code>           AWS Region (default us-east-1; only us-east-1 has every price the six options need)
  --json                    one JSON object: { options[], cheapest, breakEvens[], crossings[], sweep[], notes }
  -h, --help                show this help

Example:
  lambda-lab compare --requests 100M --duration 50ms --memory 1GB --cpu 30% --peak-to-average 3`;

/** "30%" → 0.3, "0.3" → 0.3. */
function share(text: string, flag: string): number {
  const trimmed = text.trim();
  const value = Number(trimmed.endsWith('%') ? trimmed.slice(0, -1) : trimmed);
  if (trimmed === '' || !Number.isFinite(value)) throw new UsageError(`--${flag}: expected a share like 30% or 0.3, got ${JSON.stringify(text)}`);
  return trimmed.endsWith('%') ? value / 100 : value;
}

function number(text: string, flag: string): number {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(value)) throw new UsageError(`--${flag}: expected a number, got ${JSON.stringify(text)}`);
  return value;
}

const unwrap = (result: Result<number>): number => {
  if (!result.ok) throw new UsageError(result.error);
  return result.value;
};

const money = (usd: number) => `$${usd.toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 2})}`;

export const compareCommand: Command = {
  name: 'compare',
  summary: 'Lambda (on demand, provisioned, Managed Instances), Fargate or EC2: one workload priced six ways, with break-even points',
  help: HELP,
  run(args, io) {
    const {values} = parseCommandArgs(args, OPTIONS);
    for (const flag of ['requests', 'duration', 'memory'] as const) {
      if (values[flag] === undefined) throw new UsageError(`missing --${flag} (${flag === 'requests' ? 'per month, e.g. --requests 100M or 40/s' : flag === 'duration' ? 'e.g. --duration 50ms' : '128 MB–10,240 MB, e.g. --memory 1GB'})`);
    }
    const parser = createQuantityParser(createLambdaMath());
    const workload: CompareWorkload = {
      ...(values.region !== undefined ? {region: values.region} : {}),
      requestsPerMonth: unwrap(parser.monthlyCount(values.requests!, '--requests')),
      averageDurationMs: unwrap(parser.durationMs(values.duration!, '--duration')),
      memoryMB: unwrap(parser.memoryMB(values.memory!, '--memory')),
      peakToAverage: values['peak-to-average'] !== undefined ? number(values['peak-to-average'], 'peak-to-average') : COMPARE_DEFAULTS.peakToAverage,
      cpuShare: values.cpu !== undefined ? share(values.cpu, 'cpu') : COMPARE_DEFAULTS.cpuShare,
      concurrencyPerVcpu: values.concurrency !== undefined ? number(values.concurrency, 'concurrency') : COMPARE_DEFAULTS.concurrencyPerVcpu,
      utilisationTarget: values.utilisation !== undefined ? share(values.utilisation, 'utilisation') : COMPARE_DEFAULTS.utilisationTarget,
      instanceType: values['instance-type'] ?? COMPARE_DEFAULTS.instanceType,
      taskVcpu: values['task-vcpu'] !== undefined ? number(values['task-vcpu'], 'task-vcpu') : COMPARE_DEFAULTS.taskVcpu,
      taskMemoryGB: values['task-memory'] !== undefined ? unwrap(parser.dataSizeMB(/[a-z]/i.test(values['task-memory']) ? values['task-memory'] : `${values['task-memory']} GB`, '--task-memory', {min: 512, max: 122_880, source: 'Fargate task sizes'})) / 1024 : COMPARE_DEFAULTS.taskMemoryGB,
    };
    const checked = validateWorkload(workload);
    if (!checked.ok) throw new UsageError(checked.error);
    let comparison;
    let sweep;
    try {
      comparison = compareCompute(workload);
      sweep = sweepTraffic(workload, {fromRps: 0.1, toRps: 10_000, points: 25});
    } catch (error) {
      if (error instanceof RangeError) throw new UsageError(error.message);
      throw error;
    }
    const breakEvens = findBreakEvens(workload, sweep);
    const crossings = findCrossings(workload, sweep);
    if (values.json) {
      printJson(io, {...comparison, breakEvens, crossings, sweep, workload, currency: 'USD'});
      return 0;
    }
    const rows = [...comparison.options].sort((a, b) => a.monthlyUsd - b.monthlyUsd).map((option) => [option.id === comparison.cheapest ? `${option.label} (cheapest)` : option.label, money(option.monthlyUsd), option.sizing]);
    io.out(formatTable(['Option', 'Per month', 'Sized as'], rows));
    io.out('');
    for (const note of comparison.notes) io.out(`Note: ${note}`);
    io.out('\nWhere the cheapest option changes (traffic sweep 0.1–10,000 requests/s, same shape):');
    if (breakEvens.length === 0) io.out('  It does not change over the sweep.');
    for (const point of breakEvens) io.out(`  ${point.text}`);
    io.out('\nWhat each figure leaves out:');
    for (const option of comparison.options) io.out(`  ${option.label}: ${option.leavesOut.join('; ')}.`);
    return 0;
  },
};
