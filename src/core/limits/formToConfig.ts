import {EDGE_TRIGGERS, type EdgeTrigger} from '../../data/edgeLimits.ts';
import type {EventSource, FunctionConfig} from './types.ts';

/** The limits checker form, as the strings and booleans the inputs hold. */
export interface LimitsForm {
  readonly name: string;
  readonly runtime: string;
  readonly handler: string;
  readonly packageType: 'Zip' | 'Image';
  readonly architecture: string;
  readonly region: string;
  readonly memoryMB: string;
  readonly timeoutSeconds: string;
  readonly ephemeralStorageMB: string;
  /** One KEY=value per line. */
  readonly environment: string;
  readonly layers: string;
  readonly zippedMB: string;
  readonly unzippedMB: string;
  readonly reservedConcurrency: string;
  readonly provisionedConcurrency: string;
  readonly accountConcurrency: string;
  readonly codeStorageGB: string;
  readonly resourcePolicyKB: string;
  readonly snapStart: boolean;
  readonly efs: boolean;
  readonly vpc: boolean;
  /** '' or a Lambda@Edge trigger. */
  readonly edgeTrigger: string;
  /** '', 'rest' or 'http'. */
  readonly api: string;
  readonly apiTimeoutSeconds: string;
  readonly sqs: boolean;
  readonly sqsFifo: boolean;
  readonly sqsVisibilitySeconds: string;
  readonly sqsBatchSize: string;
  readonly sqsWindowSeconds: string;
  readonly asyncEventKB: string;
  readonly syncResponseKB: string;
}

export const DEFAULT_FORM: LimitsForm = {
  name: 'my-function', runtime: 'nodejs24.x', handler: 'index.handler', packageType: 'Zip', architecture: 'arm64', region: 'us-east-1',
  memoryMB: '512', timeoutSeconds: '30', ephemeralStorageMB: '512', environment: 'TABLE_NAME=orders', layers: '0', zippedMB: '', unzippedMB: '',
  reservedConcurrency: '', provisionedConcurrency: '', accountConcurrency: '1000', codeStorageGB: '', resourcePolicyKB: '', snapStart: false, efs: false, vpc: false, edgeTrigger: '',
  api: '', apiTimeoutSeconds: '', sqs: false, sqsFifo: false, sqsVisibilitySeconds: '30', sqsBatchSize: '10', sqsWindowSeconds: '0', asyncEventKB: '', syncResponseKB: '',
};

export interface FormResult {
  readonly config: FunctionConfig;
  readonly accountConcurrency?: number;
  readonly codeStorageGB?: number;
  /** Field → one-sentence problem, for inputs that are not numbers at all. */
  readonly fieldErrors: Readonly<Record<string, string>>;
}

type Mutable<T> = {-readonly [K in keyof T]: T[K]};

/**
 * Turns the form into a FunctionConfig. Empty inputs mean "not set" (Lambda's default applies);
 * text that is not a number becomes a field error, never NaN. Ranges are left to the rules, so the
 * form shows the same findings the CLI does.
 */
export function formToConfig(form: LimitsForm): FormResult {
  const fieldErrors: Record<string, string> = {};
  const number = (field: keyof LimitsForm, label: string): number | undefined => {
    const text = String(form[field]).trim().replace(/,/g, '');
    if (text === '') return undefined;
    if (!/^-?\d+(\.\d+)?$/.test(text)) {
      fieldErrors[field] = `${label}: "${form[field]}" is not a number.`;
      return undefined;
    }
    return Number(text);
  };
  const config: Mutable<FunctionConfig> = {name: form.name.trim() || 'function', packageType: form.packageType};
  if (form.name.trim()) config.functionName = form.name.trim();
  if (form.packageType === 'Zip' && form.runtime) config.runtime = form.runtime;
  if (form.handler.trim()) config.handler = form.handler.trim();
  if (form.architecture) config.architecture = form.architecture;
  if (form.region.trim()) config.region = form.region.trim();
  const set = <K extends keyof FunctionConfig>(key: K, value: FunctionConfig[K] | undefined) => {
    if (value !== undefined) config[key] = value;
  };
  set('memoryMB', number('memoryMB', 'Memory'));
  set('timeoutSeconds', number('timeoutSeconds', 'Timeout'));
  set('ephemeralStorageMB', number('ephemeralStorageMB', 'Ephemeral storage'));
  set('reservedConcurrency', number('reservedConcurrency', 'Reserved concurrency'));
  set('provisionedConcurrency', number('provisionedConcurrency', 'Provisioned concurrency'));
  const environment: Record<string, string> = {};
  form.environment.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const equals = line.indexOf('=');
    if (equals <= 0) {
      fieldErrors['environment'] = `Environment variables, line ${index + 1}: write KEY=value.`;
      return;
    }
    environment[line.slice(0, equals).trim()] = line.slice(equals + 1);
  });
  if (Object.keys(environment).length > 0) config.environment = environment;
  const layers = number('layers', 'Layers');
  if (layers !== undefined) config.layers = Array.from({length: Math.max(0, Math.min(50, Math.floor(layers)))}, (_, i) => `layer-${i + 1}`);
  const zippedMB = number('zippedMB', 'Zipped package');
  const unzippedMB = number('unzippedMB', 'Unzipped package');
  if (zippedMB !== undefined || unzippedMB !== undefined) {
    config.packageSizes = form.packageType === 'Image'
      ? {...(zippedMB !== undefined ? {imageGB: zippedMB / 1024} : {})}
      : {...(zippedMB !== undefined ? {zippedMB} : {}), ...(unzippedMB !== undefined ? {unzippedMB} : {})};
  }
  config.snapStart = form.snapStart;
  config.efs = form.efs;
  config.vpc = form.vpc;
  if ((EDGE_TRIGGERS as readonly string[]).includes(form.edgeTrigger)) config.edgeTrigger = form.edgeTrigger as EdgeTrigger;
  const sources: EventSource[] = [];
  if (form.api === 'rest' || form.api === 'http') {
    const seconds = number('apiTimeoutSeconds', 'API integration timeout');
    sources.push({type: 'api', api: form.api, ...(seconds !== undefined ? {integrationTimeoutMs: seconds * 1000} : {})});
  }
  if (form.sqs) {
    const visibility = number('sqsVisibilitySeconds', 'Queue visibility timeout');
    const batch = number('sqsBatchSize', 'Batch size');
    const window = number('sqsWindowSeconds', 'Batching window');
    sources.push({type: 'sqs', fifo: form.sqsFifo, ...(visibility !== undefined ? {visibilityTimeoutSeconds: visibility} : {}), ...(batch !== undefined ? {batchSize: batch} : {}), ...(window !== undefined ? {maximumBatchingWindowSeconds: window} : {})});
  }
  if (sources.length > 0) config.eventSources = sources;
  const asyncEventKB = number('asyncEventKB', 'Async event size');
  const syncResponseKB = number('syncResponseKB', 'Response size');
  if (asyncEventKB !== undefined || syncResponseKB !== undefined) config.payloads = {...(asyncEventKB !== undefined ? {asyncEventKB} : {}), ...(syncResponseKB !== undefined ? {syncResponseKB} : {})};
  set('resourcePolicyKB', number('resourcePolicyKB', 'Resource-based policy'));
  const accountConcurrency = number('accountConcurrency', 'Account concurrency');
  const codeStorageGB = number('codeStorageGB', 'Code storage');
  return {config, fieldErrors, ...(accountConcurrency !== undefined ? {accountConcurrency} : {}), ...(codeStorageGB !== undefined ? {codeStorageGB} : {})};
}
