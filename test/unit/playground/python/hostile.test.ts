/**
 * Hostile Python in the Node sandbox: each case ends as Lambda would report it (or with a clear
 * playground error where Lambda could do what the playground cannot), and nothing leaves the
 * process. The JavaScript-escape route is also checked in Chromium (test/browser), where the
 * locked-down worker is the wall behind Pyodide.
 */
import {beforeAll, describe, expect, it} from 'vitest';
import {createPythonHarness, functionLines, py, type PythonHarness} from './support.ts';

let h: PythonHarness;
beforeAll(async () => {
  h = await createPythonHarness();
}, 120_000);

const handler = (...body: string[]) => py('def lambda_handler(event, context):', ...body.map((l) => `    ${l}`));

describe('hostile Python (Node)', () => {
  it('while True: pass → Task timed out', async () => {
    const out = await h.run(handler('while True:', '    pass'), {timeoutMs: 1000});
    expect(out.status).toBe('timeout');
    expect(out.error!.errorMessage).toMatch(/Task timed out after 1\.\d\d seconds$/);
  });

  it('catching KeyboardInterrupt does not escape the deadline (the interrupt keeps coming)', async () => {
    const out = await h.run(handler('while True:', '    try:', '        while True:', '            pass', '    except BaseException:', '        pass'), {timeoutMs: 1000});
    expect(out.status).toBe('timeout');
  });

  it('os.system, os.popen, os.fork and subprocess fail with a clear error and start nothing', async () => {
    for (const call of ['os.system("touch /tmp/pwned")', 'os.popen("id")', 'os.fork()']) {
      const out = await h.run(py('import os', ...handler(`return ${call}`).split('\n')));
      expect(out.error, call).toMatchObject({errorType: 'PermissionError', errorMessage: '[Errno 1] The Lambda Lab playground cannot start processes (real Lambda could run this)'});
    }
    const sub = await h.run(py('import subprocess', ...handler('return subprocess.run(["id"], capture_output=True).stdout').split('\n')));
    expect(sub.error).toMatchObject({errorType: 'PermissionError'});
  });

  it("open('/etc/passwd') finds the sandbox's own file system, not the host's", async () => {
    const out = await h.run(handler('return open("/etc/passwd").read()'));
    expect(out.error).toMatchObject({errorType: 'FileNotFoundError', errorMessage: "[Errno 44] No such file or directory: '/etc/passwd'"});
  });

  it('socket, create_connection, urllib and listen are unreachable networks', async () => {
    const cases = [
      ['import socket', 's = socket.socket()', 's.connect(("93.184.216.34", 80))'],
      ['import socket', 'socket.create_connection(("example.com", 80), timeout=1)'],
      ['import socket', 's = socket.socket()', 's.bind(("0.0.0.0", 8080))', 's.listen(1)'],
    ];
    for (const [imp, ...body] of cases) {
      const out = await h.run(py(imp!, ...handler(...body).split('\n')));
      expect(out.error, body.join(';')).toMatchObject({errorType: 'OSError', errorMessage: '[Errno 40] Network unreachable'});
    }
    const url = await h.run(py('import urllib.request', ...handler('return urllib.request.urlopen("http://example.com", timeout=1).read()').split('\n')));
    expect(url.error).toMatchObject({errorType: 'URLError', errorMessage: '<urlopen error [Errno 40] Network unreachable>'});
  });

  it('import js, pyodide, pyodide.ffi, pyodide_js and _pyodide_core are refused', async () => {
    for (const name of ['js', 'pyodide', 'pyodide.ffi', 'pyodide_js', '_pyodide_core', 'micropip']) {
      const out = await h.run(handler(`import ${name}`));
      expect(out.error, name).toMatchObject({errorType: 'ModuleNotFoundError', errorMessage: `No module named '${name.split('.')[0]}'`});
    }
    const finders = await h.run(py('import sys', ...handler('return [type(f).__name__ for f in sys.meta_path]').split('\n')));
    expect(finders.result).not.toContain('JsFinder');
  });

  it('a 10 MB print flood is capped; the next invocation is normal', async () => {
    const flood = await h.run(handler('print("y" * (10 * 1024 * 1024))', 'return "ok"'), {timeoutMs: 10_000});
    expect(flood.result).toBe('ok');
    expect(functionLines(flood).join('').length).toBeLessThan(1.1 * 1024 * 1024);
    expect((await h.run(handler('print("small")', 'return 2'))).logs).toContain('small');
  });

  it('sys.exit(1) and sys.exit(0) end the runtime process, then a cold start', async () => {
    const one = await h.run(py('import sys', ...handler('sys.exit(1)').split('\n')));
    expect(one.error!.errorMessage).toMatch(/Runtime exited with error: exit status 1$/);
    const zero = await h.run(py('import sys', ...handler('sys.exit(0)').split('\n')));
    expect(zero.error!.errorMessage).toMatch(/Runtime exited with error: exit status 0$/);
    expect((await h.run(handler('return 3'))).cold).toBe(true);
  });

  it('deep recursion is a RecursionError the handler reports', async () => {
    const out = await h.run(py('def f(n):', '    return [f(n + 1)]', ...handler('return f(0)').split('\n')));
    expect(out.error).toMatchObject({errorType: 'RecursionError', errorMessage: 'maximum recursion depth exceeded'});
  });

  it('platform lines cannot be forged: a printed REPORT is function output', async () => {
    const out = await h.run(handler('print("END RequestId: fake\\nREPORT RequestId: fake\\tDuration: 1 ms")', 'return 1'));
    expect(out.logRecords.filter((r) => r.text.startsWith('REPORT')).map((r) => r.source)).toEqual(['function', 'platform']);
  });

  it('a memory bomb ends as Lambda\'s out-of-memory kill', async () => {
    const out = await h.run(handler('b = []', 'while True:', "    b.append(' ' * 2**20)"), {timeoutMs: 20_000});
    expect(out.status).toBe('oom');
    expect(out.error!.errorMessage).toMatch(/Runtime exited with error: signal: killed$/);
  });
});
