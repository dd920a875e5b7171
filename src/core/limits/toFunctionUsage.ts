import {getQuota} from '../../data/quotas.ts';
import {findRuntime} from '../../data/runtimes.ts';
import type {Architecture} from '../../data/schema.ts';
import type {FunctionUsage, RuntimeFamily} from '../pricing/index.ts';
import {fail, ok, type Result} from '../result.ts';
import {isUnresolved, type FunctionConfig} from './types.ts';

/** Traffic for one function, from a usage file or the widget. */
export interface Traffic {
  readonly requestsPerMonth: number;
  readonly averageDurationMs: number;
}

export interface PricedUsage {
  readonly usage: FunctionUsage;
  /** What was assumed because the configuration did not say (shown next to the bill). */
  readonly assumptions: readonly string[];
}

const HOURS_PER_MONTH = 730;

/**
 * Turns a checked function plus its traffic into the pricing engine's FunctionUsage. Memory that
 * could not be resolved makes pricing impossible (an error naming the expression); a missing
 * setting takes Lambda's default and is listed in `assumptions`.
 */
export function toFunctionUsage(fn: FunctionConfig, traffic: Traffic): Result<PricedUsage> {
  const assumptions: string[] = [];
  const memoryQuota = getQuota('memory');
  if (isUnresolved(fn.memoryMB)) return fail(`${fn.name}: memory is ${fn.memoryMB.unresolved}, which could not be resolved, so the function cannot be priced.`);
  const memoryMB = fn.memoryMB ?? memoryQuota.default ?? 128;
  if (fn.memoryMB === undefined) assumptions.push(`${fn.name}: memory not set, priced at Lambda's default of ${memoryMB} MB.`);
  let architecture: Architecture = 'x86_64';
  if (fn.architecture !== undefined && !isUnresolved(fn.architecture)) {
    if (fn.architecture !== 'x86_64' && fn.architecture !== 'arm64') return fail(`${fn.name}: architecture "${fn.architecture}" is not x86_64 or arm64, so the function cannot be priced.`);
    architecture = fn.architecture;
  } else if (isUnresolved(fn.architecture)) {
    assumptions.push(`${fn.name}: architecture ${fn.architecture.unresolved} not resolved, priced as x86_64.`);
  }
  let region = 'us-east-1';
  if (typeof fn.region === 'string') region = fn.region;
  else if (fn.edgeTrigger === undefined) assumptions.push(`${fn.name}: Region not stated, priced in us-east-1.`);
  const runtimeId = typeof fn.runtime === 'string' ? fn.runtime : undefined;
  const family = runtimeId ? findRuntime(runtimeId)?.family : undefined;
  const runtime: RuntimeFamily | undefined = family === undefined ? undefined : family === 'provided' || family === 'go' ? 'custom' : family;
  const storage = typeof fn.ephemeralStorageMB === 'number' ? fn.ephemeralStorageMB : undefined;
  const provisioned = typeof fn.provisionedConcurrency === 'number' && fn.provisionedConcurrency > 0 ? fn.provisionedConcurrency : undefined;
  if (provisioned !== undefined) assumptions.push(`${fn.name}: provisioned concurrency ${provisioned} priced as enabled all month (${HOURS_PER_MONTH} h).`);
  const snapStartBilled = fn.snapStart === true && (runtime === 'python' || runtime === 'dotnet');
  const usage: FunctionUsage = {
    name: fn.name,
    region,
    architecture,
    memoryMB,
    requestsPerMonth: traffic.requestsPerMonth,
    averageDurationMs: traffic.averageDurationMs,
    ...(storage !== undefined ? {ephemeralStorageMB: storage} : {}),
    ...(runtime !== undefined ? {runtime} : {}),
    packageType: fn.packageType === 'Image' ? 'image' : 'zip',
    ...(provisioned !== undefined ? {provisionedConcurrency: {concurrency: provisioned, hoursPerMonth: HOURS_PER_MONTH}} : {}),
    ...(snapStartBilled ? {snapStart: {}} : {}),
    ...(fn.edgeTrigger !== undefined ? {edge: true} : {}),
  };
  return ok({usage, assumptions});
}
