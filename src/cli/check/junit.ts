import type {Severity} from '../../core/limits/types.ts';
import type {FileResult} from './results.ts';
import {atLeast, locate} from './results.ts';

const xml = (text: string) => text.replace(/[<>&"']/g, (c) => ({'<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;'})[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

/**
 * JUnit XML (the format CI systems show as test results): a test suite per file, a test case per
 * function (plus "account" for findings across functions); findings at or above `failOn` are
 * failures, the rest go to system-out.
 */
export function formatJunit(results: readonly FileResult[], failOn: Severity): string {
  const suites: string[] = [];
  let totalTests = 0;
  let totalFailures = 0;
  for (const result of results) {
    if (!result.report) {
      suites.push(`  <testsuite name="${xml(result.file)}" tests="0" failures="0" skipped="1"><properties><property name="skipped" value="${xml(result.skipped ?? '')}"/></properties></testsuite>`);
      continue;
    }
    const cases = [...result.report.functions.map((fn) => ({name: fn.name, location: fn.location, findings: fn.findings})), ...(result.report.account.length ? [{name: 'account', location: undefined, findings: result.report.account}] : [])];
    const body: string[] = [];
    let failures = 0;
    for (const testCase of cases) {
      const lines = testCase.findings.map((f) => {
        const {text, location} = locate(f, testCase.location);
        return `${f.severity} ${f.rule}${location ? ` (line ${location.line})` : ''}: ${text} Fix: ${f.fix} Source: ${f.source}`;
      });
      const failing = testCase.findings.filter((f) => atLeast(f.severity, failOn));
      if (failing.length > 0) failures += 1;
      body.push(`    <testcase classname="${xml(result.file)}" name="${xml(testCase.name)}">${failing.length ? `\n      <failure message="${xml(`${failing.length} finding${failing.length === 1 ? '' : 's'} at ${failOn} or above: ${failing.map((f) => f.rule).join(', ')}`)}" type="${xml(failing[0]!.rule)}">${xml(lines.join('\n'))}</failure>` : ''}${lines.length && !failing.length ? `\n      <system-out>${xml(lines.join('\n'))}</system-out>` : ''}\n    </testcase>`);
    }
    totalTests += cases.length;
    totalFailures += failures;
    suites.push(`  <testsuite name="${xml(result.file)}" tests="${cases.length}" failures="${failures}">\n${body.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="lambda-lab check" tests="${totalTests}" failures="${totalFailures}">\n${suites.join('\n')}\n</testsuites>`;
}
