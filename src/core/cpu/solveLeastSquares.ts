/**
 * Non-negative least squares for a handful of unknowns, exactly: tries every subset of the
 * columns, solves its normal equations, keeps the feasible (all ≥ 0) solution with the smallest
 * squared error. 2^n subsets, so only for n ≤ 4 (the fit has 3).
 * @param columns - one array per unknown, each with a value per observation
 * @param y - observed values
 * @returns coefficients (0 for unused columns) and the sum of squared residuals, or null if no
 *   subset is solvable
 */
export function solveNonNegativeLeastSquares(columns: readonly (readonly number[])[], y: readonly number[]): {coefficients: number[]; sse: number} | null {
  const n = columns.length;
  let best: {coefficients: number[]; sse: number; used: number} | null = null;
  for (let mask = 1; mask < 1 << n; mask++) {
    const used = columns.map((_, j) => j).filter((j) => (mask >> j) & 1);
    const solution = solveNormalEquations(used.map((j) => columns[j]!), y);
    if (!solution || solution.some((c) => c < -1e-12)) continue;
    const coefficients = new Array<number>(n).fill(0);
    used.forEach((j, k) => (coefficients[j] = Math.max(0, solution[k]!)));
    const sse = sumSquaredError(columns, coefficients, y);
    const tolerance = 1e-9 * Math.max(1, best?.sse ?? 0);
    // Prefer fewer unknowns when the fit is as good: the simpler explanation.
    if (!best || sse < best.sse - tolerance || (Math.abs(sse - best.sse) <= tolerance && used.length < best.used)) {
      best = {coefficients, sse, used: used.length};
    }
  }
  return best && {coefficients: best.coefficients, sse: best.sse};
}

function sumSquaredError(columns: readonly (readonly number[])[], coefficients: readonly number[], y: readonly number[]): number {
  let sse = 0;
  for (let i = 0; i < y.length; i++) {
    let predicted = 0;
    for (let j = 0; j < columns.length; j++) predicted += coefficients[j]! * columns[j]![i]!;
    sse += (y[i]! - predicted) ** 2;
  }
  return sse;
}

/** Solves XᵀX β = Xᵀy by Gaussian elimination with partial pivoting; null when singular. */
function solveNormalEquations(columns: readonly (readonly number[])[], y: readonly number[]): number[] | null {
  const k = columns.length;
  const a: number[][] = [];
  for (let r = 0; r < k; r++) {
    const row: number[] = [];
    for (let c = 0; c < k; c++) row.push(dot(columns[r]!, columns[c]!));
    row.push(dot(columns[r]!, y));
    a.push(row);
  }
  const scale = Math.max(...a.map((row) => Math.max(...row.slice(0, k).map(Math.abs))), 1e-300);
  for (let c = 0; c < k; c++) {
    let pivot = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r;
    if (Math.abs(a[pivot]![c]!) < 1e-10 * scale) return null;
    [a[c], a[pivot]] = [a[pivot]!, a[c]!];
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / a[c]![c]!;
      for (let cc = c; cc <= k; cc++) a[r]![cc]! -= f * a[c]![cc]!;
    }
  }
  return a.map((row, r) => row[k]! / row[r]!);
}

function dot(x: readonly number[], y: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < x.length; i++) sum += x[i]! * y[i]!;
  return sum;
}
