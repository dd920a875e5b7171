import {getQuota} from '../../../data/quotas.ts';
import type {Finding, FunctionConfig} from '../types.ts';
import {finding, known} from './finding.ts';

const NAME_PATTERN = /^[a-zA-Z0-9_-]+$/;

/** Function name: 1–64 letters, digits, hyphens, underscores. Handler: 1–128 characters, no spaces. */
export function checkNaming(fn: FunctionConfig): Finding[] {
  const findings: Finding[] = [];
  const name = known(fn.functionName);
  const nameQuota = getQuota('functionName');
  if (name !== undefined) {
    if (name.length === 0 || name.length > nameQuota.value) {
      findings.push(finding('name.length', 'error', `Function name "${name}" has ${name.length} characters; Lambda accepts 1–${nameQuota.value}.`, `Shorten the name to ${nameQuota.value} characters or fewer.`, nameQuota.source, 'functionName'));
    }
    if (name.length > 0 && !NAME_PATTERN.test(name)) {
      findings.push(finding('name.format', 'error', `Function name "${name}" contains characters Lambda does not accept; only letters, digits, hyphens and underscores are allowed.`, 'Replace other characters (dots, spaces, slashes) with hyphens.', nameQuota.source, 'functionName'));
    }
  }
  const handler = known(fn.handler);
  const handlerQuota = getQuota('handler');
  if (handler !== undefined && fn.packageType !== 'Image') {
    if (handler.length === 0 || handler.length > handlerQuota.value) {
      findings.push(finding('handler.length', 'error', `Handler has ${handler.length} characters; Lambda accepts 1–${handlerQuota.value}.`, 'Use a shorter module path or method name.', handlerQuota.source, 'handler'));
    } else if (/\s/.test(handler)) {
      findings.push(finding('handler.format', 'error', `Handler "${handler}" contains whitespace, which Lambda rejects.`, 'Write it as file.function (Node.js, Python) or Package.Class::method (Java).', handlerQuota.source, 'handler'));
    }
  }
  return findings;
}
