import {invocationCost} from '../../core/pricing/index.ts';
import {parseEnvPairs, parseMemoryMB, parseTimeoutMs} from '../../core/runtime/parseInvokeSettings.ts';
import type {InvocationOutcome} from '../../core/runtime/types.ts';
import {EVENT_TEMPLATES, findEventTemplate} from '../../data/events/index.ts';
import {invokeHandler, InvokeOptionsError} from '../../sandbox/node/invokeHandler.ts';
import {parseCommandArgs} from '../args.ts';
import {printJson, type Command} from '../command.ts';
import {UsageError} from '../errors.ts';
import type {CliIO} from '../io.ts';

/** Exact enough for one invocation: plain decimals, no exponent ("0.0000002063"). */
function formatUsd(usd: number): string {
  return usd === 0 ? '0' : usd.toFixed(12).replace(/0+$/, '').replace(/\.$/, '');
}

/** Comma-separated ids wrapped to about 96 columns, indented. */
function wrapList(ids: readonly string[]): string {
  const lines: string[] = [];
  let line = ' ';
  for (const id of ids) {
    if (line.length + id.length + 2 > 96) {
      lines.push(line.trimEnd());
      line = ' ';
    }
    line += ` ${id},`;
  }
  lines.push(line.replace(/,$/, ''));
  return lines.join('\n');
}

const SIMULATED_NOTE = 'Durations are simulated: the handler ran in QuickJS (WebAssembly), which is slower than Node.js on Lambda.';

