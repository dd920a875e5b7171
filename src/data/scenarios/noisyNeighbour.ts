import type {ScenarioPreset} from './types.ts';

/** A bulk image import starves the checkout API because neither has reserved concurrency. */
export const NOISY_NEIGHBOUR: ScenarioPreset = {
  id: 'noisy-neighbour',
  title: 'Noisy neighbour without reserved concurrency',
  teaches: 'Functions without reserved concurrency share the account pool. When a batch job takes most of the 1,000, an unrelated API is throttled too; reserving concurrency for the API (or capping the batch job) protects it.',
  input: {
    name: 'Noisy neighbour without reserved concurrency',
    description: 'checkout needs about 60 concurrent executions; image-import needs 2,000 (100 imports a second, 20 s each) from 09:01 for 10 minutes. Both share the default 1,000.',
    durationSeconds: 1_200,
    accountConcurrency: 1_000,
    startClock: '09:00:00',
    functions: [
      {name: 'checkout', invocation: 'sync', memoryMB: 512, durationMs: 300, initMs: 600, traffic: {shape: 'steady', rps: 200}},
      {name: 'image-import', invocation: 'sync', memoryMB: 2048, durationMs: 20_000, initMs: 900, traffic: {shape: 'spike', baseRps: 0, peakRps: 100, atSecond: 60, durationSeconds: 600}},
    ],
  },
};
