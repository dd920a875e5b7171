import {ARCHITECTURES, type Architecture} from '../../data/schema.ts';
import {findRegionPrices} from '../../data/prices.ts';
import {
  checkWorkloadModel,
  fitMeasuredText,
  MODEL_ASSUMPTIONS,
  priceRecommendation,
  readRegionRates,
  recommendMemory,
  STRATEGIES,
  sweepMemory,
  WORKLOAD_LIMITS,
  type MemorySweep,
  type Recommendation,
  type Strategy,
  type WorkloadFit,
  type WorkloadModel,
} from '../../core/cpu/index.ts';
import {parseCommandArgs} from '../args.ts';
import {printJson, type Command} from '../command.ts';
import {UsageError} from '../errors.ts';
import {formatTable} from '../formatTable.ts';
import {orUsage, readFraction, readNumber, regionError} from '../cpu/readOptions.ts';
import {SOURCES} from '../../data/sources.ts';
import {createLambdaMath} from '../../core/quantity/createLambdaMath.ts';
import {createQuantityParser} from '../../core/quantity/createQuantityParser.ts';

const REFERENCE_SIZES = [128, 512, 1024, 1769, 3008, 10_240];

export const tuneCommand: Command = {
  name: 'tune',
  summary: 'Sweep every memory size for a workload model and recommend one (no deploy)',
  help: `Usage: lambda-lab tune --cpu <time> --requests <count> [options] [--json]

Models a function's duration at every memory size from 128 to 10,240 MB (10,113 sizes) on x86_64
and arm64, prices each with the pricing engine, and recommends a size under AWS Lambda Power
Tuning's strategies. Nothing is deployed or invoked: the figures are a model, not measurements.

Workload model:
  --cpu <time>          CPU time of one invocation on one full vCPU (at 1,769 MB): 800ms, 1.2s
  --io <time>           Time waiting on I/O, the same at every size (default 0ms)
  --parallel <share>    Share of the CPU work that runs in parallel, 0–1 or 0%–100% (default 0)
  --threads <n>         Threads the parallel part uses, 1–64 (default 6 if --parallel > 0, else 1)
  --init <time>         Init duration on a cold start (default 0ms)
  --cold-starts <share> Share of invocations that are cold starts, 0–1 (default 0)
  --arm-factor <n>      arm64 CPU time relative to x86_64, 0.1–10 (default 1)
  --measured <file>     Fit the model to measured results first: power tuning's output JSON, its
                        visualization URL, or lines like "1024 MB → 850 ms"; --cpu is then optional.
                        A parallel share is kept only if it beats the serial fit by more than
                        1 ms or 1 % of the mean duration (measurement noise)

Pricing and choice:
  --requests <count>    Invocations per month: 3M, 250k/day, 100/s (month = 730 h)
  --region <code>       AWS Region (default us-east-1)
  --arch <arch>         x86_64, arm64 or both (default both)
  --strategy <name>     cost, speed or balanced (default: all three)
  --weight <w>          balanced: 0 = fastest … 1 = cheapest (default 0.5)
  --json                Print JSON: { model, fit?, recommendations: { cost|speed|balanced: { architecture,
                        memoryMB, durationMs, costPerInvocationUsd, monthlyUsd, bill } }, reference, assumptions }
  -h, --help            Show this help

Examples:
  lambda-lab tune --cpu 800ms --io 120ms --parallel 0 --requests 3M --json
  lambda-lab tune --cpu 4s --parallel 90% --threads 6 --requests 100k --strategy speed
  lambda-lab tune --measured power-tuning-output.json --requests 3M`,
  run(args, io) {
    // The same typed-quantity parser as the calculator: binary MB/GB, ms/s/min, 3M, 250k/day, 100/s.
    const quantities = createQuantityParser(createLambdaMath());
    const {values} = parseCommandArgs(args, {
      cpu: {type: 'string'},
      io: {type: 'string'},
      parallel: {type: 'string'},
      threads: {type: 'string'},
      init: {type: 'string'},
      'cold-starts': {type: 'string'},
      'arm-factor': {type: 'string'},
      measured: {type: 'string'},
      requests: {type: 'string'},
      region: {type: 'string'},
      arch: {type: 'string'},
      strategy: {type: 'string'},
      weight: {type: 'string'},
    });
    if (values.requests === undefined) throw new UsageError('missing --requests (invocations per month, e.g. --requests 3M)');
    if (values.cpu === undefined && values.measured === undefined) throw new UsageError('missing --cpu (CPU time at 1 vCPU, e.g. --cpu 800ms) or --measured <file>');
    const requestsPerMonth = orUsage(quantities.monthlyCount(values.requests, '--requests'), 'requests');
    if (!(requestsPerMonth >= 0 && requestsPerMonth <= 1e13)) throw new UsageError(`--requests: must be from 0 to 10 trillion per month (Lambda Lab's pricing range; ${SOURCES.pricing})`);
    const region = values.region ?? 'us-east-1';
    if (!findRegionPrices(region)) throw regionError(region);
    const architectures = readArchitectures(values.arch);
    const strategies = readStrategies(values.strategy);
    const balancedWeight = values.weight === undefined ? 0.5 : readNumber(values.weight, 'weight', 0, 1);

    const parallelFraction = values.parallel === undefined ? 0 : readFraction(values.parallel, 'parallel', 'parallel share');
    const input: {-readonly [K in keyof WorkloadModel]?: WorkloadModel[K]} = {
      parallelFraction,
      maxThreads: values.threads === undefined ? (parallelFraction > 0 ? 6 : 1) : readNumber(values.threads, 'threads', WORKLOAD_LIMITS.maxThreads.min, WORKLOAD_LIMITS.maxThreads.max, true),
      ioMs: values.io === undefined ? 0 : orUsage(quantities.durationMs(values.io, '--io'), 'io'),
      initMs: values.init === undefined ? 0 : orUsage(quantities.durationMs(values.init, '--init'), 'init'),
      coldStartRate: values['cold-starts'] === undefined ? 0 : readFraction(values['cold-starts'], 'cold-starts', 'cold-start share'),
      arm64CpuFactor: values['arm-factor'] === undefined ? 1 : readNumber(values['arm-factor'], 'arm-factor', WORKLOAD_LIMITS.arm64CpuFactor.min, WORKLOAD_LIMITS.arm64CpuFactor.max),
    };
    if (values.cpu !== undefined) input.cpuMs = orUsage(quantities.durationMs(values.cpu, '--cpu'), 'cpu');
    let model = orUsage(checkWorkloadModel(input), flagOf(checkWorkloadModel(input)));

    let fit: WorkloadFit | undefined;
    if (values.measured !== undefined) {
      let text: string;
      try {
        text = io.readFile(values.measured);
      } catch {
        throw new UsageError(`--measured: cannot read '${values.measured}'`);
      }
      fit = orUsage(fitMeasuredText(text, model, values.threads === undefined ? {} : {maxThreads: model.maxThreads}), 'measured');
      model = fit.model;
    }

    const rates = orUsage(readRegionRates(region), 'region');
    const sweep = sweepMemory(model, rates, requestsPerMonth);
    const recommendations = Object.fromEntries(
      strategies.map((strategy) => [strategy, describeRecommendation(sweep, recommendMemory(sweep, strategy, {architectures, balancedWeight}), model, region, requestsPerMonth)]),
    );
    const reference = architectures.flatMap((architecture) => REFERENCE_SIZES.map((memoryMB) => pointAt(sweep, architecture, memoryMB)));
    const result = {
      region,
      requestsPerMonth,
      architectures,
      sizesSwept: sweep.size * architectures.length,
      model,
      ...(fit ? {fit: {rmsErrorMs: fit.rmsErrorMs, rSquared: fit.rSquared, notes: fit.notes, points: fit.points}} : {}),
      balancedWeight,
      recommendations,
      reference,
      assumptions: MODEL_ASSUMPTIONS,
    };
    if (values.json) {
      printJson(io, result);
      return 0;
    }
    printText(io.out, result, fit);
    return 0;
  },
};

