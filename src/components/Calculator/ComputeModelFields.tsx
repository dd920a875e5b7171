import type {ReactNode} from 'react';
import {computeModelOf, withComputeModel, type ComputeModel} from '@site/src/core/calculator/computeModel';
import type {FunctionUsage} from '@site/src/core/pricing/types';
import {INSTANCE_TYPES, findInstanceType} from '@site/src/data/prices/ec2';
import NumberField from './NumberField';
import styles from './styles.module.css';

interface Props {
  readonly fn: FunctionUsage;
  readonly onChange: (next: FunctionUsage) => void;
  readonly idPrefix: string;
}

/**
 * The compute model: Lambda on demand (requests + GB-seconds) or Lambda Managed Instances
 * (EC2 instances + 15% management fee + requests, no duration charge), with the fleet's fields.
 */
export default function ComputeModelFields({fn, onChange, idPrefix}: Props): ReactNode {
  const model = computeModelOf(fn);
  const mi = fn.managedInstances;
  const setModel = (next: ComputeModel) => onChange(withComputeModel(fn, next));
  return (
    <fieldset className={styles.field} data-testid="compute-model">
      <legend>Compute model</legend>
      <label>
        <input type="radio" name={`${idPrefix}-model`} value="on-demand" checked={model === 'on-demand'} onChange={() => setModel('on-demand')} data-testid="model-on-demand" /> Lambda on demand (requests + GB-seconds)
      </label>
      <label>
        <input type="radio" name={`${idPrefix}-model`} value="managed-instances" checked={model === 'managed-instances'} onChange={() => setModel('managed-instances')} data-testid="model-managed-instances" /> Lambda Managed Instances (EC2 + 15% fee + requests, no duration charge)
      </label>
      {mi ? (
        <div className={styles.grid}>
          <div className={styles.field}>
            <label htmlFor={`${idPrefix}-instance`}>Instance type (us-east-1)</label>
            <select
              id={`${idPrefix}-instance`}
              value={mi.instanceType}
              data-testid="instance-type"
              onChange={(event) => {
                const instance = findInstanceType(event.target.value);
                onChange({...fn, ...(instance ? {architecture: instance.architecture} : {}), managedInstances: {...mi, instanceType: event.target.value}});
              }}
            >
              {INSTANCE_TYPES.map((entry) => (
                <option key={entry.type} value={entry.type}>{`${entry.type} (${entry.vcpus} vCPU, ${entry.memoryGiB} GiB, ${entry.architecture})`}</option>
              ))}
            </select>
          </div>
          <NumberField label="Instances (average)" hint="0–15,000; Lambda keeps at least 3 execution environments by default" value={mi.instances} min={0} max={15_000} source="Lambda Managed Instances scaling limits" onValid={(instances) => onChange({...fn, managedInstances: {...mi, instances}})} testId="instances" />
          <NumberField label="Instance hours per month" hint="0–744 h; billed busy or idle" value={mi.hoursPerMonth ?? 730} min={0} max={744} unit="h" source="the hours in a month" onValid={(hoursPerMonth) => onChange({...fn, managedInstances: {...mi, hoursPerMonth}})} testId="instance-hours" />
          <NumberField label="EC2 Savings Plan / RI discount (%)" hint="0–72 %, on the EC2 part only; the fee stays on the on-demand price" value={mi.ec2DiscountPercent ?? 0} min={0} max={72} unit="%" source="EC2 Instance Savings Plans: up to 72 %" onValid={(ec2DiscountPercent) => onChange({...fn, managedInstances: {...mi, ec2DiscountPercent}})} testId="ec2-discount" />
        </div>
      ) : null}
    </fieldset>
  );
}
