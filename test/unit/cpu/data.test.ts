import {describe, expect, it} from 'vitest';
import {CPU_SHARE_MODEL, SCALING_NOTES, SHARE_ROUNDED_UP_TABLE, VISIBLE_CORES} from '../../../src/data/cpu.ts';
import {getQuota} from '../../../src/data/quotas.ts';
import {validateSourced} from '../../support/validateData.ts';

describe('cpu data', () => {
  it('every entry has an https source and a real date', () => {
    const problems = [
      ...validateSourced('CPU_SHARE_MODEL', CPU_SHARE_MODEL),
      ...validateSourced('CPU_SHARE_MODEL.maxVcpus', {source: CPU_SHARE_MODEL.maxVcpusSource, asOf: CPU_SHARE_MODEL.maxVcpusAsOf}),
      ...validateSourced('VISIBLE_CORES', VISIBLE_CORES),
      ...validateSourced('SHARE_ROUNDED_UP_TABLE', SHARE_ROUNDED_UP_TABLE),
      ...SCALING_NOTES.flatMap((note) => validateSourced(note.id, note)),
    ];
    expect(problems).toEqual([]);
  });

  it.each([
    ['VISIBLE_CORES', VISIBLE_CORES.rows],
    ['SHARE_ROUNDED_UP_TABLE', SHARE_ROUNDED_UP_TABLE.rows],
  ])('%s covers the whole memory range without gaps or overlaps, cores rising', (_name, rows) => {
    const memory = getQuota('memory');
    expect(rows[0]!.fromMB).toBe(memory.min);
    expect(rows.at(-1)!.toMB).toBe(memory.value);
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i]!.fromMB).toBe(rows[i - 1]!.toMB + 1);
      expect(rows[i]!.cores).toBeGreaterThan(rows[i - 1]!.cores);
    }
  });

  it('agrees with the memory quota and the documented 1,769 MB', () => {
    expect(CPU_SHARE_MODEL.maxMemoryMB).toBe(getQuota('memory').value);
    expect(CPU_SHARE_MODEL.mbPerVcpu).toBe(1769);
    // Above 3,008 MB the measured thresholds sit one MB past whole multiples of 1,769 MB.
    for (const row of VISIBLE_CORES.rows.slice(2)) expect((row.fromMB - 1) % CPU_SHARE_MODEL.mbPerVcpu).toBe(0);
  });

  it('note ids are unique', () => {
    const ids = SCALING_NOTES.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
