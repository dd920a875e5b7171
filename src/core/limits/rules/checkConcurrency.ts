import {getQuota} from '../../../data/quotas.ts';
import type {CheckOptions, Finding, FunctionConfig} from '../types.ts';
import {finding, formatNumber, known} from './finding.ts';

/** The account's concurrency quota from the options, or Lambda's default of 1,000. */
export function accountConcurrency(options: CheckOptions): number {
  return options.account?.concurrencyLimit ?? getQuota('concurrency').value;
}

/**
 * One function's concurrency: reserved ≤ account quota − 100 unreserved, reserved 0 throttles
 * everything, provisioned ≤ reserved (when reserved is set) and ≤ account quota − 100.
 */
export function checkConcurrency(fn: FunctionConfig, options: CheckOptions): Finding[] {
  const findings: Finding[] = [];
  const limit = accountConcurrency(options);
  const unreserved = getQuota('unreservedMinimum');
  const maxReservable = limit - unreserved.value;
  const reserved = known(fn.reservedConcurrency);
  const provisioned = known(fn.provisionedConcurrency);
  for (const [field, value, label] of [['reservedConcurrency', reserved, 'Reserved'], ['provisionedConcurrency', provisioned, 'Provisioned']] as const) {
    if (value !== undefined && (!Number.isInteger(value) || value < 0)) {
      findings.push(finding(`concurrency.${field === 'reservedConcurrency' ? 'reserved' : 'provisioned'}`, 'error', `${label} concurrency ${value} is not a whole number of 0 or more.`, 'Set a whole number.', unreserved.source, field));
    }
  }
  if (reserved !== undefined && Number.isInteger(reserved) && reserved > maxReservable) {
    findings.push(finding('concurrency.reserved', 'error', `Reserved concurrency ${formatNumber(reserved)} leaves fewer than ${unreserved.value} unreserved executions in an account with a quota of ${formatNumber(limit)}; Lambda allows at most ${formatNumber(maxReservable)}.`, `Lower it to ${formatNumber(maxReservable)} or less, or ask for a higher concurrency quota (Service Quotas).`, unreserved.source, 'reservedConcurrency'));
  }
  if (reserved === 0) {
    findings.push(finding('concurrency.reservedZero', 'warning', 'Reserved concurrency 0 throttles every invocation: the function never runs (asynchronous events go to the DLQ or on-failure destination).', 'Remove it unless you mean to switch the function off.', unreserved.source, 'reservedConcurrency'));
  }
  if (provisioned !== undefined && provisioned > 0) {
    if (reserved !== undefined && provisioned > reserved) {
      findings.push(finding('concurrency.provisionedVsReserved', 'error', `Provisioned concurrency ${formatNumber(provisioned)} is above the function's reserved concurrency ${formatNumber(reserved)}; Lambda rejects it.`, `Lower provisioned concurrency to ${formatNumber(reserved)} or less, or raise reserved concurrency.`, unreserved.source, 'provisionedConcurrency'));
    } else if (provisioned > maxReservable) {
      findings.push(finding('concurrency.provisioned', 'error', `Provisioned concurrency ${formatNumber(provisioned)} would leave fewer than ${unreserved.value} unreserved executions in an account with a quota of ${formatNumber(limit)}.`, `Lower it to ${formatNumber(maxReservable)} or less, or ask for a higher concurrency quota.`, unreserved.source, 'provisionedConcurrency'));
    }
  }
  return findings;
}
