import type {CheckOptions, CheckReport, Finding, FunctionConfig, FunctionReport} from './types.ts';
import {checkAccount} from './rules/checkAccount.ts';
import {checkApiGateway} from './rules/checkApiGateway.ts';
import {checkConcurrency} from './rules/checkConcurrency.ts';
import {checkEdge} from './rules/checkEdge.ts';
import {checkEnvironment} from './rules/checkEnvironment.ts';
import {checkManagedInstances} from './rules/checkManagedInstances.ts';
import {checkNaming} from './rules/checkNaming.ts';
import {checkPackage} from './rules/checkPackage.ts';
import {checkPayloads} from './rules/checkPayloads.ts';
import {checkRanges} from './rules/checkRanges.ts';
import {checkResourcePolicy} from './rules/checkResourcePolicy.ts';
import {checkRuntime} from './rules/checkRuntime.ts';
import {checkSnapStart} from './rules/checkSnapStart.ts';
import {checkSqs} from './rules/checkSqs.ts';
import {checkUnresolved} from './rules/checkUnresolved.ts';
import {checkPolicy} from './policy.ts';

type FunctionRule = (fn: FunctionConfig, options: CheckOptions) => Finding[];

/** Every per-function rule, in the order findings are reported. */
export const FUNCTION_RULES: readonly FunctionRule[] = [
  checkRuntime,
  checkNaming,
  checkRanges,
  checkEnvironment,
  checkPackage,
  checkPayloads,
  checkConcurrency,
  checkSnapStart,
  checkEdge,
  checkManagedInstances,
  checkSqs,
  checkApiGateway,
  checkResourcePolicy,
  checkUnresolved,
  (fn, options) => (options.policy ? checkPolicy(fn, options.policy) : []),
];

const ORDER = {error: 0, warning: 1, note: 2} as const;

/** Errors first, then warnings, then notes; rule order within each. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings.map((f, i) => [f, i] as const).sort((a, b) => ORDER[a[0].severity] - ORDER[b[0].severity] || a[1] - b[1]).map(([f]) => f);
}

/** True when `rule` is switched off by an id in `ignored`: the exact id, or a prefix ending in "." or "*" ("sqs.", "sqs.*"). */
export function isIgnored(rule: string, ignored: readonly string[] | undefined): boolean {
  return !!ignored?.some((id) => id === rule || ((id.endsWith('.') || id.endsWith('*')) && rule.startsWith(id.replace(/\*$/, ''))));
}

/** Checks one function against every rule. */
export function checkFunction(fn: FunctionConfig, options: CheckOptions): FunctionReport {
  const ignored = [...(options.ignore ?? []), ...(fn.ignoredRules ?? [])];
  const findings = [...(fn.parseFindings ?? []), ...FUNCTION_RULES.flatMap((rule) => rule(fn, options))].filter((f) => !isIgnored(f.rule, ignored));
  const report = {name: fn.name, findings: sortFindings(findings)};
  return fn.location ? {...report, location: fn.location} : report;
}

/**
 * Checks each function, then the rules that span all of them (account concurrency, storage);
 * `templateFindings` (from the parser: resources it cannot check) join the latter.
 */
export function checkFunctions(functions: readonly FunctionConfig[], options: CheckOptions, templateFindings: readonly Finding[] = []): CheckReport {
  const across = [...checkAccount(functions, options), ...templateFindings].filter((f) => !isIgnored(f.rule, options.ignore));
  return {functions: functions.map((fn) => checkFunction(fn, options)), account: sortFindings(across)};
}

/** True when the report has at least one error (the CLI exits 1). */
export function hasErrors(report: CheckReport): boolean {
  return report.account.some((f) => f.severity === 'error') || report.functions.some((fn) => fn.findings.some((f) => f.severity === 'error'));
}