function timeoutMessage(model: WorkloadModel): string {
  return `--cpu/--io/--init: at every memory size an invocation (${model.cpuMs.toLocaleString('en-US')} ms CPU, ${model.ioMs.toLocaleString('en-US')} ms I/O${model.coldStartRate > 0 ? `, ${model.initMs.toLocaleString('en-US')} ms init` : ''}) runs past the 900 s timeout (AWS Lambda quotas)`;
}

function flagOf(result: ReturnType<typeof checkWorkloadModel>): string {
  if (result.ok) return '';
  const label = result.error.split(':')[0];
  const flags: Record<string, string> = {
    'CPU time at 1 vCPU': 'cpu',
    'parallel share': 'parallel',
    threads: 'threads',
    'I/O wait': 'io',
    'init time': 'init',
    'cold-start rate': 'cold-starts',
    'arm64 CPU factor': 'arm-factor',
  };
  return flags[label ?? ''] ?? 'cpu';
}

function readArchitectures(text: string | undefined): readonly Architecture[] {
  if (text === undefined || text === 'both') return ARCHITECTURES;
  if ((ARCHITECTURES as readonly string[]).includes(text)) return [text as Architecture];
  throw new UsageError(`--arch: '${text}' is not one of x86_64, arm64, both (Lambda's instruction set architectures, https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html)`);
}

