import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseMeasuredResults} from '../../../src/core/cpu/index.ts';
import {decodeBase64} from '../../../src/core/cpu/decodeBase64.ts';

// Real output of AWS Lambda Power Tuning, from a public example (ImageProcessingFlip, us-east-2).
const POWER_TUNING_OUTPUT = `{
  "power": 128,
  "cost": 0.0000179046,
  "duration": 8525.678333333333,
  "stateMachine": {
    "executionCost": 0.0003,
    "lambdaCost": 0.0035318629500000007,
    "visualization": "https://lambda-power-tuning.show/#gAAAAQACAAQACMAL;tzYFRrejiEUHEwpFET+URHd3R0QpNGlE;1jGWN/kRmjfjuZs3LySnNw3s4DfjHkE4"
  }
}`;

/** Encodes points the way power tuning's buildVisualizationURL does (Int16 sizes, Float32 values). */
function encodeHash(points: {memoryMB: number; durationMs: number}[]): string {
  const sizes = Buffer.from(new Int16Array(points.map((p) => p.memoryMB)).buffer).toString('base64');
  const times = Buffer.from(new Float32Array(points.map((p) => p.durationMs)).buffer).toString('base64');
  return `https://lambda-power-tuning.show/#${sizes};${times};${times}`;
}

describe('parseMeasuredResults', () => {
  it('reads power tuning output through its visualization link', () => {
    const parsed = parseMeasuredResults(POWER_TUNING_OUTPUT);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.format).toBe('power-tuning');
    expect(parsed.value.points.map((p) => p.memoryMB)).toEqual([128, 256, 512, 1024, 2048, 3008]);
    // The 128 MB average matches the output's "duration" up to Float32 precision.
    expect(parsed.value.points[0]!.durationMs).toBeCloseTo(8525.678, 2);
    expect(parsed.value.points[5]!.durationMs).toBeCloseTo(932.815, 2);
  });

  it('reads a bare visualization URL, and round-trips any encoded list', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({min: 128, max: 10_240}), {minLength: 1, maxLength: 20}),
        fc.array(fc.integer({min: 1, max: 800_000}), {minLength: 20, maxLength: 20}),
        (sizes, durations) => {
          const points = sizes.map((memoryMB, i) => ({memoryMB, durationMs: durations[i]!}));
          const parsed = parseMeasuredResults(encodeHash(points));
          if (!parsed.ok) throw new Error(parsed.error);
          expect(parsed.value.points).toEqual([...points].sort((a, b) => a.memoryMB - b.memoryMB).map((p) => ({memoryMB: p.memoryMB, durationMs: Math.fround(p.durationMs)})));
        },
      ),
    );
  });

  it('reads tables in several spellings, with binary GB and seconds', () => {
    const parsed = parseMeasuredResults('memory, duration\n1,024 MB → 850 ms\n1.5 GB: 0.42 s\n512,1200\n# a comment\n2048\t300ms');
    expect(parsed).toEqual({
      ok: true,
      value: {format: 'table', points: [
        {memoryMB: 512, durationMs: 1200},
        {memoryMB: 1024, durationMs: 850},
        {memoryMB: 1536, durationMs: 420},
        {memoryMB: 2048, durationMs: 300},
      ]},
    });
  });

  it('reads JSON lists and power tuning executor stats', () => {
    expect(parseMeasuredResults('[{"memoryMB": 256, "durationMs": 90}, {"memory": 128, "duration": 180}]')).toEqual({
      ok: true,
      value: {format: 'json', points: [{memoryMB: 128, durationMs: 180}, {memoryMB: 256, durationMs: 90}]},
    });
    expect(parseMeasuredResults('{"stats": [{"value": 1024, "averageDuration": 12.5}]}')).toMatchObject({ok: true, value: {points: [{memoryMB: 1024, durationMs: 12.5}]}});
  });

  it.each([
    ['', 'measured results: paste power tuning\'s output or lines like "1024 MB → 850 ms".'],
    ['1024 MB → 850 ms\n64 MB → 9000 ms', 'measured results, line 2: 64 MB is below the minimum; Lambda takes 128–10,240 MB in 1 MB steps (AWS Lambda quotas).'],
    ['1024 MB 850 ms 3', 'measured results: line 1 should hold a memory size and a duration, like "1024 MB → 850 ms".'],
    ['1024 ms, 850 ms', 'measured results: line 1: the first value is memory, in MB or GB.'],
    ['{"power": 1', "measured results: looks like JSON but does not parse; paste power tuning's output as it is."],
    ['https://lambda-power-tuning.show/#gAAAAQ;tzYFRrejiEUH', 'measured results: the power tuning visualization link is damaged (its memory and duration lists do not match).'],
    ['memory duration', 'measured results: no memory → duration pairs found.'],
    ['1024 → 0 ms', 'measured results, line 1: duration must be above 0 and at most 900,000 ms (the 15-minute timeout).'],
  ])('rejects %j with one sentence', (text, error) => {
    expect(parseMeasuredResults(text)).toEqual({ok: false, error});
  });
});

describe('decodeBase64', () => {
  it('agrees with Node for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 64}), (bytes) => {
        expect(Array.from(decodeBase64(Buffer.from(bytes).toString('base64'))!)).toEqual(Array.from(bytes));
      }),
    );
  });

  it('rejects text that is not base64', () => {
    expect(decodeBase64('ab$d')).toBeNull();
  });
});
