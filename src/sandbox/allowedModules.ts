/**
 * The Node.js modules the playground simulates, with the names an ES module may import from
 * each. Everything else fails with Runtime.ImportModuleError, whose message says plainly that
 * real Lambda has the module and the playground does not.
 */
export const ALLOWED_MODULES: Readonly<Record<string, readonly string[]>> = {
  util: ['inspect', 'format', 'promisify', 'types'],
  events: ['EventEmitter'],
  buffer: ['Buffer'],
  process: ['env', 'exit', 'nextTick', 'hrtime', 'memoryUsage', 'version', 'versions', 'platform', 'arch'],
  'timers/promises': ['setTimeout', 'setImmediate'],
  timers: ['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate'],
};

/** One sentence for error messages and the page. */
export const ALLOWED_MODULES_SENTENCE =
  'The Lambda Lab playground offers only node:util, node:events, node:buffer, node:process, node:timers and node:timers/promises ' +
  '(simulated); real Lambda also has every other Node.js built-in and the AWS SDK for JavaScript v3.';

/** The bare name a specifier refers to ("node:util" → "util"), or undefined for other specifiers. */
export function allowedModuleName(specifier: string): string | undefined {
  const name = specifier.replace(/^node:/, '');
  return Object.prototype.hasOwnProperty.call(ALLOWED_MODULES, name) ? name : undefined;
}
