import {VISIBLE_CORES} from '../../data/cpu.ts';

/**
 * How many cores a function sees (`nproc`) at a memory size, from the community-measured table
 * (2 up to 3,008 MB, then 3/4/5/6 from 3,009/5,308/7,077/8,846 MB). Empirical, not AWS-documented.
 * Sizes outside 128–10,240 MB clamp to the first or last row.
 * @param memoryMB - configured memory in MB
 */
export function countVisibleCores(memoryMB: number): number {
  const rows = VISIBLE_CORES.rows;
  for (const row of rows) {
    if (memoryMB <= row.toMB) return row.cores;
  }
  return rows[rows.length - 1]!.cores;
}
