/**
 * Sample events for the playground and `lambda-lab invoke --event <template>`. Each is written
 * from the shape AWS documents for that trigger, with placeholder values (example account
 * 123456789012, example buckets and ids) and the fields people usually change listed in `fields`.
 */
import type {Sourced} from '../schema.ts';

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | {readonly [key: string]: JsonValue};

/** A field worth changing, addressed by a path into the event. */
export interface EventField {
  readonly label: string;
  readonly path: readonly (string | number)[];
}

export interface EventTemplate extends Sourced {
  /** Stable id used by the CLI and the URL, e.g. "s3-put". */
  readonly id: string;
  /** The service as AWS names it, e.g. "Amazon S3". */
  readonly service: string;
  readonly name: string;
  /** `sam local generate-event <service> <event>` equivalent, when SAM has one. */
  readonly sam?: string;
  /**
   * The `@types/aws-lambda` type a handler receives for this event (e.g. "S3Event"); a unit test
   * type-checks the event against it. Absent only where that package has no type for the trigger.
   */
  readonly awsType?: string;
  readonly fields: readonly EventField[];
  readonly event: JsonValue;
}
