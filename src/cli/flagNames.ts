/**
 * Core validators name the bill-file field they read ("memory: …", "options.savingsPlanPercent: …").
 * On the command line the user typed a flag: this renames the leading field to that flag, so every
 * message names what was typed, and adds the source where the core message has none.
 */
export interface FlagName {
  readonly flag: string;
  /** Appended when the core message gives a range without saying where it comes from. */
  readonly source?: string;
}

export function renameField(message: string, fields: Readonly<Record<string, FlagName>>): string {
  const match = /^([\w.[\]]+): /.exec(message);
  const entry = match ? fields[match[1]!] : undefined;
  if (!match || !entry) return message;
  const rest = message.slice(match[0].length);
  const sourced = entry.source && !/\(.*(https?:|quotas|AWS)/.test(rest) ? `${rest} (${entry.source})` : rest;
  return `${entry.flag}: ${sourced}`;
}

/** `lambda-lab estimate` flags by the bill-file field they fill. */
export const ESTIMATE_FLAGS: Readonly<Record<string, FlagName>> = {
  'memory': {flag: '--memory'},
  'duration': {flag: '--duration'},
  'requests': {flag: '--requests'},
  'architecture': {flag: '--arch'},
  'region': {flag: '--region'},
  'ephemeralStorage': {flag: '--ephemeral-storage'},
  'runtime': {flag: '--runtime'},
  'packageType': {flag: '--package-type'},
  'coldStartRatio': {flag: '--cold-start-ratio'},
  'initDuration': {flag: '--init-duration'},
  'provisionedConcurrency.concurrency': {flag: '--provisioned-concurrency'},
  'provisionedConcurrency.hoursPerMonth': {flag: '--provisioned-hours'},
  'provisionedConcurrency.requestsServed': {flag: '--provisioned-requests'},
  'provisionedConcurrency.duration': {flag: '--provisioned-duration'},
  'largeAsyncEvents.perMonth': {flag: '--async-events'},
  'largeAsyncEvents.averageSize': {flag: '--async-event-size'},
  'snapStart.activeVersions': {flag: '--snapstart-versions'},
  'snapStart.activeHoursPerMonth': {flag: '--snapstart-hours'},
  'snapStart.restoresPerMonth': {flag: '--snapstart-restores'},
  'responseStreaming.averageResponseSize': {flag: '--stream-size'},
  'responseStreaming.responsesPerMonth': {flag: '--streamed-responses'},
  'options.savingsPlanPercent': {flag: '--savings-plan', source: 'Compute Savings Plans take up to 17 % off Lambda compute, https://aws.amazon.com/savingsplans/compute-pricing/'},
  'options.initBilling': {flag: '--init-billing'},
};
