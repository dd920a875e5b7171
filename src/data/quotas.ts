/**
 * Lambda's quotas and configuration ranges as data.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
 * MB and GB are binary, as in Lambda (1 GB = 1024 MB). `asOf` is the date the cited page was read
 * (the archived 2026 copy of the quotas page) or the date of the change it records.
 */
import type {Quota} from './schema.ts';
import {SOURCES} from './sources.ts';

const QUOTAS_PAGE_AS_OF = '2026-08-05';

export const QUOTAS = [
  {id: 'memory', name: 'Function memory', min: 128, value: 10_240, default: 128, unit: 'MB', adjustable: false, scope: 'function', source: SOURCES.memory, asOf: QUOTAS_PAGE_AS_OF, note: 'In 1 MB steps. Was 128–3,008 MB in 64 MB steps until 2020-12-01. New accounts may have a lower memory quota until AWS raises it.'},
  {id: 'timeout', name: 'Function timeout', min: 1, value: 900, default: 3, unit: 'seconds', adjustable: false, scope: 'function', source: SOURCES.timeout, asOf: QUOTAS_PAGE_AS_OF, note: '15 minutes maximum, default 3 seconds.'},
  {id: 'ephemeralStorage', name: 'Ephemeral storage (/tmp)', min: 512, value: 10_240, default: 512, unit: 'MB', adjustable: false, scope: 'function', source: SOURCES.quotas, asOf: QUOTAS_PAGE_AS_OF, note: 'Configurable in 1 MB steps since March 2022; fixed at 512 MB before.'},
  {id: 'environmentVariables', name: 'Environment variables, all combined', value: 4, unit: 'KB', adjustable: false, scope: 'function', source: SOURCES.quotas, asOf: QUOTAS_PAGE_AS_OF},
  {id: 'resourcePolicy', name: 'Function resource-based policy', value: 20, unit: 'KB', adjustable: false, scope: 'function', source: SOURCES.quotas, asOf: QUOTAS_PAGE_AS_OF},
  {id: 'layers', name: 'Layers per function', value: 5, unit: 'count', adjustable: false, scope: 'function', source: SOURCES.quotas, asOf: QUOTAS_PAGE_AS_OF},
  {id: 'packageZipped', name: 'Deployment package, zipped, direct upload', value: 50, unit: 'MB', adjustable: false, scope: 'function', source: SOURCES.quotas, asOf: QUOTAS_PAGE_AS_OF, note: 'Larger .zip files can be uploaded from Amazon S3, up to the unzipped limit.'},
  {id: 'packageUnzipped', name: 'Deployment package, unzipped, including layers', value: 250, unit: 'MB', adjustable: false, scope: 'function', source: SOURCES.quotas, asOf: QUOTAS_PAGE_AS_OF},
  {id: 'containerImage', name: 'Container image size, uncompressed', value: 10, unit: 'GB', adjustable: false, scope: 'function', source: SOURCES.quotas, asOf: QUOTAS_PAGE_AS_OF},
  {id: 'payloadSync', name: 'Invocation payload, synchronous (request and response, each)', value: 6, unit: 'MB', adjustable: false, scope: 'invocation', source: SOURCES.quotas, asOf: QUOTAS_PAGE_AS_OF},
  {id: 'payloadAsync', name: 'Invocation payload, asynchronous', value: 1, unit: 'MB', adjustable: false, scope: 'invocation', source: SOURCES.invokeApi, asOf: '2025-10-24', note: 'Raised from 256 KB on 2025-10-24.'},
  {id: 'payloadStreamed', name: 'Streamed response', value: 200, unit: 'MB', adjustable: false, scope: 'invocation', source: SOURCES.quotas, asOf: QUOTAS_PAGE_AS_OF, note: 'The first 6 MB stream uncapped, then at up to 2 MBps.'},
  {id: 'concurrency', name: 'Concurrent executions per Region', value: 1_000, unit: 'count', adjustable: true, scope: 'account-region', source: SOURCES.quotas, asOf: QUOTAS_PAGE_AS_OF, note: 'Can be raised to tens of thousands. New accounts start lower until AWS raises it with usage.'},
  {id: 'unreservedMinimum', name: 'Unreserved concurrency that must remain', value: 100, unit: 'count', adjustable: false, scope: 'account-region', source: SOURCES.reservedConcurrency, asOf: QUOTAS_PAGE_AS_OF, note: 'Reserved concurrency can take the account quota minus 100.'},
  {id: 'scalingRate', name: 'Scaling rate per function', value: 1_000, unit: 'environments/10 seconds', adjustable: false, scope: 'function', source: SOURCES.scaling, asOf: '2023-11-26', note: 'Per function since November 2023; before, an account-wide burst of 500–3,000 then +500 per minute.'},
  {id: 'codeStorage', name: 'Code storage for .zip functions and layers', value: 300, unit: 'GB', adjustable: false, scope: 'account-region', source: SOURCES.quotas, asOf: QUOTAS_PAGE_AS_OF, note: '75 GB and adjustable until July 2026; self-managed S3 code storage goes beyond it.'},
  {id: 'functionName', name: 'Function name length', value: 64, unit: 'characters', adjustable: false, scope: 'function', source: SOURCES.createFunctionApi, asOf: '2022-11-14', note: 'Letters, digits, hyphens and underscores.'},
  {id: 'handler', name: 'Handler string length', value: 128, unit: 'characters', adjustable: false, scope: 'function', source: SOURCES.createFunctionApi, asOf: '2022-11-14'},
  {id: 'fileDescriptors', name: 'File descriptors', value: 1_024, unit: 'count', adjustable: false, scope: 'function', source: SOURCES.quotas, asOf: QUOTAS_PAGE_AS_OF},
  {id: 'processes', name: 'Processes and threads', value: 1_024, unit: 'count', adjustable: false, scope: 'function', source: SOURCES.quotas, asOf: QUOTAS_PAGE_AS_OF},
  {id: 'containerImageSettings', name: 'Container image settings (entry point, command, working directory)', value: 16, unit: 'KB', adjustable: false, scope: 'function', source: SOURCES.quotas, asOf: QUOTAS_PAGE_AS_OF},
  {id: 'requestLineHeaders', name: 'Invocation request line and headers, combined', value: 1, unit: 'MB', adjustable: false, scope: 'invocation', source: SOURCES.quotas, asOf: QUOTAS_PAGE_AS_OF},
  {id: 'description', name: 'Function description length', value: 256, unit: 'characters', adjustable: false, scope: 'function', source: SOURCES.createFunctionApi, asOf: '2022-11-14'},
  {id: 'invocationsPerConcurrency', name: 'Synchronous invocations per second per unit of concurrency', value: 10, unit: 'requests/second', adjustable: false, scope: 'account-region', source: SOURCES.quotas, asOf: QUOTAS_PAGE_AS_OF, note: 'Total request rate = 10 × the concurrency quota; with provisioned concurrency, 10 × the allocated provisioned concurrency per version or alias.'},
] as const satisfies readonly Quota[];

export type QuotaId = (typeof QUOTAS)[number]['id'];

export function getQuota(id: QuotaId): Quota {
  const quota = QUOTAS.find((entry) => entry.id === id);
  if (!quota) throw new Error(`unknown quota '${id}'`);
  return quota;
}
