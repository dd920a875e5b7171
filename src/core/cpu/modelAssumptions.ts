/**
 * The sweep's assumptions in plain words, shown by the page and printed by `lambda-lab tune`,
 * so nobody reads a modelled figure as a measurement.
 */
export const MODEL_ASSUMPTIONS: readonly string[] = [
  'CPU is a budget of memory / 1,769 MB vCPU-seconds per second (AWS documents the 1,769 MB figure), shared by all threads of the function.',
  'The serial part of the CPU work runs on one thread, so it never runs faster than one vCPU: single-threaded code stops speeding up at 1,769 MB.',
  'The parallel part runs on as many threads as the code uses, capped by the visible cores (2 up to 3,008 MB, then 3–6: a community measurement) and by the CPU budget (Amdahl\'s law).',
  'Time waiting on I/O (network, disk, other services) is the same at every memory size. With opt-in bandwidth scaling, large transfers can speed up above 2,048 MB; the model ignores that.',
  'The function has enough memory at every size swept; garbage collection, swapping and out-of-memory errors are not modelled.',
  'Init time is the same at every size and billed on cold starts (the rule since 2025-08-01 for on-demand ZIP functions).',
  'Cost is per invocation at first-tier rates: the request fee plus duration rounded up to 1 ms; the monthly total uses the same rates without the free tier (the recommendation\'s bill applies tiers and the free tier).',
];
