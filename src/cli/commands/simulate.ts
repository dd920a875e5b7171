import {parse as parseYaml} from 'yaml';
import {computeRunCost, describeRunCost, parseScenario, runSimulation, summarizeSimulation} from '../../core/simulate/concurrency/index.ts';
import type {SimulationRun} from '../../core/simulate/concurrency/index.ts';
import {parseTrafficScenario, simulateDeployment, summarizeDeployment} from '../../core/simulate/traffic/index.ts';
import type {TrafficRun} from '../../core/simulate/traffic/index.ts';
import {SCENARIO_PRESETS, findScenarioPreset} from '../../data/scenarios/index.ts';
import {TRAFFIC_PRESETS, findTrafficPreset} from '../../data/scenarios/trafficPresets.ts';
import {parseCommandArgs} from '../args.ts';
import {printJson, type Command} from '../command.ts';
import {UsageError} from '../errors.ts';
import {formatTable} from '../formatTable.ts';
import type {CliIO} from '../io.ts';

const ALL_PRESETS = [...SCENARIO_PRESETS, ...TRAFFIC_PRESETS];

/** Reads a scenario: a built-in name, or a YAML/JSON file (YAML is a superset of JSON). */
function loadScenario(target: string, io: CliIO): {input: unknown; label: string} {
  const preset = findScenarioPreset(target) ?? findTrafficPreset(target);
  if (preset) return {input: preset.input, label: preset.id};
  let text: string;
  try {
    text = io.readFile(target);
  } catch (error) {
    const code = (error as {code?: string}).code;
    throw new UsageError(`cannot read '${target}'${code ? ` (${code})` : ''}: give a scenario file or a built-in name (${ALL_PRESETS.map((p) => p.id).join(', ')})`);
  }
  try {
    return {input: parseYaml(text), label: target};
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(`'${target}' is not valid YAML or JSON: ${message}`);
  }
}

const round = (value: number, digits = 2): number => Number(value.toFixed(digits));
const costCell = (usd: number | undefined): string => (usd === undefined ? 'not priced' : usd.toFixed(4));

function series(values: Float32Array): number[] {
  return Array.from(values, (value) => round(value, 3));
}

function concurrencyJson(run: SimulationRun, withSeries: boolean) {
  const cost = computeRunCost(run);
  return {
    kind: 'concurrency',
    scenario: run.scenario,
    summary: [...summarizeSimulation(run).map((line) => line.text), describeRunCost(cost)],
    account: {quota: run.scenario.accountConcurrency, peakConcurrency: round(run.peakAccountConcurrency), peakSecond: run.peakAccountSecond},
    functions: run.functions.map((fn) => ({
      name: fn.name,
      totals: {...fn.totals, peakConcurrency: round(fn.totals.peakConcurrency), onDemandSeconds: round(fn.totals.onDemandSeconds), provisionedSeconds: round(fn.totals.provisionedSeconds)},
      cost: cost.functions.find((entry) => entry.name === fn.name)?.estimate ?? null,
      costError: cost.functions.find((entry) => entry.name === fn.name)?.error ?? null,
      ...(withSeries
        ? {series: {arrivals: series(fn.arrivals), served: series(fn.served), throttled: series(fn.throttled), coldStarts: series(fn.coldStarts), concurrency: series(fn.concurrency), environments: series(fn.environments), limit: series(fn.limit), waiting: series(fn.waiting)}}
        : {}),
    })),
    costUsd: round(cost.totalUsd),
    costUnroundedUsd: cost.totalUnroundedUsd,
  };
}

function trafficJson(run: TrafficRun, withSeries: boolean) {
  return {
    kind: 'traffic',
    scenario: run.scenario,
    outcome: run.outcome,
    rollbackSecond: run.rollbackSecond,
    summary: summarizeDeployment(run),
    events: run.events,
    totals: {toRequests: round(run.totals.toRequests), toErrors: round(run.totals.toErrors), fromErrors: round(run.totals.fromErrors)},
    ...(withSeries ? {series: {fromPercent: series(run.fromPercent), toPercent: series(run.toPercent), toRequests: series(run.toRequests), toErrors: series(run.toErrors)}} : {}),
  };
}

