/**
 * The Python runtime against what the Lambda Python runtime documents and its runtime interface
 * client (awslambdaric/bootstrap.py, lambda_context.py, lambda_runtime_log_utils.py) does.
 * One Pyodide for the whole file.
 */
import {beforeAll, describe, expect, it} from 'vitest';
import {PYODIDE_PYTHON_VERSION, PYODIDE_VERSION} from '../../../../src/core/runtime/python/pythonRuntimes.ts';
import {createPythonHarness, functionLines, py, type PythonHarness} from './support.ts';

let h: PythonHarness;
beforeAll(async () => {
  h = await createPythonHarness();
}, 120_000);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('handler, init and invoke', () => {
  it('runs lambda_function.lambda_handler; cold then warm with module state kept; init output before START', async () => {
    const code = py('count = 0', 'print("init once")', 'def lambda_handler(event, context):', '    global count', '    count += 1', '    return {"count": count, "got": event["k"]}');
    const first = await h.run(code, {event: {k: 'v'}});
    const second = await h.run(code, {event: {k: 'v'}});
    expect([first.result, second.result]).toEqual([{count: 1, got: 'v'}, {count: 2, got: 'v'}]);
    expect([first.cold, second.cold]).toEqual([true, false]);
    expect(first.report.initDurationMs).toBeGreaterThan(0);
    expect(second.report.initDurationMs).toBeUndefined();
    expect(first.logs.indexOf('init once')).toBeLessThan(first.logs.findIndex((l) => l.startsWith('START ')));
    expect(second.logs).not.toContain('init once');
    const forced = await h.run(code, {event: {k: 'v'}, forceCold: true});
    expect(forced).toMatchObject({cold: true, result: {count: 1, got: 'v'}});
  });

  it('runs a configured module.function', async () => {
    const out = await h.run(py('def main(event, context):', '    return "main"'), {module: 'app', function: 'main'});
    expect(out.result).toBe('main');
  });

  it('writes START, END and REPORT with the shared platform formats', async () => {
    const out = await h.run(py('def lambda_handler(e, c):', '    return None'), {memoryMB: 256});
    expect(out.result).toBeNull();
    const id = out.requestId;
    expect(id).toMatch(UUID);
    expect(out.logs.find((l) => l.startsWith('START'))).toBe(`START RequestId: ${id} Version: $LATEST`);
    expect(out.logs).toContain(`END RequestId: ${id}`);
    expect(out.logs.find((l) => l.startsWith('REPORT'))).toMatch(new RegExp(`^REPORT RequestId: ${id}\\tDuration: \\d+\\.\\d\\d ms\\tBilled Duration: \\d+ ms\\tMemory Size: 256 MB\\tMax Memory Used: \\d+ MB\\tInit Duration: \\d+\\.\\d\\d ms\\t$`));
  });

  it('marshals like the runtime: Decimal as its digits, non-ASCII kept, bytes as text, set is a MarshalError', async () => {
    const ok = await h.run(py('import decimal', 'def lambda_handler(e, c):', '    return {"d": decimal.Decimal("1.10"), "s": "héllo"}'));
    expect(ok.result).toEqual({d: 1.1, s: 'héllo'});
    const bad = await h.run(py('def lambda_handler(e, c):', '    return {1, 2}'));
    expect(bad.error).toEqual({errorMessage: 'Unable to marshal response: Object of type set is not JSON serializable', errorType: 'Runtime.MarshalError', requestId: bad.requestId, stackTrace: []});
  });

  it('refuses a response above 6,291,556 bytes', async () => {
    const out = await h.run(py('def lambda_handler(e, c):', '    return "x" * 7_000_000'));
    expect(out.error).toEqual({errorType: 'Function.ResponseSizeTooLarge', errorMessage: 'Response payload size exceeded maximum allowed payload size (6291556 bytes).'});
  });
});

