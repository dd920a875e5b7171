/** KMS keys/requests, Secrets Manager secrets/calls, Parameter Store advanced parameters. */
import {SECRETS_PRICES, type SecretsDimension} from '../../../data/prices/secrets.ts';
import {int} from '../exact.ts';
import {meter, need, q, read} from './meterHelpers.ts';
import {priceMeters} from './priceMeters.ts';
import type {Meter, MeteredBill, MeterInput, NeededInput, ResourceMeters, ServiceModel, ServiceOptions, UsageKeySpec} from './types.ts';

export const secretsModel: ServiceModel<SecretsDimension> = {
  key: 'secrets',
  sheet: SECRETS_PRICES,
  dimensions: {
    kmsKeys: {label: 'KMS customer managed keys', unit: 'key-months'},
    kmsRequests: {label: 'KMS requests', unit: 'requests', ratePer: 10_000},
    secrets: {label: 'Secrets Manager secrets', unit: 'secret-months'},
    secretsApiCalls: {label: 'Secrets Manager API calls', unit: 'API calls', ratePer: 10_000},
    advancedParameters: {label: 'Parameter Store advanced parameters', unit: 'parameter-months'},
    parameterApiInteractions: {label: 'Parameter Store API interactions', unit: 'interactions', ratePer: 10_000},
  },
};

export const REQUEST_USAGE_KEYS: readonly UsageKeySpec[] = [{key: 'monthly_requests', description: 'API requests per month', integer: true}];
export const PARAMETER_USAGE_KEYS: readonly UsageKeySpec[] = [{key: 'monthly_api_interactions', description: 'API interactions per month (charged for advanced parameters)', integer: true}];

function fixedPlusRequests(input: MeterInput, fixed: SecretsDimension, calls: SecretsDimension, key: string, what: string): ResourceMeters {
  const meters: Meter[] = [meter('secrets', fixed, input, int(1), `1 ${what} × 1 month`)];
  const needs: NeededInput[] = [];
  const requests = read(input, key);
  if (requests) meters.push(meter('secrets', calls, input, requests, `${q(requests)} ${secretsModel.dimensions[calls].unit}`));
  else needs.push(need('secrets', input, secretsModel.dimensions[calls].label, key));
  return {meters, needs, notes: []};
}

export const meterKmsKey = (input: MeterInput) => fixedPlusRequests(input, 'kmsKeys', 'kmsRequests', 'monthly_requests', 'key');
export const meterSecret = (input: MeterInput) => fixedPlusRequests(input, 'secrets', 'secretsApiCalls', 'monthly_requests', 'secret');

/** Standard parameters are free; advanced ones cost a monthly fee plus their API interactions. */
export function meterParameter(input: MeterInput<{readonly advanced?: boolean}>): ResourceMeters {
  if (!input.config?.advanced) return {meters: [], needs: [], notes: []};
  return fixedPlusRequests(input, 'advancedParameters', 'parameterApiInteractions', 'monthly_api_interactions', 'advanced parameter');
}

export function priceSecrets(kind: 'kms' | 'secret' | 'parameter', input: MeterInput<{readonly advanced?: boolean}>, options: ServiceOptions = {}): MeteredBill {
  const metered = kind === 'kms' ? meterKmsKey(input) : kind === 'secret' ? meterSecret(input) : meterParameter(input);
  return priceMeters(metered.meters, {secrets: secretsModel}, options, metered.needs);
}
