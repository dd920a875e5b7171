/**
 * The Python sandbox through its worker_thread and host, as `lambda-lab invoke handler.py` runs
 * it: the CLI's JSON shape (the same keys as for Node handlers), warm reuse, and the watchdog for
 * code the in-thread interrupt cannot stop. Each new worker loads Pyodide (seconds), so this file
 * keeps to a few.
 */
import {afterAll, describe, expect, it} from 'vitest';
import {memoryIO} from '../../../../src/cli/io.ts';
import {main} from '../../../../src/cli/main.ts';
import {createFunctionConfig} from '../../../../src/core/runtime/createFunctionConfig.ts';
import {createNodePythonHost} from '../../../../src/sandbox/python/node/createNodePythonHost.ts';
import type {PythonInvokeRequest} from '../../../../src/sandbox/python/PythonRuntimeSession.ts';
import {py} from './support.ts';

const S3_HANDLER = py(
  'import urllib.parse, boto3',
  'print("Loading function")',
  's3 = boto3.client("s3")',
  'def lambda_handler(event, context):',
  '    bucket = event["Records"][0]["s3"]["bucket"]["name"]',
  '    key = urllib.parse.unquote_plus(event["Records"][0]["s3"]["object"]["key"], encoding="utf-8")',
  '    return s3.get_object(Bucket=bucket, Key=key)["ContentType"]',
);

describe('lambda-lab invoke handler.py', () => {
  it('--event s3-put --json prints the same JSON shape as for Node handlers', async () => {
    const mocks = JSON.stringify({mocks: [{service: 's3', operation: 'GetObject', output: {ContentType: 'image/jpeg', Body: 'x'}}]});
    const pyIO = memoryIO({'handler.py': S3_HANDLER, 'm.json': mocks});
    expect(await main(['invoke', 'handler.py', '--event', 's3-put', '--mocks', 'm.json', '--times', '2', '--json'], pyIO)).toBe(0);
    const out = JSON.parse(pyIO.stdout) as Record<string, unknown> & {logs: string[]; invocations: {cold: boolean}[]; awsCalls: {service: string}[]; session: {note: string}};
    const nodeIO = memoryIO({'h.mjs': 'export const handler = async () => 1;'});
    expect(await main(['invoke', 'h.mjs', '--json'], nodeIO)).toBe(0);
    expect(Object.keys(out)).toEqual(Object.keys(JSON.parse(nodeIO.stdout) as object));
    expect(out.result).toBe('image/jpeg');
    expect(out.invocations.map((i) => i.cold)).toEqual([true, false]);
    expect(out.logs[0]).toBe('Loading function');
    expect(out.awsCalls).toMatchObject([{service: 's3', operation: 'GetObject', input: {Bucket: 'amzn-s3-demo-bucket', Key: 'uploads/photo.jpg'}, outcome: 'mock'}]);
    expect(out.session.note).toContain('CPython 3.14.2 compiled to WebAssembly (Pyodide 314.0.7)');
  }, 120_000);

  it('exits 2 with one line for Python usage errors', async () => {
    for (const args of [['--runtime', 'python3.9'], ['--log-format', 'xml'], ['--handler', 'other.main'], ['--handler', 'bad name']]) {
      const io = memoryIO({'handler.py': S3_HANDLER});
      expect(await main(['invoke', 'handler.py', ...args], io), args.join(' ')).toBe(2);
      expect(io.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('the Python worker and its watchdog', () => {
  const host = createNodePythonHost();
  afterAll(() => host.dispose());
  const made = createFunctionConfig({timeoutMs: 1000});
  if (!made.ok) throw new Error(made.error);
  const request = (code: string): PythonInvokeRequest => ({language: 'python', code, config: {...made.value, moduleName: 'lambda_function', exportName: 'lambda_handler'}, runtime: 'python3.13', logFormat: 'Text', eventJson: '{}'});

  it('code stuck inside C (where the in-thread interrupt is never polled) is stopped by terminating the worker; the next start is cold in a new one', async () => {
    const counter = py('n = 0', 'def lambda_handler(e, c):', '    global n', '    n += 1', '    return n');
    expect((await host.invoke(request(counter))).result).toBe(1);
    expect((await host.invoke(request(counter))).result).toBe(2);
    const stubborn = py('def lambda_handler(e, c):', '    return sum(range(10**13))');
    const out = await host.invoke(request(stubborn));
    expect(out.status).toBe('timeout');
    expect(out.error!.errorMessage).toMatch(/Task timed out after 1\.\d\d seconds$/);
    expect(host.watchdogKills).toBe(1);
    const next = await host.invoke(request(counter));
    expect([next.cold, next.result]).toEqual([true, 1]);
  }, 180_000);

  it('breaking out of Python to a JavaScript object (_pyodide_core.to_js) finds no Function constructor to run code with', async () => {
    const escape = py(
      'import importlib.machinery as m',
      'def lambda_handler(e, c):',
      '    core = m.BuiltinImporter.create_module(m.BuiltinImporter.find_spec("_pyodide_core"))',
      '    arr = core.to_js([1])',
      '    found = [str(getattr(x, "constructor", None)) for x in (arr.constructor, arr.map, arr.constructor.from_)]',
      '    return {"array": str(arr.constructor.name), "constructors": found}',
    );
    const out = await host.invoke(request(escape));
    // The JavaScript object is reachable (Pyodide's internals), but no function leads to Function.
    expect(out.result).toEqual({array: 'Array', constructors: ['None', 'None', 'None']});
    const code = await host.invoke(request(py('import importlib.machinery as m', 'def lambda_handler(e, c):', '    core = m.BuiltinImporter.create_module(m.BuiltinImporter.find_spec("_pyodide_core"))', '    return core.to_js([1]).constructor.constructor("return typeof process")()')));
    expect(out.status).toBe('success');
    expect(code.error?.errorType).toBe('TypeError');
    expect(code.status).toBe('error');
  }, 120_000);

  it('a C-level stack overflow kills the interpreter: signal: segmentation fault, then a new worker', async () => {
    const code = py('import functools', 'def f(n):', '    return functools.reduce(lambda a, b: f(n + 1), [1, 2])', 'def lambda_handler(e, c):', '    return f(0)');
    const out = await host.invoke(request(code));
    if (out.error?.errorType === 'RecursionError') return; // an engine build whose C stack holds out: also what Lambda reports
    expect(out.status).toBe('crash');
    expect(out.error!.errorMessage).toMatch(/Runtime exited with error: signal: segmentation fault$/);
    expect((await host.invoke(request(py('def lambda_handler(e, c):', '    return "alive"')))).result).toBe('alive');
  }, 180_000);
});
