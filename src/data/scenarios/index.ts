/** Ready-made concurrency scenarios, in the order the widget's picker lists them. */
import {ASYNC_RETRIES} from './asyncRetries.ts';
import {LAUNCH_SPIKE, LAUNCH_SPIKE_PROVISIONED} from './launchSpike.ts';
import {NOISY_NEIGHBOUR} from './noisyNeighbour.ts';
import {SQS_CONSUMER_PROTECTING_DATABASE} from './sqsConsumer.ts';
import type {ScenarioPreset} from './types.ts';

export type {ScenarioPreset} from './types.ts';

export const SCENARIO_PRESETS: readonly ScenarioPreset[] = [LAUNCH_SPIKE, LAUNCH_SPIKE_PROVISIONED, NOISY_NEIGHBOUR, SQS_CONSUMER_PROTECTING_DATABASE, ASYNC_RETRIES];

export function findScenarioPreset(id: string): ScenarioPreset | undefined {
  return SCENARIO_PRESETS.find((preset) => preset.id === id);
}
