import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {checkFunction, checkFunctions, hasErrors} from '../../../src/core/limits/checkFunctions.ts';
import type {CheckOptions, FunctionConfig} from '../../../src/core/limits/types.ts';

const TODAY = '2026-11-24';
const OPTIONS: CheckOptions = {today: TODAY};
const BASE: FunctionConfig = {name: 'fn', runtime: 'nodejs24.x', handler: 'index.handler', memoryMB: 128, timeoutSeconds: 3};

/** "rule:severity" for every finding, for compact assertions. */
function found(overrides: Partial<FunctionConfig>, options: CheckOptions = OPTIONS): string[] {
  return checkFunction({...BASE, ...overrides} as FunctionConfig, options).findings.map((f) => `${f.rule}:${f.severity}`);
}

describe('baseline', () => {
  it('a plain, current function has no findings', () => {
    expect(found({})).toEqual([]);
  });
  it('every finding carries a message, a fix and an https source', () => {
    const report = checkFunction({...BASE, memoryMB: 99_999, runtime: 'nodejs14.x', snapStart: true, edgeTrigger: 'viewer-request', environment: {AB: 'b'}}, OPTIONS);
    expect(report.findings.length).toBeGreaterThan(3);
    for (const f of report.findings) {
      expect(f.message.length).toBeGreaterThan(10);
      expect(f.fix.length).toBeGreaterThan(5);
      expect(f.source).toMatch(/^https:\/\//);
    }
  });
});

describe('ranges', () => {
  it.each([
    ['memoryMB', 127, true], ['memoryMB', 128, false], ['memoryMB', 129, false],
    ['memoryMB', 10_239, false], ['memoryMB', 10_240, false], ['memoryMB', 10_241, true],
    ['timeoutSeconds', 0, true], ['timeoutSeconds', 1, false], ['timeoutSeconds', 899, false], ['timeoutSeconds', 900, false], ['timeoutSeconds', 901, true],
    ['ephemeralStorageMB', 511, true], ['ephemeralStorageMB', 512, false], ['ephemeralStorageMB', 513, false], ['ephemeralStorageMB', 10_240, false], ['ephemeralStorageMB', 10_241, true],
  ] as const)('%s = %d → error: %s', (field, value, isError) => {
    expect(found({[field]: value}).some((f) => f.endsWith('.range:error'))).toBe(isError);
  });
  it('rejects fractional values', () => {
    expect(found({memoryMB: 128.5})).toContain('memory.range:error');
  });
  it('property: memory is an error exactly outside 128–10,240', () => {
    fc.assert(fc.property(fc.integer({min: -100, max: 20_000}), (memoryMB) => {
      const isError = found({memoryMB}).includes('memory.range:error');
      return isError === (memoryMB < 128 || memoryMB > 10_240);
    }));
  });
});

describe('naming', () => {
  it('function name: 64 ok, 65 error, bad characters error', () => {
    expect(found({functionName: 'a'.repeat(63)})).toEqual([]);
    expect(found({functionName: 'a'.repeat(64)})).toEqual([]);
    expect(found({functionName: 'a'.repeat(65)})).toEqual(['name.length:error']);
    expect(found({functionName: 'my.function'})).toEqual(['name.format:error']);
  });
  it('handler: 128 ok, 129 error, whitespace error', () => {
    expect(found({handler: 'h'.repeat(127)})).toEqual([]);
    expect(found({handler: 'h'.repeat(128)})).toEqual([]);
    expect(found({handler: 'h'.repeat(129)})).toEqual(['handler.length:error']);
    expect(found({handler: 'index .handler'})).toEqual(['handler.format:error']);
  });
});

describe('runtime', () => {
  it('unknown, missing and image functions', () => {
    expect(found({runtime: 'nodejs99.x'})).toEqual(['runtime.unknown:error']);
    const {runtime: _drop, ...noRuntime} = BASE;
    expect(checkFunction(noRuntime, OPTIONS).findings.map((f) => f.rule)).toEqual(['runtime.missing']);
    expect(checkFunction({...noRuntime, packageType: 'Image'}, OPTIONS).findings).toEqual([]);
  });
  it('nodejs20.x around its dates: deprecation 2026-04-30, block create 2027-02-01, block update 2027-03-03', () => {
    const at = (today: string) => found({runtime: 'nodejs20.x'}, {today});
    expect(at('2025-11-01')).toEqual([]);
    expect(at('2025-11-02')).toEqual(['runtime.deprecationSoon:note']); // 179 days before
    expect(at('2026-04-29')).toEqual(['runtime.deprecationSoon:note']);
    expect(at('2026-04-30')).toEqual(['runtime.deprecated:warning']);
    expect(at('2027-01-31')).toEqual(['runtime.deprecated:warning']);
    expect(at('2027-02-01')).toEqual(['runtime.deprecated:error']);
    expect(at('2027-03-03')).toEqual(['runtime.deprecated:error']);
  });
  it('names the upgrade target and the dates', () => {
    const [f] = checkFunction({...BASE, runtime: 'nodejs14.x'}, OPTIONS).findings;
    expect(f?.message).toContain('2024-01-09');
    expect(f?.fix).toContain('nodejs24.x');
  });
  // Regression (issue 16): these were warnings with exit 0, years after Lambda blocked them.
  it.each(['python3.7', 'nodejs12.x', 'python2.7', 'go1.x', 'dotnetcore2.1', 'ruby2.7', 'java8', 'provided'])('%s is an error: creating functions with it is blocked', (runtime) => {
    expect(found({runtime}, {today: '2026-12-02'})).toEqual(['runtime.deprecated:error']);
    const [f] = checkFunction({...BASE, runtime}, {today: '2026-12-02'}).findings;
    expect(f?.message).toMatch(/blocks creating/);
  });
  it('ruby2.7 dates are the AWS table\'s (deprecated 2023-12-07, create blocked 2024-01-09)', () => {
    expect(found({runtime: 'ruby2.7'}, {today: '2023-12-06'})).toEqual(['runtime.deprecationSoon:note']);
    expect(found({runtime: 'ruby2.7'}, {today: '2023-12-07'})).toEqual(['runtime.deprecated:warning']);
    expect(found({runtime: 'ruby2.7'}, {today: '2024-01-09'})).toEqual(['runtime.deprecated:error']);
  });
  it('knows the Amazon Linux 2023 Java runtimes', () => {
    for (const runtime of ['java8.al2023', 'java11.al2023', 'java17.al2023']) expect(found({runtime}).filter((f) => f !== 'snapstart.suggest:note')).toEqual([]);
  });
  it('architecture must be x86_64 or arm64', () => {
    expect(found({architecture: 'arm64'})).toEqual([]);
    expect(found({architecture: 'aarch64'})).toEqual(['architecture.value:error']);
  });
});

describe('environment variables', () => {
  // One variable "AB" with a value of n bytes takes 2 + n bytes.
  const sized = (total: number) => ({AB: 'x'.repeat(total - 2)});
  it('4,096 bytes ok (warning zone), 4,097 error', () => {
    expect(found({environment: sized(3686)})).toEqual([]);
    expect(found({environment: sized(3687)})).toEqual(['environment.size:warning']);
    expect(found({environment: sized(4095)})).toEqual(['environment.size:warning']);
    expect(found({environment: sized(4096)})).toEqual(['environment.size:warning']);
    expect(found({environment: sized(4097)})).toEqual(['environment.size:error']);
  });
  it('counts UTF-8 bytes, not characters', () => {
    expect(found({environment: {AB: 'é'.repeat(2048)}})).toEqual(['environment.size:error']); // 2 + 4096 bytes
  });
  it('reserved and malformed names', () => {
    expect(found({environment: {AWS_REGION: 'x'}})).toEqual(['environment.reserved:error']);
    expect(found({environment: {'my-var': 'x'}})).toEqual(['environment.name:error']);
    expect(found({environment: {A: 'x'}})).toEqual(['environment.name:error']);
    expect(found({environment: {TZ: 'x'}})).toEqual(['environment.reserved:error']);
    expect(found({environment: {MY_VAR: 'x'}})).toEqual([]);
  });
});

describe('package and layers', () => {
  it('layers: 5 ok, 6 error', () => {
    expect(found({layers: ['a', 'b', 'c', 'd']})).toEqual([]);
    expect(found({layers: ['a', 'b', 'c', 'd', 'e']})).toEqual([]);
    expect(found({layers: ['a', 'b', 'c', 'd', 'e', 'f']})).toEqual(['layers.count:error']);
  });
  it('zipped 50 MB direct upload, S3 exempt', () => {
    expect(found({packageSizes: {zippedMB: 49.9}})).toEqual([]);
    expect(found({packageSizes: {zippedMB: 50}})).toEqual([]);
    expect(found({packageSizes: {zippedMB: 50.1}})).toEqual(['package.zipped:error']);
    expect(found({packageSizes: {zippedMB: 51, fromS3: true}})).toEqual(['package.zipped:note']);
  });
  it('container images cannot use layers', () => {
    expect(found({packageType: 'Image', layers: []})).toEqual([]);
    expect(found({packageType: 'Image', layers: ['a']})).toEqual(['layers.image:error']);
  });
  it('unzipped 250 MB and image 10 GB', () => {
    expect(found({packageSizes: {unzippedMB: 249.99}})).toEqual([]);
    expect(found({packageSizes: {unzippedMB: 250}})).toEqual([]);
    expect(found({packageSizes: {unzippedMB: 250.01}})).toEqual(['package.unzipped:error']);
    expect(found({packageType: 'Image', packageSizes: {imageGB: 10}})).toEqual([]);
    expect(found({packageType: 'Image', packageSizes: {imageGB: 10.01}})).toEqual(['package.image:error']);
  });
});

describe('payloads', () => {
  it('sync 6 MB = 6,144 KB each way', () => {
    expect(found({payloads: {syncRequestKB: 6143, syncResponseKB: 6143}})).toEqual([]);
    expect(found({payloads: {syncRequestKB: 6144, syncResponseKB: 6144}})).toEqual([]);
    expect(found({payloads: {syncRequestKB: 6145}})).toEqual(['payload.sync:error']);
    expect(found({payloads: {syncResponseKB: 6145}})).toEqual(['payload.sync:error']);
  });
  it('async: 256 KB free of extra requests, 1 MB max, history in the message', () => {
    expect(found({payloads: {asyncEventKB: 256}})).toEqual([]);
    expect(found({payloads: {asyncEventKB: 257}})).toEqual(['payload.async:note']);
    expect(found({payloads: {asyncEventKB: 1024}})).toEqual(['payload.async:note']);
    expect(found({payloads: {asyncEventKB: 1025}})).toEqual(['payload.async:error']);
    const note = checkFunction({...BASE, payloads: {asyncEventKB: 1024}}, OPTIONS).findings[0];
    expect(note?.message).toContain('13 requests'); // 1 + (1024 − 256) / 64
    expect(note?.message).toContain('2025-10-24');
  });
  it('streamed 200 MB', () => {
    expect(found({payloads: {streamedResponseMB: 199}})).toEqual([]);
    expect(found({payloads: {streamedResponseMB: 200}})).toEqual([]);
    expect(found({payloads: {streamedResponseMB: 201}})).toEqual(['payload.streamed:error']);
  });
});

describe('concurrency', () => {
  it('reserved leaves 100 unreserved: 900 ok, 901 error (quota 1,000)', () => {
    expect(found({reservedConcurrency: 899})).toEqual([]);
    expect(found({reservedConcurrency: 900})).toEqual([]);
    expect(found({reservedConcurrency: 901})).toEqual(['concurrency.reserved:error']);
    expect(found({reservedConcurrency: 4900}, {today: TODAY, account: {concurrencyLimit: 5000}})).toEqual([]);
  });
  it('negative or fractional concurrency is an error', () => {
    expect(found({reservedConcurrency: -1})).toEqual(['concurrency.reserved:error']);
    expect(found({provisionedConcurrency: 1.5})).toEqual(['concurrency.provisioned:error']);
  });
  it('reserved 0 throttles everything', () => {
    expect(found({reservedConcurrency: 0})).toEqual(['concurrency.reservedZero:warning']);
  });
  it('provisioned ≤ reserved', () => {
    expect(found({reservedConcurrency: 10, provisionedConcurrency: 9})).toEqual([]);
    expect(found({reservedConcurrency: 10, provisionedConcurrency: 10})).toEqual([]);
    expect(found({reservedConcurrency: 10, provisionedConcurrency: 11})).toEqual(['concurrency.provisionedVsReserved:error']);
    expect(found({provisionedConcurrency: 901})).toEqual(['concurrency.provisioned:error']);
  });
  it('across functions: the sum of reservations leaves 100', () => {
    const a = {...BASE, name: 'a', reservedConcurrency: 450};
    expect(checkFunctions([a, {...BASE, name: 'b', reservedConcurrency: 450}], OPTIONS).account).toEqual([]);
    const over = checkFunctions([a, {...BASE, name: 'b', reservedConcurrency: 451}], OPTIONS);
    expect(over.account.map((f) => f.rule)).toEqual(['account.unreserved']);
    expect(hasErrors(over)).toBe(true);
  });
  it('code storage 300 GB', () => {
    const at = (used: number) => checkFunctions([BASE], {today: TODAY, account: {codeStorageUsedGB: used}}).account.map((f) => `${f.rule}:${f.severity}`);
    expect(at(240)).toEqual([]);
    expect(at(241)).toEqual(['account.codeStorage:warning']);
    expect(at(300)).toEqual(['account.codeStorage:warning']);
    expect(at(301)).toEqual(['account.codeStorage:error']);
  });
});

describe('SnapStart', () => {
  const snap = {runtime: 'java21', handler: 'com.example.Handler::handleRequest', snapStart: true} as const;
  it('supported runtime only gets the versions note', () => {
    expect(found(snap)).toEqual(['snapstart.versions:note']);
    expect(found({...snap, runtime: 'python3.12'})).toEqual(['snapstart.versions:note']);
    expect(found({...snap, runtime: 'python3.11'})).toContain('snapstart.runtime:error');
    expect(found({...snap, runtime: 'nodejs22.x'})).toContain('snapstart.runtime:error');
  });
  it('incompatible with provisioned concurrency, EFS, /tmp > 512 MB and images', () => {
    expect(found({...snap, provisionedConcurrency: 1})).toContain('snapstart.provisioned:error');
    expect(found({...snap, provisionedConcurrency: 0})).not.toContain('snapstart.provisioned:error');
    expect(found({...snap, efs: true})).toContain('snapstart.efs:error');
    expect(found({...snap, ephemeralStorageMB: 512})).not.toContain('snapstart.ephemeralStorage:error');
    expect(found({...snap, ephemeralStorageMB: 513})).toContain('snapstart.ephemeralStorage:error');
    expect(found({...snap, packageType: 'Image'})).toContain('snapstart.image:error');
  });
});

describe('Lambda@Edge', () => {
  const edge = {edgeTrigger: 'origin-request', region: 'us-east-1'} as const;
  it('a compliant origin trigger only gets the version note', () => {
    expect(found(edge)).toEqual(['edge.version:note']);
  });
  it('region, environment, layers, VPC, provisioned, /tmp, images, runtime', () => {
    expect(found({...edge, region: 'eu-west-1'})).toContain('edge.region:error');
    expect(found({...edge, environment: {AB: 'b'}})).toContain('edge.environment:error');
    expect(found({...edge, environment: {}})).not.toContain('edge.environment:error');
    expect(found({...edge, layers: ['arn:aws:lambda:us-east-1:1:layer:x:1']})).toContain('edge.layers:error');
    expect(found({...edge, vpc: true})).toContain('edge.vpc:error');
    expect(found({...edge, provisionedConcurrency: 1})).toContain('edge.provisioned:error');
    expect(found({...edge, ephemeralStorageMB: 513})).toContain('edge.ephemeralStorage:error');
    expect(found({...edge, ephemeralStorageMB: 512})).not.toContain('edge.ephemeralStorage:error');
    expect(found({...edge, runtime: 'java21', handler: 'a::b'})).toContain('edge.runtime:error');
    expect(found({...edge, architecture: 'arm64'})).toContain('edge.architecture:error');
    expect(found({...edge, architecture: 'x86_64'})).toEqual(['edge.version:note']);
  });
  it('timeout: 30 s for all triggers; viewer above 5 s warns', () => {
    expect(found({...edge, timeoutSeconds: 29})).toEqual(['edge.version:note']);
    expect(found({...edge, timeoutSeconds: 30})).toEqual(['edge.version:note']);
    expect(found({...edge, timeoutSeconds: 31})).toContain('edge.timeout:error');
    expect(found({...edge, edgeTrigger: 'viewer-request', timeoutSeconds: 4})).toEqual(['edge.version:note']);
    expect(found({...edge, edgeTrigger: 'viewer-request', timeoutSeconds: 5})).toEqual(['edge.version:note']);
    expect(found({...edge, edgeTrigger: 'viewer-response', memoryMB: 128})).toEqual(['edge.version:note']);
    expect(found({...edge, edgeTrigger: 'viewer-request', timeoutSeconds: 6})).toContain('edge.viewerTimeout:warning');
    expect(found({...edge, edgeTrigger: 'viewer-response', memoryMB: 129})).toContain('edge.viewerMemory:warning');
  });
  it('package: 50 MB; viewer above 1 MB warns', () => {
    expect(found({...edge, packageSizes: {zippedMB: 49}})).toEqual(['edge.version:note']);
    expect(found({...edge, packageSizes: {zippedMB: 50}})).toEqual(['edge.version:note']);
    expect(found({...edge, edgeTrigger: 'viewer-request', packageSizes: {zippedMB: 1}})).toEqual(['edge.version:note']);
    expect(found({...edge, packageSizes: {zippedMB: 51}})).toContain('edge.package:error');
    expect(found({...edge, edgeTrigger: 'viewer-request', packageSizes: {zippedMB: 1.5}})).toContain('edge.viewerPackage:warning');
  });
});

describe('SQS event sources', () => {
  const sqs = (visibilityTimeoutSeconds: number, extra: object = {}) => found({timeoutSeconds: 10, eventSources: [{type: 'sqs', queue: 'Q', visibilityTimeoutSeconds, ...extra}]});
  it('visibility ≥ 6 × timeout: 60 ok, 59 warning, below the timeout error', () => {
    expect(sqs(61)).toEqual([]);
    expect(sqs(60)).toEqual([]);
    expect(sqs(59)).toEqual(['sqs.visibility:warning']);
    expect(sqs(10)).toEqual(['sqs.visibility:warning']);
    expect(sqs(9)).toEqual(['sqs.visibility:error']);
  });
  it('adds the batching window', () => {
    expect(sqs(65, {maximumBatchingWindowSeconds: 5})).toEqual([]);
    expect(sqs(64, {maximumBatchingWindowSeconds: 5})).toEqual(['sqs.visibility:warning']);
  });
  it('uses the default 3 s timeout when none is set', () => {
    const {timeoutSeconds: _drop, ...noTimeout} = BASE;
    const at = (v: number) => checkFunction({...noTimeout, eventSources: [{type: 'sqs', visibilityTimeoutSeconds: v}]}, OPTIONS).findings.map((f) => f.severity);
    expect(at(18)).toEqual([]);
    expect(at(17)).toEqual(['warning']);
  });
  it('batch size: standard 10,000, FIFO 10, >10 needs a window', () => {
    expect(sqs(60, {batchSize: 10})).toEqual([]);
    expect(sqs(60, {batchSize: 11})).toEqual(['sqs.batchWindow:error']);
    expect(sqs(61, {batchSize: 11, maximumBatchingWindowSeconds: 1})).toEqual([]);
    expect(sqs(61, {batchSize: 10_000, maximumBatchingWindowSeconds: 1})).toEqual([]);
    expect(sqs(61, {batchSize: 10_001, maximumBatchingWindowSeconds: 1})).toEqual(['sqs.batchSize:error']);
    expect(sqs(60, {batchSize: 0})).toEqual(['sqs.batchSize:error']);
    expect(sqs(60, {fifo: true, batchSize: 10})).toEqual([]);
    expect(sqs(60, {fifo: true, batchSize: 11})).toEqual(['sqs.batchSize:error']);
  });
  it('maximum concurrency 2–1,000', () => {
    expect(sqs(60, {maximumConcurrency: 1})).toEqual(['sqs.maximumConcurrency:error']);
    expect(sqs(60, {maximumConcurrency: 2})).toEqual([]);
    expect(sqs(60, {maximumConcurrency: 1000})).toEqual([]);
    expect(sqs(60, {maximumConcurrency: 1001})).toEqual(['sqs.maximumConcurrency:error']);
  });
  it('batching window 0–300 s', () => {
    expect(sqs(360, {maximumBatchingWindowSeconds: 299})).toEqual([]);
    expect(sqs(360, {maximumBatchingWindowSeconds: 300})).toEqual([]);
    expect(sqs(60, {maximumBatchingWindowSeconds: -1})).toEqual(['sqs.batchWindowRange:error']);
    expect(sqs(361, {maximumBatchingWindowSeconds: 301})).toEqual(['sqs.batchWindowRange:error']);
  });
  it('an unresolved function timeout is not replaced by the default', () => {
    expect(found({timeoutSeconds: {unresolved: '!Ref T'}, eventSources: [{type: 'sqs', visibilityTimeoutSeconds: 5}, {type: 'api', api: 'rest'}]})).toEqual(['unresolved:note']);
  });
  it('unresolved visibility is reported, not guessed', () => {
    expect(found({eventSources: [{type: 'sqs', visibilityTimeoutSeconds: {unresolved: '!ImportValue QueueTimeout'}}]})).toEqual(['unresolved:note']);
  });
});

describe('API Gateway', () => {
  const api = (timeoutSeconds: number, source: object) => found({timeoutSeconds, eventSources: [source as never]});
  it('REST: 29 s default integration timeout', () => {
    expect(api(28, {type: 'api', api: 'rest'})).toEqual([]);
    expect(api(29, {type: 'api', api: 'rest'})).toEqual([]);
    expect(api(30, {type: 'api', api: 'rest'})).toEqual(['apigw.timeout:warning']);
    expect(api(60, {type: 'api', api: 'rest', integrationTimeoutMs: 60_000, endpoint: 'regional'})).toEqual(['apigw.integrationTimeoutQuota:note']);
    expect(api(60, {type: 'api', api: 'rest', integrationTimeoutMs: 60_000})).toEqual(['apigw.edgeIntegrationTimeout:note']);
    expect(api(60, {type: 'api', api: 'rest', integrationTimeoutMs: 60_000, endpoint: 'edge'})).toEqual(['apigw.edgeIntegrationTimeout:error']);
  });
  it('HTTP API: 30 s, not raisable', () => {
    expect(api(29, {type: 'api', api: 'http'})).toEqual([]);
    expect(api(30, {type: 'api', api: 'http'})).toEqual([]);
    expect(api(10, {type: 'api', api: 'http', integrationTimeoutMs: 30_000})).toEqual([]);
    expect(api(31, {type: 'api', api: 'http'})).toEqual(['apigw.timeout:warning']);
    expect(api(10, {type: 'api', api: 'http', integrationTimeoutMs: 30_001})).toEqual(['apigw.integrationTimeout:error']);
  });
});

describe('resource policy and unresolved values', () => {
  it('resource policy 20 KB', () => {
    expect(found({resourcePolicyKB: 19.9})).toEqual([]);
    expect(found({resourcePolicyKB: 20})).toEqual([]);
    expect(found({resourcePolicyKB: 20.1})).toEqual(['resourcePolicy.size:error']);
  });
  it('unresolved settings become notes and are not range-checked', () => {
    expect(found({memoryMB: {unresolved: '!Ref MemoryParam'}})).toEqual(['unresolved:note']);
    const [note] = checkFunction({...BASE, memoryMB: {unresolved: '!Ref MemoryParam'}}, OPTIONS).findings;
    expect(note?.message).toContain('!Ref MemoryParam');
  });
  it('orders errors, then warnings, then notes', () => {
    const severities = checkFunction({...BASE, runtime: 'nodejs20.x', memoryMB: 1, snapStart: true, reservedConcurrency: 0}, {today: '2026-05-01'}).findings.map((f) => f.severity);
    expect(severities).toEqual([...severities].sort((a, b) => ['error', 'warning', 'note'].indexOf(a) - ['error', 'warning', 'note'].indexOf(b)));
  });
});
