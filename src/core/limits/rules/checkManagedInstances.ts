import {DURABLE_LIMITS} from '../../../data/prices/durableFunctions.ts';
import {MANAGED_INSTANCES_LIMITS as LMI} from '../../../data/prices/managedInstances.ts';
import type {Finding, FunctionConfig} from '../types.ts';
import {finding, formatNumber, known} from './finding.ts';

/**
 * Lambda Managed Instances and durable functions: the ranges AWS documents for them. On Managed
 * Instances memory may go to 32 GB and asynchronous or event-source invocations may run
 * 90 minutes, so the on-demand ranges (checkRanges) do not apply there.
 */
export function checkManagedInstances(fn: FunctionConfig): Finding[] {
  const findings: Finding[] = [];
  const mi = fn.managedInstances;
  if (mi) {
    const memory = known(fn.memoryMB);
    if (memory !== undefined && (memory < LMI.memoryMinMB.value || memory > LMI.memoryMaxMB.value)) {
      findings.push(finding('managedInstances.memory', 'error', `Memory ${formatNumber(memory)} MB is outside the Managed Instances range of ${formatNumber(LMI.memoryMinMB.value)}–${formatNumber(LMI.memoryMaxMB.value)} MB.`, `Set MemorySize between ${formatNumber(LMI.memoryMinMB.value)} and ${formatNumber(LMI.memoryMaxMB.value)} MB.`, memory < LMI.memoryMinMB.value ? LMI.memoryMinMB.source : LMI.memoryMaxMB.source, 'memoryMB'));
    }
    const timeout = known(fn.timeoutSeconds);
    if (timeout !== undefined && timeout > LMI.asyncTimeoutSeconds.value) {
      findings.push(finding('managedInstances.timeout', 'error', `Timeout ${formatNumber(timeout)} s is above the Managed Instances maximum of ${formatNumber(LMI.asyncTimeoutSeconds.value)} s (90 minutes).`, 'Lower the timeout to 5,400 s or less, or split the work (durable functions, Step Functions).', LMI.asyncTimeoutSeconds.source, 'timeoutSeconds'));
    } else if (timeout !== undefined && timeout > LMI.syncTimeoutSeconds.value) {
      findings.push(finding('managedInstances.syncTimeout', 'note', `Timeout ${formatNumber(timeout)} s: only asynchronous and event-source invocations (not Amazon MQ or DocumentDB) may run past ${formatNumber(LMI.syncTimeoutSeconds.value)} s; synchronous calls stop at 15 minutes.`, 'Invoke long work asynchronously or through an event source mapping.', LMI.asyncTimeoutSeconds.source, 'timeoutSeconds'));
    }
    const ratio = known(mi.memoryGiBPerVcpu);
    if (ratio !== undefined && (ratio < LMI.memoryGiBPerVcpuMin.value || ratio > LMI.memoryGiBPerVcpuMax.value)) {
      findings.push(finding('managedInstances.memoryPerVcpu', 'error', `ExecutionEnvironmentMemoryGiBPerVCpu ${formatNumber(ratio)} is outside ${LMI.memoryGiBPerVcpuMin.value}–${LMI.memoryGiBPerVcpuMax.value} GiB per vCPU.`, 'Use 2, 4 or 8 GiB per vCPU (2:1, 4:1, 8:1).', LMI.memoryGiBPerVcpuMin.source, 'managedInstances'));
    }
    const concurrency = known(mi.perEnvironmentMaxConcurrency);
    if (concurrency !== undefined && (concurrency < 1 || concurrency > LMI.perEnvironmentMaxConcurrencyMax.value || !Number.isInteger(concurrency))) {
      findings.push(finding('managedInstances.concurrency', 'error', `PerExecutionEnvironmentMaxConcurrency ${formatNumber(concurrency)} is outside 1–${formatNumber(LMI.perEnvironmentMaxConcurrencyMax.value)} (a whole number).`, 'Set a whole number from 1 to 1,600; the default depends on the runtime.', LMI.perEnvironmentMaxConcurrencyMax.source, 'managedInstances'));
    }
    const low = known(mi.minExecutionEnvironments);
    const high = known(mi.maxExecutionEnvironments);
    for (const [name, value] of [['MinExecutionEnvironments', low], ['MaxExecutionEnvironments', high]] as const) {
      if (value !== undefined && (value < 0 || value > LMI.executionEnvironmentsMax.value)) {
        findings.push(finding('managedInstances.scaling', 'error', `${name} ${formatNumber(value)} is outside 0–${formatNumber(LMI.executionEnvironmentsMax.value)}.`, `Set ${name} from 0 to 15,000.`, LMI.executionEnvironmentsMax.source, 'managedInstances'));
      }
    }
    if (low !== undefined && high !== undefined && low > high) {
      findings.push(finding('managedInstances.scaling', 'error', `MinExecutionEnvironments ${formatNumber(low)} is above MaxExecutionEnvironments ${formatNumber(high)}.`, 'Make the minimum no larger than the maximum.', LMI.executionEnvironmentsMax.source, 'managedInstances'));
    }
    if (low === 0) {
      findings.push(finding('managedInstances.minimum', 'note', 'MinExecutionEnvironments 0: the function keeps no warm environments, and the instances of the capacity provider still cost money while they run.', 'Keep the default minimum (3, across Availability Zones) for a service that must answer at once.', LMI.executionEnvironmentsMinDefault.source, 'managedInstances'));
    }
    if (known(fn.provisionedConcurrency) !== undefined && (known(fn.provisionedConcurrency) ?? 0) > 0) {
      findings.push(finding('managedInstances.provisioned', 'warning', 'Provisioned concurrency is not how Managed Instances keep environments warm; the capacity provider\'s instances and MinExecutionEnvironments do that.', 'Remove the provisioned concurrency setting and set FunctionScalingConfig.MinExecutionEnvironments.', LMI.executionEnvironmentsMax.source, 'provisionedConcurrency'));
    }
  }
  const durable = fn.durable;
  if (durable) {
    const retention = known(durable.retentionDays);
    if (retention !== undefined && (retention < DURABLE_LIMITS.retentionDaysMin.value || retention > DURABLE_LIMITS.retentionDaysMax.value)) {
      findings.push(finding('durable.retention', 'error', `RetentionPeriodInDays ${formatNumber(retention)} is outside 1–90 days.`, 'Set the retention from 1 to 90 days (default 14).', DURABLE_LIMITS.retentionDaysMax.source, 'durable'));
    }
    const timeout = known(durable.executionTimeoutSeconds);
    if (timeout !== undefined && (timeout < 1 || timeout > DURABLE_LIMITS.executionTimeoutSeconds.value)) {
      findings.push(finding('durable.executionTimeout', 'error', `ExecutionTimeout ${formatNumber(timeout)} s is outside 1–${formatNumber(DURABLE_LIMITS.executionTimeoutSeconds.value)} s (366 days).`, 'Set the durable execution timeout to at most 366 days; each invocation still has the function timeout.', DURABLE_LIMITS.executionTimeoutSeconds.source, 'durable'));
    }
  }
  return findings;
}
