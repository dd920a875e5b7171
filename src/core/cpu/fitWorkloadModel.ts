import {fail, ok, type Result} from '../result.ts';
import {computeVcpuShare} from './computeVcpuShare.ts';
import {computeDurationMs} from './computeDuration.ts';
import {countVisibleCores} from './countVisibleCores.ts';
import {solveNonNegativeLeastSquares} from './solveLeastSquares.ts';
import type {WorkloadModel} from './workloadModel.ts';

/** One measured (or pasted) warm duration at a memory size. */
export interface MeasuredPoint {
  readonly memoryMB: number;
  readonly durationMs: number;
}

export interface FitOptions {
  /** Fix the thread count, or let the fit try 1–6 ('auto', the default). */
  readonly maxThreads?: number | 'auto';
  /** Multiplies CPU time: 1 when the points were measured on x86_64. */
  readonly cpuFactor?: number;
}

export interface FittedPoint extends MeasuredPoint {
  readonly modelMs: number;
  readonly residualMs: number;
}

export interface WorkloadFit {
  /** The fitted model: cpuMs, parallelFraction, maxThreads and ioMs from the points; the rest from `base`. */
  readonly model: WorkloadModel;
  readonly points: readonly FittedPoint[];
  /** Root-mean-square difference between the model and the points, ms. */
  readonly rmsErrorMs: number;
  /** 1 − SSE / total sum of squares; 1 is a perfect fit (NaN-free: 1 when all points are equal and fitted). */
  readonly rSquared: number;
  /** Plain-language caveats, e.g. when the points cannot tell serial from parallel work. */
  readonly notes: readonly string[];
}

const MAX_AUTO_THREADS = 6;

/**
 * Fits the workload model to measured warm durations. For a fixed thread count the model is
 * linear in its unknowns — `d(m) = a / min(s, 1) + b / min(s, k(m)) + io` with `a = (1 − p) × cpu`,
 * `b = p × cpu`, `s = m / 1,769`, `k(m) = min(threads, visible cores)` — so each thread count is an
 * exact non-negative least-squares problem; 'auto' keeps the thread count with the least error
 * (fewest threads on a tie).
 * @param points - at least two distinct memory sizes
 * @param base - supplies init time, cold-start rate and the arm64 factor, which durations cannot show
 * @param options - thread count and CPU factor of the measured architecture
 */
export function fitWorkloadModel(points: readonly MeasuredPoint[], base: WorkloadModel, options: FitOptions = {}): Result<WorkloadFit> {
  const distinct = new Set(points.map((p) => p.memoryMB));
  if (distinct.size < 2) return fail('measured results: need durations at two or more different memory sizes to fit the model.');
  const cpuFactor = options.cpuFactor ?? 1;
  const threadChoices = options.maxThreads === undefined || options.maxThreads === 'auto' ? range(1, MAX_AUTO_THREADS) : [options.maxThreads];
  const y = points.map((p) => p.durationMs);
  const ones = points.map(() => 1);
  const serial = points.map((p) => 1 / Math.min(computeVcpuShare(p.memoryMB), 1));

  let best: {threads: number; a: number; b: number; io: number; sse: number} | null = null;
  const sseByThreads = new Map<number, number>();
  for (const threads of threadChoices) {
    const parallel = points.map((p) => 1 / Math.min(computeVcpuShare(p.memoryMB), threads, countVisibleCores(p.memoryMB)));
    // With one thread the parallel column equals the serial one: fit serial work only.
    const columns = threads === 1 ? [serial, ones] : [serial, parallel, ones];
    const solution = solveNonNegativeLeastSquares(columns, y);
    if (!solution) continue;
    const [a, b, io] = threads === 1 ? [solution.coefficients[0]!, 0, solution.coefficients[1]!] : (solution.coefficients as [number, number, number]);
    sseByThreads.set(threads, solution.sse);
    if (!best || solution.sse < best.sse * (1 - 1e-9) - 1e-12) best = {threads, a, b, io, sse: solution.sse};
  }
  if (!best) return fail('measured results: the points do not determine the model (try sizes further apart).');

  const cpu = best.a + best.b;
  const model: WorkloadModel = {
    ...base,
    cpuMs: cpu / cpuFactor,
    parallelFraction: cpu > 0 ? best.b / cpu : 0,
    maxThreads: best.b > 0 ? best.threads : 1,
    ioMs: best.io,
  };
  const fitted = points.map((p) => {
    const modelMs = computeDurationMs(model, p.memoryMB, cpuFactor);
    return {...p, modelMs, residualMs: p.durationMs - modelMs};
  });
  const sse = fitted.reduce((sum, p) => sum + p.residualMs ** 2, 0);
  const mean = y.reduce((sum, v) => sum + v, 0) / y.length;
  const sst = y.reduce((sum, v) => sum + (v - mean) ** 2, 0);
  const notes: string[] = [];
  if (Math.max(...distinct) <= 1769) {
    notes.push('All points are at or below 1,769 MB (one vCPU), where serial and parallel work slow down alike: the parallel share is a guess. Measure above 1,769 MB to pin it.');
  }
  if (best.b > 0 && threadChoices.length > 1) {
    const tied = [...sseByThreads].filter(([, value]) => value <= best.sse * (1 + 1e-6) + 1e-9).map(([threads]) => threads);
    if (tied.length > 1) {
      notes.push(`These points fit ${Math.min(...tied)}–${Math.max(...tied)} threads equally well (the CPU share never exceeds ${best.threads} vCPU at the sizes measured); the fit keeps ${best.threads}. Measure at larger sizes to tell them apart.`);
    }
  }
  if (Math.min(...distinct) >= 1769) {
    notes.push('All points are at or above 1,769 MB: single-threaded work no longer speeds up there, so CPU time and I/O wait are hard to tell apart. Add a point below 1,769 MB.');
  }
  return ok({
    model,
    points: fitted,
    rmsErrorMs: Math.sqrt(sse / points.length),
    rSquared: sst > 0 ? 1 - sse / sst : sse < 1e-9 ? 1 : 0,
    notes,
  });
}

function range(from: number, to: number): number[] {
  const values: number[] = [];
  for (let v = from; v <= to; v++) values.push(v);
  return values;
}
