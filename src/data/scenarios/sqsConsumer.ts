import type {ScenarioPreset} from './types.ts';

/** An order import through SQS; the database behind the consumer accepts 20 connections. */
export const SQS_CONSUMER_PROTECTING_DATABASE: ScenarioPreset = {
  id: 'sqs-consumer-reserved',
  title: 'SQS consumer protecting a database with reserved concurrency',
  teaches: 'Reserved concurrency caps a function: this SQS consumer never runs more than 20 copies, so the database never sees more than 20 connections. Throttled batches go back to the queue, so the burst waits instead of being lost. (Setting the mapping\'s maximum concurrency to the same number avoids the throttles.)',
  input: {
    name: 'SQS consumer protecting a database',
    description: '120,000 orders arrive in 2 minutes at 10:00:30. Each batch of 10 takes 2 s to write.',
    durationSeconds: 1_800,
    accountConcurrency: 1_000,
    startClock: '10:00:00',
    functions: [{name: 'order-writer', invocation: 'queue', memoryMB: 512, durationMs: 2_000, initMs: 500, batchSize: 10, reservedConcurrency: 20, traffic: {shape: 'spike', baseRps: 5, peakRps: 1_000, atSecond: 30, durationSeconds: 120}}],
  },
};
