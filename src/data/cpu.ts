/**
 * How Lambda turns a memory setting into CPU, and what else does or does not scale with it.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/configuration-memory.html
 *
 * Two different things are easy to confuse, so they are kept apart here:
 * - the **official model** (AWS): CPU *share* is proportional to memory, 1,769 MB = one vCPU of
 *   credits per second, up to "6 vCPUs" at 10,240 MB;
 * - the **visible core count** (a community measurement, not an AWS document): how many cores
 *   `nproc` reports, which steps 2 → 6 at thresholds that are not multiples of 1,769 MB.
 */
import type {Sourced} from './schema.ts';
import {SOURCES} from './sources.ts';

/** The official memory → CPU-share model. */
export interface CpuShareModel extends Sourced {
  /** Memory that buys one vCPU-second of CPU credit per second. */
  readonly mbPerVcpu: number;
  /** The vCPU figure AWS announces for the largest size. */
  readonly maxVcpus: number;
  readonly maxMemoryMB: number;
  /** The "6 vCPUs at 10 GB" announcement, a second source for `maxVcpus`. */
  readonly maxVcpusSource: string;
  readonly maxVcpusAsOf: string;
}

export const CPU_SHARE_MODEL = {
  mbPerVcpu: 1_769,
  maxVcpus: 6,
  maxMemoryMB: 10_240,
  source: SOURCES.memory,
  asOf: '2026-08-05',
  note: '"Lambda allocates CPU power in proportion to the amount of memory configured … At 1,769 MB, a function has the equivalent of one vCPU (one vCPU-second of credits per second)." The same sentence is in the memory row of the quotas page. Derived: 10,240 / 1,769 = 5.79 vCPU-seconds of credit per second at the maximum; a full 6 would need 10,614 MB.',
  maxVcpusSource: 'https://aws.amazon.com/about-aws/whats-new/2020/12/aws-lambda-supports-10gb-memory-6-vcpu-cores-lambda-functions/',
  maxVcpusAsOf: '2020-12-01',
} as const satisfies CpuShareModel;

/** One row of the visible-core table: `cores` from `fromMB` to `toMB` inclusive. */
export interface CoreCountRow {
  readonly fromMB: number;
  readonly toMB: number;
  readonly cores: number;
}

export interface CoreCountTable extends Sourced {
  readonly rows: readonly CoreCountRow[];
  /** Always true here: nobody has found this table in AWS documentation. */
  readonly empirical: true;
}

/**
 * How many CPU cores a function *sees* (`nproc`, `os.cpus().length`) at each memory size.
 * A community measurement with py-cpuinfo, 2020–2021; AWS documents only the share above.
 */
export const VISIBLE_CORES = {
  empirical: true,
  rows: [
    {fromMB: 128, toMB: 3_008, cores: 2},
    {fromMB: 3_009, toMB: 5_307, cores: 3},
    {fromMB: 5_308, toMB: 7_076, cores: 4},
    {fromMB: 7_077, toMB: 8_845, cores: 5},
    {fromMB: 8_846, toMB: 10_240, cores: 6},
  ],
  source: 'https://github.com/rwnx/lambda-cpuinfo',
  asOf: '2026-11-24',
  note: 'Measured by deploying one function per memory size and reading py-cpuinfo (README of rwnx/lambda-cpuinfo, measurements from 2020–2021, read 2026-11-24). Empirical: AWS may change it without notice. Above 3,008 MB the thresholds are the multiples of 1,769 MB (5,308 = 3 × 1,769 + 1).',
} as const satisfies CoreCountTable;

/**
 * A table often quoted as "allocated cores": 1 core up to 1,769 MB, then one more per 1,769 MB.
 * It is the official *share* rounded up, attributed to a re:Invent 2020 talk by a Stack Overflow
 * answer; it is not a core count anyone measured. Kept so the page can explain where it comes from.
 */
export const SHARE_ROUNDED_UP_TABLE = {
  empirical: true,
  rows: [
    {fromMB: 128, toMB: 1_769, cores: 1},
    {fromMB: 1_770, toMB: 3_538, cores: 2},
    {fromMB: 3_539, toMB: 5_307, cores: 3},
    {fromMB: 5_308, toMB: 7_076, cores: 4},
    {fromMB: 7_077, toMB: 8_845, cores: 5},
    {fromMB: 8_846, toMB: 10_240, cores: 6},
  ],
  source: 'https://stackoverflow.com/questions/66522916/aws-lambda-memory-vs-cpu-configuration',
  asOf: '2026-11-24',
  note: 'Stack Overflow answer crediting "What\'s new in serverless" (re:Invent 2020). No AWS page in the archived copies shows it.',
} as const satisfies CoreCountTable;

/** Something that does or does not scale with the memory setting. */
export interface ScalingNote extends Sourced {
  readonly id: string;
  readonly title: string;
  /** Whether it grows with memory: yes, no, or only when opted in. */
  readonly scalesWithMemory: 'yes' | 'no' | 'opt-in';
  readonly text: string;
}

export const SCALING_NOTES = [
  {
    id: 'cpu',
    title: 'CPU share',
    scalesWithMemory: 'yes',
    text: 'Proportional to memory: 1,769 MB buys one vCPU-second of CPU credit per second, 128 MB about 7 % of one.',
    source: SOURCES.memory,
    asOf: '2026-08-05',
  },
  {
    id: 'network',
    title: 'Network bandwidth',
    scalesWithMemory: 'opt-in',
    text: '625 Mbps per execution environment by default, whatever the memory. Since August 2026, functions not attached to a VPC can opt in (a Service Quotas request for "Network bandwidth per execution environment"); bandwidth then grows with memory from 625 Mbps at 2,048 MB to 3,000 Mbps at 10,240 MB, at no extra charge.',
    source: 'https://aws.amazon.com/about-aws/whats-new/2026/08/aws-lambda-network-bandwidth/',
    asOf: '2026-08-05',
    note: 'The 625 Mbps default is in the quotas table (https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html). Before 2026 AWS only said bandwidth grows with memory, without numbers.',
  },
  {
    id: 'tmp',
    title: 'Ephemeral storage (/tmp)',
    scalesWithMemory: 'no',
    text: 'A separate setting from 512 MB to 10,240 MB, independent of memory. Storage above the free 512 MB is billed on its own GB-second rate.',
    source: SOURCES.ephemeralStorage,
    asOf: '2026-08-05',
  },
  {
    id: 'newAccountQuota',
    title: 'Memory quota of new accounts',
    scalesWithMemory: 'no',
    text: 'New AWS accounts have reduced concurrency and memory quotas, which AWS raises automatically with usage. A new account may not be able to set 10,240 MB yet; AWS publishes no number.',
    source: SOURCES.quotas,
    asOf: '2026-08-05',
  },
  {
    id: 'price',
    title: 'Price per millisecond',
    scalesWithMemory: 'yes',
    text: 'Duration is billed in GB-seconds, so the price of each millisecond is exactly proportional to memory: twice the memory costs twice as much per ms, and pays off only if the code runs at least twice as fast.',
    source: SOURCES.pricing,
    asOf: '2025-10-28',
  },
] as const satisfies readonly ScalingNote[];

/** The 2020 seed note this page corrects, kept verbatim so tests and the page quote it exactly. */
export const SEED_CLAIM = '2 vCPU are allocated after 1.5G of RAM';
