import {refusedBeforeInvoke} from '../../core/runtime/requestLimits.ts';
import {formatAwsCall, parseMockFile, type MockFile} from '../../core/awsMocks/index.ts';
import {invocationCost} from '../../core/pricing/index.ts';
import {parseEnvPairs, parseMemoryMB, parseTimeoutMs} from '../../core/runtime/parseInvokeSettings.ts';
import type {InvocationOutcome} from '../../core/runtime/types.ts';
import {EVENT_TEMPLATES, findEventTemplate} from '../../data/events/index.ts';
import {invokeHandler, InvokeOptionsError} from '../../sandbox/node/invokeHandler.ts';
import {isPythonRuntimeId, pythonEngineSentence, PYODIDE_PYTHON_VERSION, PYODIDE_VERSION, PYTHON_RUNTIME_IDS} from '../../core/runtime/python/pythonRuntimes.ts';
import {invokePythonHandler} from '../../sandbox/python/node/invokePythonHandler.ts';
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

/** Escapes C0/C1 control characters except newline and tab, so logs cannot drive the terminal. */
export function escapeControl(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function readMocks(io: CliIO, path: string | undefined): MockFile | undefined {
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = io.readFile(path);
  } catch {
    throw new UsageError(`--mocks '${path}' is not a readable file`);
  }
  const parsed = parseMockFile(text);
  if (!parsed.ok) throw new UsageError(`--mocks '${path}': ${parsed.error}`);
  return parsed.value;
}

function costOf(outcome: InvocationOutcome, architecture: 'x86_64' | 'arm64', region: string) {
  const cost = invocationCost({region, architecture, memoryMB: outcome.report.memorySizeMB, durationMs: outcome.report.billedDurationMs});
  if (refusedBeforeInvoke(outcome)) return {billedDurationMs: 0, requestUsd: 0, durationUsd: 0, totalUsd: 0};
  return {billedDurationMs: cost.billedDurationMs, requestUsd: cost.requestUsd, durationUsd: cost.durationUsd, totalUsd: cost.totalUsd};
}