/** A scenario field's range with no AWS quota behind it is the simulator's own: say so (one line, like every flag). */
function withRangeSource(error: string): string {
  return /\)$/.test(error) ? error : `${error} (Lambda Lab's simulator range; the scenario format: docs/tools/cli-reference.md#simulate)`;
}

export const simulateCommand: Command = {
  name: 'simulate',
  summary: 'Simulate concurrency, throttling and cold starts, or a CodeDeploy traffic shift',
  help: `Usage: lambda-lab simulate <scenario.yaml | scenario.json | built-in name> [--json] [--series]
       lambda-lab simulate --list

Runs the same deterministic simulators as the site's widgets, in 1-second steps.
A concurrency scenario lists functions with their traffic; a traffic scenario has a
deploymentConfig (e.g. Canary10Percent5Minutes). The format is documented in docs/tools/cli.md.

Built-in scenarios: ${ALL_PRESETS.map((p) => p.id).join(', ')}

Options:
  --list      List the built-in scenarios with what each one teaches
  --json      Print one JSON object: summary, totals per function, cost (concurrency) or events (traffic)
  --series    With --json, include the per-second series (large for long runs)
  -h, --help  Show this help

Exit codes: 0 done; 2 unreadable or invalid scenario (one line naming the field and range).`,
  run(args, io) {
    const {values, positionals} = parseCommandArgs(args, {list: {type: 'boolean', default: false}, series: {type: 'boolean', default: false}});
    if (values.list) {
      if (values.json) printJson(io, {scenarios: ALL_PRESETS.map(({id, title, teaches}) => ({id, title, teaches}))});
      else io.out(formatTable(['Name', 'What it shows'], ALL_PRESETS.map((p) => [p.id, p.title])));
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError(`give one scenario file or built-in name (got ${positionals.length}); see --list`);
    const {input, label} = loadScenario(positionals[0]!, io);
    const isTraffic = typeof input === 'object' && input !== null && 'deploymentConfig' in input;

    if (isTraffic) {
      const parsed = parseTrafficScenario(input);
      if (!parsed.ok) throw new UsageError(`${label}: ${withRangeSource(parsed.error)}`);
      const run = simulateDeployment(parsed.value);
      if (values.json) {
        printJson(io, trafficJson(run, values.series));
        return 0;
      }
      io.out(run.events.map((event) => event.text).join('\n'));
      io.out(`\n${summarizeDeployment(run)}`);
      return 0;
    }

    const parsed = parseScenario(input);
    if (!parsed.ok) throw new UsageError(`${label}: ${withRangeSource(parsed.error)}`);
    const run = runSimulation(parsed.value);
    if (values.json) {
      printJson(io, concurrencyJson(run, values.series));
      return 0;
    }
    const cost = computeRunCost(run);
    const count = (value: number) => Math.round(value).toLocaleString('en-US');
    io.out(`${run.scenario.name}: ${count(run.scenario.durationSeconds)} s simulated, account quota ${count(run.scenario.accountConcurrency)}\n`);
    io.out(
      formatTable(
        ['Function', 'Arrivals', 'Served', 'Throttled', 'Cold starts', 'Peak concurrency', 'Cost (USD)'],
        run.functions.map((fn) => [fn.name, count(fn.totals.arrivals), count(fn.totals.served), count(fn.totals.throttledAttempts), count(fn.totals.coldStarts), count(fn.totals.peakConcurrency), costCell(cost.functions.find((c) => c.name === fn.name)?.estimate?.totalUnrounded)]),
      ),
    );
    io.out(`\n${[...summarizeSimulation(run).map((line) => line.text), describeRunCost(cost)].map((text) => `- ${text}`).join('\n')}`);
    return 0;
  },
};
