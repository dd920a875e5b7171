import type {Field, Finding, Severity} from '../types.ts';
import {isUnresolved} from '../types.ts';

/** Builds a finding; `field` is left out when not given (exactOptionalPropertyTypes). */
export function finding(rule: string, severity: Severity, message: string, fix: string, source: string, field?: string): Finding {
  return field === undefined ? {rule, severity, message, fix, source} : {rule, severity, message, fix, source, field};
}

/** The value when it is known, undefined when absent or unresolved (rules skip those). */
export function known<T>(value: Field<T> | undefined): T | undefined {
  return value === undefined || isUnresolved(value) ? undefined : value;
}

/** 10240 → "10,240". */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-US', {maximumFractionDigits: 2});
}
