/**
 * Picks the points of a long series worth drawing: for each of `buckets` equal slices of the
 * index range, the smallest and largest value (in index order). A chart of 10,113 sizes becomes
 * at most 2 × buckets points with every peak and dip kept, so the drawn envelope is exact.
 * @param values - the series, e.g. a sweep's durations
 * @param buckets - about the chart's width in pixels
 * @returns indices into `values`, increasing, first and last always included
 */
export function decimateSeries(values: ArrayLike<number>, buckets: number): number[] {
  const n = values.length;
  if (n === 0) return [];
  if (n <= 2 * buckets) return Array.from({length: n}, (_, i) => i);
  const picked: number[] = [0];
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor((b * n) / buckets);
    const end = Math.floor(((b + 1) * n) / buckets);
    let lo = start;
    let hi = start;
    for (let i = start + 1; i < end; i++) {
      if (values[i]! < values[lo]!) lo = i;
      if (values[i]! > values[hi]!) hi = i;
    }
    for (const i of lo < hi ? [lo, hi] : [hi, lo]) if (i > picked[picked.length - 1]!) picked.push(i);
  }
  if (picked[picked.length - 1] !== n - 1) picked.push(n - 1);
  return picked;
}
