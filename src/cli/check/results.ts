import type {InputFormat} from '../../core/limits/parse/parseConfigText.ts';
import type {CheckReport, Finding, Severity, SourceLocation} from '../../core/limits/types.ts';

/** One checked (or skipped) input file. */
export interface FileResult {
  readonly file: string;
  readonly format?: InputFormat;
  readonly report?: CheckReport;
  /** Construct paths (CDK `aws:cdk:path`) by function name, when the input has them. */
  readonly paths?: ReadonlyMap<string, string>;
  /** Why a file found while walking a directory was not checked ("not an AWS template: …"). */
  readonly skipped?: string;
}

/** A finding with where it is: the file, the function it belongs to, and its line. */
export interface LocatedFinding {
  readonly file: string;
  readonly functionName?: string;
  readonly path?: string;
  readonly finding: Finding;
  /** The message without its "Line 3, column 5: " prefix. */
  readonly text: string;
  readonly location?: SourceLocation;
}

const RANK: Readonly<Record<Severity, number>> = {error: 0, warning: 1, note: 2};

/** True when `severity` is at least as serious as `threshold` (error > warning > note). */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] <= RANK[threshold];
}

/** Parse findings say "Line 3, column 5: …"; others take their function's line. */
export function locate(finding: Finding, fallback: SourceLocation | undefined): {text: string; location?: SourceLocation} {
  const match = /^Line (\d+), column (\d+): /.exec(finding.message);
  if (match) return {text: finding.message.slice(match[0].length), location: {line: Number(match[1]), column: Number(match[2])}};
  return fallback ? {text: finding.message, location: fallback} : {text: finding.message};
}

/** Every finding of every file, in report order. */
export function allFindings(results: readonly FileResult[]): LocatedFinding[] {
  const out: LocatedFinding[] = [];
  for (const result of results) {
    if (!result.report) continue;
    for (const fn of result.report.functions) {
      const path = result.paths?.get(fn.name);
      for (const finding of fn.findings) out.push({file: result.file, functionName: fn.name, ...(path ? {path} : {}), finding, ...locate(finding, fn.location)});
    }
    for (const finding of result.report.account) out.push({file: result.file, finding, ...locate(finding, undefined)});
  }
  return out;
}
