import {EDGE_TRIGGERS, type EdgeTrigger} from '../../data/edgeLimits.ts';
import type {EventSource, FunctionConfig} from './types.ts';
import {simpleQuantities} from '../cpu/readQuantities.ts';
import {quoteInput} from '../quoteInput.ts';

/** The accepted range of each numeric field, as its hint shows it, named in the field's error. */
const LIMITS: Partial<Record<string, string>> = {
  memoryMB: '128–10,240 MB', timeoutSeconds: '1–900 s', ephemeralStorageMB: '512–10,240 MB', layers: 'at most 5',
  zippedMB: '50 MB direct upload; images up to 10,240 MB', unzippedMB: 'at most 250 MB', resourcePolicyKB: 'at most 20 KB',
  accountConcurrency: 'default 1,000', codeStorageGB: 'at most 300 GB', reservedConcurrency: '0 up to the account quota; empty: none',
  provisionedConcurrency: '0 up to the account quota; empty: none', apiTimeoutSeconds: 'REST up to 29 s by default, HTTP up to 30 s',
  sqsVisibilitySeconds: '0–43,200 s', sqsBatchSize: '1–10,000', sqsWindowSeconds: '0–300 s', asyncEventKB: 'at most 1,024 KB', syncResponseKB: 'at most 6,144 KB',
};

/** Region codes as AWS writes them (us-east-1, eu-central-2, us-gov-west-1, cn-north-1 …). */
const REGION_CODE = /^(us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov|eusc)-(north|south|east|west|central|northeast|southeast|northwest|southwest)-\d{1,2}$/;

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
  /** Field → one-sentence problem: inputs that cannot be read, and values no function can have. */
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
      fieldErrors[field] = `${label}: ${quoteInput(form[field])} is not a number${LIMITS[field] ? ` (${LIMITS[field]})` : ''}.`;
      return undefined;
    }
    return Number(text);
  };
  /** A size or duration may carry a unit, read as the calculator reads it ("1.5 GB", "15 min"). */
  const withUnit = (field: 'memoryMB' | 'ephemeralStorageMB' | 'timeoutSeconds' | 'apiTimeoutSeconds' | 'sqsVisibilitySeconds' | 'sqsWindowSeconds', label: string): number | undefined => {
    const text = String(form[field]).trim();
    if (!/[a-z]/i.test(text)) return number(field, label);
    const read = field === 'memoryMB' || field === 'ephemeralStorageMB' ? simpleQuantities.memoryMB(text, label) : simpleQuantities.durationMs(text, label);
    if (!read.ok) {
      const size = field === 'memoryMB' || field === 'ephemeralStorageMB';
      // Unreadable text gets the form's own sentence; a value out of range keeps the reader's (it names the range).
      fieldErrors[field] = read.error.includes('is not a quantity') ? `${label}: ${quoteInput(form[field])} is not a number${size ? ' or a size like 512 MB or 1.5 GB' : ' or a duration like 30 s or 15 min'}${LIMITS[field] ? ` (${LIMITS[field]})` : ''}.` : read.error;
      return undefined;
    }
    return field === 'memoryMB' || field === 'ephemeralStorageMB' ? read.value : read.value / 1000;
  };
  if (form.name.trim() === '') fieldErrors['name'] = 'Function name: required; 1–64 letters, digits, - and _ (AWS Lambda quotas).';
  if (form.region.trim() !== '' && !REGION_CODE.test(form.region.trim())) fieldErrors['region'] = `Region: ${JSON.stringify(form.region.trim().slice(0, 40))} is not an AWS Region code like us-east-1 or eu-west-2.`;
  const config: Mutable<FunctionConfig> = {name: form.name.trim() || 'function', packageType: form.packageType};
  if (form.name.trim()) config.functionName = form.name.trim();
  if (form.packageType === 'Zip' && form.runtime) config.runtime = form.runtime;
  if (form.handler.trim()) config.handler = form.handler.trim();
  if (form.architecture) config.architecture = form.architecture;
  if (form.region.trim()) config.region = form.region.trim();
  const set = <K extends keyof FunctionConfig>(key: K, value: FunctionConfig[K] | undefined) => {
    if (value !== undefined) config[key] = value;
  };
  set('memoryMB', withUnit('memoryMB', 'Memory'));
  set('timeoutSeconds', withUnit('timeoutSeconds', 'Timeout'));
  set('ephemeralStorageMB', withUnit('ephemeralStorageMB', 'Ephemeral storage'));
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
  if (layers !== undefined && (layers < 0 || !Number.isInteger(layers))) fieldErrors['layers'] = `Layers: ${layers} is not a count of layers (a whole number from 0; at most 5, AWS Lambda quotas).`;
  else if (layers !== undefined) config.layers = Array.from({length: Math.max(0, Math.min(50, Math.floor(layers)))}, (_, i) => `layer-${i + 1}`);
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
    const seconds = withUnit('apiTimeoutSeconds', 'API integration timeout');
    sources.push({type: 'api', api: form.api, ...(seconds !== undefined ? {integrationTimeoutMs: seconds * 1000} : {})});
  }
  if (form.sqs) {
    const visibility = withUnit('sqsVisibilitySeconds', 'Queue visibility timeout');
    const batch = number('sqsBatchSize', 'Batch size');
    const window = withUnit('sqsWindowSeconds', 'Batching window');
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
