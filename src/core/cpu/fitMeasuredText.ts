import type {Result} from '../result.ts';
import {estimateNoiseMs, fitWorkloadModel, type FitOptions, type WorkloadFit} from './fitWorkloadModel.ts';
import {parseMeasuredResults} from './parseMeasuredResults.ts';
import type {WorkloadModel} from './workloadModel.ts';

/**
 * Measured results as a person pastes or saves them (power tuning's output or link, or
 * "1024 MB → 850 ms" lines) fitted to the workload model. The noise the fit tolerates is estimated
 * from the points themselves, so the page and `lambda-lab tune --measured` fit alike.
 */
export function fitMeasuredText(text: string, base: WorkloadModel, options: Omit<FitOptions, 'noiseMs'> = {}): Result<WorkloadFit> {
  const measured = parseMeasuredResults(text);
  if (!measured.ok) return measured;
  return fitWorkloadModel(measured.value.points, base, {...options, noiseMs: estimateNoiseMs(measured.value.points)});
}
