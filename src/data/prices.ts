/**
 * Lambda prices per Region and architecture, exactly as AWS publishes them.
 * @see https://aws.amazon.com/lambda/pricing/
 * A price change is a change to this file, never to the engine. Tiers are monthly, per account,
 * per Region and per architecture ("aggregate monthly duration … on the same architecture, in the
 * same region"), and `upTo` counts GB-seconds of that aggregate.
 */
import type {Price, RegionPrices} from './schema.ts';
import {SOURCES} from './sources.ts';

const PRICE_LIST_AS_OF = '2025-10-28';

export const US_EAST_1: RegionPrices = {
  region: 'us-east-1',
  name: 'US East (N. Virginia)',
  architectures: {
    x86_64: {
      requests: {unit: 'request', tiers: [{upTo: null, usd: '0.0000002'}], source: SOURCES.pricing, asOf: PRICE_LIST_AS_OF, note: '$0.20 per 1M requests (Price List SKU GU2ZS9HVP6QTQ7KE).'},
      duration: {
        unit: 'GB-second',
        tiers: [
          {upTo: 6_000_000_000, usd: '0.0000166667'},
          {upTo: 15_000_000_000, usd: '0.0000150000'},
          {upTo: null, usd: '0.0000133334'},
        ],
        source: SOURCES.pricing,
        asOf: PRICE_LIST_AS_OF,
        note: 'First 6 B GB-s, next 9 B, over 15 B per month (Price List SKU TG3M4CAGBA3NYQBH; tiers since Aug 2022).',
      },
      ephemeralStorage: {unit: 'GB-second', tiers: [{upTo: null, usd: '0.0000000309'}], source: SOURCES.pricing, asOf: PRICE_LIST_AS_OF, note: 'Only storage configured above the free 512 MB (SKU CVY5JH8RFRXMP92N).'},
      provisionedConcurrency: {unit: 'GB-second', tiers: [{upTo: null, usd: '0.0000041667'}], source: SOURCES.pricing, asOf: PRICE_LIST_AS_OF, note: 'Configured concurrency × memory, metered in 5-minute blocks (SKU BMKCD2ZCEYKTYYCB).'},
      provisionedDuration: {unit: 'GB-second', tiers: [{upTo: null, usd: '0.0000097222'}], source: SOURCES.pricing, asOf: PRICE_LIST_AS_OF, note: 'Duration of requests served by provisioned concurrency (SKU ZZF88MXYPS4DGSEZ).'},
      snapStartCache: {unit: 'GB-second', tiers: [{upTo: null, usd: '0.0000015046'}], source: SOURCES.pricing, asOf: PRICE_LIST_AS_OF, note: 'Python and .NET only; 3-hour minimum per active version (SKU WRKYMVM4XSRFFQ7B).'},
      snapStartRestore: {unit: 'GB', tiers: [{upTo: null, usd: '0.0001397998'}], source: SOURCES.pricing, asOf: PRICE_LIST_AS_OF, note: 'Per GB of memory restored from a snapshot (SKU W3GTWG4PTZMXZ4F2).'},
      responseStreaming: {unit: 'GB', tiers: [{upTo: null, usd: '0.008'}], source: SOURCES.pricing, asOf: PRICE_LIST_AS_OF, note: 'Per GB streamed beyond the first 6 MB of each response (SKU RJKWHBCSDT32Z53D).'},
    },
    arm64: {
      requests: {unit: 'request', tiers: [{upTo: null, usd: '0.0000002'}], source: SOURCES.pricing, asOf: PRICE_LIST_AS_OF, note: '$0.20 per 1M requests (SKU K7BX6567RJ67A2KE).'},
      duration: {
        unit: 'GB-second',
        tiers: [
          {upTo: 7_500_000_000, usd: '0.0000133334'},
          {upTo: 18_750_000_000, usd: '0.0000120001'},
          {upTo: null, usd: '0.0000106667'},
        ],
        source: SOURCES.pricing,
        asOf: PRICE_LIST_AS_OF,
        note: 'First 7.5 B GB-s, next 11.25 B, over 18.75 B per month: not the x86 boundaries (SKU 72SBSFWPMDTH8S3J).',
      },
      ephemeralStorage: {unit: 'GB-second', tiers: [{upTo: null, usd: '0.0000000309'}], source: SOURCES.pricing, asOf: PRICE_LIST_AS_OF, note: 'SKU CH6HMM86MH4K8KCS.'},
      provisionedConcurrency: {unit: 'GB-second', tiers: [{upTo: null, usd: '0.0000033334'}], source: SOURCES.pricing, asOf: PRICE_LIST_AS_OF, note: 'SKU MV7PTBS82AVCMXJJ.'},
      provisionedDuration: {unit: 'GB-second', tiers: [{upTo: null, usd: '0.0000077778'}], source: SOURCES.pricing, asOf: PRICE_LIST_AS_OF, note: 'SKU 3Z4YRQ6XJRDK27UP.'},
      snapStartCache: {unit: 'GB-second', tiers: [{upTo: null, usd: '0.0000015046'}], source: SOURCES.pricing, asOf: PRICE_LIST_AS_OF},
      snapStartRestore: {unit: 'GB', tiers: [{upTo: null, usd: '0.0001397998'}], source: SOURCES.pricing, asOf: PRICE_LIST_AS_OF},
      responseStreaming: {unit: 'GB', tiers: [{upTo: null, usd: '0.008'}], source: SOURCES.pricing, asOf: PRICE_LIST_AS_OF},
    },
  },
};