describe('context object', () => {
  it('has the documented fields and a decreasing remaining time', async () => {
    const code = py(
      'import time',
      'def lambda_handler(event, context):',
      '    a = context.get_remaining_time_in_millis()',
      '    time.sleep(0.05)',
      '    b = context.get_remaining_time_in_millis()',
      '    return {"id": context.aws_request_id, "name": context.function_name, "mem": context.memory_limit_in_mb,',
      '            "arn": context.invoked_function_arn, "group": context.log_group_name, "stream": context.log_stream_name,',
      '            "version": context.function_version, "cc": context.client_context, "tenant": context.tenant_id,',
      '            "identity": [context.identity.cognito_identity_id, context.identity.cognito_identity_pool_id], "a": a, "b": b}',
    );
    const out = await h.run(code, {timeoutMs: 5000});
    const r = out.result as Record<string, unknown> & {a: number; b: number};
    expect(r.id).toBe(out.requestId);
    expect(r).toMatchObject({name: 'playground-function', mem: '128', arn: 'arn:aws:lambda:us-east-1:123456789012:function:playground-function', group: '/aws/lambda/playground-function', version: '$LATEST', cc: null, tenant: null, identity: [null, null]});
    expect(r.stream).toMatch(/^\d{4}\/\d\d\/\d\d\/\[\$LATEST\][0-9a-f]{32}$/);
    expect(r.a).toBeLessThanOrEqual(5000);
    expect(r.a).toBeGreaterThan(4000);
    expect(r.b).toBeLessThan(r.a);
  });

  it('passes client context, Cognito identity and tenant id when given', async () => {
    const code = py('def lambda_handler(e, context):', '    return [context.client_context.custom, context.client_context.client.app_title, context.identity.cognito_identity_id, context.tenant_id]');
    const out = await h.run(code, {extra: {clientContext: {custom: {a: 1}, env: {}, client: {app_title: 'app'}}, identity: {cognitoIdentityId: 'id-1', cognitoIdentityPoolId: 'pool'}, tenantId: 'tenant-7'}});
    expect(out.result).toEqual([{a: 1}, 'app', 'id-1', 'tenant-7']);
  });
});

describe('print and logging', () => {
  it('print lines are plain; logging is [LEVEL]\\t<time>\\t<request id>\\t<message>; root level WARNING unless set', async () => {
    const code = py(
      'import logging',
      'logger = logging.getLogger()',
      'def lambda_handler(event, context):',
      '    print("two\\nlines")',
      '    logger.info("hidden at the default WARNING level")',
      '    logger.warning("warn %s", 1)',
      '    logger.setLevel(logging.INFO)',
      '    logger.info("multi\\nline")',
      '    return 1',
    );
    const out = await h.run(code);
    const lines = functionLines(out);
    expect(lines.slice(0, 2)).toEqual(['two', 'lines']);
    expect(lines).not.toContainEqual(expect.stringContaining('hidden'));
    const ts = '\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z';
    expect(lines[2]).toMatch(new RegExp(`^\\[WARNING\\]\\t${ts}\\t${out.requestId}\\twarn 1$`));
    // One logging call is one CloudWatch event: its newline stays inside the record.
    expect(lines[3]).toMatch(new RegExp(`^\\[INFO\\]\\t${ts}\\t${out.requestId}\\tmulti\\rline$`));
  });

  it('a logging call during init has an empty request id', async () => {
    const out = await h.run(py('import logging', 'logging.getLogger().warning("at init")', 'def lambda_handler(e, c):', '    return 1'));
    expect(out.logs[0]).toMatch(/^\[WARNING\]\t\S+\t\tat init$/);
  });

  it('JSON log format: logging records as the runtime JsonFormatter writes them, print stays plain, level INFO', async () => {
    const code = py('import logging', 'def lambda_handler(e, c):', '    logging.getLogger("app").info("hello %s", "you", extra={"order": 7})', '    print("plain")', '    return 1');
    const out = await h.run(code, {logFormat: 'JSON'});
    const [record, plain] = functionLines(out);
    expect(JSON.parse(record!)).toEqual({timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/), level: 'INFO', message: 'hello you', logger: 'app', requestId: out.requestId, order: 7});
    expect(plain).toBe('plain');
  });

  it('JSON log format: an invocation error is logged as one JSON object', async () => {
    const out = await h.run(py('def lambda_handler(e, c):', '    raise ValueError("boom")'), {logFormat: 'JSON'});
    const logged = JSON.parse(functionLines(out)[0]!) as Record<string, unknown>;
    expect(logged).toMatchObject({log_level: 'ERROR', errorMessage: 'boom', errorType: 'ValueError', requestId: out.requestId});
  });

  it('caps a 10 MB print flood at 1 MB of output with one marker, and stays usable', async () => {
    const out = await h.run(py('def lambda_handler(e, c):', '    for i in range(10):', '        print("x" * (1024 * 1024))', '    return "done"'), {timeoutMs: 10_000});
    expect(out.result).toBe('done');
    const lines = functionLines(out);
    expect(lines.join('').length).toBeLessThanOrEqual(1024 * 1024 + 200);
    expect(lines.at(-1)).toBe('[playground] log output truncated: this invocation logged more than 1 MB');
  });
});

