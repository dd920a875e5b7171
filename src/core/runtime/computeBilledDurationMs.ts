/**
 * Billed duration of one invocation, as the REPORT line shows it: rounded up to the next 1 ms
 * (1 ms billing since 2020-12-01). Since 2025-08-01 the INIT phase of on-demand ZIP functions on
 * managed runtimes is billed too, so a cold start's billed duration covers init + invoke.
 * @see https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase/
 */
export function computeBilledDurationMs(durationMs: number, initDurationMs?: number): number {
  const total = durationMs + (initDurationMs ?? 0);
  if (!Number.isFinite(total) || total <= 0) return 1;
  // Guard against float noise such as 3.0000000000000004 -> 4.
  return Math.max(1, Math.ceil(Math.round(total * 1e6) / 1e6));
}
