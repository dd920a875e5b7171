/**
 * Lambda prices per Region and architecture, exactly as AWS publishes them.
 * @see https://aws.amazon.com/lambda/pricing/
 * A price change is a change to this file, never to the engine. Tiers are monthly, per account,
 * per Region and per architecture ("aggregate monthly duration … on the same architecture, in the
 * same region"), and `upTo` counts GB-seconds of that aggregate.
 */
import type {RegionPrices} from './schema.ts';
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

/** Every Region Lambda Lab has prices for. Issue #3 adds more Regions here. */
export const REGION_PRICES: readonly RegionPrices[] = [US_EAST_1];

export function findRegionPrices(region: string): RegionPrices | undefined {
  return REGION_PRICES.find((entry) => entry.region === region);
}
