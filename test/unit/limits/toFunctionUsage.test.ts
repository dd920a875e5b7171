import {describe, expect, it} from 'vitest';
import {toFunctionUsage} from '../../../src/core/limits/toFunctionUsage.ts';
import {priceFunction} from '../../../src/core/pricing/index.ts';

const traffic = {requestsPerMonth: 2_000_000, averageDurationMs: 100};

describe('toFunctionUsage', () => {
  it('carries memory, architecture, region, storage and runtime family to the pricing engine', () => {
    const result = toFunctionUsage({name: 'fn', memoryMB: 1024, architecture: 'arm64', region: 'eu-west-1', ephemeralStorageMB: 1024, runtime: 'provided.al2023'}, traffic);
    expect(result).toEqual({ok: true, value: {usage: {name: 'fn', region: 'eu-west-1', architecture: 'arm64', memoryMB: 1024, requestsPerMonth: 2_000_000, averageDurationMs: 100, ephemeralStorageMB: 1024, runtime: 'custom', packageType: 'zip'}, assumptions: []}});
  });
  it('states what it assumes: default memory, us-east-1, provisioned all month', () => {
    const result = toFunctionUsage({name: 'fn', provisionedConcurrency: 5}, traffic);
    expect(result.ok && result.value.assumptions).toEqual([
      "fn: memory not set, priced at Lambda's default of 128 MB.",
      'fn: Region not stated, priced in us-east-1.',
      'fn: provisioned concurrency 5 priced as enabled all month (730 h).',
    ]);
    expect(result.ok && result.value.usage.provisionedConcurrency).toEqual({concurrency: 5, hoursPerMonth: 730});
  });
  it('prices Lambda@Edge as edge and Python SnapStart with its charges, Java SnapStart without', () => {
    const edge = toFunctionUsage({name: 'e', memoryMB: 128, edgeTrigger: 'viewer-request'}, traffic);
    expect(edge.ok && edge.value.usage.edge).toBe(true);
    const python = toFunctionUsage({name: 'p', memoryMB: 512, runtime: 'python3.13', snapStart: true}, traffic);
    expect(python.ok && python.value.usage.snapStart).toEqual({});
    const java = toFunctionUsage({name: 'j', memoryMB: 512, runtime: 'java21', snapStart: true}, traffic);
    expect(java.ok && java.value.usage.snapStart).toBeUndefined();
  });
  it('refuses to price an unresolved memory or an unknown architecture', () => {
    expect(toFunctionUsage({name: 'fn', memoryMB: {unresolved: '!Ref Mem (no default)'}}, traffic)).toEqual({ok: false, error: 'fn: memory is !Ref Mem (no default), which could not be resolved, so the function cannot be priced.'});
    expect(toFunctionUsage({name: 'fn', memoryMB: 128, architecture: 'sparc'}, traffic).ok).toBe(false);
  });
  it('the result is accepted by the engine: 2M × 100 ms at 1 GB x86 = $0.20 after the free tier', () => {
    const result = toFunctionUsage({name: 'fn', memoryMB: 1024, architecture: 'x86_64', region: 'us-east-1'}, traffic);
    if (!result.ok) throw new Error(result.error);
    // requests: (2M − 1M) × $0.20/M = $0.20; GB-s: 200,000 − 400,000 free → 0; total $0.20.
    expect(priceFunction(result.value.usage).total).toBe(0.2);
  });
});
