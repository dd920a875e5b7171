import type {QuantityParser} from '../quantity/types.ts';
import {fail, ok, type Result} from '../result.ts';
import type {DurableUsage, EventPollerUsage, FunctionUsage, ManagedInstancesUsage} from './types.ts';

type Features = Pick<FunctionUsage, 'managedInstances' | 'durable' | 'tenantIsolation' | 'eventPollers'>;
type Parse = (text: string, field: string) => Result<number>;

function read(value: unknown, field: string, parse: Parse): Result<number | undefined> {
  if (value === undefined || value === null) return ok(undefined);
  if (typeof value === 'number' || typeof value === 'string') return parse(String(value), field);
  return fail(`${field}: expected a number or text like "3M", got ${JSON.stringify(value)}`);
}

/** A plain number ("3", 2.5, "30%", "14 days"), with its range in the message. */
function plain(value: unknown, field: string, min: number, max: number, unit: string): Result<number | undefined> {
  if (value === undefined || value === null) return ok(undefined);
  const number = typeof value === 'string' ? Number(value.trim().replace(/\s*(%|days?|d|h|hours?)$/i, '')) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) return fail(`${field}: expected a number from ${min} to ${max} ${unit}, got ${JSON.stringify(value)}`);
  if (number < min || number > max) return fail(`${field}: ${number} ${unit} is outside ${min}–${max} ${unit}`);
  return ok(number);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a bill entry's Managed Instances, durable functions, tenant isolation and provisioned
 * poller fields (docs/pricing/bill-format.md). Ranges the engine knows are checked again by
 * validateUsage, with their AWS sources.
 */
export function readFeatures(entry: Record<string, unknown>, at: (field: string) => string, parser: QuantityParser): Result<Features> {
  const features: {-readonly [K in keyof Features]: Features[K]} = {};
  const mi = entry['managedInstances'];
  if (mi !== undefined) {
    if (!isObject(mi)) return fail(`${at('managedInstances')}: expected {instanceType, instances, hoursPerMonth?, ec2DiscountPercent?}`);
    if (typeof mi['instanceType'] !== 'string' || mi['instanceType'].trim() === '') return fail(`${at('managedInstances.instanceType')}: required, an EC2 instance type such as "m7g.xlarge"`);
    const instances = plain(mi['instances'], at('managedInstances.instances'), 0, 15_000, 'instances');
    if (!instances.ok) return instances;
    if (instances.value === undefined) return fail(`${at('managedInstances.instances')}: required (instances running on average, e.g. 3)`);
    const hours = plain(mi['hoursPerMonth'] ?? mi['hours'], at('managedInstances.hoursPerMonth'), 0, 744, 'hours');
    if (!hours.ok) return hours;
    const discount = plain(mi['ec2DiscountPercent'], at('managedInstances.ec2DiscountPercent'), 0, 72, '%');
    if (!discount.ok) return discount;
    const usage: ManagedInstancesUsage = {
      instanceType: mi['instanceType'].trim(),
      instances: instances.value,
      ...(hours.value !== undefined ? {hoursPerMonth: hours.value} : {}),
      ...(discount.value !== undefined ? {ec2DiscountPercent: discount.value} : {}),
    };
    features.managedInstances = usage;
  }
  const durable = entry['durable'];
  if (durable !== undefined) {
    if (!isObject(durable)) return fail(`${at('durable')}: expected {operations, dataWritten, retention?}`);
    const operations = read(durable['operations'] ?? durable['operationsPerMonth'], at('durable.operations'), parser.monthlyCount);
    if (!operations.ok) return operations;
    const written = read(durable['dataWritten'] ?? durable['dataWrittenGB'], at('durable.dataWritten'), (text, field) => parser.dataSizeMB(/[a-z]/i.test(text) ? text : `${text} GB`, field, {min: 0, max: 1e12, source: 'Lambda Lab limit'}));
    if (!written.ok) return written;
    const retention = plain(durable['retention'] ?? durable['retentionDays'], at('durable.retention'), 1, 90, 'days');
    if (!retention.ok) return retention;
    if (operations.value === undefined) return fail(`${at('durable.operations')}: required (durable operations per month: starts, steps, waits, callbacks, e.g. "6M")`);
    const usage: DurableUsage = {operationsPerMonth: operations.value, dataWrittenGB: (written.value ?? 0) / 1024, ...(retention.value !== undefined ? {retentionDays: retention.value} : {})};
    features.durable = usage;
  }
  const tenant = entry['tenantIsolation'];
  if (tenant !== undefined) {
    if (!isObject(tenant)) return fail(`${at('tenantIsolation')}: expected {environments} (tenant-isolated environments created per month)`);
    const environments = read(tenant['environments'] ?? tenant['environmentsPerMonth'], at('tenantIsolation.environments'), parser.monthlyCount);
    if (!environments.ok) return environments;
    if (environments.value === undefined) return fail(`${at('tenantIsolation.environments')}: required (environments created per month, e.g. "50k")`);
    features.tenantIsolation = {environmentsPerMonth: environments.value};
  }
  const pollers = entry['eventPollers'];
  if (pollers !== undefined) {
    if (!isObject(pollers)) return fail(`${at('eventPollers')}: expected {source: kafka|sqs, pollerUnits, hoursPerMonth?}`);
    const source = pollers['source'];
    if (source !== 'kafka' && source !== 'sqs') return fail(`${at('eventPollers.source')}: expected kafka or sqs, got ${JSON.stringify(source)}`);
    const units = plain(pollers['pollerUnits'] ?? pollers['units'], at('eventPollers.pollerUnits'), 0, 20_000, 'EPU');
    if (!units.ok) return units;
    if (units.value === undefined) return fail(`${at('eventPollers.pollerUnits')}: required (event poller units, e.g. 2)`);
    const hours = plain(pollers['hoursPerMonth'] ?? pollers['hours'], at('eventPollers.hoursPerMonth'), 0, 744, 'hours');
    if (!hours.ok) return hours;
    const usage: EventPollerUsage = {source, pollerUnits: units.value, ...(hours.value !== undefined ? {hoursPerMonth: hours.value} : {})};
    features.eventPollers = usage;
  }
  return ok(features);
}
