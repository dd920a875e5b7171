import {afterAll, describe, expect, it} from 'vitest';
import {createNodeSandboxHost, run} from './support.ts';

const host = createNodeSandboxHost();
afterAll(() => host.dispose());

describe('hostile handlers: the virtual filesystem', () => {
  it('F01 writing past the ephemeral storage gets ENOSPC (600 MB at 512 MB), and what fitted stays readable', async () => {
    const code = `import fs from 'fs';
export const handler = async () => {
  const chunk = Buffer.alloc(10 * 1024 * 1024, 1);
  let written = 0;
  try { for (let i = 0; i < 60; i++) { fs.appendFileSync('/tmp/big.bin', chunk); written += chunk.length; } }
  catch (e) { return {code: e.code, errno: e.errno, syscall: e.syscall, message: e.message, writtenMB: written / 1048576, size: fs.statSync('/tmp/big.bin').size / 1048576}; }
  return 'no error';
};`;
    const o = await run(host, code, {timeoutMs: 30_000, memoryMB: 512});
    expect(o.result).toEqual({code: 'ENOSPC', errno: -28, syscall: 'write', message: "ENOSPC: no space left on device, write '/tmp/big.bin'", writtenMB: 510, size: 510});
  });

  it('F02 /tmp survives warm invocations and is empty after a cold start; the handler file is in /var/task, read-only', async () => {
    const code = `import {existsSync, writeFileSync, readFileSync, readdirSync} from 'fs';
export const handler = async () => {
  const had = existsSync('/tmp/marker');
  writeFileSync('/tmp/marker', 'x');
  let ro; try { writeFileSync('/var/task/index.mjs', 'hacked'); } catch (e) { ro = e.code; }
  return {had, ro, task: readdirSync('/var/task'), starts: readFileSync('./index.mjs', 'utf8').slice(0, 6)};
};`;
    const first = await run(host, code, {forceCold: true});
    const warm = await run(host, code);
    const cold = await run(host, code, {forceCold: true});
    expect(first.result).toEqual({had: false, ro: 'EROFS', task: ['index.mjs'], starts: 'import'});
    expect(warm.result).toMatchObject({had: true});
    expect(cold.result).toMatchObject({had: false});
  });

  it('F03 nothing of the host is visible: other paths are ENOENT, writes outside /tmp are EROFS, .. cannot climb out', async () => {
    const code = `const fs = require('fs');
exports.handler = async () => ['/etc/passwd', '/proc/self/environ', '/tmp/../etc/hosts', '../../../../etc/shadow', '/root/.aws/credentials'].map((p) => { try { fs.readFileSync(p); return 'read'; } catch (e) { return e.code; } })
  .concat([() => fs.writeFileSync('/etc/x', 'y'), () => fs.mkdirSync('/home/x'), () => fs.rmSync('/var/task', {recursive: true}), () => fs.renameSync('/var/task/index.js', '/tmp/i.js')].map((f) => { try { f(); return 'ok'; } catch (e) { return e.code; } }))
  .concat([fs.readdirSync('/').join(',')]);`;
    const o = await run(host, code, {filename: 'index.js'});
    expect(o.result).toEqual(['ENOENT', 'ENOENT', 'ENOENT', 'ENOENT', 'ENOENT', 'EROFS', 'EROFS', 'EROFS', 'EROFS', 'opt,tmp,var']);
  });

  it('F04 callback, promise and stream forms work on /tmp', async () => {
    const code = `import fs from 'fs';
import {pipeline} from 'stream/promises';
import {createGzip, gunzipSync} from 'zlib';
export const handler = async () => {
  await fs.promises.mkdir('/tmp/d', {recursive: true});
  await new Promise((res, rej) => fs.writeFile('/tmp/d/a.txt', 'hello', (e) => e ? rej(e) : res()));
  await pipeline(fs.createReadStream('/tmp/d/a.txt'), createGzip(), fs.createWriteStream('/tmp/d/a.txt.gz'));
  const st = await fs.promises.stat('/tmp/d/a.txt.gz');
  return {gz: gunzipSync(fs.readFileSync('/tmp/d/a.txt.gz')).toString(), isFile: st.isFile(), entries: (await fs.promises.readdir('/tmp/d', {withFileTypes: true})).map((d) => [d.name, d.isFile()])};
};`;
    const o = await run(host, code);
    expect(o.error).toBeNull();
    expect(o.result).toEqual({gz: 'hello', isFile: true, entries: [['a.txt', true], ['a.txt.gz', true]]});
  });
});
