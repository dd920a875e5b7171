import {getQuota} from '../../../data/quotas.ts';
import type {Finding, FunctionConfig} from '../types.ts';
import {finding, formatNumber} from './finding.ts';

/** The function's resource-based policy (all its permission statements) is limited to 20 KB. */
export function checkResourcePolicy(fn: FunctionConfig): Finding[] {
  const quota = getQuota('resourcePolicy');
  const size = fn.resourcePolicyKB;
  if (size === undefined || size <= quota.value) return [];
  return [finding('resourcePolicy.size', 'error', `The resource-based policy is ${formatNumber(size)} KB; Lambda allows ${quota.value} KB, so adding the next permission fails.`, 'Replace per-resource statements with one using a wildcard SourceArn or an aws:SourceAccount/PrincipalOrgID condition.', quota.source, 'resourcePolicyKB')];
}
