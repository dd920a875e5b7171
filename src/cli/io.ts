import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';

/** What a command may touch: injected so tests can run commands in-process. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): string;
  /** 'dir' for a directory, 'file' for anything else that exists, undefined when absent. */
  kind?(path: string): 'file' | 'dir' | undefined;
  /** Entries of a directory (names joined to the path), sorted. */
  readDir?(path: string): string[];
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  readFile: (path) => readFileSync(path, 'utf8'),
  kind(path) {
    try {
      return statSync(path).isDirectory() ? 'dir' : 'file';
    } catch {
      return undefined;
    }
  },
  readDir: (path) => readdirSync(path).sort().map((name) => join(path, name)),
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
    // A path is a directory when some file name starts with it and a slash.
    kind(path: string): 'file' | 'dir' | undefined {
      if (path in files) return 'file';
      const prefix = `${path.replace(/\/$/, '')}/`;
      return Object.keys(files).some((name) => name.startsWith(prefix)) ? 'dir' : undefined;
    },
    readDir(path: string): string[] {
      const prefix = `${path.replace(/\/$/, '')}/`;
      return [...new Set(Object.keys(files).filter((name) => name.startsWith(prefix)).map((name) => prefix + name.slice(prefix.length).split('/')[0]))].sort();
    },
  };
  return io;
}