function readStrategies(text: string | undefined): readonly Strategy[] {
  if (text === undefined) return STRATEGIES;
  if ((STRATEGIES as readonly string[]).includes(text)) return [text as Strategy];
  throw new UsageError(`--strategy: '${text}' is not one of cost, speed, balanced (AWS Lambda Power Tuning's strategies, https://github.com/alexcasalboni/aws-lambda-power-tuning)`);
}

function pointAt(sweep: MemorySweep, architecture: Architecture, memoryMB: number) {
  const s = sweep.architectures[architecture];
  const i = memoryMB - 128;
  return {architecture, memoryMB, durationMs: s.durationMs[i]!, costPerInvocationUsd: s.costUsd[i]!, monthlyUsd: s.monthlyUsd[i]!};
}

function describeRecommendation(sweep: MemorySweep, rec: Recommendation, model: WorkloadModel, region: string, requestsPerMonth: number) {
  if (!rec.withinTimeout) throw new UsageError(timeoutMessage(model));
  const bill = priceRecommendation(sweep, rec, model, region, requestsPerMonth);
  return {
    architecture: rec.architecture,
    memoryMB: rec.memoryMB,
    durationMs: rec.durationMs,
    costPerInvocationUsd: rec.costUsd,
    monthlyUsd: rec.monthlyUsd,
    bill: {total: bill.total, totalUnrounded: bill.totalUnrounded, freeTierApplied: bill.freeTierApplied, lineItems: bill.lineItems.map(({id, label, formula, usd}) => ({id, label, formula, usd}))},
  };
}

function printText(out: (text: string) => void, result: {region: string; requestsPerMonth: number; model: WorkloadModel; recommendations: Record<string, ReturnType<typeof describeRecommendation>>; reference: ReturnType<typeof pointAt>[]; balancedWeight: number}, fit: WorkloadFit | undefined): void {
  const m = result.model;
  if (fit) {
    out(`Fitted to ${fit.points.length} measured points: RMS error ${fit.rmsErrorMs.toFixed(1)} ms, R² ${fit.rSquared.toFixed(4)}`);
    for (const note of fit.notes) out(`  note: ${note}`);
  }
  out(
    `Model: ${fmtMs(m.cpuMs)} CPU at 1 vCPU (${(m.parallelFraction * 100).toFixed(0)} % parallel on ≤ ${m.maxThreads} threads), ${fmtMs(m.ioMs)} I/O, ` +
      `${fmtMs(m.initMs)} init on ${(m.coldStartRate * 100).toFixed(1)} % cold starts, arm64 CPU × ${m.arm64CpuFactor}`,
  );
  out(`${result.requestsPerMonth.toLocaleString('en-US')} invocations per month in ${result.region}; every size 128–10,240 MB swept.\n`);
  out(
    formatTable(
      ['Strategy', 'Arch', 'Memory', 'Duration', 'Per invocation', 'Per month (no free tier)', 'Monthly bill (engine)'],
      Object.entries(result.recommendations).map(([strategy, r]) => [
        strategy === 'balanced' ? `balanced (w=${result.balancedWeight})` : strategy,
        r.architecture,
        `${r.memoryMB.toLocaleString('en-US')} MB`,
        fmtMs(r.durationMs),
        `$${r.costPerInvocationUsd.toPrecision(4)}`,
        `$${r.monthlyUsd.toFixed(2)}`,
        `$${r.bill.total.toFixed(2)}`,
      ]),
    ),
  );
  out('');
  out(
    formatTable(
      ['Arch', 'Memory', 'Duration', 'Per invocation', 'Per month'],
      result.reference.map((p) => [p.architecture, `${p.memoryMB.toLocaleString('en-US')} MB`, fmtMs(p.durationMs), `$${p.costPerInvocationUsd.toPrecision(4)}`, `$${p.monthlyUsd.toFixed(2)}`]),
    ),
  );
  out('\nA model, not a measurement: run with --json for the assumptions, or see /docs/configuration/memory-and-cpu.');
}

function fmtMs(ms: number): string {
  if (ms === 0) return '0 ms';
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;
}
