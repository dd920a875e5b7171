/** S3 pricer: Standard storage and tier 1/tier 2 requests (infracost's `standard.*` keys), and the other classes' storage. */
import {S3_PRICES, type S3Dimension} from '../../../data/prices/s3.ts';
import {meter, need, q, read} from './meterHelpers.ts';
import {priceMeters} from './priceMeters.ts';
import type {Meter, MeteredBill, MeterInput, NeededInput, ResourceMeters, ServiceModel, ServiceOptions, UsageKeySpec} from './types.ts';

export const s3Model: ServiceModel<S3Dimension> = {
  key: 's3',
  sheet: S3_PRICES,
  dimensions: {
    storage: {label: 'S3 Standard storage', unit: 'GB-month'},
    tier1Requests: {label: 'S3 PUT/COPY/POST/LIST requests', unit: 'requests', ratePer: 1_000},
    tier2Requests: {label: 'S3 GET and other requests', unit: 'requests', ratePer: 1_000},
    standardIaStorage: {label: 'S3 Standard-IA storage', unit: 'GB-month'},
    oneZoneIaStorage: {label: 'S3 One Zone-IA storage', unit: 'GB-month'},
    glacierInstantStorage: {label: 'S3 Glacier Instant Retrieval storage', unit: 'GB-month'},
    glacierFlexibleStorage: {label: 'S3 Glacier Flexible Retrieval storage', unit: 'GB-month'},
    deepArchiveStorage: {label: 'S3 Glacier Deep Archive storage', unit: 'GB-month'},
    itFrequentStorage: {label: 'S3 Intelligent-Tiering Frequent Access storage', unit: 'GB-month'},
    itInfrequentStorage: {label: 'S3 Intelligent-Tiering Infrequent Access storage', unit: 'GB-month'},
    itArchiveInstantStorage: {label: 'S3 Intelligent-Tiering Archive Instant Access storage', unit: 'GB-month'},
    itArchiveStorage: {label: 'S3 Intelligent-Tiering Archive Access storage', unit: 'GB-month'},
    itDeepArchiveStorage: {label: 'S3 Intelligent-Tiering Deep Archive Access storage', unit: 'GB-month'},
    itMonitoring: {label: 'S3 Intelligent-Tiering monitoring', unit: 'objects', ratePer: 1_000},
  },
};

/** The other storage classes: optional, priced only when given (infracost's key names). */
const OTHER_CLASSES: readonly [S3Dimension, string, string][] = [
  ['standardIaStorage', 'standard_infrequent_access.storage_gb', 'S3 Standard-IA storage in GB'],
  ['oneZoneIaStorage', 'one_zone_infrequent_access.storage_gb', 'S3 One Zone-IA storage in GB'],
  ['glacierInstantStorage', 'glacier_instant_retrieval.storage_gb', 'S3 Glacier Instant Retrieval storage in GB'],
  ['glacierFlexibleStorage', 'glacier_flexible_retrieval.storage_gb', 'S3 Glacier Flexible Retrieval storage in GB (add 40 KB per object for its metadata)'],
  ['deepArchiveStorage', 'glacier_deep_archive.storage_gb', 'S3 Glacier Deep Archive storage in GB (add 40 KB per object for its metadata)'],
  ['itFrequentStorage', 'intelligent_tiering.frequent_access_storage_gb', 'Intelligent-Tiering Frequent Access tier in GB'],
  ['itInfrequentStorage', 'intelligent_tiering.infrequent_access_storage_gb', 'Intelligent-Tiering Infrequent Access tier in GB'],
  ['itArchiveInstantStorage', 'intelligent_tiering.archive_instant_access_storage_gb', 'Intelligent-Tiering Archive Instant Access tier in GB'],
  ['itArchiveStorage', 'intelligent_tiering.archive_access_storage_gb', 'Intelligent-Tiering Archive Access tier in GB (opt-in)'],
  ['itDeepArchiveStorage', 'intelligent_tiering.deep_archive_access_storage_gb', 'Intelligent-Tiering Deep Archive Access tier in GB (opt-in)'],
  ['itMonitoring', 'intelligent_tiering.monitored_objects', 'Intelligent-Tiering objects monitored (128 KB and larger)'],
];

export const BUCKET_USAGE_KEYS: readonly UsageKeySpec[] = [
  {key: 'standard.storage_gb', description: 'S3 Standard storage in GB'},
  {key: 'standard.monthly_tier_1_requests', description: 'PUT, COPY, POST, LIST requests per month', integer: true},
  {key: 'standard.monthly_tier_2_requests', description: 'GET, SELECT and other requests per month', integer: true},
  ...OTHER_CLASSES.map(([, key, description]) => ({key, description: `${description} (optional)`, ...(key.endsWith('objects') ? {integer: true} : {})})),
];

const ROWS: readonly [S3Dimension, string, string][] = [
  ['storage', 'standard.storage_gb', 'GB-month'],
  ['tier1Requests', 'standard.monthly_tier_1_requests', 'requests'],
  ['tier2Requests', 'standard.monthly_tier_2_requests', 'requests'],
];

export function meterBucket(input: MeterInput): ResourceMeters {
  const meters: Meter[] = [];
  const needs: NeededInput[] = [];
  for (const [dimension, key, unit] of ROWS) {
    const value = read(input, key);
    if (value) meters.push(meter('s3', dimension, input, value, `${q(value)} ${unit}`));
    else needs.push(need('s3', input, s3Model.dimensions[dimension].label, key));
  }
  const notes: string[] = [];
  for (const [dimension, key, , ] of OTHER_CLASSES) {
    const value = read(input, key);
    if (value === undefined) continue;
    meters.push(meter('s3', dimension, input, value, `${q(value)} ${s3Model.dimensions[dimension].unit}`));
    notes.push(`${input.resource}: requests, retrievals, transitions and minimum-duration charges of the non-Standard storage classes are not priced yet (only their storage is).`);
  }
  return {meters, needs, notes};
}

export function priceS3(input: MeterInput, options: ServiceOptions = {}): MeteredBill {
  const metered = meterBucket(input);
  return priceMeters(metered.meters, {s3: s3Model}, options, metered.needs);
}
