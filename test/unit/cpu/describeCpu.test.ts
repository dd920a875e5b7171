import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {checkMemoryMB, computeVcpuShare, countVisibleCores, describeCpu} from '../../../src/core/cpu/index.ts';

const memory = fc.integer({min: 128, max: 10_240});

describe('computeVcpuShare (official model)', () => {
  it('gives one vCPU at 1,769 MB and 5.79 at 10,240 MB', () => {
    expect(computeVcpuShare(1769)).toBe(1);
    expect(computeVcpuShare(10_240)).toBeCloseTo(5.7886, 4);
    expect(computeVcpuShare(128)).toBeCloseTo(0.07236, 5);
  });

  it('is proportional to memory', () => {
    fc.assert(fc.property(memory, memory, (a, b) => Math.abs(computeVcpuShare(a) * b - computeVcpuShare(b) * a) < 1e-9));
  });
});

describe('countVisibleCores (empirical table)', () => {
  it.each([
    [128, 2], [1769, 2], [3008, 2], [3009, 3], [5307, 3], [5308, 4], [7076, 4], [7077, 5], [8845, 5], [8846, 6], [10_240, 6],
  ])('%i MB → %i cores', (mb, cores) => {
    expect(countVisibleCores(mb)).toBe(cores);
  });

  it('never falls as memory rises and always has room for the CPU share', () => {
    fc.assert(
      fc.property(memory, memory, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(countVisibleCores(lo)).toBeLessThanOrEqual(countVisibleCores(hi));
        expect(countVisibleCores(a)).toBeGreaterThanOrEqual(computeVcpuShare(a) - 1e-12);
      }),
    );
  });
});

describe('describeCpu', () => {
  it('explains 1,769 MB: one vCPU of credit spread over two visible cores', () => {
    expect(describeCpu(1769)).toEqual({memoryMB: 1769, vcpuShare: 1, visibleCores: 2, busyFractionOfVisibleCores: 0.5, singleThreadSpeed: 1, nextWholeVcpuAtMB: 3538});
  });

  it('caps a single thread at one vCPU and has no next whole vCPU at the top', () => {
    const top = describeCpu(10_240);
    expect(top.singleThreadSpeed).toBe(1);
    expect(top.nextWholeVcpuAtMB).toBeNull();
    expect(describeCpu(1536).singleThreadSpeed).toBeCloseTo(1536 / 1769, 12);
  });
});

describe('checkMemoryMB', () => {
  it('accepts the whole range in 1 MB steps', () => {
    fc.assert(fc.property(memory, (mb) => {
      expect(checkMemoryMB(mb)).toEqual({ok: true, value: mb});
    }));
  });

  it.each([
    [127, 'memory: 127 MB is below the minimum; Lambda takes 128–10,240 MB in 1 MB steps (AWS Lambda quotas).'],
    [10_241, 'memory: 10,241 MB is above the maximum; Lambda takes 128–10,240 MB in 1 MB steps (AWS Lambda quotas).'],
    [1024.5, 'memory: 1024.5 MB is not a whole number of MB; Lambda takes 128–10,240 MB in 1 MB steps (AWS Lambda quotas).'],
    [Number.NaN, 'memory: must be a number of MB, 128–10,240 MB in 1 MB steps (AWS Lambda quotas).'],
  ])('rejects %s with a sentence naming the field and range', (mb, message) => {
    expect(checkMemoryMB(mb)).toEqual({ok: false, error: message});
  });
});
