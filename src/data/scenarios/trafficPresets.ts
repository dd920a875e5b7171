/** Ready-made traffic-shifting scenarios: input for parseTrafficScenario plus what each teaches. */
import type {ScenarioPreset} from './types.ts';

export const TRAFFIC_PRESETS: readonly ScenarioPreset[] = [
  {
    id: 'canary-bad-version-alarm',
    title: 'Canary with a bad version and an alarm',
    teaches: 'With Canary10Percent5Minutes only 10 % of users meet the new version at first; an error-rate alarm rolls the alias back before the other 90 % ever see it.',
    input: {name: 'Canary with a bad version and an alarm', deploymentConfig: 'Canary10Percent5Minutes', alias: 'live', requestsPerSecond: 200, from: {version: 6, errorPercent: 0.1}, to: {version: 7, errorPercent: 8}, alarm: {metric: 'newVersionErrorRate', thresholdPercent: 5, periodSeconds: 60, evaluationPeriods: 1}, preTrafficHook: {durationSeconds: 30, result: 'pass'}},
  },
  {
    id: 'linear-healthy',
    title: 'Linear rollout of a healthy version',
    teaches: 'Linear10PercentEvery1Minute adds 10 % each minute; a healthy version reaches 100 % after 9 minutes, then the AfterAllowTraffic hook checks it once more.',
    input: {name: 'Linear rollout of a healthy version', deploymentConfig: 'Linear10PercentEvery1Minute', alias: 'live', requestsPerSecond: 200, from: {version: 6, errorPercent: 0.1}, to: {version: 7, errorPercent: 0.1}, alarm: {metric: 'newVersionErrorRate', thresholdPercent: 5, periodSeconds: 60, evaluationPeriods: 1}, postTrafficHook: {durationSeconds: 60, result: 'pass'}},
  },
  {
    id: 'all-at-once-bad-version',
    title: 'All at once with a bad version',
    teaches: 'AllAtOnce shifts everyone at once and the deployment is over before an alarm can evaluate a period: every user meets the bad version until someone redeploys.',
    input: {name: 'All at once with a bad version', deploymentConfig: 'AllAtOnce', alias: 'live', requestsPerSecond: 200, from: {version: 6, errorPercent: 0.1}, to: {version: 7, errorPercent: 8}, alarm: {metric: 'newVersionErrorRate', thresholdPercent: 5, periodSeconds: 60, evaluationPeriods: 1}},
  },
  {
    id: 'pre-traffic-hook-catches-bug',
    title: 'A BeforeAllowTraffic hook catches the bug',
    teaches: 'A validation function in the BeforeAllowTraffic hook tests the new version before any traffic shifts; when it reports Failed, no user meets the new version.',
    input: {name: 'A BeforeAllowTraffic hook catches the bug', deploymentConfig: 'Linear10PercentEvery2Minutes', alias: 'live', requestsPerSecond: 200, from: {version: 6, errorPercent: 0.1}, to: {version: 7, errorPercent: 100}, preTrafficHook: {durationSeconds: 45, result: 'fail'}},
  },
];

export function findTrafficPreset(id: string): ScenarioPreset | undefined {
  return TRAFFIC_PRESETS.find((preset) => preset.id === id);
}