describe('errors as the Python runtime reports them', () => {
  it('an exception: {errorMessage, errorType, requestId, stackTrace} and the [ERROR] line; environment survives', async () => {
    const code = py('n = 0', 'def lambda_handler(e, c):', '    global n', '    n += 1', '    if n == 1:', '        raise ValueError("boom")', '    return n');
    const out = await h.run(code);
    expect(out.status).toBe('error');
    expect(out.error).toEqual({
      errorMessage: 'boom', errorType: 'ValueError', requestId: out.requestId,
      stackTrace: ['  File "/var/task/lambda_function.py", line 6, in lambda_handler\n    raise ValueError("boom")\n'],
    });
    expect(functionLines(out)).toEqual(['[ERROR] ValueError: boom\rTraceback (most recent call last):\r\u00a0\u00a0File "/var/task/lambda_function.py", line 6, in lambda_handler\r\u00a0\u00a0\u00a0\u00a0raise ValueError("boom")']);
    expect(out.environmentReset).toBe(false);
    expect((await h.run(code)).result).toBe(2);
  });

  it('Runtime.ImportModuleError for a package, with the sentence that the playground cannot install packages', async () => {
    const out = await h.run(py('import requests', 'def lambda_handler(e, c):', '    pass'));
    expect(out.status).toBe('init-error');
    expect(out.error).toEqual({
      errorMessage: "Unable to import module 'lambda_function': No module named 'requests' The Lambda Lab playground cannot install packages: only the Python standard library (as Pyodide ships it) and the simulated boto3/botocore can be imported.",
      errorType: 'Runtime.ImportModuleError', requestId: '', stackTrace: [],
    });
    expect(out.logs[0]).toMatch(/^\[WARNING\]\t\S+\t\tLAMBDA_WARNING: Unhandled exception\. /);
    expect(out.logs[1]).toBe(`[ERROR] Runtime.ImportModuleError: ${out.error!.errorMessage}\rTraceback (most recent call last):`);
    expect(out.logs[2]).toMatch(/^INIT_REPORT Init Duration: \d+\.\d\d ms\tPhase: init\tStatus: error\tError Type: Runtime\.ImportModuleError$/);
    expect(out.environmentReset).toBe(true);
  });

  it('Runtime.HandlerNotFound and Runtime.UserCodeSyntaxError', async () => {
    const missing = await h.run(py('def handler(e, c):', '    pass'));
    expect(missing.error).toEqual({errorMessage: "Handler 'lambda_handler' missing on module 'lambda_function'", errorType: 'Runtime.HandlerNotFound', requestId: '', stackTrace: []});
    const syntax = await h.run(py('def lambda_handler(e, c)', '    pass'));
    expect(syntax.error).toEqual({
      errorMessage: "Syntax error in module 'lambda_function': expected ':' (lambda_function.py, line 1)",
      errorType: 'Runtime.UserCodeSyntaxError', requestId: '',
      stackTrace: ['  File "/var/task/lambda_function.py" Line 1\n    def lambda_handler(e, c)\n'],
    });
  });

  it('an exception at module scope is an init error with its traceback', async () => {
    const out = await h.run(py('raise RuntimeError("bad config")', 'def lambda_handler(e, c):', '    pass'));
    expect(out.error).toMatchObject({errorMessage: 'bad config', errorType: 'RuntimeError', requestId: ''});
    expect(out.error!.stackTrace!.some((l) => l.includes('File "/var/task/lambda_function.py", line 1, in <module>'))).toBe(true);
  });

  it('sys.exit(1) ends the runtime process: Runtime.ExitError, environment reset', async () => {
    const out = await h.run(py('import sys', 'def lambda_handler(e, c):', '    sys.exit(1)'));
    expect(out.error).toEqual({errorType: 'Runtime.ExitError', errorMessage: `RequestId: ${out.requestId} Error: Runtime exited with error: exit status 1`});
    expect(out.logs.slice(-2)).toEqual([`RequestId: ${out.requestId} Error: Runtime exited with error: exit status 1`, 'Runtime.ExitError']);
    expect(out.environmentReset).toBe(true);
  });

  it('deep recursion is a RecursionError the handler reports; the environment survives', async () => {
    const out = await h.run(py('def f(n):', '    return f(n + 1)', 'def lambda_handler(e, c):', '    return f(0)'));
    expect(out.error).toMatchObject({errorType: 'RecursionError', errorMessage: 'maximum recursion depth exceeded'});
    expect(out.environmentReset).toBe(false);
  });
});

