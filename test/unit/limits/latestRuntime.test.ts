import {describe, expect, it} from 'vitest';
import {RUNTIMES} from '../../../src/data/runtimes.ts';
import {latestRuntime} from '../../../src/data/runtimes.ts';
import {checkFunction} from '../../../src/core/limits/checkFunctions.ts';

describe('latestRuntime', () => {
  it('is the highest version of the family in the runtime data', () => {
    const python = RUNTIMES.filter((r) => r.family === 'python').map((r) => r.id);
    const latest = latestRuntime('python')!.id;
    expect(python).toContain(latest);
    for (const id of python) expect(Number(id.split('.')[1]) <= Number(latest.split('.')[1])).toBe(true);
  });

  it('is what the checker advises for a deprecated runtime', () => {
    const findings = checkFunction({name: 'f', packageType: 'Zip', runtime: 'python3.8', handler: 'app.handler'}, {today: '2026-11-24'}).findings;
    const advice = findings.filter((f) => f.rule.startsWith('runtime.')).map((f) => f.fix).join(' ');
    expect(advice).toContain(latestRuntime('python')!.id);
  });
});
