/**
 * Invocation modes on a simulated clock: the handler really runs (through an `invoke` callback
 * the sandbox provides), but waits between attempts are simulated seconds, not real ones.
 */
import type {InvocationStatus, LambdaErrorPayload} from '../runtime/types.ts';

/** What a mode needs from one real invocation. */
export interface AttemptResult {
  readonly status: InvocationStatus;
  readonly result: unknown;
  readonly error: LambdaErrorPayload | null;
  readonly requestId: string;
}

export type InvokeFn = (event: unknown) => Promise<AttemptResult>;

/** One step of a timeline, for the page and the tests. */
export interface TimelineEntry {
  /** Simulated seconds since the event arrived. */
  readonly atSeconds: number;
  readonly what: string;
}
