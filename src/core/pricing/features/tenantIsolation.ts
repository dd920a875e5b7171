import {TENANT_ISOLATION_PRICES} from '../../../data/prices/tenantIsolation.ts';
import type {Architecture} from '../../../data/schema.ts';
import {div, fromNumber, int, mul, parseExact} from '../exact.ts';
import {formatQuantity as q} from '../formatNumbers.ts';
import {pricedLine, type PricedLine} from '../compute/pricedLine.ts';

/** Tenant isolation: environments created × memory GB × the per-environment-GB rate (x86, us-east-1 known). */
export function priceTenantIsolationLines(environmentsPerMonth: number, memoryMB: number, region: string, architecture: Architecture, label = 'Tenant isolation'): PricedLine[] {
  const price = TENANT_ISOLATION_PRICES.environmentPerGB;
  if (region !== price.region || architecture !== price.architecture) {
    throw new RangeError(`tenant isolation: Lambda Lab knows the ${price.architecture} rate in ${price.region} only (got ${architecture} in ${region}); it refuses rather than guess (${price.source})`);
  }
  const environments = fromNumber(environmentsPerMonth);
  const gb = div(fromNumber(memoryMB), int(1024));
  const envGb = mul(environments, gb);
  return [pricedLine('tenantEnvironments', `${label}: tenant-isolated environments created`, envGb, 'environment-GB', mul(envGb, parseExact(price.usd)), `${q(environments)} environments × ${q(fromNumber(memoryMB))} MB ÷ 1024 = ${q(envGb)} environment-GB × $${price.usd}`, region)];
}
