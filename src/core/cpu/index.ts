// The memory → CPU model and the memory sweep. Pure: no DOM, no Node.
export {checkMemoryMB, MAX_MEMORY_MB, MIN_MEMORY_MB} from './checkMemoryMB.ts';
export {computeVcpuShare} from './computeVcpuShare.ts';
export {countVisibleCores} from './countVisibleCores.ts';
export {describeCpu, type CpuAtMemory} from './describeCpu.ts';
export {checkWorkloadModel, DEFAULT_WORKLOAD, WORKLOAD_LIMITS, type WorkloadModel} from './workloadModel.ts';
export {computeDurationMs} from './computeDuration.ts';
export {readInvocationRates, readRegionRates, type InvocationRates} from './readInvocationRates.ts';
export {priceRecommendation} from './priceRecommendation.ts';
export {createMemorySweep, fillMemorySweep, indexOfMemory, memoryAtIndex, sweepMemory, SWEEP_SIZE, TIMEOUT_MS, type ArchitectureSweep, type MemorySweep} from './sweepMemory.ts';
export {recommendMemory, STRATEGIES, type Recommendation, type RecommendOptions, type Strategy} from './recommendMemory.ts';
export {estimateNoiseMs, fitWorkloadModel, type FitOptions, type FittedPoint, type MeasuredPoint, type WorkloadFit} from './fitWorkloadModel.ts';
export {MODEL_ASSUMPTIONS} from './modelAssumptions.ts';
export {parseMeasuredResults, type MeasuredFormat, type MeasuredResults} from './parseMeasuredResults.ts';
export {fitMeasuredText} from './fitMeasuredText.ts';
export {simpleQuantities, type QuantityReader} from './readQuantities.ts';
export {decimateSeries} from './decimateSeries.ts';
