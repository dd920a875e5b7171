import {readFileSync} from 'node:fs';

/** What a command may touch: injected so tests can run commands in-process. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): string;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  readFile: (path) => readFileSync(path, 'utf8'),
};

/** Collects output in memory; used by tests. */
export function memoryIO(files: Record<string, string> = {}): CliIO & {stdout: string; stderr: string} {
  const io = {
    stdout: '',
    stderr: '',
    out(text: string) {
      io.stdout += text.endsWith('\n') ? text : `${text}\n`;
    },
    err(text: string) {
      io.stderr += text.endsWith('\n') ? text : `${text}\n`;
    },
    readFile(path: string) {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: no such file '${path}'`), {code: 'ENOENT'});
      return content;
    },
  };
  return io;
}
