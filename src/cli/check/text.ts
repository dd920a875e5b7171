import {FORMAT_LABELS} from '../../core/limits/parse/parseConfigText.ts';
import type {Finding} from '../../core/limits/types.ts';
import type {FileResult} from './results.ts';

const SYMBOL = {error: '✗', warning: '!', note: 'i'} as const;

function formatFinding(finding: Finding): string {
  return `  ${SYMBOL[finding.severity]} ${finding.severity.padEnd(7)} ${finding.rule}: ${finding.message}\n      fix: ${finding.fix}\n      source: ${finding.source}`;
}

/** The human-readable report: per file, per function, errors first. */
export function formatText(result: FileResult): string {
  if (!result.report || !result.format) return `${result.file}: skipped (${result.skipped ?? 'not checked'})`;
  const report = result.report;
  const lines = [`${result.file}: ${FORMAT_LABELS[result.format]}, ${report.functions.length} function${report.functions.length === 1 ? '' : 's'}`];
  for (const fn of report.functions) {
    const counts = (['error', 'warning', 'note'] as const).map((severity) => {
      const n = fn.findings.filter((f) => f.severity === severity).length;
      return `${n} ${severity}${n === 1 ? '' : 's'}`;
    });
    const path = result.paths?.get(fn.name);
    lines.push('', `${fn.name}${path ? ` [${path}]` : ''}${fn.location ? ` (line ${fn.location.line})` : ''}: ${counts.join(', ')}`);
    lines.push(...(fn.findings.length ? fn.findings.map(formatFinding) : ['  ✓ within every quota Lambda Lab checks']));
  }
  if (report.account.length > 0) lines.push('', 'Across the file (all functions together):', ...report.account.map(formatFinding));
  return lines.join('\n');
}
