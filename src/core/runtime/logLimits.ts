/**
 * Caps on what guest code may log. A CloudWatch log event holds at most 256 KB; the playground
 * also caps one invocation's output so a log flood cannot freeze the page. The caps are applied
 * inside the sandbox, before any string crosses to the page.
 * @see https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/logs/cloudwatch_limits_cwl.html
 */
export const LOG_LIMITS = {
  /** One log event, in UTF-16 code units (close to bytes for ASCII). CloudWatch: 256 KB per event. */
  maxLineChars: 256 * 1024,
  /** All function output of one invocation. Playground choice, not a Lambda limit. */
  maxInvocationChars: 1024 * 1024,
  /** Marker written once when the invocation cap is reached. */
  truncatedMarker: '[playground] log output truncated: this invocation logged more than 1 MB',
} as const;

/** Lambda's synchronous response limit: 6 MB, counted as 6,291,556 bytes by the service. */
export const MAX_SYNC_RESPONSE_BYTES = 6_291_556;
