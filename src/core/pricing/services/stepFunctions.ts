/** Step Functions pricer: Standard transitions; Express requests and GB-s (100 ms, 64 MB chunks). */
import {STEP_FUNCTIONS_PRICES, type StepFunctionsDimension} from '../../../data/prices/stepFunctions.ts';
import {ceil, div, int, max, mul} from '../exact.ts';
import {meter, need, q, read} from './meterHelpers.ts';
import {priceMeters} from './priceMeters.ts';
import type {Meter, MeteredBill, MeterInput, NeededInput, ResourceMeters, ServiceModel, ServiceOptions, UsageKeySpec} from './types.ts';

export const stepFunctionsModel: ServiceModel<StepFunctionsDimension> = {
  key: 'stepFunctions',
  sheet: STEP_FUNCTIONS_PRICES,
  dimensions: {
    transitions: {label: 'Step Functions state transitions', unit: 'transitions', ratePer: 1_000},
    expressRequests: {label: 'Step Functions Express requests', unit: 'requests', ratePer: 1_000_000},
    expressDuration: {label: 'Step Functions Express duration', unit: 'GB-s'},
  },
};

export interface StateMachineConfig {
  readonly express?: boolean;
}

export const STATE_MACHINE_USAGE_KEYS: Readonly<Record<'standard' | 'express', readonly UsageKeySpec[]>> = {
  standard: [{key: 'monthly_transitions', description: 'State transitions per month (every step, including retries)', integer: true}],
  express: [
    {key: 'monthly_requests', description: 'Workflow executions per month', integer: true},
    {key: 'workflow_duration_ms', description: 'Average execution duration in ms (billed rounded up to 100 ms)'},
    {key: 'memory_mb', description: 'Memory an execution uses in MB (billed in 64 MB chunks; default 64)'},
  ],
};

export function meterStateMachine(input: MeterInput<StateMachineConfig>): ResourceMeters {
  const meters: Meter[] = [];
  const needs: NeededInput[] = [];
  if (!input.config?.express) {
    const transitions = read(input, 'monthly_transitions');
    if (transitions) meters.push(meter('stepFunctions', 'transitions', input, transitions, `${q(transitions)} transitions`));
    else needs.push(need('stepFunctions', input, 'Step Functions state transitions', 'monthly_transitions'));
    return {meters, needs, notes: []};
  }
  const requests = read(input, 'monthly_requests');
  if (!requests) return {meters, needs: [need('stepFunctions', input, 'Step Functions Express requests and duration', 'monthly_requests')], notes: []};
  meters.push(meter('stepFunctions', 'expressRequests', input, requests, `${q(requests)} requests`));
  const duration = read(input, 'workflow_duration_ms');
  if (!duration) {
    needs.push(need('stepFunctions', input, 'Step Functions Express duration', 'workflow_duration_ms'));
    return {meters, needs, notes: []};
  }
  const billedMs = mul(max(int(1), ceil(div(duration, int(100)))), int(100));
  const memory = read(input, 'memory_mb') ?? int(64);
  const billedMB = mul(max(int(1), ceil(div(memory, int(64)))), int(64));
  const gbSeconds = mul(mul(requests, div(billedMs, int(1000))), div(billedMB, int(1024)));
  meters.push(meter('stepFunctions', 'expressDuration', input, gbSeconds, `${q(requests)} × ${q(billedMs)} ms (rounded up to 100 ms) × ${q(billedMB)} MB (64 MB chunks) / 1024 = ${q(gbSeconds)} GB-s`));
  return {meters, needs, notes: []};
}

export function priceStepFunctions(input: MeterInput<StateMachineConfig>, options: ServiceOptions = {}): MeteredBill {
  const metered = meterStateMachine(input);
  return priceMeters(metered.meters, {stepFunctions: stepFunctionsModel}, options, metered.needs);
}
