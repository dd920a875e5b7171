/**
 * Lambda@Edge: the CloudFront quotas and restrictions that apply on top of Lambda's own.
 * The current CloudFront quotas page gives one timeout (30 s) and package size (50 MB) for every
 * trigger, and Lambda's memory range; older pages (and many tools) still give viewer triggers
 * 5 s, 128 MB and 1 MB. Both are kept: `current` for errors, `viewerLegacy` for warnings.
 * @see https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-lambda-at-edge
 */
import type {Sourced} from './schema.ts';
import {SOURCES} from './sources.ts';

export type EdgeTrigger = 'viewer-request' | 'viewer-response' | 'origin-request' | 'origin-response';
export const EDGE_TRIGGERS: readonly EdgeTrigger[] = ['viewer-request', 'viewer-response', 'origin-request', 'origin-response'];

export interface EdgeLimit extends Sourced {
  readonly id: string;
  readonly name: string;
  readonly value: number;
  readonly unit: 'seconds' | 'MB' | 'KB' | 'count';
  /** Whether a quota request can raise it. */
  readonly adjustable: boolean;
  /** Which triggers it applies to. */
  readonly triggers: readonly EdgeTrigger[];
}

const QUOTAS_AS_OF = '2026-08-05';
const VIEWER: readonly EdgeTrigger[] = ['viewer-request', 'viewer-response'];
const ORIGIN: readonly EdgeTrigger[] = ['origin-request', 'origin-response'];

export const EDGE_LIMITS = [
  {id: 'edge.timeout', adjustable: false, name: 'Function timeout', value: 30, unit: 'seconds', triggers: EDGE_TRIGGERS, source: SOURCES.edgeQuotas, asOf: QUOTAS_AS_OF},
  {id: 'edge.package', adjustable: false, name: 'Compressed function code and libraries', value: 50, unit: 'MB', triggers: EDGE_TRIGGERS, source: SOURCES.edgeQuotas, asOf: QUOTAS_AS_OF},
  {id: 'edge.responseViewer', adjustable: false, name: 'Generated response size (headers and body)', value: 40, unit: 'KB', triggers: VIEWER, source: SOURCES.edgeQuotas, asOf: QUOTAS_AS_OF},
  {id: 'edge.responseOrigin', adjustable: false, name: 'Generated response size (headers and body)', value: 1024, unit: 'KB', triggers: ORIGIN, source: SOURCES.edgeQuotas, asOf: QUOTAS_AS_OF},
  {id: 'edge.distributionsPerAccount', adjustable: true, name: 'Distributions with Lambda@Edge functions per account', value: 500, unit: 'count', triggers: EDGE_TRIGGERS, source: SOURCES.edgeQuotas, asOf: QUOTAS_AS_OF, note: '25 in older copies of the page.'},
  {id: 'edge.functionsPerDistribution', adjustable: true, name: 'Lambda@Edge functions per distribution', value: 100, unit: 'count', triggers: EDGE_TRIGGERS, source: SOURCES.edgeQuotas, asOf: QUOTAS_AS_OF},
] as const satisfies readonly EdgeLimit[];

/** The viewer-trigger limits older CloudFront pages gave; still enforced by some tools. */
export const EDGE_VIEWER_LEGACY = [
  {id: 'edge.viewerLegacy.timeout', adjustable: false, name: 'Viewer trigger timeout (older quota)', value: 5, unit: 'seconds', triggers: VIEWER, source: SOURCES.edgeQuotas, asOf: '2023-01-01', note: 'Date of removal not found; the 2026 page gives 30 s for every trigger.'},
  {id: 'edge.viewerLegacy.memory', adjustable: false, name: 'Viewer trigger memory (older quota)', value: 128, unit: 'MB', triggers: VIEWER, source: SOURCES.edgeQuotas, asOf: '2023-01-01', note: 'Date of removal not found; the 2026 page gives Lambda\'s memory range for every trigger.'},
  {id: 'edge.viewerLegacy.package', adjustable: false, name: 'Viewer trigger compressed package (older quota)', value: 1, unit: 'MB', triggers: VIEWER, source: SOURCES.edgeQuotas, asOf: '2023-01-01', note: 'Date of removal not found; the 2026 page gives 50 MB for every trigger.'},
] as const satisfies readonly EdgeLimit[];

/** Things a Lambda@Edge function cannot have or be (CloudFront "Restrictions on Lambda@Edge"). */
export const EDGE_RESTRICTIONS = {
  region: 'us-east-1',
  runtimeFamilies: ['nodejs', 'python'],
  unsupported: ['environment variables (except reserved ones)', 'layers', 'VPC access', 'dead-letter queues', 'X-Ray', 'provisioned concurrency', 'ephemeral storage above 512 MB', 'container images', 'the arm64 architecture', 'a customer managed key for the .zip package', 'runtime management other than Auto'],
  maxEphemeralStorageMB: 512,
  versions: 'A numbered version, not $LATEST or an alias.',
  source: SOURCES.edgeRestrictions,
  asOf: '2026-12-03',
} as const;
