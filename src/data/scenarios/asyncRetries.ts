import type {ScenarioPreset} from './types.ts';

/** S3 uploads invoke a thumbnail function asynchronously; its reserved concurrency is small. */
export const ASYNC_RETRIES: ScenarioPreset = {
  id: 'async-throttle-retries',
  title: 'Asynchronous events retried after throttling',
  teaches: 'Throttled asynchronous events are not lost at once: Lambda keeps them in its queue and retries with growing delays (1 s up to 5 minutes) for up to 6 hours, so a burst is worked off later.',
  input: {
    name: 'Asynchronous events retried after throttling',
    description: 'A burst of 300 uploads per second for a minute hits a thumbnail function reserved at 50.',
    durationSeconds: 1_800,
    accountConcurrency: 1_000,
    startClock: '15:00:00',
    functions: [{name: 'thumbnailer', invocation: 'async', memoryMB: 1024, durationMs: 800, initMs: 400, reservedConcurrency: 50, traffic: {shape: 'spike', baseRps: 5, peakRps: 300, atSecond: 60, durationSeconds: 60}}],
  },
};
