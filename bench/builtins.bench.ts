/**
 * What the simulated Node.js built-ins and AWS SDK add to the sandbox: the guest sources (strings
 * evaluated in QuickJS only when a handler requires them), the host-side libraries bundled into the
 * worker (@noble/hashes, fflate, path-browserify) are part of the built worker chunk, measured here;
 * before this work the chunk was 234 KB minified, 68 KB gzip (esbuild, same entry).
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {AWS_SDK_SOURCE} from '../src/sandbox/guest/awsSdkSource.ts';
import {BOOTSTRAP_SOURCE} from '../src/sandbox/guest/bootstrapSource.ts';
import {NODE_BUILTINS_SOURCE} from '../src/sandbox/guest/nodeBuiltinsSource.ts';
import type {BenchContext, BenchFigure} from './types.ts';

const kb = (n: number): number => n / 1024;

export async function run(ctx: BenchContext): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  for (const [name, source] of [['Node built-ins guest source (lazy: evaluated on first require)', NODE_BUILTINS_SOURCE], ['AWS SDK guest source (lazy)', AWS_SDK_SOURCE], ['bootstrap guest source (every cold start)', BOOTSTRAP_SOURCE]] as const) {
    figures.push({name: `Sandbox: ${name}`, value: kb(source.length), unit: 'KB'});
    figures.push({name: `Sandbox: ${name}, gzip`, value: kb(gzipSync(source).length), unit: 'KB'});
  }
  const assets = join(ctx.buildDir, 'assets', 'js');
  let files: string[] = [];
  try {
    files = readdirSync(assets);
  } catch {
    // No build: only the source figures.
  }
  for (const file of files) {
    const text = readFileSync(join(assets, file), 'utf8');
    if (!text.includes('lambda-lab-bootstrap.js')) continue;
    figures.push({name: `Sandbox: built worker chunk ${file}`, value: kb(text.length), unit: 'KB'});
    figures.push({name: `Sandbox: built worker chunk ${file}, gzip`, value: kb(gzipSync(text).length), unit: 'KB'});
  }
  return figures;
}
