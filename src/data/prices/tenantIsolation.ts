/**
 * Tenant isolation mode (November 2025): each tenant ID gets its own execution environments.
 * Besides ordinary requests and duration, Lambda charges each time it creates a new
 * tenant-isolated execution environment, scaled by the function's memory.
 */
import type {Sourced, UsdDecimal} from '../schema.ts';
import {SOURCES} from '../sources.ts';

export const TENANT_ISOLATION_PRICES = {
  /** x86_64, us-east-1: per environment created, per GB of configured memory. */
  environmentPerGB: {usd: '0.000167' as UsdDecimal, region: 'us-east-1', architecture: 'x86_64', source: SOURCES.pricing, asOf: '2026-06-22', note: 'The pricing page\'s tenant isolation example rate: $0.000167 per execution environment created per GB of memory (x86). The arm64 rate was not found, so Lambda Lab refuses to price arm64.'},
} as const satisfies Record<string, Sourced & {usd: UsdDecimal; region: string; architecture: string}>;

export const TENANT_ISOLATION_RULES = {
  source: 'https://docs.aws.amazon.com/lambda/latest/dg/tenant-isolation.html',
  asOf: '2026-06-22',
  note: 'Set at creation (TenancyConfig PER_TENANT), cannot be changed later; not with provisioned concurrency, SnapStart or function URLs; only API Gateway among event sources. Every new tenant is a cold start.',
} as const satisfies Sourced;
