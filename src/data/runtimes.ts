/**
 * Lambda managed runtimes with their deprecation schedule, SnapStart and Lambda@Edge support.
 * Dates: deprecation (no more patches), then "block function create", then "block function update".
 * A missing block date means the table we read did not give one; rules then only use `deprecation`.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html
 */
import type {Sourced} from './schema.ts';
import {SOURCES} from './sources.ts';

export type RuntimeFamily = 'nodejs' | 'python' | 'java' | 'dotnet' | 'ruby' | 'go' | 'provided';

export interface RuntimeInfo extends Sourced {
  /** The identifier Lambda's API takes, e.g. "nodejs22.x". */
  readonly id: string;
  readonly name: string;
  readonly family: RuntimeFamily;
  /** Day Lambda stops patching it (YYYY-MM-DD). Undefined: no date announced. */
  readonly deprecation?: string;
  /** Day new functions can no longer use it. */
  readonly blockCreate?: string;
  /** Day existing functions using it can no longer be updated. */
  readonly blockUpdate?: string;
  /** The runtime Lambda Lab suggests moving to. */
  readonly upgradeTo?: string;
}

/**
 * Dates: the AWS "Lambda runtimes" page (supported and deprecated tables), read 2026-11-24, and
 * cross-checked on 2026-12-02 against cfn-lint's LmbdRuntimeLifecycle.json (aws-cloudformation/cfn-lint
 * @217397c, 2026-08-19, MIT-0), which copies the same tables. AWS moved many block dates to
 * 2027-02-01 (create) and 2027-03-03 (update) in 2026; those are the dates below.
 */
const READ = '2026-12-02';
const TABLE = SOURCES.runtimes;
const JAVA_AL2023 = 'https://aws.amazon.com/about-aws/whats-new/2026/07/aws-lambda-java-amazon-linux/';

