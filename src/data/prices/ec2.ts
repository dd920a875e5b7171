/**
 * Amazon EC2 on-demand prices (Linux, shared tenancy) for the instance families Lambda Managed
 * Instances can use and the comparison prices servers with. A price change is a change here.
 *
 * The EC2 pricing page renders its table client-side, so the figures were read from copies of the
 * Price List data (us-east-1, Linux, shared tenancy, on-demand) and cross-checked against a dated
 * 2026 article ("In us-east-1 (June 2026), a m7g.large Linux instance runs $0.0816/hr").
 * Only us-east-1 is known: any other Region is refused, never guessed.
 */
import type {Architecture, Sourced, UsdDecimal} from '../schema.ts';

export type InstanceCategory = 'general purpose' | 'compute optimized' | 'memory optimized';

export interface InstanceType {
  /** "m7g.xlarge" */
  readonly type: string;
  readonly architecture: Architecture;
  readonly vcpus: number;
  /** GiB, as EC2 states instance memory. */
  readonly memoryGiB: number;
  readonly category: InstanceCategory;
}

export interface Ec2RegionPrices extends Sourced {
  readonly region: string;
  readonly name: string;
  /** USD per instance-hour, exactly as published. */
  readonly onDemandHourly: Readonly<Record<string, UsdDecimal>>;
}

export const EC2_PRICING_SOURCE = 'https://aws.amazon.com/ec2/pricing/on-demand/';

/** Sizes .large to .4xlarge of the 7th-generation M, C and R families, Graviton (g) and Intel (i). */
const FAMILIES: readonly {family: string; architecture: Architecture; category: InstanceCategory; gibPerVcpu: number}[] = [
  {family: 'm7g', architecture: 'arm64', category: 'general purpose', gibPerVcpu: 4},
  {family: 'c7g', architecture: 'arm64', category: 'compute optimized', gibPerVcpu: 2},
  {family: 'r7g', architecture: 'arm64', category: 'memory optimized', gibPerVcpu: 8},
  {family: 'm7i', architecture: 'x86_64', category: 'general purpose', gibPerVcpu: 4},
  {family: 'c7i', architecture: 'x86_64', category: 'compute optimized', gibPerVcpu: 2},
  {family: 'r7i', architecture: 'x86_64', category: 'memory optimized', gibPerVcpu: 8},
];
const SIZES: readonly {size: string; vcpus: number}[] = [
  {size: 'large', vcpus: 2},
  {size: 'xlarge', vcpus: 4},
  {size: '2xlarge', vcpus: 8},
  {size: '4xlarge', vcpus: 16},
];

export const INSTANCE_TYPES: readonly InstanceType[] = FAMILIES.flatMap(({family, architecture, category, gibPerVcpu}) =>
  SIZES.map(({size, vcpus}) => ({type: `${family}.${size}`, architecture, vcpus, memoryGiB: vcpus * gibPerVcpu, category})),
);

export const EC2_PRICES: readonly Ec2RegionPrices[] = [
  {
    region: 'us-east-1',
    name: 'US East (N. Virginia)',
    source: EC2_PRICING_SOURCE,
    asOf: '2026-06-17',
    note: 'Linux, shared tenancy, on-demand, per instance-hour (billed per second, 60-second minimum). Sizes double the price exactly.',
    onDemandHourly: {
      'm7g.large': '0.0816', 'm7g.xlarge': '0.1632', 'm7g.2xlarge': '0.3264', 'm7g.4xlarge': '0.6528',
      'c7g.large': '0.0725', 'c7g.xlarge': '0.145', 'c7g.2xlarge': '0.29', 'c7g.4xlarge': '0.58',
      'r7g.large': '0.1071', 'r7g.xlarge': '0.2142', 'r7g.2xlarge': '0.4284', 'r7g.4xlarge': '0.8568',
      'm7i.large': '0.1008', 'm7i.xlarge': '0.2016', 'm7i.2xlarge': '0.4032', 'm7i.4xlarge': '0.8064',
      'c7i.large': '0.08925', 'c7i.xlarge': '0.1785', 'c7i.2xlarge': '0.357', 'c7i.4xlarge': '0.714',
      'r7i.large': '0.1323', 'r7i.xlarge': '0.2646', 'r7i.2xlarge': '0.5292', 'r7i.4xlarge': '1.0584',
    },
  },
];

export function findInstanceType(type: string): InstanceType | undefined {
  return INSTANCE_TYPES.find((entry) => entry.type === type);
}