/**
 * Other Regions, from the AWS Pricing Calculator's metered-unit map (first-tier rates only).
 * What is and is not known, per Region:
 * - requests, x86 and arm64 first-tier duration, x86 provisioned concurrency and its duration rate,
 *   and ephemeral storage (same rate for both architectures) come from the calculator map;
 * - duration tiers 2 and 3 were NOT captured outside us-east-1. Where a Region's first-tier rates
 *   equal us-east-1's, we reuse us-east-1's tiers and say so (the tiers are 10% and 20% off the
 *   first-tier rate per the tiered-pricing blog, which reproduces us-east-1 exactly). Where the
 *   first-tier rate differs, only the first tier is listed: the engine then charges the first-tier
 *   rate for all usage and warns that above 6 B (x86) / 7.5 B (arm64) GB-s the real bill is lower;
 * - arm64 provisioned concurrency, SnapStart and response streaming rates outside us-east-1 were
 *   not captured, so they are absent: the engine refuses to price them there rather than guess.
 */
const CALCULATOR_AS_OF = '2024-08-01';
const CALCULATOR_NOTE = 'AWS Pricing Calculator metered-unit map, read through a vendored copy from Aug 2024 or later (the day was not determined).';

interface FirstTierRates {
  region: string;
  name: string;
  x86: string;
  arm: string;
  requests: string;
  provisioned: string;
  provisionedDuration: string;
  storage: string;
}

const price = (unit: 'request' | 'GB-second', usd: string, note: string = CALCULATOR_NOTE) =>
  ({unit, tiers: [{upTo: null, usd}], source: SOURCES.calculatorPriceMap, asOf: CALCULATOR_AS_OF, note}) as const;

function fromCalculator(rates: FirstTierRates): RegionPrices {
  const standard = rates.x86 === '0.0000166667' && rates.arm === '0.0000133334';
  const x86Duration = standard
    ? {...US_EAST_1.architectures.x86_64.duration, source: SOURCES.calculatorPriceMap, asOf: CALCULATOR_AS_OF, note: `${CALCULATOR_NOTE} First tier from the map; tiers 2–3 assumed equal to us-east-1 (same first-tier rate; not captured for this Region).`}
    : price('GB-second', rates.x86, `${CALCULATOR_NOTE} Only the first tier is known for this Region: it is applied to all usage, which overstates bills above 6 B GB-s a month.`);
  const armDuration = standard
    ? {...US_EAST_1.architectures.arm64.duration, source: SOURCES.calculatorPriceMap, asOf: CALCULATOR_AS_OF, note: `${CALCULATOR_NOTE} First tier from the map; tiers 2–3 assumed equal to us-east-1 (same first-tier rate; not captured for this Region).`}
    : price('GB-second', rates.arm, `${CALCULATOR_NOTE} Only the first tier is known for this Region: it is applied to all usage, which overstates bills above 7.5 B GB-s a month.`);
  return {
    region: rates.region,
    name: rates.name,
    architectures: {
      x86_64: {
        requests: price('request', rates.requests),
        duration: x86Duration,
        ephemeralStorage: price('GB-second', rates.storage),
        provisionedConcurrency: price('GB-second', rates.provisioned),
        provisionedDuration: price('GB-second', rates.provisionedDuration),
      },
      arm64: {
        requests: price('request', rates.requests),
        duration: armDuration,
        ephemeralStorage: price('GB-second', rates.storage),
      },
    },
  };
}