describe('environment, files and versions', () => {
  it('os.environ has the reserved variables, the user variables, and the chosen runtime', async () => {
    const code = py('import os', 'def lambda_handler(e, c):', '    return {k: os.environ.get(k) for k in ["AWS_EXECUTION_ENV", "_HANDLER", "AWS_REGION", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "LAMBDA_TASK_ROOT", "PYTHONPATH", "NODE_PATH", "TABLE", "AWS_ACCESS_KEY_ID", "_X_AMZN_TRACE_ID"]}');
    const out = await h.run(code, {env: {TABLE: 'orders'}, runtime: 'python3.12'});
    const env = out.result as Record<string, string | null>;
    expect(env).toMatchObject({AWS_EXECUTION_ENV: 'AWS_Lambda_python3.12', _HANDLER: 'lambda_function.lambda_handler', AWS_REGION: 'us-east-1', AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '128', LAMBDA_TASK_ROOT: '/var/task', PYTHONPATH: '/var/runtime', NODE_PATH: null, TABLE: 'orders', AWS_ACCESS_KEY_ID: 'ASIAIOSFODNN7EXAMPLE'});
    expect(env._X_AMZN_TRACE_ID).toMatch(/^Root=1-[0-9a-f]{8}-[0-9a-f]{24};/);
  });

  it('runs the CPython that Pyodide carries, as stated', async () => {
    const out = await h.run(py('import sys, platform', 'def lambda_handler(e, c):', '    return [platform.python_version(), sys.platform]'));
    expect(out.result).toEqual([PYODIDE_PYTHON_VERSION, 'emscripten']);
    expect(PYODIDE_VERSION).toBe((await import('pyodide/package.json', {with: {type: 'json'}})).default.version);
  });

  it('imports the standard library modules handlers use', async () => {
    const mods = ['json', 'datetime', 're', 'hashlib', 'base64', 'urllib.parse', 'dataclasses', 'decimal', 'uuid', 'zlib', 'gzip', 'logging', 'collections', 'itertools', 'functools', 'typing', 'csv', 'io', 'time', 'os', 'math', 'random', 'string', 'hmac', 'struct', 'copy', 'enum', 'traceback', 'zoneinfo', 'urllib.request', 'http.client', 'xml.etree.ElementTree'];
    const code = py('import importlib', 'def lambda_handler(e, c):', `    return [importlib.import_module(m).__name__ for m in ${JSON.stringify(mods)}]`);
    const out = await h.run(code);
    expect(out.error).toBeNull();
    expect(out.result).toEqual(mods);
  });

  it('/tmp persists while warm, is empty after a cold start, and is bounded by ephemeral storage', async () => {
    const write = py('import os', 'def lambda_handler(e, c):', '    existed = os.path.exists("/tmp/a.txt")', '    open("/tmp/a.txt", "w").write("x")', '    return existed');
    expect((await h.run(write)).result).toBe(false);
    expect((await h.run(write)).result).toBe(true);
    expect((await h.run(write, {forceCold: true})).result).toBe(false);
    const fill = py('def lambda_handler(e, c):', '    chunk = b"x" * (1024 * 1024)', '    for i in range(600):', '        with open("/tmp/f%d" % i, "wb") as f:', '            f.write(chunk)');
    const full = await h.run(fill, {timeoutMs: 30_000, memoryMB: 1024, ephemeralStorageMB: 512});
    // Lambda says [Errno 28]; Pyodide's C library numbers ENOSPC 51, the message is the same.
    expect(full.error).toMatchObject({errorType: 'OSError', errorMessage: expect.stringMatching(/^\[Errno (28|51)\] No space left on device$/)});
    expect(full.error!.stackTrace!.join('')).toContain('f.write(chunk)');
  });
});

