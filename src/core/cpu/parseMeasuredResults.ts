import {fail, ok, type Result} from '../result.ts';
import {checkMemoryMB} from './checkMemoryMB.ts';
import {decodeBase64} from './decodeBase64.ts';
import type {MeasuredPoint} from './fitWorkloadModel.ts';

export type MeasuredFormat = 'power-tuning' | 'json' | 'table';

export interface MeasuredResults {
  readonly format: MeasuredFormat;
  /** Sorted by memory. */
  readonly points: readonly MeasuredPoint[];
}

const FIELD = 'measured results';

/**
 * Reads pasted measurements in any of these forms:
 * - AWS Lambda Power Tuning's output (`{"power": …, "stateMachine": {"visualization": "https://lambda-power-tuning.show/#…"}}`)
 *   or just its visualization URL: the hash holds Int16 memory sizes and Float32 average durations
 *   (little-endian, base64), as power tuning's `buildVisualizationURL` writes them;
 * - JSON: an array of `{memoryMB|memory|power|value, durationMs|duration|averageDuration}`, or power
 *   tuning's executor output `{stats: [...]}`;
 * - a table, one size per line: `1024 → 850 ms`, `1.5 GB: 0.42 s`, `512,1200`. Memory defaults to MB,
 *   duration to ms; GB are binary (1 GB = 1,024 MB).
 * @param text - what the user pasted
 */
export function parseMeasuredResults(text: string): Result<MeasuredResults> {
  const trimmed = text.trim();
  if (trimmed === '') return fail(`${FIELD}: paste power tuning's output or lines like "1024 MB → 850 ms".`);
  const url = /lambda-power-tuning\.show\/?#([A-Za-z0-9+/=_-]+;[A-Za-z0-9+/=_-]+(?:;[A-Za-z0-9+/=_-]*)?)/.exec(trimmed);
  if (url) return finish('power-tuning', decodeVisualizationHash(url[1]!));
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return finish('json', parseJson(trimmed));
  return finish('table', parseTable(trimmed));
}

function finish(format: MeasuredFormat, parsed: Result<MeasuredPoint[]>): Result<MeasuredResults> {
  if (!parsed.ok) return parsed;
  if (parsed.value.length === 0) return fail(`${FIELD}: no memory → duration pairs found.`);
  return ok({format, points: [...parsed.value].sort((a, b) => a.memoryMB - b.memoryMB)});
}

function decodeVisualizationHash(hash: string): Result<MeasuredPoint[]> {
  const [sizesText, durationsText] = hash.split(';');
  const sizes = decodeBase64(sizesText ?? '');
  const durations = decodeBase64(durationsText ?? '');
  if (!sizes || !durations || sizes.length % 2 !== 0 || durations.length % 4 !== 0 || sizes.length / 2 !== durations.length / 4) {
    return fail(`${FIELD}: the power tuning visualization link is damaged (its memory and duration lists do not match).`);
  }
  const sizeView = new DataView(sizes.buffer, sizes.byteOffset, sizes.byteLength);
  const durationView = new DataView(durations.buffer, durations.byteOffset, durations.byteLength);
  const points: MeasuredPoint[] = [];
  for (let i = 0; i < sizes.length / 2; i++) {
    const point = checkPoint(sizeView.getInt16(i * 2, true), durationView.getFloat32(i * 4, true), `power tuning entry ${i + 1}`);
    if (!point.ok) return point;
    points.push(point.value);
  }
  return ok(points);
}

function parseJson(text: string): Result<MeasuredPoint[]> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(`${FIELD}: looks like JSON but does not parse; paste power tuning's output as it is.`);
  }
  if (isRecord(data)) {
    const machine = data['stateMachine'];
    if (isRecord(machine) && typeof machine['visualization'] === 'string') {
      const hash = machine['visualization'].split('#')[1];
      if (hash) return decodeVisualizationHash(hash);
    }
    if (Array.isArray(data['stats'])) data = data['stats'];
    else return fail(`${FIELD}: this JSON has no stateMachine.visualization link and no list of results.`);
  }
  if (!Array.isArray(data)) return fail(`${FIELD}: expected a JSON list of {memoryMB, durationMs} objects.`);
  const points: MeasuredPoint[] = [];
  for (const [index, entry] of data.entries()) {
    if (!isRecord(entry)) return fail(`${FIELD}: entry ${index + 1} is not an object.`);
    const memory = firstNumber(entry, ['memoryMB', 'memory', 'power', 'value']);
    const duration = firstNumber(entry, ['durationMs', 'duration', 'averageDuration']);
    if (memory === undefined || duration === undefined) return fail(`${FIELD}: entry ${index + 1} needs a memory (memoryMB) and a duration (durationMs).`);
    const point = checkPoint(memory, duration, `entry ${index + 1}`);
    if (!point.ok) return point;
    points.push(point.value);
  }
  return ok(points);
}

const TOKEN = /(\d+(?:\.\d+)?)\s*(gib|gb|g|mib|mb|m|ms|milliseconds?|seconds?|sec|s)?(?![a-z])/gi;

function parseTable(text: string): Result<MeasuredPoint[]> {
  const points: MeasuredPoint[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.replace(/#.*$/, '').replace(/(\d{1,3}(?:,\d{3})+)(?=\s*[a-z])/gi, (m) => m.replace(/,/g, ''));
    const tokens = [...line.matchAll(TOKEN)];
    if (tokens.length === 0) continue; // a header or a blank line
    const label = `line ${index + 1}`;
    if (tokens.length !== 2) return fail(`${FIELD}: ${label} should hold a memory size and a duration, like "1024 MB → 850 ms".`);
    const [memoryToken, durationToken] = tokens as [RegExpMatchArray, RegExpMatchArray];
    const memoryUnit = (memoryToken[2] ?? 'mb').toLowerCase();
    const durationUnit = (durationToken[2] ?? 'ms').toLowerCase();
    if (!/^(gib|gb|g|mib|mb|m)$/.test(memoryUnit)) return fail(`${FIELD}: ${label}: the first value is memory, in MB or GB.`);
    if (!/^(ms|milliseconds?|seconds?|sec|s)$/.test(durationUnit)) return fail(`${FIELD}: ${label}: the second value is a duration, in ms or s.`);
    const memory = Number(memoryToken[1]) * (memoryUnit.startsWith('g') ? 1024 : 1);
    const duration = Number(durationToken[1]) * (durationUnit.startsWith('m') ? 1 : 1000);
    const point = checkPoint(memory, duration, label);
    if (!point.ok) return point;
    points.push(point.value);
  }
  return ok(points);
}

function checkPoint(memoryMB: number, durationMs: number, label: string): Result<MeasuredPoint> {
  const memory = checkMemoryMB(memoryMB, `${FIELD}, ${label}`);
  if (!memory.ok) return memory;
  if (!Number.isFinite(durationMs) || durationMs <= 0 || durationMs > 900_000) {
    return fail(`${FIELD}, ${label}: duration must be above 0 and at most 900,000 ms (the 15-minute timeout).`);
  }
  return ok({memoryMB: memory.value, durationMs});
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstNumber(entry: Record<string, unknown>, keys: readonly string[]): number | undefined {
  for (const key of keys) {
    const value = entry[key];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  }
  return undefined;
}