// Values exactly as in /work/shared/facts/lambda-facts.md §1.11 (request prices per request: $/1M ÷ 1e6).
const CALCULATOR_REGIONS: readonly FirstTierRates[] = [
  {region: 'us-east-2', name: 'US East (Ohio)', x86: '0.0000166667', arm: '0.0000133334', requests: '0.0000002', provisioned: '0.0000041667', provisionedDuration: '0.0000097222', storage: '0.0000000309'},
  {region: 'us-west-2', name: 'US West (Oregon)', x86: '0.0000166667', arm: '0.0000133334', requests: '0.0000002', provisioned: '0.0000041667', provisionedDuration: '0.0000097222', storage: '0.0000000309'},
  {region: 'us-west-1', name: 'US West (N. California)', x86: '0.0000166667', arm: '0.0000133334', requests: '0.0000002', provisioned: '0.0000049041', provisionedDuration: '0.0000114430', storage: '0.0000000370'},
  {region: 'eu-west-1', name: 'Europe (Ireland)', x86: '0.0000166667', arm: '0.0000133334', requests: '0.0000002', provisioned: '0.0000046460', provisionedDuration: '0.0000108407', storage: '0.0000000340'},
  {region: 'eu-central-1', name: 'Europe (Frankfurt)', x86: '0.0000166667', arm: '0.0000133334', requests: '0.0000002', provisioned: '0.0000050147', provisionedDuration: '0.0000117011', storage: '0.0000000367'},
  {region: 'eu-west-2', name: 'Europe (London)', x86: '0.0000166667', arm: '0.0000133334', requests: '0.0000002', provisioned: '0.0000048304', provisionedDuration: '0.0000112709', storage: '0.0000000358'},
  {region: 'eu-north-1', name: 'Europe (Stockholm)', x86: '0.0000166667', arm: '0.0000133334', requests: '0.0000002', provisioned: '0.0000044248', provisionedDuration: '0.0000103245', storage: '0.0000000323'},
  {region: 'ap-northeast-1', name: 'Asia Pacific (Tokyo)', x86: '0.0000166667', arm: '0.0000133334', requests: '0.0000002', provisioned: '0.0000053835', provisionedDuration: '0.0000125615', storage: '0.0000000370'},
  {region: 'ap-southeast-1', name: 'Asia Pacific (Singapore)', x86: '0.0000166667', arm: '0.0000133334', requests: '0.0000002', provisioned: '0.0000051991', provisionedDuration: '0.0000121313', storage: '0.0000000370'},
  {region: 'ap-southeast-2', name: 'Asia Pacific (Sydney)', x86: '0.0000166667', arm: '0.0000133334', requests: '0.0000002', provisioned: '0.0000052360', provisionedDuration: '0.0000122173', storage: '0.0000000370'},
  {region: 'ap-south-1', name: 'Asia Pacific (Mumbai)', x86: '0.0000166667', arm: '0.0000133334', requests: '0.0000002', provisioned: '0.0000044985', provisionedDuration: '0.0000104966', storage: '0.0000000352'},
  {region: 'sa-east-1', name: 'South America (São Paulo)', x86: '0.0000166667', arm: '0.0000133334', requests: '0.0000002', provisioned: '0.0000066372', provisionedDuration: '0.0000154867', storage: '0.0000000586'},
  {region: 'af-south-1', name: 'Africa (Cape Town)', x86: '0.0000221000', arm: '0.0000176800', requests: '0.00000027', provisioned: '0.0000055300', provisionedDuration: '0.0000129000', storage: '0.0000000404'},
  {region: 'ap-east-1', name: 'Asia Pacific (Hong Kong)', x86: '0.0000229200', arm: '0.0000183000', requests: '0.00000028', provisioned: '0.0000057153', provisionedDuration: '0.0000133358', storage: '0.0000000407'},
  {region: 'eu-south-1', name: 'Europe (Milan)', x86: '0.0000195172', arm: '0.0000156138', requests: '0.00000023', provisioned: '0.0000048783', provisionedDuration: '0.0000113827', storage: '0.0000000357'},
  {region: 'me-south-1', name: 'Middle East (Bahrain)', x86: '0.0000206667', arm: '0.0000165334', requests: '0.00000025', provisioned: '0.0000051108', provisionedDuration: '0.0000119251', storage: '0.0000000374'},
  {region: 'eu-central-2', name: 'Europe (Zurich)', x86: '0.0000183334', arm: '0.0000146667', requests: '0.00000022', provisioned: '0.0000055162', provisionedDuration: '0.0000128712', storage: '0.0000000441'},
  {region: 'ap-southeast-5', name: 'Asia Pacific (Malaysia)', x86: '0.0000150000', arm: '0.0000120000', requests: '0.00000018', provisioned: '0.0000046791', provisionedDuration: '0.0000109181', storage: '0.0000000333'},
];

/** Every Region Lambda Lab has prices for: us-east-1 in full, the others from the calculator map. */
export const REGION_PRICES: readonly RegionPrices[] = [US_EAST_1, ...CALCULATOR_REGIONS.map(fromCalculator)];

/**
 * Lambda@Edge: one global price, no tiers, no free tier, metered per 1 ms since 2021-04-01
 * (50 ms before). The pricing page writes the duration rate per 128 MB-second ($0.00000625125 = this ÷ 8).
 */
export const EDGE_PRICES = {
  requests: {unit: 'request', tiers: [{upTo: null, usd: '0.0000006'}], source: SOURCES.pricing, asOf: PRICE_LIST_AS_OF, note: '$0.60 per 1M requests (SKU NQA9ZMGJKNJQT78E).'},
  duration: {unit: 'GB-second', tiers: [{upTo: null, usd: '0.00005001'}], source: SOURCES.pricing, asOf: PRICE_LIST_AS_OF, note: 'SKU UMUS4AT5S27NHYZQ; the pricing page states $0.00000625125 per 128 MB-second.'},
} as const satisfies Record<'requests' | 'duration', Price>;

export function findRegionPrices(region: string): RegionPrices | undefined {
  return REGION_PRICES.find((entry) => entry.region === region);
}
