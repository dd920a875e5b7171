import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {invocationCost} from '../../../src/core/pricing/index.ts';
import {computeDurationMs, readInvocationRates, sweepMemory, SWEEP_SIZE, type InvocationRates} from '../../../src/core/cpu/index.ts';
import type {Architecture} from '../../../src/data/schema.ts';
import {arbitraryWorkload} from './arbitraries.ts';

function rates(): Record<Architecture, InvocationRates> {
  const x86 = readInvocationRates('us-east-1', 'x86_64');
  const arm = readInvocationRates('us-east-1', 'arm64');
  if (!x86.ok || !arm.ok) throw new Error('no us-east-1 prices');
  return {x86_64: x86.value, arm64: arm.value};
}

describe('sweepMemory', () => {
  it('covers every size from 128 to 10,240 MB', () => {
    expect(SWEEP_SIZE).toBe(10_113);
  });

  it('reads the first-tier us-east-1 rates from the price data', () => {
    expect(rates().x86_64).toMatchObject({requestUsd: 0.0000002, usdPerGbSecond: 0.0000166667});
    expect(rates().arm64).toMatchObject({requestUsd: 0.0000002, usdPerGbSecond: 0.0000133334});
    expect(readInvocationRates('xx-nowhere-1', 'arm64')).toEqual({ok: false, error: "region: 'xx-nowhere-1' has no Lambda prices in Lambda Lab yet."});
  });

  it('prices a known point by hand: 800 ms CPU + 120 ms I/O at 1,024 MB on x86_64', () => {
    const sweep = sweepMemory({cpuMs: 800, parallelFraction: 0, maxThreads: 1, ioMs: 120, initMs: 0, coldStartRate: 0, arm64CpuFactor: 1}, rates(), 3_000_000);
    const i = 1024 - 128;
    const duration = (800 * 1769) / 1024 + 120; // 1,502.0 ms
    expect(sweep.architectures.x86_64.durationMs[i]).toBeCloseTo(duration, 9);
    // 1,503 ms billed × 1 GB × $0.0000166667/GB-s + $0.0000002 request
    const cost = 1.503 * 0.0000166667 + 0.0000002;
    expect(sweep.architectures.x86_64.costUsd[i]).toBeCloseTo(cost, 15);
    expect(sweep.architectures.x86_64.monthlyUsd[i]).toBeCloseTo(cost * 3_000_000, 9);
  });

  it('matches computeDurationMs at every size, and bills init on the cold share', () => {
    fc.assert(
      fc.property(arbitraryWorkload, fc.integer({min: 128, max: 10_240}), fc.constantFrom<Architecture>('x86_64', 'arm64'), (model, mb, arch) => {
        const r = rates();
        const sweep = sweepMemory(model, r, 1_000_000);
        const i = mb - 128;
        const factor = arch === 'arm64' ? model.arm64CpuFactor : 1;
        const warm = computeDurationMs(model, mb, factor);
        const s = sweep.architectures[arch];
        expect(s.warmDurationMs[i]).toBe(warm);
        expect(s.durationMs[i]).toBeCloseTo(warm + model.coldStartRate * model.initMs, 6);
        const perMs = (r[arch].usdPerGbSecond * mb) / 1024 / 1000;
        const billed = (1 - model.coldStartRate) * Math.ceil(warm) + model.coldStartRate * Math.ceil(warm + model.initMs);
        expect(s.costUsd[i]! / (r[arch].requestUsd + perMs * billed)).toBeCloseTo(1, 12);
      }),
      {numRuns: 40},
    );
  });

  it('costs what the pricing engine says for every invocation (warm and cold)', () => {
    fc.assert(
      fc.property(arbitraryWorkload, fc.integer({min: 128, max: 10_240}), fc.constantFrom<Architecture>('x86_64', 'arm64'), (model, memoryMB, architecture) => {
        const sweep = sweepMemory(model, rates(), 2_000_000);
        const i = memoryMB - 128;
        const warm = sweep.architectures[architecture].warmDurationMs[i]!;
        const r = model.coldStartRate;
        const expected =
          (1 - r) * invocationCost({architecture, memoryMB, durationMs: warm}).totalUsd +
          r * invocationCost({architecture, memoryMB, durationMs: warm + model.initMs}).totalUsd;
        // The engine's numbers carry 15 decimal places; the sweep's floats agree to that.
        expect(Math.abs(sweep.architectures[architecture].costUsd[i]! - expected)).toBeLessThan(2e-15 + 1e-12 * expected);
        expect(Math.abs(sweep.architectures[architecture].monthlyUsd[i]! - expected * 2_000_000)).toBeLessThan((2e-15 + 1e-12 * expected) * 2_000_000);
      }),
      {numRuns: 60},
    );
  });

  it('cost per invocation is continuous in memory up to 1 ms of billing rounding', () => {
    fc.assert(
      fc.property(arbitraryWorkload, (model) => {
        const r = rates();
        const sweep = sweepMemory(model, r, 1);
        for (const arch of ['x86_64', 'arm64'] as const) {
          const {costUsd, durationMs} = sweep.architectures[arch];
          const usdPerMbMs = r[arch].usdPerGbSecond / 1024 / 1000;
          for (let i = 0; i + 1 < SWEEP_SIZE; i++) {
            const mb = 128 + i;
            const billedNext = (costUsd[i + 1]! - r[arch].requestUsd) / ((mb + 1) * usdPerMbMs);
            // One more MB changes the price of each ms a little, and the billed ms by at most the
            // change in duration plus one ms of rounding.
            const bound = usdPerMbMs * billedNext + mb * usdPerMbMs * (Math.abs(durationMs[i + 1]! - durationMs[i]!) + 1) + 1e-15;
            if (Math.abs(costUsd[i + 1]! - costUsd[i]!) > bound) return false;
          }
        }
        return true;
      }),
      {numRuns: 30},
    );
  });

  it('duration never rises with memory in the swept arrays either', () => {
    fc.assert(
      fc.property(arbitraryWorkload, (model) => {
        const sweep = sweepMemory(model, rates(), 1);
        for (const arch of ['x86_64', 'arm64'] as const) {
          const d = sweep.architectures[arch].durationMs;
          for (let i = 1; i < SWEEP_SIZE; i++) if (d[i]! > d[i - 1]!) return false;
        }
        return true;
      }),
      {numRuns: 30},
    );
  });
});
