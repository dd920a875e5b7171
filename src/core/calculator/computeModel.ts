import {findInstanceType, INSTANCE_TYPES} from '../../data/prices/ec2.ts';
import {MANAGED_INSTANCES_LIMITS} from '../../data/prices/managedInstances.ts';
import type {Architecture} from '../../data/schema.ts';
import type {FunctionUsage} from '../pricing/types.ts';

export type ComputeModel = 'on-demand' | 'managed-instances';

export const computeModelOf = (usage: FunctionUsage): ComputeModel => (usage.managedInstances ? 'managed-instances' : 'on-demand');

/** The same size in the other architecture's family: m7g.xlarge ↔ m7i.xlarge (Graviton "g", Intel "i"). */
export function counterpartInstance(type: string, architecture: Architecture): string {
  const instance = findInstanceType(type);
  if (!instance || instance.architecture === architecture) return type;
  const [family = '', size = ''] = type.split('.');
  const swapped = `${family.replace(/[gi]$/, architecture === 'arm64' ? 'g' : 'i')}.${size}`;
  return findInstanceType(swapped) ? swapped : (INSTANCE_TYPES.find((entry) => entry.architecture === architecture && entry.vcpus === instance.vcpus)?.type ?? type);
}

/** The function on the other architecture; on Managed Instances the instance family follows. */
export function withArchitecture(usage: FunctionUsage, architecture: Architecture): FunctionUsage {
  if (!usage.managedInstances) return {...usage, architecture};
  return {...usage, architecture, managedInstances: {...usage.managedInstances, instanceType: counterpartInstance(usage.managedInstances.instanceType, architecture)}};
}

/**
 * Switches the compute model. To Managed Instances: a 3-instance fleet of the architecture's
 * xlarge general-purpose type for the month, memory raised to the 2 GB minimum, and the
 * settings that do not apply there (provisioned concurrency, SnapStart, Lambda@Edge) removed.
 */
export function withComputeModel(usage: FunctionUsage, model: ComputeModel): FunctionUsage {
  if (model === 'on-demand') {
    const {managedInstances: _removed, ...rest} = usage;
    return {...rest, memoryMB: Math.min(rest.memoryMB, 10_240)};
  }
  if (usage.managedInstances) return usage;
  const {provisionedConcurrency: _pc, snapStart: _snap, edge: _edge, ...rest} = usage;
  return {
    ...rest,
    memoryMB: Math.max(rest.memoryMB, MANAGED_INSTANCES_LIMITS.memoryMinMB.value),
    managedInstances: {instanceType: usage.architecture === 'arm64' ? 'm7g.xlarge' : 'm7i.xlarge', instances: 3, hoursPerMonth: 730},
  };
}
