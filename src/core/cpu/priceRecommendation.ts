import {priceFunction, type FunctionEstimate} from '../pricing/index.ts';
import type {Recommendation} from './recommendMemory.ts';
import type {MemorySweep} from './sweepMemory.ts';
import type {WorkloadModel} from './workloadModel.ts';

/**
 * The recommended size's whole monthly bill from the pricing engine (tiers, free tier, cent
 * rounding), where the sweep itself prices only the first tier. The warm duration is billed per
 * invocation and the init phase on the model's share of cold starts.
 */
export function priceRecommendation(sweep: MemorySweep, recommendation: Recommendation, model: WorkloadModel, region: string, requestsPerMonth: number): FunctionEstimate {
  return priceFunction({
    region,
    architecture: recommendation.architecture,
    memoryMB: recommendation.memoryMB,
    requestsPerMonth,
    averageDurationMs: sweep.architectures[recommendation.architecture].warmDurationMs[recommendation.index]!,
    coldStartRatio: model.coldStartRate,
    initDurationMs: model.initMs,
  });
}
