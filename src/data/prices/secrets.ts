/**
 * AWS KMS, AWS Secrets Manager and Systems Manager Parameter Store.
 * @see https://aws.amazon.com/kms/pricing/
 * @see https://aws.amazon.com/secrets-manager/pricing/
 * @see https://aws.amazon.com/systems-manager/pricing/
 * KMS: $1 per customer managed key per month (AWS managed keys are free), $0.03 per 10,000
 * requests after 20,000 free a month (always free). Secrets Manager: $0.40 per secret per month,
 * $0.05 per 10,000 API calls (the 30-day trial is not modelled). Parameter Store: standard
 * parameters and standard throughput are free; advanced parameters $0.05 per parameter-month,
 * and their API interactions (or any with higher throughput) $0.05 per 10,000.
 */
import {flat, type ServicePriceSheet} from './types.ts';

export type SecretsDimension = 'kmsKeys' | 'kmsRequests' | 'secrets' | 'secretsApiCalls' | 'advancedParameters' | 'parameterApiInteractions';

export const SECRETS_PRICES: ServicePriceSheet<SecretsDimension> = {
  service: 'Secrets and keys (KMS, Secrets Manager, Parameter Store)',
  source: 'https://aws.amazon.com/kms/pricing/',
  asOf: '2026-12-02',
  regionsNote: 'us-east-1 only',
  regions: {
    'us-east-1': {
      kmsKeys: flat('key-month', '1', 'Customer managed KMS key, per month.'),
      kmsRequests: flat('request', '0.000003', '$0.03 per 10,000 KMS requests.'),
      secrets: flat('secret-month', '0.4', 'Secrets Manager: $0.40 per secret per month.'),
      secretsApiCalls: flat('API call', '0.000005', 'Secrets Manager: $0.05 per 10,000 API calls.'),
      advancedParameters: flat('parameter-month', '0.05', 'Parameter Store advanced parameter, per month.'),
      parameterApiInteractions: flat('API interaction', '0.000005', 'Parameter Store: $0.05 per 10,000 (advanced or higher throughput).'),
    },
  },
  free: {
    kms: {quantity: 20_000, kind: 'always-free', dimensions: ['kmsRequests'], note: '20,000 KMS requests/month'},
  },
};
