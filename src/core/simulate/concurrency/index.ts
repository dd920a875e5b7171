/** The concurrency simulator's public surface, shared by the widget, the CLI and the bench. */
export {runSimulation, type RunOptions} from './runSimulation.ts';
export {parseScenario, parseRateSeries, MAX_SIMULATED_SECONDS, MAX_FUNCTIONS} from './parseScenario.ts';
export type {FieldLabel} from '../fieldLabel.ts';
export {summarizeSimulation, type SummaryLine} from './summarizeSimulation.ts';
export {evaluateTraffic} from './evaluateTraffic.ts';
export {formatClock, parseClock} from './formatClock.ts';
export {createRandom} from './createRandom.ts';
export type * from './types.ts';
export {computeRunCost, describeRunCost, type RunCost, type FunctionRunCost} from './computeRunCost.ts';
