import {describe, expect, it} from 'vitest';
import {formatQuota} from '../../../src/core/formatQuota.ts';
import {getQuota} from '../../../src/data/quotas.ts';

describe('formatQuota', () => {
  it('reads ranges, units and counts the way prose needs them', () => {
    expect(formatQuota(getQuota('memory'))).toBe('128–10,240 MB');
    expect(formatQuota(getQuota('timeout'))).toBe('1–900 seconds');
    expect(formatQuota(getQuota('concurrency'))).toBe('1,000');
    expect(formatQuota(getQuota('environmentVariables'))).toBe('4 KB');
  });
});