describe('simulated boto3', () => {
  const mocks = {
    latencyMs: 0,
    mocks: [
      {service: 'ssm', operation: 'GetParameter', input: {Name: '/app/db'}, output: {Parameter: {Name: '/app/db', Type: 'String', Value: 'postgres://db'}}},
      {service: 'dynamodb', operation: 'GetItem', input: {Key: {id: '1'}}, output: {Item: {id: '1', qty: 3, price: 9.5}}},
      {service: 'dynamodb', operation: 'PutItem', output: {}},
      {service: 's3', operation: 'GetObject', input: {Key: 'a.txt'}, output: {Body: 'hello', ContentType: 'text/plain'}},
      {service: 's3', operation: 'GetObject', error: {code: 'NoSuchKey', message: 'The specified key does not exist.', statusCode: 404}},
      {service: 'secrets-manager', operation: 'GetSecretValue', output: {SecretString: '{"pw":"s3cret"}'}},
      {service: 'lambda', operation: 'Invoke', output: {Payload: {ok: true}}},
    ],
  };

  it('answers ssm, dynamodb Table, s3 (Body stream), sqs, sns, events, secretsmanager and lambda from the mocks, and lists every call', async () => {
    const code = py(
      'import json, boto3',
      'from decimal import Decimal',
      'from boto3.dynamodb.conditions import Key',
      'ssm = boto3.client("ssm")',
      'table = boto3.resource("dynamodb").Table("orders")',
      'def lambda_handler(event, context):',
      '    url = ssm.get_parameter(Name="/app/db", WithDecryption=True)["Parameter"]["Value"]',
      '    item = table.get_item(Key={"id": "1"})["Item"]',
      '    table.put_item(Item={"id": "2", "qty": Decimal("4")})',
      '    table.query(KeyConditionExpression=Key("id").eq("2"))',
      '    body = boto3.client("s3").get_object(Bucket="b", Key="a.txt")["Body"].read().decode()',
      '    boto3.client("sqs").send_message(QueueUrl="https://sqs/q", MessageBody=json.dumps({"a": 1}))',
      '    boto3.client("sns").publish(TopicArn="arn:aws:sns:us-east-1:123456789012:t", Message="hi")',
      '    boto3.client("events").put_events(Entries=[{"Source": "app", "DetailType": "d", "Detail": "{}"}])',
      '    pw = json.loads(boto3.client("secretsmanager").get_secret_value(SecretId="s")["SecretString"])["pw"]',
      '    payload = json.load(boto3.client("lambda").invoke(FunctionName="f", Payload=b"{}")["Payload"])',
      '    return [url, item["qty"] == Decimal(3), isinstance(item["price"], Decimal), body, pw, payload]',
    );
    const out = await h.run(code, {mocks});
    expect(out.error).toBeNull();
    expect(out.result).toEqual(['postgres://db', true, true, 'hello', 's3cret', {ok: true}]);
    expect(out.awsCalls.map((c) => `${c.service} ${c.operation} ${c.outcome}`)).toEqual([
      'ssm GetParameter mock', 'dynamodb GetItem mock', 'dynamodb PutItem mock', 'dynamodb Query default', 's3 GetObject mock',
      'sqs SendMessage default', 'sns Publish default', 'eventbridge PutEvents default', 'secrets-manager GetSecretValue mock', 'lambda Invoke mock',
    ]);
    expect(out.awsCalls[2]!.input).toEqual({TableName: 'orders', Item: {id: '2', qty: 4}});
    expect(out.awsCalls[3]!.input).toEqual({TableName: 'orders', KeyConditionExpression: "id = '2'"});
  });

  it('an error mock raises botocore.exceptions.ClientError with the Code, Message, HTTP status and the client\'s modelled class', async () => {
    const code = py(
      'import boto3',
      'from botocore.exceptions import ClientError',
      's3 = boto3.client("s3")',
      'def lambda_handler(e, c):',
      '    try:',
      '        s3.get_object(Bucket="b", Key="missing")',
      '    except s3.exceptions.NoSuchKey as err:',
      '        assert isinstance(err, ClientError)',
      '        return [err.response["Error"]["Code"], err.response["Error"]["Message"], err.response["ResponseMetadata"]["HTTPStatusCode"], err.operation_name, str(err)]',
    );
    const out = await h.run(code, {mocks});
    expect(out.result).toEqual(['NoSuchKey', 'The specified key does not exist.', 404, 'GetObject', 'An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.']);
    expect(out.awsCalls[0]).toMatchObject({service: 's3', operation: 'GetObject', outcome: 'error'});
  });

  it('an uncaught ClientError is the invocation error, as on Lambda', async () => {
    const out = await h.run(py('import boto3', 'def lambda_handler(e, c):', '    boto3.client("s3").get_object(Bucket="b", Key="k")'), {mocks});
    expect(out.error).toMatchObject({errorType: 'NoSuchKey', errorMessage: 'An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.'});
  });

  it('latency from the mock file is added to the duration', async () => {
    const out = await h.run(py('import boto3', 'def lambda_handler(e, c):', '    boto3.client("sqs").send_message(QueueUrl="q", MessageBody="m")'), {mocks: {latencyMs: 250, mocks: []}});
    expect(out.report.durationMs).toBeGreaterThanOrEqual(250);
  });
});

