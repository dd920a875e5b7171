/**
 * Parses the CLI's `--timeout` and `--memory` text. A bare number means Lambda's own unit
 * (seconds for timeout, MB for memory); MB/GB are binary as in Lambda (1 GB = 1024 MB).
 */
import {fail, ok, type Result} from '../result.ts';

/** `3s`, `3000ms`, `1.5 s`, `2m`, `3` (seconds) → milliseconds. */
export function parseTimeoutMs(text: string): Result<number> {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|sec|seconds?|m|min|minutes?)?\s*$/i.exec(text);
  if (!match) return fail(`timeout: '${text}' is not a duration; write e.g. 3s, 2500ms or 1m (Lambda accepts 1–900 seconds)`);
  const value = Number(match[1]);
  const unit = (match[2] ?? 's').toLowerCase();
  const ms = unit === 'ms' ? value : unit.startsWith('m') ? value * 60_000 : value * 1000;
  return ok(Math.round(ms));
}

/** `128MB`, `1GB`, `1.5 GB`, `512` (MB) → MB. */
export function parseMemoryMB(text: string): Result<number> {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(mb|mib|gb|gib)?\s*$/i.exec(text);
  if (!match) return fail(`memory: '${text}' is not a memory size; write e.g. 128MB or 1.5GB (Lambda accepts 128–10,240 MB)`);
  const value = Number(match[1]);
  const unit = (match[2] ?? 'mb').toLowerCase();
  const mb = unit.startsWith('g') ? value * 1024 : value;
  if (!Number.isInteger(mb)) return fail(`memory: '${text}' is ${mb} MB; Lambda memory is set in whole MB (128–10,240 MB)`);
  return ok(mb);
}

/** `KEY=VALUE` pairs → an object; the value may contain '='. */
export function parseEnvPairs(pairs: readonly string[]): Result<Record<string, string>> {
  const env: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) return fail(`env: '${pair}' must look like KEY=VALUE`);
    env[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return ok(env);
}
