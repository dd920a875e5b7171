import {describe, expect, it} from 'vitest';
import {EDGE_LIMITS, EDGE_RESTRICTIONS, EDGE_VIEWER_LEGACY} from '../../../src/data/edgeLimits.ts';
import {INTEGRATION_LIMITS, RESERVED_ENVIRONMENT_VARIABLES} from '../../../src/data/eventSourceLimits.ts';
import {QUOTA_HISTORY} from '../../../src/data/quotaHistory.ts';
import {QUOTAS} from '../../../src/data/quotas.ts';
import {RUNTIMES, SNAPSTART, findRuntime, latestRuntime, listRuntimes, supportsSnapStart} from '../../../src/data/runtimes.ts';
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

  it('lists runtimes per language and names the latest one not deprecated on a day', () => {
    expect(listRuntimes('python')[0]?.id).toBe('python3.14');
    expect(listRuntimes().length).toBe(RUNTIMES.length);
    expect(latestRuntime('python', '2026-12-02')?.id).toBe('python3.14');
    expect(latestRuntime('nodejs', '2026-12-02')?.id).toBe('nodejs24.x');
    expect(latestRuntime('java', '2026-12-02')?.id).toBe('java25');
    expect(latestRuntime('go', '2026-12-02')).toBeUndefined();
  });
});

describe('resource schemas generated from AWS specifications', () => {
  it('record their source versions and know the newest Lambda properties', async () => {
    const {CFN_PROPERTIES, RESOURCE_SCHEMA_SOURCES, SAM_RESOURCES, SAM_EVENT_PROPERTIES} = await import('../../../src/data/resourceSchemas.ts');
    expect(RESOURCE_SCHEMA_SOURCES.cloudFormation).toMatch(/^@aws-cdk\/aws-service-spec@\d+\.\d+\.\d+$/);
    expect(RESOURCE_SCHEMA_SOURCES.sam).toMatch(/v1\.\d+\.\d+ \([0-9a-f]{40}\)/);
    for (const name of ['TenancyConfig', 'CapacityProviderConfig', 'DurableConfig', 'MemorySize', 'Runtime']) expect(CFN_PROPERTIES['AWS::Lambda::Function']).toHaveProperty(name);
    expect(CFN_PROPERTIES['AWS::Lambda::Function']!['PackageType']!.allowed).toEqual(['Image', 'Zip']);
    expect(SAM_RESOURCES['AWS::Serverless::Function']!.properties).toEqual(expect.arrayContaining(['DeadLetterQueue', 'TenancyConfig', 'Events', 'CodeUri']));
    expect(SAM_RESOURCES['AWS::Serverless::Function']!.globals).not.toContain('Events');
    expect(SAM_EVENT_PROPERTIES['SQS']).toEqual(expect.arrayContaining(['Queue', 'BatchSize', 'ScalingConfig']));
  });
});