export const RUNTIMES = [
  // Node.js
  {id: 'nodejs24.x', name: 'Node.js 24', family: 'nodejs', deprecation: '2028-04-30', blockCreate: '2028-06-01', blockUpdate: '2028-07-01', source: TABLE, asOf: READ},
  {id: 'nodejs22.x', name: 'Node.js 22', family: 'nodejs', deprecation: '2027-04-30', blockCreate: '2027-06-01', blockUpdate: '2027-07-01', upgradeTo: 'nodejs24.x', source: TABLE, asOf: READ},
  {id: 'nodejs20.x', name: 'Node.js 20', family: 'nodejs', deprecation: '2026-04-30', blockCreate: '2027-02-01', blockUpdate: '2027-03-03', upgradeTo: 'nodejs24.x', source: TABLE, asOf: READ, note: 'Block dates moved from 2026-06-01 / 2026-07-01 to 2027-02-01 / 2027-03-03.'},
  {id: 'nodejs18.x', name: 'Node.js 18', family: 'nodejs', deprecation: '2025-09-01', blockCreate: '2027-02-01', blockUpdate: '2027-03-03', upgradeTo: 'nodejs24.x', source: TABLE, asOf: READ},
  {id: 'nodejs16.x', name: 'Node.js 16', family: 'nodejs', deprecation: '2024-06-12', blockCreate: '2027-02-01', blockUpdate: '2027-03-03', upgradeTo: 'nodejs24.x', source: TABLE, asOf: READ},
  {id: 'nodejs14.x', name: 'Node.js 14', family: 'nodejs', deprecation: '2023-12-04', blockCreate: '2024-01-09', blockUpdate: '2027-03-03', upgradeTo: 'nodejs24.x', source: TABLE, asOf: READ},
  {id: 'nodejs12.x', name: 'Node.js 12', family: 'nodejs', deprecation: '2023-03-31', blockCreate: '2023-03-31', blockUpdate: '2023-04-30', upgradeTo: 'nodejs24.x', source: TABLE, asOf: READ},
  {id: 'nodejs10.x', name: 'Node.js 10', family: 'nodejs', deprecation: '2021-07-30', blockCreate: '2021-07-30', blockUpdate: '2022-02-14', upgradeTo: 'nodejs24.x', source: TABLE, asOf: READ},
  {id: 'nodejs8.10', name: 'Node.js 8.10', family: 'nodejs', deprecation: '2020-03-06', blockCreate: '2020-02-04', blockUpdate: '2020-03-06', upgradeTo: 'nodejs24.x', source: TABLE, asOf: READ},
  {id: 'nodejs6.10', name: 'Node.js 6.10', family: 'nodejs', deprecation: '2019-08-12', blockCreate: '2019-07-12', blockUpdate: '2019-08-12', upgradeTo: 'nodejs24.x', source: TABLE, asOf: READ},
  {id: 'nodejs4.3-edge', name: 'Node.js 4.3 edge', family: 'nodejs', deprecation: '2020-03-05', blockCreate: '2019-03-31', blockUpdate: '2019-04-30', upgradeTo: 'nodejs24.x', source: TABLE, asOf: READ},
  {id: 'nodejs4.3', name: 'Node.js 4.3', family: 'nodejs', deprecation: '2020-03-05', blockCreate: '2020-02-03', blockUpdate: '2020-03-05', upgradeTo: 'nodejs24.x', source: TABLE, asOf: READ},
  {id: 'nodejs', name: 'Node.js 0.10', family: 'nodejs', deprecation: '2016-08-30', blockCreate: '2016-09-30', blockUpdate: '2016-10-31', upgradeTo: 'nodejs24.x', source: TABLE, asOf: READ},
  // Python
  {id: 'python3.14', name: 'Python 3.14', family: 'python', deprecation: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31', source: TABLE, asOf: READ},
  {id: 'python3.13', name: 'Python 3.13', family: 'python', deprecation: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31', upgradeTo: 'python3.14', source: TABLE, asOf: READ},
  {id: 'python3.12', name: 'Python 3.12', family: 'python', deprecation: '2028-10-31', blockCreate: '2028-11-30', blockUpdate: '2029-01-10', upgradeTo: 'python3.14', source: TABLE, asOf: READ},
  {id: 'python3.11', name: 'Python 3.11', family: 'python', deprecation: '2027-06-30', blockCreate: '2027-07-31', blockUpdate: '2027-08-31', upgradeTo: 'python3.14', source: TABLE, asOf: READ, note: 'Deprecation moved from 2026-06-30 to 2027-06-30.'},
  {id: 'python3.10', name: 'Python 3.10', family: 'python', deprecation: '2026-10-31', blockCreate: '2027-02-01', blockUpdate: '2027-03-03', upgradeTo: 'python3.14', source: TABLE, asOf: READ, note: 'Deprecation moved from 2026-06-30 to 2026-10-31.'},
  {id: 'python3.9', name: 'Python 3.9', family: 'python', deprecation: '2025-12-15', blockCreate: '2027-02-01', blockUpdate: '2027-03-03', upgradeTo: 'python3.14', source: TABLE, asOf: READ, note: 'Moved from 2025-10-31 to 2025-12-15.'},
  {id: 'python3.8', name: 'Python 3.8', family: 'python', deprecation: '2024-10-14', blockCreate: '2027-02-01', blockUpdate: '2027-03-03', upgradeTo: 'python3.14', source: TABLE, asOf: READ},
  {id: 'python3.7', name: 'Python 3.7', family: 'python', deprecation: '2023-12-04', blockCreate: '2024-01-09', blockUpdate: '2027-03-03', upgradeTo: 'python3.14', source: TABLE, asOf: READ},
  {id: 'python3.6', name: 'Python 3.6', family: 'python', deprecation: '2022-07-18', blockCreate: '2022-07-18', blockUpdate: '2022-08-29', upgradeTo: 'python3.14', source: TABLE, asOf: READ},
  {id: 'python2.7', name: 'Python 2.7', family: 'python', deprecation: '2021-07-15', blockCreate: '2021-07-15', blockUpdate: '2022-05-30', upgradeTo: 'python3.14', source: TABLE, asOf: READ},
  // Java
  {id: 'java25', name: 'Java 25', family: 'java', deprecation: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31', source: TABLE, asOf: READ},
  {id: 'java21', name: 'Java 21', family: 'java', deprecation: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31', upgradeTo: 'java25', source: TABLE, asOf: READ},
  {id: 'java17.al2023', name: 'Java 17 (Amazon Linux 2023)', family: 'java', upgradeTo: 'java25', source: JAVA_AL2023, asOf: READ, note: 'Launched 2026-07-20 for functions that cannot move to Java 21 or 25 before Amazon Linux 2 ends; no deprecation date published in the sources read.'},
  {id: 'java17', name: 'Java 17', family: 'java', deprecation: '2027-06-30', blockCreate: '2027-07-31', blockUpdate: '2027-08-31', upgradeTo: 'java25', source: TABLE, asOf: READ, note: 'Deprecation moved from 2026-06-30 to 2027-06-30.'},
  {id: 'java11.al2023', name: 'Java 11 (Amazon Linux 2023)', family: 'java', upgradeTo: 'java25', source: JAVA_AL2023, asOf: READ, note: 'Launched 2026-07-20; no deprecation date published in the sources read.'},
  {id: 'java11', name: 'Java 11', family: 'java', deprecation: '2027-06-30', blockCreate: '2027-07-31', blockUpdate: '2027-08-31', upgradeTo: 'java25', source: TABLE, asOf: READ, note: 'Deprecation moved from 2026-06-30 to 2027-06-30.'},
  {id: 'java8.al2023', name: 'Java 8 (Amazon Linux 2023)', family: 'java', upgradeTo: 'java25', source: JAVA_AL2023, asOf: READ, note: 'Launched 2026-07-20; no deprecation date published in the sources read.'},
  {id: 'java8.al2', name: 'Java 8 (Amazon Linux 2)', family: 'java', deprecation: '2027-06-30', blockCreate: '2027-07-31', blockUpdate: '2027-08-31', upgradeTo: 'java25', source: TABLE, asOf: READ},
  {id: 'java8', name: 'Java 8 (Amazon Linux 1)', family: 'java', deprecation: '2024-01-08', blockCreate: '2024-02-08', blockUpdate: '2027-03-03', upgradeTo: 'java25', source: TABLE, asOf: READ},
  // .NET
  {id: 'dotnet10', name: '.NET 10', family: 'dotnet', deprecation: '2028-11-14', blockCreate: '2028-12-14', blockUpdate: '2029-01-15', source: TABLE, asOf: READ},
  {id: 'dotnet8', name: '.NET 8', family: 'dotnet', deprecation: '2026-11-10', blockCreate: '2027-02-01', blockUpdate: '2027-03-03', upgradeTo: 'dotnet10', source: TABLE, asOf: READ},
  {id: 'dotnet7', name: '.NET 7', family: 'dotnet', deprecation: '2024-05-14', blockCreate: '2024-05-14', blockUpdate: '2024-05-14', upgradeTo: 'dotnet10', source: TABLE, asOf: READ, note: 'Container images only.'},
  {id: 'dotnet6', name: '.NET 6', family: 'dotnet', deprecation: '2024-12-20', blockCreate: '2027-02-01', blockUpdate: '2027-03-03', upgradeTo: 'dotnet10', source: TABLE, asOf: READ},
  {id: 'dotnet5.0', name: '.NET 5', family: 'dotnet', deprecation: '2022-05-10', upgradeTo: 'dotnet10', source: TABLE, asOf: READ, note: 'Container images only.'},
  {id: 'dotnetcore3.1', name: '.NET Core 3.1', family: 'dotnet', deprecation: '2023-04-03', blockCreate: '2023-04-03', blockUpdate: '2023-05-03', upgradeTo: 'dotnet10', source: TABLE, asOf: READ},
  {id: 'dotnetcore2.1', name: '.NET Core 2.1', family: 'dotnet', deprecation: '2022-01-05', blockCreate: '2022-01-05', blockUpdate: '2022-04-13', upgradeTo: 'dotnet10', source: TABLE, asOf: READ},
  {id: 'dotnetcore2.0', name: '.NET Core 2.0', family: 'dotnet', deprecation: '2019-05-30', blockCreate: '2019-04-30', blockUpdate: '2019-05-30', upgradeTo: 'dotnet10', source: TABLE, asOf: READ},
  {id: 'dotnetcore1.0', name: '.NET Core 1.0', family: 'dotnet', deprecation: '2019-06-27', blockCreate: '2019-06-30', blockUpdate: '2019-07-30', upgradeTo: 'dotnet10', source: TABLE, asOf: READ},
  // Ruby
  {id: 'ruby4.0', name: 'Ruby 4.0', family: 'ruby', deprecation: '2029-03-31', blockCreate: '2029-04-30', blockUpdate: '2029-05-31', source: TABLE, asOf: READ},
  {id: 'ruby3.4', name: 'Ruby 3.4', family: 'ruby', deprecation: '2028-03-31', blockCreate: '2028-04-30', blockUpdate: '2028-05-31', upgradeTo: 'ruby4.0', source: TABLE, asOf: READ},
  {id: 'ruby3.3', name: 'Ruby 3.3', family: 'ruby', deprecation: '2027-03-31', blockCreate: '2027-04-30', blockUpdate: '2027-05-31', upgradeTo: 'ruby4.0', source: TABLE, asOf: READ},
  {id: 'ruby3.2', name: 'Ruby 3.2', family: 'ruby', deprecation: '2026-03-31', blockCreate: '2027-02-01', blockUpdate: '2027-03-03', upgradeTo: 'ruby4.0', source: TABLE, asOf: READ},
  {id: 'ruby2.7', name: 'Ruby 2.7', family: 'ruby', deprecation: '2023-12-07', blockCreate: '2024-01-09', blockUpdate: '2027-03-03', upgradeTo: 'ruby4.0', source: TABLE, asOf: READ, note: 'Was listed here as deprecated 2023-11-27 with no block dates.'},
  {id: 'ruby2.5', name: 'Ruby 2.5', family: 'ruby', deprecation: '2021-07-30', blockCreate: '2021-07-30', blockUpdate: '2022-03-31', upgradeTo: 'ruby4.0', source: TABLE, asOf: READ},
  // OS-only runtimes (Go, Rust and custom runtimes run here)
  {id: 'provided.al2023', name: 'OS-only runtime (Amazon Linux 2023)', family: 'provided', deprecation: '2029-06-30', blockCreate: '2029-07-31', blockUpdate: '2029-08-31', source: TABLE, asOf: READ},
  {id: 'provided.al2', name: 'OS-only runtime (Amazon Linux 2)', family: 'provided', deprecation: '2026-07-31', blockCreate: '2027-02-01', blockUpdate: '2027-03-03', upgradeTo: 'provided.al2023', source: TABLE, asOf: READ},
  {id: 'provided', name: 'Custom runtime (Amazon Linux 1)', family: 'provided', deprecation: '2024-01-08', blockCreate: '2024-02-08', blockUpdate: '2027-03-03', upgradeTo: 'provided.al2023', source: TABLE, asOf: READ},
  {id: 'go1.x', name: 'Go 1.x', family: 'go', deprecation: '2024-01-08', blockCreate: '2024-02-08', blockUpdate: '2027-03-03', upgradeTo: 'provided.al2023', source: TABLE, asOf: READ, note: 'Go now runs on the OS-only runtime provided.al2023.'},
] as const satisfies readonly RuntimeInfo[];

/** Every runtime identifier Lambda Lab knows, newest first within each language. */
export function listRuntimes(family?: RuntimeFamily): readonly RuntimeInfo[] {
  return (RUNTIMES as readonly RuntimeInfo[]).filter((runtime) => family === undefined || runtime.family === family);
}

/**
 * The newest runtime of a language that is not deprecated on `today` (YYYY-MM-DD), e.g.
 * latestRuntime('python') → python3.14. Undefined when the language has none left.
 */
export function latestRuntime(family: RuntimeFamily, today: string = new Date().toISOString().slice(0, 10)): RuntimeInfo | undefined {
  // The java*.al2023 runtimes are a bridge for old Java versions, never the suggestion.
  return listRuntimes(family).find((runtime) => !/^java\d+\.al2023$/.test(runtime.id) && (runtime.deprecation === undefined || runtime.deprecation > today));
}

/** Looks up a runtime by its identifier; undefined when Lambda has no such runtime. */
export function findRuntime(id: string): RuntimeInfo | undefined {
  return (RUNTIMES as readonly RuntimeInfo[]).find((runtime) => runtime.id === id);
}

/** SnapStart: which managed runtimes it supports and what it cannot be combined with. */
export const SNAPSTART = {
  /** Runtime families and the minimum version of each that SnapStart supports. */
  supported: [
    {family: 'java', minimum: 11, label: 'Java 11 and later'},
    {family: 'python', minimum: 3.12, label: 'Python 3.12 and later'},
    {family: 'dotnet', minimum: 8, label: '.NET 8 and later'},
  ],
  incompatible: ['provisioned concurrency', 'Amazon EFS', 'ephemeral storage above 512 MB', 'container images', 'OS-only and custom runtimes'],
  maxEphemeralStorageMB: 512,
  source: SOURCES.snapStart,
  asOf: READ,
  note: 'Java since 2022-11; Python and .NET since 2024-11. Works on published versions only, not $LATEST. arm64 has been supported since 2024.',
} as const;

/** Whether SnapStart supports this runtime identifier. */
export function supportsSnapStart(runtimeId: string): boolean {
  const match = /^(java|python|dotnet)(\d+(?:\.\d+)?)/.exec(runtimeId);
  if (!match) return false;
  const version = Number(match[2]);
  const rule = SNAPSTART.supported.find((entry) => entry.family === match[1]);
  if (!rule) return false;
  // python3.9 → 3.9 < 3.12 needs a version compare, not a float compare (3.9 > 3.12 as floats).
  if (rule.family === 'python') {
    const minor = Number(match[2]!.split('.')[1] ?? 0);
    return Number(match[2]!.split('.')[0]) === 3 && minor >= 12;
  }
  return version >= rule.minimum;
}
