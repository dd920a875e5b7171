/** The traffic-shifting simulator's public surface. */
export {simulateDeployment, plannedPercent, shiftingSeconds, defaultDurationSeconds} from './simulateDeployment.ts';
export {parseTrafficScenario} from './parseTrafficScenario.ts';
export {summarizeDeployment} from './summarizeDeployment.ts';
export {formatElapsed} from './formatElapsed.ts';
export type * from './types.ts';
