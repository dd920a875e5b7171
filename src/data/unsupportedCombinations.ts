/**
 * Combinations AWS does not allow, which the pricing engine refuses to price (a price for a
 * function that cannot be deployed is a wrong answer). Each rule carries its AWS source.
 * The limits checker has its own findings for templates; these are the pricing-side rules.
 */
import type {Sourced} from './schema.ts';
import {SOURCES} from './sources.ts';

export interface CombinationRule extends Sourced {
  /** What AWS says, in one sentence, as the refusal message uses it. */
  readonly rule: string;
}

const EDGE_AS_OF = '2026-12-03';
const SNAPSTART_AS_OF = '2026-11-24';

export const UNSUPPORTED_COMBINATIONS = {
  edgeRuntime: {
    rule: 'Lambda@Edge supports Node.js and Python runtimes only',
    source: SOURCES.edgeRestrictions,
    asOf: EDGE_AS_OF,
    note: '"Supported runtimes": the page lists Node.js and Python versions only; Java, .NET, Ruby and custom runtimes (provided.*) cannot be associated with a CloudFront distribution.',
  },
  edgeImage: {
    rule: 'Lambda@Edge does not support functions defined as container images',
    source: SOURCES.edgeRestrictions,
    asOf: EDGE_AS_OF,
    note: '"The following Lambda features are not supported by Lambda@Edge: … Lambda functions defined as container images."',
  },
  edgeArchitecture: {
    rule: 'Lambda@Edge runs x86_64 functions only (arm64 is not supported)',
    source: SOURCES.edgeRestrictions,
    asOf: EDGE_AS_OF,
    note: '"Lambda features": "Lambda functions that use the arm64 architecture" are in the list of features Lambda@Edge does not support (read in the page\'s published Markdown, 2026-12-03).',
  },
  edgeProvisionedConcurrency: {
    rule: 'Lambda@Edge does not support provisioned concurrency',
    source: SOURCES.edgeRestrictions,
    asOf: EDGE_AS_OF,
    note: '"Lambda features": "Lambda provisioned concurrency" is in the list of features Lambda@Edge does not support.',
  },
  edgeEphemeralStorage: {
    rule: 'Lambda@Edge does not support more than 512 MB of ephemeral storage',
    source: SOURCES.edgeRestrictions,
    asOf: EDGE_AS_OF,
    note: '"Lambda features": "Lambda functions with more than 512 MB of ephemeral storage" is in the list of features Lambda@Edge does not support.',
  },
  snapStartImage: {
    rule: 'SnapStart does not support container images',
    source: SOURCES.snapStart,
    asOf: SNAPSTART_AS_OF,
    note: '"Other managed runtimes …, OS-only runtimes and container images are not supported."',
  },
  snapStartStorage: {
    rule: 'SnapStart does not support ephemeral storage greater than 512 MB',
    source: SOURCES.snapStart,
    asOf: SNAPSTART_AS_OF,
    note: '"SnapStart does not support provisioned concurrency, Amazon Elastic File System (Amazon EFS), or ephemeral storage greater than 512 MB."',
  },
} as const satisfies Record<string, CombinationRule>;

/** "rule (source)": the tail every refusal message ends with. */
export function citeRule(rule: CombinationRule): string {
  return `${rule.rule} (${rule.source})`;
}
