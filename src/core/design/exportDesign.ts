/** CSV, Markdown and JSON exports of a design estimate (the site's export buttons). */
import type {DesignEstimate} from './estimateDesign.ts';
import {lambdaShareText, totalLeavesOut} from './totalCaveats.ts';

const csvCell = (value: string | number) => {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
const money = (usd: number) => `$${usd.toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 2})}`;

export function designToCsv(estimate: DesignEstimate): string {
  const rows: (string | number)[][] = [['Service', 'Line item', 'Region', 'Billable quantity', 'Unit', 'USD', 'Arithmetic']];
  for (const line of estimate.lines) rows.push([line.service, line.label, line.region, line.quantity, line.unit, line.usd.toFixed(2), line.formula]);
  rows.push(['Total (sum of rounded lines)', '', '', '', '', estimate.total.toFixed(2), '']);
  for (const line of estimate.unpriced) rows.push([line.service, `${line.resource}: ${line.label}`, '', '', '', 'not priced', line.reason]);
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
}

const capitalize = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

export function designToMarkdown(estimate: DesignEstimate): string {
  const lines = [
    `# Design estimate: **${money(estimate.total)}** a month`,
    '',
    `Free tier: ${estimate.freeTier}. ${capitalize(lambdaShareText(estimate))}.${totalLeavesOut(estimate) ? ` ${totalLeavesOut(estimate)}` : ''} Priced by Lambda Lab.`,
    '',
    '| Service | Line item | USD | Arithmetic |',
    '| --- | --- | ---: | --- |',
    ...estimate.lines.map((line) => `| ${line.service} | ${line.label} | ${money(line.usd)} | ${line.formula.replaceAll('|', '\\|')} |`),
    `| **Total** | | **${money(estimate.total)}** | sum of the rounded lines |`,
  ];
  if (estimate.unpriced.length) lines.push('', 'Not priced until the usage says:', ...estimate.unpriced.map((line) => `- ${line.resource}: ${line.label} — ${line.reason}`));
  const notPriced = estimate.resources.filter((resource) => resource.status === 'not priced');
  if (notPriced.length) lines.push('', 'Resources not priced yet:', ...notPriced.map((resource) => `- ${resource.id} (${resource.type}): ${resource.reason}`));
  return `${lines.join('\n')}\n`;
}

export const designToJson = (estimate: DesignEstimate): string => `${JSON.stringify(estimate, null, 2)}\n`;
