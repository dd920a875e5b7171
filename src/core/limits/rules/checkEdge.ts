import {EDGE_LIMITS, EDGE_RESTRICTIONS, EDGE_VIEWER_LEGACY} from '../../../data/edgeLimits.ts';
import {findRuntime} from '../../../data/runtimes.ts';
import type {Finding, FunctionConfig} from '../types.ts';
import {isUnresolved} from '../types.ts';
import {finding, formatNumber, known} from './finding.ts';

function limit(id: string): {value: number; source: string} {
  const entry = [...EDGE_LIMITS, ...EDGE_VIEWER_LEGACY].find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`unknown edge limit ${id}`);
  return entry;
}

/** Lambda@Edge: us-east-1, Node.js or Python, x86_64, no env vars/layers/VPC/PC/large /tmp, 30 s, 50 MB. */
export function checkEdge(fn: FunctionConfig): Finding[] {
  const trigger = fn.edgeTrigger;
  if (trigger === undefined) return [];
  const findings: Finding[] = [];
  const restrictions = EDGE_RESTRICTIONS.source;
  const region = known(fn.region);
  if (region !== undefined && region !== EDGE_RESTRICTIONS.region) {
    findings.push(finding('edge.region', 'error', `Lambda@Edge functions must be created in ${EDGE_RESTRICTIONS.region}; this one is in ${region}.`, `Deploy the function (its stack) to ${EDGE_RESTRICTIONS.region}; CloudFront replicates it worldwide.`, restrictions, 'region'));
  }
  const runtimeId = known(fn.runtime);
  const runtime = runtimeId === undefined ? undefined : findRuntime(runtimeId);
  if (runtime && !(EDGE_RESTRICTIONS.runtimeFamilies as readonly string[]).includes(runtime.family)) {
    findings.push(finding('edge.runtime', 'error', `Lambda@Edge supports Node.js and Python runtimes only, not ${runtimeId}.`, 'Rewrite the function for a current Node.js or Python runtime.', restrictions, 'runtime'));
  }
  if (fn.packageType === 'Image') {
    findings.push(finding('edge.image', 'error', 'Lambda@Edge does not support container image functions.', 'Package the function as a .zip.', restrictions, 'packageType'));
  }
  if (known(fn.architecture) === 'arm64') {
    findings.push(finding('edge.architecture', 'error', 'Lambda@Edge does not support functions that use the arm64 architecture.', 'Build the function for x86_64 (Architectures: [x86_64], the default).', restrictions, 'architecture'));
  }
  if (fn.environment !== undefined && (isUnresolved(fn.environment) || Object.keys(fn.environment).length > 0)) {
    findings.push(finding('edge.environment', 'error', 'Lambda@Edge functions cannot have environment variables (only Lambda\'s reserved ones are available).', 'Build settings into the code at deploy time, or read them from a CloudFront header or the function name.', restrictions, 'environment'));
  }
  if (fn.layers !== undefined && (isUnresolved(fn.layers) || fn.layers.length > 0)) {
    findings.push(finding('edge.layers', 'error', 'Lambda@Edge functions cannot use layers.', 'Bundle the layer contents into the .zip.', restrictions, 'layers'));
  }
  if (fn.vpc) {
    findings.push(finding('edge.vpc', 'error', 'Lambda@Edge functions cannot be attached to a VPC.', 'Remove VpcConfig; reach private resources through a public endpoint or the origin.', restrictions, 'vpc'));
  }
  const provisioned = known(fn.provisionedConcurrency);
  if (provisioned !== undefined && provisioned > 0) {
    findings.push(finding('edge.provisioned', 'error', 'Lambda@Edge functions cannot use provisioned concurrency.', 'Remove provisioned concurrency; keep the function small so cold starts stay short.', restrictions, 'provisionedConcurrency'));
  }
  const storage = known(fn.ephemeralStorageMB);
  if (storage !== undefined && storage > EDGE_RESTRICTIONS.maxEphemeralStorageMB) {
    findings.push(finding('edge.ephemeralStorage', 'error', `Lambda@Edge functions cannot have ephemeral storage above ${EDGE_RESTRICTIONS.maxEphemeralStorageMB} MB (${formatNumber(storage)} MB set).`, `Set it to ${EDGE_RESTRICTIONS.maxEphemeralStorageMB} MB.`, restrictions, 'ephemeralStorageMB'));
  }
  const timeout = known(fn.timeoutSeconds);
  const timeoutLimit = limit('edge.timeout');
  const viewer = trigger.startsWith('viewer');
  if (timeout !== undefined && timeout > timeoutLimit.value) {
    findings.push(finding('edge.timeout', 'error', `A Lambda@Edge function can run for at most ${timeoutLimit.value} s; ${formatNumber(timeout)} s is set.`, `Lower the timeout to ${timeoutLimit.value} s or less.`, timeoutLimit.source, 'timeoutSeconds'));
  } else if (viewer && timeout !== undefined && timeout > limit('edge.viewerLegacy.timeout').value) {
    findings.push(finding('edge.viewerTimeout', 'warning', `A ${trigger} function runs on every request, before the cache; ${formatNumber(timeout)} s is above the ${limit('edge.viewerLegacy.timeout').value} s that viewer triggers were limited to (older CloudFront quotas, still enforced by some tools).`, 'Keep viewer triggers fast (well under a second); move slow work to an origin trigger.', timeoutLimit.source, 'timeoutSeconds'));
  }
  const memory = known(fn.memoryMB);
  if (viewer && memory !== undefined && memory > limit('edge.viewerLegacy.memory').value) {
    findings.push(finding('edge.viewerMemory', 'warning', `${formatNumber(memory)} MB is above the ${limit('edge.viewerLegacy.memory').value} MB older CloudFront quotas gave viewer triggers; some deploy tools still reject it.`, 'Check your tooling accepts it, or use 128 MB for viewer triggers.', limit('edge.viewerLegacy.memory').source, 'memoryMB'));
  }
  const zipped = fn.packageSizes?.zippedMB;
  const packageLimit = limit('edge.package');
  if (zipped !== undefined && zipped > packageLimit.value) {
    findings.push(finding('edge.package', 'error', `The compressed function is ${formatNumber(zipped)} MB; Lambda@Edge allows ${packageLimit.value} MB.`, 'Trim dependencies.', packageLimit.source, 'packageSizes'));
  } else if (viewer && zipped !== undefined && zipped > limit('edge.viewerLegacy.package').value) {
    findings.push(finding('edge.viewerPackage', 'warning', `The compressed function is ${formatNumber(zipped)} MB, above the 1 MB older CloudFront quotas gave viewer triggers.`, 'Keep viewer functions small: they load on cold starts at every edge location.', packageLimit.source, 'packageSizes'));
  }
  findings.push(finding('edge.version', 'note', 'CloudFront must point at a numbered version of the function, not $LATEST or an alias.', 'Publish a version (SAM: AutoPublishAlias gives …Alias.Version) and use its ARN.', restrictions));
  return findings;
}
