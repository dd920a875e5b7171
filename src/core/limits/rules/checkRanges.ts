import {getQuota} from '../../../data/quotas.ts';
import type {Finding, FunctionConfig} from '../types.ts';
import {finding, formatNumber, known} from './finding.ts';

interface RangeSpec {
  readonly field: 'memoryMB' | 'timeoutSeconds' | 'ephemeralStorageMB';
  readonly quotaId: 'memory' | 'timeout' | 'ephemeralStorage';
  readonly label: string;
  readonly unit: string;
}

const RANGES: readonly RangeSpec[] = [
  {field: 'memoryMB', quotaId: 'memory', label: 'Memory', unit: 'MB'},
  {field: 'timeoutSeconds', quotaId: 'timeout', label: 'Timeout', unit: 's'},
  {field: 'ephemeralStorageMB', quotaId: 'ephemeralStorage', label: 'Ephemeral storage', unit: 'MB'},
];

/** Memory 128–10,240 MB, timeout 1–900 s, ephemeral storage 512–10,240 MB, all whole numbers. */
export function checkRanges(fn: FunctionConfig): Finding[] {
  const findings: Finding[] = [];
  for (const spec of RANGES) {
    const value = known(fn[spec.field]);
    if (value === undefined) continue;
    // Managed Instances have their own memory and timeout ranges (checkManagedInstances).
    if (fn.managedInstances && spec.field !== 'ephemeralStorageMB') continue;
    const quota = getQuota(spec.quotaId);
    const min = quota.min ?? 0;
    const rule = `${spec.quotaId}.range`;
    const range = `${formatNumber(min)}–${formatNumber(quota.value)} ${spec.unit}`;
    if (!Number.isFinite(value) || !Number.isInteger(value)) {
      findings.push(finding(rule, 'error', `${spec.label} ${value} ${spec.unit} is not a whole number; Lambda takes whole ${spec.unit === 's' ? 'seconds' : 'megabytes'} in ${range}.`, `Set a whole number in ${range}.`, quota.source, spec.field));
    } else if (value < min || value > quota.value) {
      findings.push(finding(rule, 'error', `${spec.label} ${formatNumber(value)} ${spec.unit} is outside Lambda's range of ${range}; the deployment will be rejected.`, value < min ? `Raise it to at least ${formatNumber(min)} ${spec.unit}.` : `Lower it to ${formatNumber(quota.value)} ${spec.unit} or less${spec.quotaId === 'timeout' ? ', or split the work (Step Functions, SQS)' : ''}.`, quota.source, spec.field));
    }
  }
  return findings;
}
