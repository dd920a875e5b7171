import {SOURCES} from '../../../data/sources.ts';
import type {Finding, FunctionConfig} from '../types.ts';
import {isUnresolved} from '../types.ts';
import {finding} from './finding.ts';

const LABELS: Readonly<Record<string, string>> = {
  functionName: 'Function name',
  runtime: 'Runtime',
  handler: 'Handler',
  memoryMB: 'Memory',
  timeoutSeconds: 'Timeout',
  ephemeralStorageMB: 'Ephemeral storage',
  architecture: 'Architecture',
  region: 'Region',
  environment: 'Environment variables',
  layers: 'Layers',
  reservedConcurrency: 'Reserved concurrency',
  provisionedConcurrency: 'Provisioned concurrency',
  snapStart: 'SnapStart',
};

/** One note per setting whose value could not be resolved: it was not checked, not guessed. */
export function checkUnresolved(fn: FunctionConfig): Finding[] {
  const findings: Finding[] = [];
  for (const [field, label] of Object.entries(LABELS)) {
    const value = (fn as unknown as Record<string, unknown>)[field];
    if (isUnresolved(value)) {
      findings.push(finding('unresolved', 'note', `${label} is ${value.unresolved}, which could not be resolved here, so it was not checked.`, 'Give the parameter a Default (CloudFormation) or set it literally, or check the deployed value with `aws lambda get-function-configuration`.', SOURCES.quotas, field));
    }
  }
  for (const source of fn.eventSources ?? []) {
    if (source.type === 'sqs' && isUnresolved(source.visibilityTimeoutSeconds)) {
      findings.push(finding('unresolved', 'note', `The visibility timeout of ${source.queue ?? 'the SQS queue'} is ${source.visibilityTimeoutSeconds.unresolved}, which could not be resolved, so the 6 × timeout rule was not checked.`, 'Define the queue in the same template with a VisibilityTimeout, or check it by hand.', SOURCES.sqsEventSource, 'eventSources'));
    }
  }
  return findings;
}
