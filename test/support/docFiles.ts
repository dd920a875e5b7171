import {readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';

export const ROOT = join(__dirname, '../..');
export const DOCS = join(ROOT, 'docs');

/** Every .md and .mdx file under `dir` (the docs by default), as absolute paths. */
export function docFiles(dir = DOCS): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return docFiles(path);
    return /\.mdx?$/.test(name) ? [path] : [];
  });
}