describe('limits', () => {
  it('a timeout: Task timed out after N seconds, the REPORT at the timeout, a cold start next', async () => {
    const out = await h.run(py('def lambda_handler(e, c):', '    while True:', '        pass'), {timeoutMs: 1000});
    expect(out.status).toBe('timeout');
    // The seconds are the real elapsed time (as Lambda prints them), so only their floor is fixed; no upper
    // bound here: a loaded machine stretches wall-clock time, and timing belongs in the bench.
    expect(out.error!.errorMessage).toMatch(new RegExp(`^\\S+Z ${out.requestId} Task timed out after \\d+\\.\\d\\d seconds$`));
    expect(out.logs.at(-1)).toBe(out.error!.errorMessage);
    expect(Number(/after (\d+\.\d\d) seconds/.exec(out.error!.errorMessage)![1])).toBeGreaterThanOrEqual(1);
    expect(out.report.durationMs).toBeGreaterThanOrEqual(1000);
    expect(out.environmentReset).toBe(true);
    expect((await h.run(py('def lambda_handler(e, c):', '    return 1'))).cold).toBe(true);
  });

  it('a memory bomb: Runtime exited with error: signal: killed, Max Memory Used = Memory Size', async () => {
    const out = await h.run(py('def lambda_handler(e, c):', '    b = []', '    while True:', "        b.append(' ' * 2**20)"), {timeoutMs: 20_000});
    expect(out.status).toBe('oom');
    expect(out.error).toEqual({errorType: 'Runtime.ExitError', errorMessage: `RequestId: ${out.requestId} Error: Runtime exited with error: signal: killed`});
    expect(out.report.maxMemoryUsedMB).toBe(128);
    expect(h.session.needsNewWorker).toBe(true);
  });
});

