/**
 * Memory model of the playground. QuickJS is not Node.js, so memory is simulated in a way that
 * keeps Lambda's shape: a Node.js runtime baseline plus what the guest allocates, capped at the
 * configured memory size. The guest's share is enforced by a bounded WebAssembly.Memory; above
 * 256 MiB of guest memory the cap stays at 256 MiB (a browser tab cannot spare more).
 */

/** What an idle Node.js 22 function reports as Max Memory Used (simulated baseline, MB). */
export const SIMULATED_RUNTIME_BASELINE_MB = 64;
/** QuickJS's own footprint inside WebAssembly memory before user code runs. */
export const QUICKJS_BASE_MB = 16;
/** The most real memory one sandbox may take. */
export const MAX_GUEST_MB = 256;
/** The least guest memory, so 128 MB functions can still run real code. */
export const MIN_GUEST_MB = 32;

/** Guest memory budget in MiB for a configured memory size. */
export function guestMemoryBudgetMB(memoryMB: number): number {
  return Math.min(MAX_GUEST_MB, Math.max(MIN_GUEST_MB, memoryMB - SIMULATED_RUNTIME_BASELINE_MB));
}

/** Maximum of the bounded WebAssembly.Memory, in 64 KiB pages. */
export function wasmMemoryMaximumPages(memoryMB: number): number {
  return (QUICKJS_BASE_MB + guestMemoryBudgetMB(memoryMB)) * 16;
}

/**
 * "Max Memory Used" for the REPORT line: baseline + guest peak, scaled so a full guest budget
 * reads as the configured memory size; never above it.
 */
export function simulateMaxMemoryUsedMB(memoryMB: number, guestPeakBytes: number): number {
  const budget = guestMemoryBudgetMB(memoryMB);
  const usedMB = Math.max(0, guestPeakBytes) / (1024 * 1024);
  const scale = (memoryMB - Math.min(SIMULATED_RUNTIME_BASELINE_MB, memoryMB / 2)) / budget;
  const baseline = Math.min(SIMULATED_RUNTIME_BASELINE_MB, memoryMB / 2);
  return Math.min(memoryMB, Math.max(1, Math.round(baseline + usedMB * scale)));
}
