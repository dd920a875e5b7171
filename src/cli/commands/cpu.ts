import {CPU_SHARE_MODEL, VISIBLE_CORES} from '../../data/cpu.ts';
import {ARCHITECTURES} from '../../data/schema.ts';
import {checkMemoryMB, describeCpu} from '../../core/cpu/index.ts';
import {invocationCost} from '../../core/pricing/index.ts';
import {findRegionPrices} from '../../data/prices.ts';
import {parseCommandArgs, requireOption} from '../args.ts';
import {printJson, type Command} from '../command.ts';
import {UsageError} from '../errors.ts';
import {formatTable} from '../formatTable.ts';
import {orUsage, regionError} from '../cpu/readOptions.ts';
import {SOURCES} from '../../data/sources.ts';
import {createLambdaMath} from '../../core/quantity/createLambdaMath.ts';
import {createQuantityParser} from '../../core/quantity/createQuantityParser.ts';


export const cpuCommand: Command = {
  name: 'cpu',
  summary: 'Show the CPU share, visible cores and price per ms of one memory size',
  help: `Usage: lambda-lab cpu --memory <size> [--duration <time>] [--region <code>] [--json]

Shows what a memory size buys in CPU: the official share (memory / 1,769 MB vCPU, AWS docs) and the
cores the function sees (2 up to 3,008 MB, then 3–6: a community measurement, not AWS-documented),
with the price of 1 ms and of 1M invocations on x86_64 and arm64 (first tier, no free tier).

Options:
  --memory <size>    128–10,240 MB in 1 MB steps: 1769MB, 1.5GB (GB are binary: 1 GB = 1,024 MB)
  --duration <time>  Duration of one invocation for the per-1M price (default 100ms): 250ms, 1.2s
  --region <code>    AWS Region (default us-east-1)
  --json             Print JSON: { memoryMB, vcpuShare, visibleCores, singleThreadSpeed, nextWholeVcpuAtMB,
                     prices: { x86_64: { perMsUsd, per1MInvocationsUsd }, arm64: … }, sources }
  -h, --help         Show this help

Examples:
  lambda-lab cpu --memory 1769MB --json
  lambda-lab cpu --memory 3GB --duration 450ms`,
  run(args, io) {
    // The same typed-quantity parser as the calculator: binary MB/GB, ms/s/min, 3M, 250k/day, 100/s.
    const quantities = createQuantityParser(createLambdaMath());
    const {values} = parseCommandArgs(args, {memory: {type: 'string'}, duration: {type: 'string'}, region: {type: 'string'}});
    const memoryMB = orUsage(checkMemoryMB(orUsage(quantities.memoryMB(requireOption(values, 'memory', 'e.g. --memory 1769MB'), '--memory'), 'memory'), '--memory'), 'memory');
    const durationMs = orUsage(quantities.durationMs(values.duration ?? '100ms', '--duration'), 'duration');
    if (!(durationMs > 0)) throw new UsageError(`--duration: must be above 0 ms and at most 900,000 ms (the 900 s timeout, ${SOURCES.quotas})`);
    const region = values.region ?? 'us-east-1';
    if (!findRegionPrices(region)) throw regionError(region);
    const cpu = describeCpu(memoryMB);
    const prices = Object.fromEntries(
      ARCHITECTURES.map((architecture) => {
        const oneMs = invocationCost({region, architecture, memoryMB, durationMs: 1});
        const one = invocationCost({region, architecture, memoryMB, durationMs});
        return [architecture, {perMsUsd: oneMs.durationUsd, per1MInvocationsUsd: one.totalUsd * 1_000_000, billedDurationMs: one.billedDurationMs}];
      }),
    ) as Record<(typeof ARCHITECTURES)[number], {perMsUsd: number; per1MInvocationsUsd: number; billedDurationMs: number}>;
    const result = {
      ...cpu,
      region,
      durationMs,
      prices,
      sources: {
        vcpuShare: {source: CPU_SHARE_MODEL.source, asOf: CPU_SHARE_MODEL.asOf, rule: `memory / ${CPU_SHARE_MODEL.mbPerVcpu} MB`},
        visibleCores: {source: VISIBLE_CORES.source, asOf: VISIBLE_CORES.asOf, empirical: true},
        prices: 'first-tier on-demand rates, no free tier, unrounded (src/data/prices.ts)',
      },
    };
    if (values.json) {
      printJson(io, result);
      return 0;
    }
    io.out(
      formatTable(
        ['', 'Value'],
        [
          ['Memory', `${memoryMB.toLocaleString('en-US')} MB`],
          ['CPU share (official: memory / 1,769 MB)', `${cpu.vcpuShare.toFixed(3)} vCPU`],
          ['Visible cores (empirical, rwnx/lambda-cpuinfo)', String(cpu.visibleCores)],
          ['One thread runs at', `${(cpu.singleThreadSpeed * 100).toFixed(1)} % of a vCPU`],
          ['Next whole vCPU at', cpu.nextWholeVcpuAtMB === null ? '— (5.79 vCPU is the most)' : `${cpu.nextWholeVcpuAtMB.toLocaleString('en-US')} MB`],
          ...ARCHITECTURES.flatMap((arch) => [
            [`Price per 1 ms, ${arch}`, `$${prices[arch].perMsUsd.toPrecision(6)}`],
            [`Price per 1M invocations of ${durationMs} ms, ${arch}`, `$${prices[arch].per1MInvocationsUsd.toFixed(4)}`],
          ]),
        ],
      ),
    );
    return 0;
  },
};
