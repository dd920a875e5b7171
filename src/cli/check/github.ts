import type {FileResult} from './results.ts';
import {allFindings} from './results.ts';

// Workflow-command escaping: data escapes %, CR, LF; properties also ":" and ",".
const data = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions annotations: `::error file=…,line=…,col=…,title=…::message` per finding, so each
 * shows on its line in the pull request.
 * @see https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions
 */
export function formatGithub(results: readonly FileResult[]): string {
  return allFindings(results).map(({file, functionName, finding, text, location}) => {
    const command = finding.severity === 'note' ? 'notice' : finding.severity;
    const where = [`file=${property(file)}`, ...(location ? [`line=${location.line}`, `col=${location.column}`] : []), `title=${property(`lambda-lab ${finding.rule}`)}`];
    return `::${command} ${where.join(',')}::${data(`${functionName ? `${functionName}: ` : ''}${text} Fix: ${finding.fix} (${finding.source})`)}`;
  }).join('\n');
}
