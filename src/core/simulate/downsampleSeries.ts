/**
 * Shrinks a per-second series to at most `maxPoints` points for a chart, keeping the largest value
 * of each bucket so peaks (a throttling burst, the highest concurrency) never disappear.
 * @returns the bucket width in seconds and one value per bucket
 */
export function downsampleSeries(values: ArrayLike<number>, maxPoints: number): {bucketSeconds: number; points: number[]} {
  const bucketSeconds = Math.max(1, Math.ceil(values.length / Math.max(1, maxPoints)));
  const points: number[] = [];
  for (let start = 0; start < values.length; start += bucketSeconds) {
    let peak = -Infinity;
    const end = Math.min(values.length, start + bucketSeconds);
    for (let i = start; i < end; i++) if (values[i]! > peak) peak = values[i]!;
    points.push(peak);
  }
  return {bucketSeconds, points};
}

/** A round axis maximum at or above `value` (1, 2, 2.5 or 5 × a power of ten). */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value - 1e-9) return step * power;
  return 10 * power;
}
