/**
 * The data fields of the Node.js `context` object. `getRemainingTimeInMillis()` is added by the
 * sandbox and reads the host clock, so guest code cannot change it.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-context.html
 */
import type {FunctionConfig} from './types.ts';

/** A fake but well-formed account id (AWS documentation's example account). */
export const FAKE_ACCOUNT_ID = '123456789012';

export interface ContextFields {
  readonly functionName: string;
  readonly functionVersion: string;
  readonly invokedFunctionArn: string;
  /** A string in the Node.js runtime, e.g. "128". */
  readonly memoryLimitInMB: string;
  readonly awsRequestId: string;
  readonly logGroupName: string;
  readonly logStreamName: string;
}

export function buildContextFields(config: FunctionConfig, requestId: string, logStreamName: string): ContextFields {
  return {
    functionName: config.functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${config.region}:${FAKE_ACCOUNT_ID}:function:${config.functionName}`,
    memoryLimitInMB: String(config.memoryMB),
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${config.functionName}`,
    logStreamName,
  };
}

/** `2026/11/24/[$LATEST]<32 hex>`: the stream one execution environment writes to. */
export function formatLogStreamName(date: Date, suffix: string): string {
  const y = date.getUTCFullYear();
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}/${m}/${d}/[$LATEST]${suffix}`;
}
