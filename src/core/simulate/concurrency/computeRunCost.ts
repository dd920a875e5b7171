/**
 * What a simulated run would cost, priced by the pricing engine (src/core/pricing) rather than by
 * arithmetic of our own: each function's run becomes one `FunctionUsage` with the run's
 * invocations, average duration, cold starts and provisioned concurrency.
 * No free tier (a run is a slice of a month, and the allowance is per account per month).
 */
import {priceFunction} from '../../pricing/index.ts';
import type {FunctionEstimate} from '../../pricing/index.ts';
import type {SimulationRun} from './types.ts';

export interface FunctionRunCost {
  readonly name: string;
  readonly estimate: FunctionEstimate;
}

export interface RunCost {
  /** USD, sum of the functions' cent-rounded line items. */
  readonly totalUsd: number;
  readonly totalUnroundedUsd: number;
  readonly functions: readonly FunctionRunCost[];
}

/** Prices every function of a run with the pricing engine, free tier off. */
export function computeRunCost(run: SimulationRun): RunCost {
  const hours = run.scenario.durationSeconds / 3_600;
  const functions = run.functions.map((fn) => {
    const {totals, config} = fn;
    const initSeconds = (totals.coldStarts * config.initMs) / 1_000;
    const handlerSeconds = Math.max(0, totals.onDemandSeconds + totals.provisionedSeconds - initSeconds);
    const served = totals.served;
    const averageDurationMs = served > 0 ? Math.max(0, (handlerSeconds * 1_000) / served) : config.durationMs;
    const onDemand = Math.max(0, served - totals.servedByProvisioned);
    const estimate = priceFunction(
      {
        name: fn.name,
        region: run.scenario.region,
        architecture: config.architecture,
        memoryMB: config.memoryMB,
        requestsPerMonth: served,
        averageDurationMs,
        ...(onDemand > 0 && totals.coldStarts > 0 ? {coldStartRatio: Math.min(1, totals.coldStarts / onDemand), initDurationMs: config.initMs} : {}),
        ...(config.provisionedConcurrency > 0
          ? {provisionedConcurrency: {concurrency: config.provisionedConcurrency, hoursPerMonth: hours, requestsServed: Math.min(served, totals.servedByProvisioned)}}
          : {}),
      },
      {freeTier: false},
    );
    return {name: fn.name, estimate};
  });
  return {
    totalUsd: functions.reduce((sum, fn) => sum + fn.estimate.total, 0),
    totalUnroundedUsd: functions.reduce((sum, fn) => sum + fn.estimate.totalUnrounded, 0),
    functions,
  };
}

/** One sentence for the summary: what the run cost and on what basis. */
export function describeRunCost(cost: RunCost): string {
  const usd = (value: number): string => `$${value.toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: value < 1 ? 4 : 2})}`;
  const parts = cost.functions.map((fn) => `${fn.name} ${usd(fn.estimate.totalUnrounded)}`);
  return `This run would cost about ${usd(cost.totalUnroundedUsd)} (${parts.join(', ')}): requests, duration including billed Init, and provisioned concurrency in 5-minute blocks, at first-tier rates without the free tier.`;
}