function readEvent(io: CliIO, value: string | undefined): unknown {
  if (value === undefined) return {};
  const template = findEventTemplate(value);
  if (template) return template.event;
  let text: string;
  try {
    text = io.readFile(value);
  } catch {
    throw new UsageError(`--event '${value}' is neither a readable JSON file nor a template (templates: ${EVENT_TEMPLATES.map((t) => t.id).join(', ')})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`--event '${value}' is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

function costOf(outcome: InvocationOutcome, architecture: 'x86_64' | 'arm64', region: string) {
  const cost = invocationCost({region, architecture, memoryMB: outcome.report.memorySizeMB, durationMs: outcome.report.billedDurationMs});
  return {billedDurationMs: cost.billedDurationMs, requestUsd: cost.requestUsd, durationUsd: cost.durationUsd, totalUsd: cost.totalUsd};
}

export const invokeCommand: Command = {
  name: 'invoke',
  summary: 'Run a Lambda handler in the playground sandbox and print its logs, REPORT line and cost',
  help: `Usage: lambda-lab invoke <handler-file> [--event <file.json|template>] [--timeout 3s] [--memory 128MB]
                         [--env KEY=VALUE]... [--times N] [--arch x86_64|arm64] [--json]

Runs the handler exported as \`handler\` from a .js/.mjs/.cjs/.ts file (ES module or CommonJS,
async or callback style) in the same QuickJS sandbox as the site's playground, the way the
Lambda Node.js 22 runtime would: cold start with Init Duration, warm starts, context object,
timeouts, out-of-memory, error JSON, START/END/REPORT lines. Nothing touches the network or
your files; only simulated node:util, node:events, node:buffer, node:process, node:timers and
node:timers/promises can be imported.

Options:
  --event <v>     A JSON file, or a template id (${EVENT_TEMPLATES.length} templates, e.g. s3-put, sqs-receive-message). Default {}
  --timeout <t>   Function timeout, 1–900 seconds: 3s, 2500ms, 1m, or a number of seconds. Default 3s
  --memory <m>    Memory size, 128–10,240 MB: 128MB, 1.5GB, or a number of MB. Default 128MB
  --env K=V       An environment variable (repeatable). Lambda's reserved names are refused
  --times <n>     Invoke n times in a row (1–1000): the first is cold, later ones warm unless reset
  --arch <a>      x86_64 (default) or arm64, for the cost
  --region <r>    AWS Region for the cost (default us-east-1)
  --json          Print one JSON object: { result, error, logs, report, cost, invocations, session }
  -h, --help      Show this help

Templates for --event:
${wrapList(EVENT_TEMPLATES.map((t) => t.id))}

Exit codes: 0 when the invocation ran (even if the function failed), 2 for bad usage.
${SIMULATED_NOTE}`,
  async run(args, io) {
    const {values, positionals} = parseCommandArgs(args, {
      event: {type: 'string'},
      timeout: {type: 'string'},
      memory: {type: 'string'},
      env: {type: 'string', multiple: true},
      times: {type: 'string'},
      arch: {type: 'string'},
      region: {type: 'string'},
    });
    if (positionals.length !== 1) throw new UsageError(`expected exactly one handler file (got ${positionals.length}); see 'lambda-lab invoke --help'`);
    const filename = positionals[0]!;
    if (!/\.(m|c)?(js|ts)$/i.test(filename)) throw new UsageError(`'${filename}' must be a .js, .mjs, .cjs, .ts, .mts or .cts file`);
    let code: string;
    try {
      code = io.readFile(filename);
    } catch {
      throw new UsageError(`cannot read handler file '${filename}'`);
    }
    const timeout = parseTimeoutMs(values.timeout ?? '3s');
    if (!timeout.ok) throw new UsageError(timeout.error);
    const memory = parseMemoryMB(values.memory ?? '128MB');
    if (!memory.ok) throw new UsageError(memory.error);
    const env = parseEnvPairs(values.env ?? []);
    if (!env.ok) throw new UsageError(env.error);
    const times = values.times === undefined ? 1 : Number(values.times);
    if (!Number.isInteger(times) || times < 1 || times > 1000) throw new UsageError(`--times '${values.times}' must be a whole number from 1 to 1,000`);
    const architecture = values.arch ?? 'x86_64';
    if (architecture !== 'x86_64' && architecture !== 'arm64') throw new UsageError(`--arch '${architecture}' must be x86_64 or arm64`);
    const region = values.region ?? 'us-east-1';
    const event = readEvent(io, values.event);

    let out;
    try {
      out = await invokeHandler({code, filename, event, timeoutMs: timeout.value, memoryMB: memory.value, env: env.value, times});
    } catch (error) {
      if (error instanceof InvokeOptionsError) throw new UsageError(error.message);
      throw error;
    }
    let costs;
    try {
      costs = out.invocations.map((o) => costOf(o, architecture, region));
    } catch (error) {
      throw new UsageError(`--region '${region}': ${error instanceof Error ? error.message : String(error)}`);
    }
    const sessionUsd = costs.reduce((sum, c) => sum + c.totalUsd, 0);
    if (values.json) {
      printJson(io, {
        result: out.result,
        error: out.error,
        logs: out.logs,
        report: out.report,
        cost: costs[costs.length - 1],
        invocations: out.invocations.map((o, i) => ({requestId: o.requestId, cold: o.cold, status: o.status, result: o.result, error: o.error, report: o.report, cost: costs[i]})),
        session: {invocations: out.invocations.length, totalUsd: sessionUsd, note: `${SIMULATED_NOTE} Costs are on-demand first-tier rates in ${region}, without the free tier, unrounded.`},
      });
      return 0;
    }
    io.out(out.logs.join('\n').replace(/\r/g, '\n    '));
    io.out('');
    if (out.error) io.out(`Error:  ${JSON.stringify(out.error, null, 2)}`);
    else io.out(`Result: ${JSON.stringify(out.result, null, 2)}`);
    const last = costs[costs.length - 1]!;
    io.out(`Cost:   $${formatUsd(last.totalUsd)} for this invocation ($${formatUsd(last.requestUsd)} request + $${formatUsd(last.durationUsd)} for ${last.billedDurationMs} ms at ${out.report.memorySizeMB} MB, ${architecture}, ${region})` +
      (costs.length > 1 ? `; $${formatUsd(sessionUsd)} for all ${costs.length}` : ''));
    io.out(`Note:   ${SIMULATED_NOTE}`);
    return 0;
  },
};