export const invokeCommand: Command = {
  name: 'invoke',
  summary: 'Run a Lambda handler in the playground sandbox and print its logs, REPORT line and cost',
  help: `Usage: lambda-lab invoke <handler-file> [--event <file.json|template>] [--timeout 3s] [--memory 128MB]
                         [--env KEY=VALUE]... [--mocks mocks.json] [--times N] [--arch x86_64|arm64] [--json]

Runs the handler exported as \`handler\` from a .js/.mjs/.cjs/.ts file (ES module or CommonJS,
async or callback style) in the same QuickJS sandbox as the site's playground, the way the
Lambda Node.js 24 runtime (or --runtime) would: cold start with Init Duration, warm starts, context object,
timeouts, out-of-memory, error JSON, START/END/REPORT lines. Nothing touches the network or
your files; only simulated node:util, node:events, node:buffer, node:process, node:timers,
node:timers/promises and the simulated AWS SDK v3 (@aws-sdk/client-*, lib-dynamodb) can be
imported. Every AWS SDK call is recorded and answered from --mocks (default: an empty answer).
Mock file: {"latencyMs": 0, "mocks": [{"service": "ssm", "operation": "GetParameter",
"input": {"Name": "/app/x"}, "output": {...}} | {..., "error": {"code": "...", "statusCode": 400}}]}

Options:
  --event <v>     A JSON file, or a template id (${EVENT_TEMPLATES.length} templates, e.g. s3-put, sqs-receive-message). Default {}
  --timeout <t>   Function timeout, 1–900 seconds: 3s, 2500ms, 1m, or a number of seconds. Default 3s
  --memory <m>    Memory size, 128–10,240 MB: 128MB, 1.5GB, or a number of MB. Default 128MB
  --env K=V       An environment variable (repeatable). Lambda's reserved names are refused
  --mocks <file>  JSON answers for the simulated AWS SDK (first match per service+operation+input)
  --ephemeral-storage <m>  /tmp size, 512–10,240 MB (default 512MB); writes past it get ENOSPC
  --runtime <r>   nodejs24.x (default), nodejs22.x or nodejs20.x; callback handlers need 22 or 20
  --handler <h>   file.export, Lambda's Handler setting (e.g. app.lambdaHandler; default <file>.handler)
  --invocation-type <t>  RequestResponse (default, 6 MB event limit) or Event (asynchronous, 1 MB)
  --seed <n>      Seed crypto.randomBytes/randomUUID/getRandomValues (0–4294967295) for reproducible runs
  --times <n>     Invoke n times in a row (1–1000): the first is cold, later ones warm unless reset
  --arch <a>      x86_64 (default) or arm64, for the cost
  --region <r>    AWS Region for the cost (default us-east-1)
  --json          Print one JSON object: { result, error, logs, report, cost, invocations, session }
  -h, --help      Show this help

Python (.py files): the same run in CPython compiled to WebAssembly (Pyodide), as the Lambda
Python runtime would: lambda_function.lambda_handler-style handlers, the context object, print and
logging lines, the runtime's error JSON, simulated boto3 answered from --mocks. Only the Python
standard library and the simulated boto3/botocore can be imported.
  --handler <h>   module.function (default <file>.lambda_handler)
  --runtime <r>   ${PYTHON_RUNTIME_IDS.join(', ')} (default ${PYTHON_RUNTIME_IDS[0]}); the interpreter is
                  always CPython ${PYODIDE_PYTHON_VERSION} (Pyodide ${PYODIDE_VERSION})
  --log-format <f>  Text (default) or JSON (Lambda's advanced logging controls; log level INFO)

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
      mocks: {type: 'string'},
      seed: {type: 'string'},
      'ephemeral-storage': {type: 'string'},
      handler: {type: 'string'},
      runtime: {type: 'string'},
      'log-format': {type: 'string'},
      'invocation-type': {type: 'string'},
    });
    if (positionals.length !== 1) throw new UsageError(`expected exactly one handler file (got ${positionals.length}); see 'lambda-lab invoke --help'`);
    const filename = positionals[0]!;
    const python = /\.py$/i.test(filename);
    if (!python && !/\.(m|c)?(js|ts)$/i.test(filename)) throw new UsageError(`'${filename}' must be a .js, .mjs, .cjs, .ts, .mts, .cts or .py file`);
    if (!python && values['log-format'] !== undefined) throw new UsageError('--log-format is for Python (.py) handlers');
    const invocationType = values['invocation-type'] ?? 'RequestResponse';
    if (invocationType !== 'RequestResponse' && invocationType !== 'Event') throw new UsageError(`--invocation-type '${invocationType}' must be RequestResponse or Event (as in aws lambda invoke)`);
    if (python && invocationType !== 'RequestResponse') throw new UsageError('--invocation-type Event is for Node.js handlers');
    // --runtime names a Node.js runtime for .js/.ts files (checked by the Node engine) and a Python one for .py.
    const runtime = python ? values.runtime ?? PYTHON_RUNTIME_IDS[0] : PYTHON_RUNTIME_IDS[0];
    if (!isPythonRuntimeId(runtime)) throw new UsageError(`--runtime '${runtime}' must be one of ${PYTHON_RUNTIME_IDS.join(', ')}`);
    const logFormat = values['log-format'] ?? 'Text';
    if (logFormat !== 'Text' && logFormat !== 'JSON') throw new UsageError(`--log-format '${logFormat}' must be Text or JSON`);
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
    const mocks = readMocks(io, values.mocks);
    const storage = values['ephemeral-storage'] === undefined ? undefined : parseMemoryMB(values['ephemeral-storage']);
    if (storage && !storage.ok) throw new UsageError(storage.error.replace(/^memory:/, '--ephemeral-storage:').replace('(Lambda accepts 128–10,240 MB)', '(Lambda accepts 512–10,240 MB)'));
    const seed = values.seed === undefined ? undefined : Number(values.seed);
    if (seed !== undefined && (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)) throw new UsageError(`--seed '${values.seed}' must be a whole number from 0 to 4294967295`);

    let out;
    try {
      const common = {code, filename, event, timeoutMs: timeout.value, memoryMB: memory.value, env: env.value, times, ...(mocks ? {mocks} : {})};
      out = python
        ? await invokePythonHandler({...common, runtime, logFormat, ...(values.handler ? {handler: values.handler} : {})})
        : await invokeHandler({...common, ...(seed !== undefined ? {randomSeed: seed} : {}), ...(storage?.ok ? {ephemeralStorageMB: storage.value} : {}), ...(values.runtime !== undefined ? {runtime: values.runtime} : {}), ...(values.handler !== undefined ? {handler: values.handler} : {}), invocationType});
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
    const note = python ? `Durations are simulated. ${pythonEngineSentence(runtime)}` : SIMULATED_NOTE;
    if (values.json) {
      printJson(io, {
        result: out.result,
        error: out.error,
        logs: out.logs,
        report: out.report,
        cost: costs[costs.length - 1],
        awsCalls: out.invocations[out.invocations.length - 1]!.awsCalls,
        invocations: out.invocations.map((o, i) => ({requestId: o.requestId, cold: o.cold, status: o.status, result: o.result, error: o.error, report: o.report, cost: costs[i], awsCalls: o.awsCalls, ...(o.stream ? {stream: o.stream} : {})})),
        session: {invocations: out.invocations.length, totalUsd: sessionUsd, note: `${note} Costs are on-demand first-tier rates in ${region}, without the free tier, unrounded.`},
      });
      return 0;
    }
    // Handler output is shown, never obeyed: control characters (ANSI colours, cursor moves, bells) are escaped.
    io.out(escapeControl(out.logs.join('\n').replace(/\r/g, '\n    ')));
    io.out('');
    const calls = out.invocations.flatMap((o) => o.awsCalls);
    if (calls.length > 0) {
      io.out(`AWS calls (simulated SDK, in order${out.invocations.length > 1 ? ', all invocations' : ''}):`);
      calls.forEach((c, i) => io.out(`  ${escapeControl(formatAwsCall(c, i + 1))}`));
      io.out('');
    }
    const stream = out.invocations[out.invocations.length - 1]!.stream;
    if (stream) {
      io.out(`Streamed response (${stream.contentType}, ${stream.chunks.length} chunks, ${stream.bytes} bytes${stream.prelude !== undefined ? `, metadata ${JSON.stringify(stream.prelude)}` : ''}):`);
      for (const c of stream.chunks) io.out(`  +${c.atMs.toFixed(0)} ms  ${JSON.stringify(c.text)}`);
      io.out('');
    }
    if (out.error) io.out(`Error:  ${JSON.stringify(out.error, null, 2)}`);
    else io.out(`Result: ${JSON.stringify(out.result, null, 2)}`);
    const last = costs[costs.length - 1]!;
    io.out(`Cost:   $${formatUsd(last.totalUsd)} for this invocation ($${formatUsd(last.requestUsd)} request + $${formatUsd(last.durationUsd)} for ${last.billedDurationMs} ms at ${out.report.memorySizeMB} MB, ${architecture}, ${region})` +
      (costs.length > 1 ? `; $${formatUsd(sessionUsd)} for all ${costs.length}` : ''));
    io.out(`Note:   ${note}`);
    return 0;
  },
};
