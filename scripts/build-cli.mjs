// Bundles the `lambda-lab` CLI (src/cli/main.ts and everything it imports) into plain JavaScript
// at dist/cli/, so a run starts in tens of milliseconds instead of compiling TypeScript through tsx.
// Runs from `npm ci` / `npm install` (the `prepare` script) and again, on demand, from
// bin/lambda-lab.mjs whenever a source file is newer than the bundle.
//
// - Worker threads the CLI starts with `new URL('./x.mjs', import.meta.url)` are bundled next to it
//   (a worker entry that only tsImports a .ts file is bundled from that .ts file).
// - Heavy or optional packages stay external and load from node_modules when used (EXTERNAL).
// - dist/cli/inputs.json lists every source file in the bundle, for the freshness check.
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'cli');

/** Loaded at run time from node_modules, never bundled: big, optional, wasm-backed or native. */
export const EXTERNAL = ['pyodide', 'hcl2-parser', '@jitl/*', 'quickjs-emscripten', 'quickjs-emscripten-core', 'playwright-core', 'esbuild', 'tsx', 'typescript', 'fsevents', '@swc/*'];

/**
 * CommonJS packages so large that loading them costs more than the whole CLI (typescript: ~2 s of
 * CPU on a busy machine): their default import becomes a proxy that `require`s them on first use,
 * so `lambda-lab --help` or `check` never pays for `invoke`'s TypeScript transpiler.
 */
export const LAZY = ['typescript'];

const lazyPlugin = {
  name: 'lazy-cjs',
  setup(build) {
    const filter = new RegExp(`^(${LAZY.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);
    build.onResolve({filter}, (args) => ({path: args.path, namespace: 'lazy-cjs'}));
    build.onLoad({filter: /.*/, namespace: 'lazy-cjs'}, (args) => ({
      loader: 'js',
      contents: `let loaded; const load = () => (loaded ??= require(${JSON.stringify(args.path)}));
export default new Proxy({}, {get: (_, key) => load()[key], has: (_, key) => key in load(), ownKeys: () => Reflect.ownKeys(load()), getOwnPropertyDescriptor: (_, key) => Object.getOwnPropertyDescriptor(load(), key)});`,
    }));
  },
};

// esbuild's ESM output has no `require`; CommonJS dependencies that call it (for node: builtins) need one.
const BANNER = "import {createRequire as __llCreateRequire} from 'node:module'; const require = __llCreateRequire(import.meta.url);";

/** `new URL('./sandboxWorker.mjs', import.meta.url)` in a bundled source → [source file, worker file]. */
function workerEntries(inputs) {
  const found = new Map();
  for (const input of inputs) {
    if (!/\.(m?[jt]s)$/.test(input)) continue;
    const text = readFileSync(join(root, input), 'utf8');
    for (const match of text.matchAll(/new\s+Worker\(\s*new\s+URL\(\s*['"](\.\/[^'"]+\.mjs)['"]\s*,\s*import\.meta\.url\s*\)/g)) {
      const file = resolve(root, dirname(input), match[1]);
      const body = readFileSync(file, 'utf8');
      // A tsx wrapper ("await tsImport('./run.ts', import.meta.url)") is bundled from its .ts target.
      const wrapped = /tsImport\(\s*['"](\.\/[^'"]+\.ts)['"]/.exec(body);
      found.set(match[1].slice(2).replace(/\.mjs$/, ''), wrapped ? resolve(dirname(file), wrapped[1]) : file);
    }
  }
  return found;
}

export async function buildCli({quiet = true} = {}) {
  const {build} = await import('esbuild');
  const startedAt = Date.now();
  const common = {bundle: true, platform: 'node', format: 'esm', target: 'node20', external: EXTERNAL, banner: {js: BANNER}, plugins: [lazyPlugin], metafile: true, logLevel: quiet ? 'error' : 'warning', legalComments: 'none', write: false};
  const tmp = `.tmp-${process.pid}-${startedAt}`;
  // Code splitting: each command (a dynamic import in src/cli/commands/index.ts) is its own chunk, so
  // `--help` parses only the command list and `check` never parses the pricing data or the sandbox.
  const main = await build({...common, entryPoints: {'lambda-lab': join(root, 'src/cli/main.ts')}, outdir: outDir, splitting: true, outExtension: {'.js': '.mjs'}, chunkNames: 'chunks/[name]-[hash]'});
  const ownFile = (file) => !file.includes('node_modules/') && !file.includes(':');
  const inputs = new Set(Object.keys(main.metafile.inputs).filter(ownFile));
  const outputs = [...main.outputFiles];
  const workers = workerEntries([...inputs]);
  if (workers.size > 0) {
    // Beside the chunks: the `new URL('./worker.mjs', import.meta.url)` that starts a worker is in a chunk.
    const extra = await build({...common, entryPoints: Object.fromEntries(workers), outdir: join(outDir, 'chunks'), outExtension: {'.js': '.mjs'}});
    for (const file of Object.keys(extra.metafile.inputs)) if (ownFile(file)) inputs.add(file);
    outputs.push(...extra.outputFiles);
  }
  mkdirSync(outDir, {recursive: true});
  // Write beside, then rename: a CLI process starting meanwhile sees the old bundle or the new one, whole.
  // Old chunks are removed after the new entry is in place (a running process may still load them).
  const stale = existsSync(join(outDir, 'chunks')) ? readdirSync(join(outDir, 'chunks')).map((name) => join(outDir, 'chunks', name)) : [];
  mkdirSync(join(outDir, 'chunks'), {recursive: true});
  // Chunks first, the entry last: an entry never points at a chunk that is not written yet.
  outputs.sort((a, b) => Number(a.path.includes('/chunks/') === false) - Number(b.path.includes('/chunks/') === false));
  for (const file of outputs) {
    const target = file.path.replace(/\.js$/, '.mjs');
    writeFileSync(target + tmp, file.contents);
    renameSync(target + tmp, target);
  }
  const written = new Set(outputs.map((file) => file.path.replace(/\.js$/, '.mjs')));
  for (const file of stale) if (!written.has(file)) rmSync(file, {force: true});
  const manifest = {builtAt: startedAt, inputs: [...inputs].map((file) => relative(root, resolve(root, file))).sort()};
  writeFileSync(join(outDir, 'inputs.json') + tmp, JSON.stringify(manifest));
  renameSync(join(outDir, 'inputs.json') + tmp, join(outDir, 'inputs.json'));
  return {outDir, inputs: manifest.inputs.length, ms: Date.now() - startedAt};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const {inputs, ms} = await buildCli({quiet: false});
    console.log(`lambda-lab CLI bundled: dist/cli/lambda-lab.mjs from ${inputs} source files in ${ms} ms`);
  } catch (error) {
    // Never fail `npm ci`: bin/lambda-lab.mjs falls back to running the TypeScript through tsx.
    console.warn(`lambda-lab CLI not bundled (${error instanceof Error ? error.message.split('\n')[0] : error}); it will run through tsx`);
  }
}
