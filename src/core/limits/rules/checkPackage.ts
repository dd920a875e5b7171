import {getQuota} from '../../../data/quotas.ts';
import type {Finding, FunctionConfig} from '../types.ts';
import {isUnresolved} from '../types.ts';
import {finding, formatNumber} from './finding.ts';

/** Layers (5), .zip 50 MB direct upload, 250 MB unzipped with layers, container image 10 GB. */
export function checkPackage(fn: FunctionConfig): Finding[] {
  const findings: Finding[] = [];
  const layersQuota = getQuota('layers');
  if (fn.layers !== undefined && !isUnresolved(fn.layers) && fn.layers.length > layersQuota.value) {
    findings.push(finding('layers.count', 'error', `${fn.layers.length} layers are attached; a function can use at most ${layersQuota.value}.`, 'Merge layers, or move dependencies into the package or a container image.', layersQuota.source, 'layers'));
  }
  if (fn.packageType === 'Image' && fn.layers !== undefined && !isUnresolved(fn.layers) && fn.layers.length > 0) {
    findings.push(finding('layers.image', 'error', 'Container image functions cannot use layers.', 'Copy the layer contents into the image in its Dockerfile.', layersQuota.source, 'layers'));
  }
  findings.push(...checkLayerArns(fn));
  const sizes = fn.packageSizes;
  if (!sizes) return findings;
  const zipped = getQuota('packageZipped');
  if (sizes.zippedMB !== undefined && sizes.zippedMB > zipped.value) {
    if (sizes.fromS3) {
      findings.push(finding('package.zipped', 'note', `The .zip is ${formatNumber(sizes.zippedMB)} MB, above the ${zipped.value} MB direct-upload limit; uploading it from S3 avoids that limit (the unzipped limit still applies).`, 'Keep deploying it through S3.', zipped.source, 'packageSizes'));
    } else {
      findings.push(finding('package.zipped', 'error', `The .zip is ${formatNumber(sizes.zippedMB)} MB; direct upload accepts at most ${zipped.value} MB.`, 'Upload it to S3 and point the function at it (S3Bucket/S3Key, or SAM/Serverless do this), or trim dependencies.', zipped.source, 'packageSizes'));
    }
  }
  const unzipped = getQuota('packageUnzipped');
  if (sizes.unzippedMB !== undefined && sizes.unzippedMB > unzipped.value) {
    findings.push(finding('package.unzipped', 'error', `Code and layers unzip to ${formatNumber(sizes.unzippedMB)} MB; Lambda allows ${unzipped.value} MB including all layers.`, 'Trim dependencies, or package the function as a container image (up to 10 GB).', unzipped.source, 'packageSizes'));
  }
  const image = getQuota('containerImage');
  if (sizes.imageGB !== undefined && sizes.imageGB > image.value) {
    findings.push(finding('package.image', 'error', `The container image is ${formatNumber(sizes.imageGB)} GB uncompressed; Lambda allows ${image.value} GB including all image layers.`, 'Use a smaller base image and multi-stage builds; load large models from S3 or EFS at run time.', image.source, 'packageSizes'));
  }
  return findings;
}

const LAYER_SOURCE = 'https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html';

/** cfn-lint E3716 (a layer ARN is at most 176 + partition + Region characters) and W3702 ('awslayer' ARNs). */
function checkLayerArns(fn: FunctionConfig): Finding[] {
  if (fn.layers === undefined || isUnresolved(fn.layers)) return [];
  const findings: Finding[] = [];
  for (const layer of fn.layers) {
    if (typeof layer !== 'string' || !layer.startsWith('arn:')) continue;
    const [, partition = '', , region = '', account = ''] = layer.split(':');
    const max = 176 + partition.length + region.length;
    if (layer.length > max) findings.push(finding('layers.arnLength', 'error', `Layer ARN ${layer.slice(0, 60)}… is ${layer.length} characters; in ${partition}/${region} a layer version ARN has at most ${max} (176 + partition + Region).`, 'Check the ARN: a layer name is at most 64 characters.', LAYER_SOURCE, 'layers'));
    if (account === 'awslayer') findings.push(finding('layers.awslayer', 'warning', `Layer ARN ${layer} uses the 'awslayer' account form, which may not be available in every Region.`, "Use the layer's published ARN with the publisher's account id.", LAYER_SOURCE, 'layers'));
  }
  return findings;
}
