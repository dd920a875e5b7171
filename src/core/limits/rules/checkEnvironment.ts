import {RESERVED_ENVIRONMENT_VARIABLES} from '../../../data/eventSourceLimits.ts';
import {getQuota} from '../../../data/quotas.ts';
import type {Finding, FunctionConfig} from '../types.ts';
import {isUnresolved} from '../types.ts';
import {finding, formatNumber} from './finding.ts';

const NAME_PATTERN = /^[a-zA-Z][a-zA-Z0-9_]*$/;

/** UTF-8 length without TextEncoder (the core has no DOM or Node lib). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * Environment variables: 4 KB for all keys and values together (counted as UTF-8 bytes of each
 * key and value), names that start with a letter, and none of the names Lambda reserves.
 */
export function checkEnvironment(fn: FunctionConfig): Finding[] {
  const environment = fn.environment;
  if (environment === undefined || isUnresolved(environment)) return [];
  const findings: Finding[] = [];
  const quota = getQuota('environmentVariables');
  const limitBytes = quota.value * 1024;
  let bytes = 0;
  let unresolvedCount = 0;
  for (const [key, value] of Object.entries(environment)) {
    bytes += utf8Length(key);
    if (isUnresolved(value)) unresolvedCount += 1;
    else bytes += utf8Length(value);
    if ((RESERVED_ENVIRONMENT_VARIABLES.names as readonly string[]).includes(key)) {
      findings.push(finding('environment.reserved', 'error', `Environment variable ${key} is reserved by Lambda and cannot be set.`, `Remove ${key}; Lambda sets it itself.`, RESERVED_ENVIRONMENT_VARIABLES.source, 'environment'));
    } else if (!NAME_PATTERN.test(key)) {
      findings.push(finding('environment.name', 'error', `Environment variable name "${key}" is invalid; names start with a letter and contain only letters, digits and underscores.`, 'Rename it, e.g. with underscores instead of dashes or dots.', RESERVED_ENVIRONMENT_VARIABLES.source, 'environment'));
    }
  }
  const unresolvedText = unresolvedCount > 0 ? ` (not counting ${unresolvedCount} value${unresolvedCount === 1 ? '' : 's'} that could not be resolved)` : '';
  if (bytes > limitBytes) {
    findings.push(finding('environment.size', 'error', `Environment variables take ${formatNumber(bytes)} bytes${unresolvedText}; Lambda allows ${formatNumber(limitBytes)} bytes (4 KB) in total.`, 'Move large values to SSM Parameter Store, Secrets Manager or a config file in the package, and read them at init.', quota.source, 'environment'));
  } else if (bytes > limitBytes * 0.9) {
    findings.push(finding('environment.size', 'warning', `Environment variables take ${formatNumber(bytes)} of ${formatNumber(limitBytes)} bytes${unresolvedText}; the next variable may not fit.`, 'Move large values to SSM Parameter Store or Secrets Manager.', quota.source, 'environment'));
  }
  return findings;
}
