import {SNAPSTART, supportsSnapStart} from '../../../data/runtimes.ts';
import type {Finding, FunctionConfig} from '../types.ts';
import {finding, known} from './finding.ts';

/**
 * SnapStart: supported runtimes only (Java 11+, Python 3.12+, .NET 8+), and not together with
 * provisioned concurrency, EFS, ephemeral storage above 512 MB or a container image.
 */
export function checkSnapStart(fn: FunctionConfig): Finding[] {
  if (known(fn.snapStart) !== true) return suggestSnapStart(fn);
  const findings: Finding[] = [];
  const source = SNAPSTART.source;
  const runtime = known(fn.runtime);
  if (fn.packageType === 'Image') {
    findings.push(finding('snapstart.image', 'error', 'SnapStart does not support container image functions.', 'Package the function as a .zip, or turn SnapStart off and use provisioned concurrency.', source, 'snapStart'));
  } else if (runtime !== undefined && !supportsSnapStart(runtime)) {
    findings.push(finding('snapstart.runtime', 'error', `SnapStart does not support ${runtime}; it supports ${SNAPSTART.supported.map((entry) => entry.label).join(', ')}.`, 'Move to a supported runtime, or turn SnapStart off.', source, 'snapStart'));
  }
  const provisioned = known(fn.provisionedConcurrency);
  if (provisioned !== undefined && provisioned > 0) {
    findings.push(finding('snapstart.provisioned', 'error', 'SnapStart cannot be combined with provisioned concurrency.', 'Choose one: SnapStart for cheaper, faster cold starts, or provisioned concurrency for none at all.', source, 'snapStart'));
  }
  if (fn.efs) {
    findings.push(finding('snapstart.efs', 'error', 'SnapStart cannot be combined with an Amazon EFS file system.', 'Read the data from S3 instead, or turn SnapStart off.', source, 'snapStart'));
  }
  const storage = known(fn.ephemeralStorageMB);
  if (storage !== undefined && storage > SNAPSTART.maxEphemeralStorageMB) {
    findings.push(finding('snapstart.ephemeralStorage', 'error', `SnapStart cannot be combined with ephemeral storage above ${SNAPSTART.maxEphemeralStorageMB} MB (${storage} MB set).`, `Set ephemeral storage to ${SNAPSTART.maxEphemeralStorageMB} MB, or turn SnapStart off.`, source, 'snapStart'));
  }
  findings.push(finding('snapstart.versions', 'note', 'SnapStart applies only to published versions (and aliases pointing at them), not to $LATEST; code that creates unique values or connections during init must refresh them after restore.', 'Invoke a version or alias (SAM: AutoPublishAlias), and review init code for uniqueness.', source, 'snapStart'));
  return findings;
}

/** cfn-lint I2530: a Java 11+ .zip function without SnapStart gets a note (SnapStart costs nothing for Java). */
function suggestSnapStart(fn: FunctionConfig): Finding[] {
  const runtime = known(fn.runtime);
  const provisioned = known(fn.provisionedConcurrency);
  if (fn.snapStart !== undefined && known(fn.snapStart) === undefined) return [];
  if (fn.packageType === 'Image' || runtime === undefined || !/^java(\d+)/.test(runtime) || Number(/^java(\d+)/.exec(runtime)![1]) < 11 || !supportsSnapStart(runtime) || (provisioned ?? 0) > 0 || fn.efs) return [];
  return [finding('snapstart.suggest', 'note', `${runtime} supports SnapStart, which Java functions get at no extra cost and which cuts cold starts by restoring a snapshot of the initialized function.`, 'Set SnapStart: {ApplyOn: PublishedVersions} and invoke a version or alias, if init code tolerates being restored from a snapshot.', SNAPSTART.source, 'snapStart')];
}
