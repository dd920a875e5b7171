import type {ReactNode} from 'react';
import type {Finding, FunctionReport, Severity} from '@site/src/core/limits/types.ts';
import styles from './styles.module.css';

const HEADINGS: Record<Severity, string> = {error: 'Errors: will fail', warning: 'Warnings: will bite', note: 'Notes'};
const ORDER: readonly Severity[] = ['error', 'warning', 'note'];

function count(findings: readonly Finding[], severity: Severity): number {
  return findings.filter((f) => f.severity === severity).length;
}

/** "1 error, 2 warnings, 0 notes" */
export function summarize(findings: readonly Finding[]): string {
  return ORDER.map((severity) => {
    const n = count(findings, severity);
    return `${n} ${severity}${n === 1 ? '' : 's'}`;
  }).join(', ');
}

function FindingItem({finding}: {finding: Finding}): ReactNode {
  return (
    <li className={`${styles.finding} ${styles[finding.severity]}`} data-rule={finding.rule} data-severity={finding.severity}>
      <p className={styles.message}>{finding.message}</p>
      <p className={styles.fix}>
        <strong>Fix:</strong> {finding.fix}
      </p>
      <p className={styles.meta}>
        <code>{finding.rule}</code> ·{' '}
        <a href={finding.source} target="_blank" rel="noopener noreferrer">
          AWS source
        </a>
      </p>
    </li>
  );
}

/** One function's findings, grouped by severity. */
export function FunctionFindings({report}: {report: FunctionReport}): ReactNode {
  return (
    <section className={styles.functionReport} aria-label={`Findings for ${report.name}`} data-function={report.name}>
      <h4 className={styles.functionName}>
        {report.name}
        {report.location ? <span className={styles.location}> (line {report.location.line})</span> : null}
        <span className={styles.counts}> — {summarize(report.findings)}</span>
      </h4>
      {report.findings.length === 0 ? <p className={styles.clean}>Within every quota Lambda Lab checks.</p> : null}
      {ORDER.map((severity) => {
        const group = report.findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity}>
            <h5 className={styles.groupHeading}>{HEADINGS[severity]}</h5>
            <ul className={styles.list}>
              {group.map((finding, index) => (
                <FindingItem key={`${finding.rule}-${index}`} finding={finding} />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
