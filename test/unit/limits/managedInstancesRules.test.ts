/** Limits checker rules for Lambda Managed Instances and durable functions (checkManagedInstances). */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {checkFunctions} from '../../../src/core/limits/checkFunctions.ts';
import {parseConfigText} from '../../../src/core/limits/parse/parseConfigText.ts';

const template = readFileSync(new URL('../../fixtures/limits/managed-instances.yaml', import.meta.url), 'utf8');

describe('checkManagedInstances', () => {
  const parsed = parseConfigText(template);
  if (!parsed.ok) throw new Error(parsed.error);
  const report = checkFunctions(parsed.value.functions, {today: '2026-12-02'});
  const rules = (name: string) => report.functions.find((fn) => fn.name === name)!.findings.map((f) => f.rule);

  it('no false alarms: 16 GB and a 5,400 s timeout are valid on Managed Instances', () => {
    expect(rules('Worker')).not.toContain('memory.range');
    expect(rules('Worker')).not.toContain('timeout.range');
    expect(rules('Worker')).not.toContain('managedInstances.memory');
    expect(rules('Worker')).not.toContain('managedInstances.timeout');
    expect(rules('Worker')).toContain('managedInstances.syncTimeout'); // a note: synchronous calls still stop at 15 minutes
  });
  it('flags what AWS rejects, naming the limit, its value and its source', () => {
    const worker = report.functions.find((fn) => fn.name === 'Worker')!.findings;
    const ratio = worker.find((f) => f.rule === 'managedInstances.memoryPerVcpu')!;
    expect(ratio.message).toBe('ExecutionEnvironmentMemoryGiBPerVCpu 12 is outside 2–8 GiB per vCPU.');
    expect(ratio.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/lambda\/latest\/api\//);
    expect(worker.find((f) => f.rule === 'managedInstances.scaling')!.message).toBe('MinExecutionEnvironments 5 is above MaxExecutionEnvironments 3.');
    const orders = report.functions.find((fn) => fn.name === 'Orders')!.findings;
    expect(orders.find((f) => f.rule === 'durable.retention')!.message).toBe('RetentionPeriodInDays 120 is outside 1–90 days.');
    expect(orders.some((f) => f.rule === 'durable.executionTimeout')).toBe(false);
  });
  it('still applies the on-demand ranges to functions not on Managed Instances', () => {
    const onDemand = template.replace(/      CapacityProviderConfig:[\s\S]*?MaxExecutionEnvironments: 3\n/, '');
    const again = parseConfigText(onDemand);
    if (!again.ok) throw new Error(again.error);
    const findings = checkFunctions(again.value.functions, {today: '2026-12-02'}).functions.find((fn) => fn.name === 'Worker')!.findings.map((f) => f.rule);
    expect(findings).toContain('memory.range');
    expect(findings).toContain('timeout.range');
  });
});