describe('the playground\'s Python samples', () => {
  it('each runs as its label says', async () => {
    const {PYTHON_SAMPLES} = await import('../../../../src/components/Playground/pythonSamples.ts');
    const {findEventTemplate} = await import('../../../../src/data/events/index.ts');
    const {parseMockFile} = await import('../../../../src/core/awsMocks/index.ts');
    const expected: Record<string, string> = {'py-s3-hello': 'success', 'py-api': 'success', 'py-sqs-partial': 'success', 'py-boto3': 'success', 'py-timeout': 'timeout', 'py-memory': 'oom', 'py-error': 'error'};
    for (const sample of PYTHON_SAMPLES) {
      const mocks = sample.mocks ? parseMockFile(sample.mocks) : undefined;
      const out = await h.run(sample.code, {event: findEventTemplate(sample.templateId)!.event, timeoutMs: 1000, ...(mocks?.ok ? {mocks: mocks.value} : {}), forceCold: true});
      expect(out.status, sample.id).toBe(expected[sample.id]);
    }
  }, 60_000);
});

describe('asyncio', () => {
  it('asyncio.run() inside a synchronous handler runs coroutines to completion, cold and warm', async () => {
    const code = py(
      'import asyncio',
      'async def work(n):',
      '    await asyncio.sleep(0.02)',
      '    return n * 2',
      'async def main():',
      '    return await asyncio.gather(work(1), work(2), work(3))',
      'def lambda_handler(event, context):',
      '    return asyncio.run(main())',
    );
    const cold = await h.run(code, {forceCold: true});
    expect(cold.result).toEqual([2, 4, 6]);
    const warm = await h.run(code);
    expect(warm.cold).toBe(false);
    expect(warm.result).toEqual([2, 4, 6]);
  });

  it('a loop made by the handler works; get_event_loop() with no loop raises as CPython 3.14 does', async () => {
    const out = await h.run(py(
      'import asyncio',
      'async def one():',
      '    return 1',
      'def lambda_handler(event, context):',
      '    loop = asyncio.new_event_loop()',
      '    try:',
      '        return loop.run_until_complete(one())',
      '    finally:',
      '        loop.close()',
    ));
    expect(out.result).toBe(1);
    const none = await h.run(py('import asyncio', 'def lambda_handler(e, c):', '    asyncio.get_event_loop()'));
    expect(none.error).toMatchObject({errorType: 'RuntimeError'});
    expect(none.error!.errorMessage).toMatch(/no current event loop/);
  });

  it('an async def handler is not awaited: its coroutine cannot be marshalled (Runtime.MarshalError), as on Lambda', async () => {
    const out = await h.run(py('async def lambda_handler(event, context):', '    return {"ok": True}'));
    expect(out.error).toMatchObject({errorType: 'Runtime.MarshalError', errorMessage: 'Unable to marshal response: Object of type coroutine is not JSON serializable'});
  });

  it('a coroutine awaiting past the deadline is stopped by the timeout', async () => {
    const out = await h.run(py('import asyncio', 'def lambda_handler(e, c):', '    asyncio.run(asyncio.sleep(60))'), {timeoutMs: 1000});
    expect(out.status).toBe('timeout');
    // Stopped at the 1 s deadline, not after the 60 s sleep.
    expect(out.report.durationMs).toBeLessThan(60_000);
  });
});
