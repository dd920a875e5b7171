import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const bin = fileURLToPath(new URL('../../../bin/lambda-lab.mjs', import.meta.url));
const template = fileURLToPath(new URL('../../fixtures/design/examples/golden-http-api.yaml', import.meta.url));

describe('a reader that closes the pipe early (lambda-lab … | head -1)', () => {
  it('ends quietly with exit code 0, not an EPIPE stack trace', async () => {
    const child = spawn(process.execPath, [bin, 'estimate', template], {stdio: ['ignore', 'pipe', 'pipe']});
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Close our end before the CLI writes, as `head -1` does before the later lines come.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).not.toMatch(/EPIPE|Unhandled 'error' event/);
    expect(code).toBe(0);
  });
});
