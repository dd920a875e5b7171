import {describe, expect, it} from 'vitest';
import {EDGE_LIMITS, EDGE_RESTRICTIONS, EDGE_VIEWER_LEGACY} from '../../../src/data/edgeLimits.ts';
import {INTEGRATION_LIMITS, RESERVED_ENVIRONMENT_VARIABLES} from '../../../src/data/eventSourceLimits.ts';
import {QUOTA_HISTORY} from '../../../src/data/quotaHistory.ts';
import {QUOTAS} from '../../../src/data/quotas.ts';
import {RUNTIMES, SNAPSTART, findRuntime, supportsSnapStart} from '../../../src/data/runtimes.ts';
import {validateSourced} from '../../support/validateData.ts';

const isDate = (value: string | undefined) => value === undefined || (/^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value));

describe('limits data', () => {
  it('every entry has an https source and a real as-of date', () => {
    const entries = [...RUNTIMES, ...EDGE_LIMITS, ...EDGE_VIEWER_LEGACY, ...INTEGRATION_LIMITS, ...QUOTA_HISTORY].map((entry) => ['id' in entry ? entry.id : entry.quotaId, entry] as const);
    const problems = entries.flatMap(([label, entry]) => validateSourced(label, entry));
    problems.push(...validateSourced('snapstart', SNAPSTART), ...validateSourced('edge restrictions', EDGE_RESTRICTIONS), ...validateSourced('reserved env', RESERVED_ENVIRONMENT_VARIABLES));
    expect(problems).toEqual([]);
  });

  it('runtime ids are unique and their dates are real and ordered', () => {
    const ids = RUNTIMES.map((runtime) => runtime.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const runtime of RUNTIMES as readonly {id: string; deprecation?: string; blockCreate?: string; blockUpdate?: string; upgradeTo?: string}[]) {
      expect(isDate(runtime.deprecation) && isDate(runtime.blockCreate) && isDate(runtime.blockUpdate), runtime.id).toBe(true);
      if (runtime.blockCreate && runtime.blockUpdate) expect(runtime.blockCreate <= runtime.blockUpdate, runtime.id).toBe(true);
      if (runtime.upgradeTo) expect(findRuntime(runtime.upgradeTo), `${runtime.id} upgrades to a known runtime`).toBeDefined();
    }
  });

  it('history entries point at existing quotas', () => {
    const ids = new Set(QUOTAS.map((quota) => quota.id));
    for (const entry of QUOTA_HISTORY) expect(ids.has(entry.quotaId), entry.quotaId).toBe(true);
  });

  it('SnapStart support follows the documented minimum versions', () => {
    expect(['java11', 'java17', 'java21', 'python3.12', 'python3.13', 'dotnet8'].filter(supportsSnapStart)).toHaveLength(6);
    expect(['java8', 'java8.al2', 'python3.11', 'python3.9', 'nodejs22.x', 'provided.al2023', 'ruby3.3'].filter(supportsSnapStart)).toEqual([]);
  });
});
