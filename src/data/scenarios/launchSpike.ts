import type {ScenarioPreset} from './types.ts';

const spike = {shape: 'spike', baseRps: 50, peakRps: 12_000, atSecond: 30, durationSeconds: 300};

/** A product launch: traffic jumps 240× at 12:00:30 and needs 3,000 concurrent executions. */
export const LAUNCH_SPIKE: ScenarioPreset = {
  id: 'launch-spike',
  title: 'Launch spike without provisioned concurrency',
  teaches: 'A function scales by at most 1,000 new execution environments every 10 seconds. A sudden jump to 3,000 concurrent executions takes about 30 seconds; meanwhile requests are throttled (429) and every new environment is a cold start.',
  input: {
    name: 'Launch spike without provisioned concurrency',
    description: 'An API function for a product launch. The account quota was raised to 5,000, so only the scaling rate limits it.',
    durationSeconds: 600,
    accountConcurrency: 5_000,
    startClock: '12:00:00',
    functions: [{name: 'launch-api', invocation: 'sync', memoryMB: 1024, architecture: 'arm64', durationMs: 250, initMs: 1_200, traffic: spike}],
  },
};

/** The same launch with provisioned concurrency sized for the peak. */
export const LAUNCH_SPIKE_PROVISIONED: ScenarioPreset = {
  id: 'launch-spike-provisioned',
  title: 'Launch spike with provisioned concurrency',
  teaches: 'Provisioned concurrency keeps environments initialised before traffic arrives: the same spike is served without cold starts and without waiting for the scaling rate, at the price of paying for the environments all the time.',
  input: {
    name: 'Launch spike with provisioned concurrency',
    description: 'The launch API with 3,200 provisioned environments, a little above the 3,000 the peak needs.',
    durationSeconds: 600,
    accountConcurrency: 5_000,
    startClock: '12:00:00',
    functions: [{name: 'launch-api', invocation: 'sync', memoryMB: 1024, architecture: 'arm64', durationMs: 250, initMs: 1_200, provisionedConcurrency: 3_200, traffic: spike}],
  },
};
