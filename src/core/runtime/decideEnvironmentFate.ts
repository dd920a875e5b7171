/**
 * Lifecycle of one execution environment: which outcomes keep it warm and which make Lambda
 * throw it away. "If the Lambda function crashes or times out during the Invoke phase, Lambda
 * resets the execution environment" — and the Node.js runtime exits on an uncaught exception
 * (129), an unhandled rejection (128) or process.exit, which has the same effect.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html
 */
import type {InvocationStatus} from './types.ts';

export type EnvironmentState = 'absent' | 'initializing' | 'frozen' | 'invoking';

/** True when the environment survives the invocation and the next one is warm. */
export function keepsEnvironmentWarm(status: InvocationStatus): boolean {
  return status === 'success' || status === 'error';
}

/** The next lifecycle state after an event. */
export function nextEnvironmentState(state: EnvironmentState, event: 'invoke' | 'init-done' | 'settled' | 'reset', status?: InvocationStatus): EnvironmentState {
  switch (event) {
    case 'invoke':
      return state === 'absent' ? 'initializing' : 'invoking';
    case 'init-done':
      return 'invoking';
    case 'settled':
      return status !== undefined && keepsEnvironmentWarm(status) ? 'frozen' : 'absent';
    case 'reset':
      return 'absent';
  }
}
