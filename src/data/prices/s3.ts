/**
 * Amazon S3 storage classes and Standard's requests.
 * @see https://aws.amazon.com/s3/pricing/
 * Storage tiers: first 50 TB, next 450 TB, over 500 TB a month (1 TB = 1,024 GB, as AWS's
 * calculator counts); Standard and Intelligent-Tiering's Frequent Access tier are tiered, the
 * other classes are one rate. Requests: PUT, COPY, POST, LIST $0.005 per 1,000 ("tier 1");
 * GET, SELECT and all other requests $0.0004 per 1,000 ("tier 2"). The free tier (5 GB,
 * 20,000 GET, 2,000 PUT) is a 12-month offer for new accounts.
 *
 * The storage-class rates (us-east-1, checked 2026-12-02): AWS's pricing page renders them from
 * its price list, so the stored copy of the page shows template tokens, not numbers. They were
 * read from two independent transcriptions that agree to the digit: one of the AWS Price List
 * API (service code AmazonS3, us-east-1, retrieved 2025-10-28, effective 2025-10-01) and a
 * May 2026 table of aws.amazon.com/s3/pricing. Glacier Flexible Retrieval's $0.0036 and Deep
 * Archive's $0.00099 also appear in a third. Requests and retrievals for the non-Standard
 * classes differ from Standard's and are not priced yet (the estimate says so).
 */
import {flat, type RatePrice, type ServicePriceSheet} from './types.ts';

export type S3Dimension =
  | 'storage'
  | 'tier1Requests'
  | 'tier2Requests'
  | 'standardIaStorage'
  | 'oneZoneIaStorage'
  | 'glacierInstantStorage'
  | 'glacierFlexibleStorage'
  | 'deepArchiveStorage'
  | 'itFrequentStorage'
  | 'itInfrequentStorage'
  | 'itArchiveInstantStorage'
  | 'itArchiveStorage'
  | 'itDeepArchiveStorage'
  | 'itMonitoring';

const STANDARD_TIERS: RatePrice['tiers'] = [
  {upTo: 51_200, usd: '0.023'},
  {upTo: 512_000, usd: '0.022'},
  {upTo: null, usd: '0.021'},
];

export const S3_PRICES: ServicePriceSheet<S3Dimension> = {
  service: 'Amazon S3',
  source: 'https://aws.amazon.com/s3/pricing/',
  asOf: '2026-12-02',
  regionsNote: 'us-east-1 only: other Regions’ S3 rates are not in Lambda Lab yet, and an estimate there says so',
  regions: {
    'us-east-1': {
      storage: {unit: 'GB-month', tiers: STANDARD_TIERS, note: 'S3 Standard: first 50 TB $0.023/GB, next 450 TB $0.022/GB, over 500 TB $0.021/GB.'},
      tier1Requests: flat('request', '0.000005', 'PUT, COPY, POST, LIST: $0.005 per 1,000.'),
      tier2Requests: flat('request', '0.0000004', 'GET, SELECT and others: $0.0004 per 1,000.'),
      standardIaStorage: flat('GB-month', '0.0125', 'S3 Standard-IA: $0.0125/GB (30-day minimum, 128 KB minimum object size).'),
      oneZoneIaStorage: flat('GB-month', '0.01', 'S3 One Zone-IA: $0.01/GB (30-day minimum, 128 KB minimum object size).'),
      glacierInstantStorage: flat('GB-month', '0.004', 'S3 Glacier Instant Retrieval: $0.004/GB (90-day minimum, 128 KB minimum object size).'),
      glacierFlexibleStorage: flat('GB-month', '0.0036', 'S3 Glacier Flexible Retrieval: $0.0036/GB (90-day minimum; 40 KB of metadata per object is billed too).'),
      deepArchiveStorage: flat('GB-month', '0.00099', 'S3 Glacier Deep Archive: $0.00099/GB (180-day minimum; 40 KB of metadata per object is billed too).'),
      itFrequentStorage: {unit: 'GB-month', tiers: STANDARD_TIERS, note: 'Intelligent-Tiering Frequent Access: Standard’s tiers.'},
      itInfrequentStorage: flat('GB-month', '0.0125', 'Intelligent-Tiering Infrequent Access: $0.0125/GB.'),
      itArchiveInstantStorage: flat('GB-month', '0.004', 'Intelligent-Tiering Archive Instant Access: $0.004/GB.'),
      itArchiveStorage: flat('GB-month', '0.0036', 'Intelligent-Tiering Archive Access (opt-in): $0.0036/GB.'),
      itDeepArchiveStorage: flat('GB-month', '0.00099', 'Intelligent-Tiering Deep Archive Access (opt-in): $0.00099/GB.'),
      itMonitoring: flat('object', '0.0000025', 'Intelligent-Tiering monitoring and automation: $0.0025 per 1,000 objects a month (objects under 128 KB are not monitored and not charged).'),
    },
  },
  free: {
    storage: {quantity: 5, kind: '12-month', dimensions: ['storage'], note: '5 GB S3 Standard (new accounts, 12 months)'},
    put: {quantity: 2_000, kind: '12-month', dimensions: ['tier1Requests'], note: '2,000 PUT/COPY/POST/LIST (new accounts, 12 months)'},
    get: {quantity: 20_000, kind: '12-month', dimensions: ['tier2Requests'], note: '20,000 GET (new accounts, 12 months)'},
  },
};
