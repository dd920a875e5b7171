import type {FileResult} from './results.ts';
import {allFindings} from './results.ts';

/**
 * SARIF 2.1.0 for GitHub code scanning and other viewers: one run, the rules that fired (with
 * their AWS source as helpUri), one result per finding with its file, line and column, and the
 * function (and CDK construct path) as a logical location.
 * @see https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
export function formatSarif(results: readonly FileResult[], version: string): string {
  const findings = allFindings(results);
  const rules: {id: string; shortDescription: {text: string}; helpUri?: string; help: {text: string}; defaultConfiguration: {level: string}}[] = [];
  const index = new Map<string, number>();
  for (const {finding} of findings) {
    if (index.has(finding.rule)) continue;
    index.set(finding.rule, rules.length);
    rules.push({id: finding.rule, shortDescription: {text: `Lambda Lab rule ${finding.rule}`}, ...(/^https?:\/\//.test(finding.source) ? {helpUri: finding.source} : {}), help: {text: `${finding.fix} Source: ${finding.source}`}, defaultConfiguration: {level: finding.severity}});
  }
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {driver: {name: 'lambda-lab', version, rules}},
      results: findings.map(({file, functionName, path, finding, text, location}) => ({
        ruleId: finding.rule,
        ruleIndex: index.get(finding.rule)!,
        level: finding.severity,
        message: {text: `${functionName ? `${functionName}: ` : ''}${text} Fix: ${finding.fix}`},
        locations: [{
          physicalLocation: {artifactLocation: {uri: file.split('\\').join('/')}, ...(location ? {region: {startLine: location.line, startColumn: location.column}} : {})},
          ...(functionName ? {logicalLocations: [{name: functionName, ...(path ? {fullyQualifiedName: path} : {}), kind: 'resource'}]} : {}),
        }],
      })),
    }],
  };
  return JSON.stringify(sarif, null, 2);
}
