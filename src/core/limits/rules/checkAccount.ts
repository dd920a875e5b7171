import {historyOf} from '../../../data/quotaHistory.ts';
import {getQuota} from '../../../data/quotas.ts';
import type {CheckOptions, Finding, FunctionConfig} from '../types.ts';
import {accountConcurrency} from './checkConcurrency.ts';
import {finding, formatNumber, known} from './finding.ts';

/**
 * Rules over all functions together: reserved (and provisioned) concurrency summed over the
 * functions must leave 100 unreserved; code storage used against the 300 GB per Region.
 */
export function checkAccount(functions: readonly FunctionConfig[], options: CheckOptions): Finding[] {
  const findings: Finding[] = [];
  const limit = accountConcurrency(options);
  const unreserved = getQuota('unreservedMinimum');
  let reservedTotal = 0;
  for (const fn of functions) {
    const reserved = known(fn.reservedConcurrency);
    const provisioned = known(fn.provisionedConcurrency);
    // Provisioned concurrency without a reservation also comes out of the unreserved pool.
    reservedTotal += reserved ?? provisioned ?? 0;
  }
  if (functions.length > 1 && reservedTotal > limit - unreserved.value) {
    findings.push(finding('account.unreserved', 'error', `Together the functions reserve ${formatNumber(reservedTotal)} concurrent executions; with an account quota of ${formatNumber(limit)}, at most ${formatNumber(limit - unreserved.value)} can be reserved so that ${unreserved.value} stay unreserved.`, 'Lower the reservations, or ask for a higher concurrency quota in Service Quotas.', unreserved.source, 'reservedConcurrency'));
  }
  const used = options.account?.codeStorageUsedGB;
  if (used !== undefined) {
    const storage = getQuota('codeStorage');
    const old = historyOf('codeStorage')[0];
    if (used > storage.value) {
      findings.push(finding('account.codeStorage', 'error', `${formatNumber(used)} GB of code storage is above the ${storage.value} GB per Region${old ? ` (${old.value} GB before ${old.until})` : ''}; new versions and layers will fail to publish.`, 'Delete old versions and layer versions, or use self-managed S3 code storage.', storage.source));
    } else if (used > storage.value * 0.8) {
      findings.push(finding('account.codeStorage', 'warning', `${formatNumber(used)} GB of the ${storage.value} GB code storage per Region is used.`, 'Delete unused versions (each published version keeps its code) and old layer versions.', storage.source));
    }
  }
  return findings;
}
