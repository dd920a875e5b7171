/**
 * Whether handler source is an ES module or CommonJS. `.mjs`/`.mts` are ESM and `.cjs`/`.cts`
 * CommonJS, as in Node; for `.js`/`.ts` Node 22 detects module syntax, which this approximates by
 * looking for top-level `import`/`export` statements.
 */
export type ModuleFormat = 'esm' | 'cjs';

export function detectModuleFormat(filename: string, source: string): ModuleFormat {
  if (/\.(mjs|mts)$/i.test(filename)) return 'esm';
  if (/\.(cjs|cts)$/i.test(filename)) return 'cjs';
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  return /(^|[\n;])\s*(import\s*[\w{*'"]|export\s+(const|let|var|function|async|class|default|\{|\*))/.test(withoutComments) ? 'esm' : 'cjs';
}

/** The path Lambda would show in stack traces for the module. */
export function taskFileName(moduleName: string, format: ModuleFormat): string {
  return format === 'esm' ? `file:///var/task/${moduleName}.mjs` : `/var/task/${moduleName}.js`;
}
