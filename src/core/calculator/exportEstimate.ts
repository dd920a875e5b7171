import type {BillEstimate, FunctionEstimate} from '../pricing/types.ts';

type Estimate = FunctionEstimate | BillEstimate;

const csvCell = (value: string | number) => {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** CSV: one row per line item, then the total (the sum of the rounded lines). */
export function toCsv(estimate: Estimate): string {
  const rows: (string | number)[][] = [['line item', 'billable quantity', 'unit', 'usd', 'usd unrounded', 'formula']];
  for (const item of estimate.lineItems) rows.push([item.label, item.exact.quantity, item.unit, item.usd.toFixed(2), item.exact.usdUnrounded, item.formula]);
  rows.push(['Total (sum of rounded lines)', '', '', estimate.total.toFixed(2), String(estimate.totalUnrounded), '']);
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
}

const mdCell = (text: string) => text.replace(/\|/g, '\\|');

/** A Markdown table, ready for a design doc or a pull request. */
export function toMarkdown(estimate: Estimate, title = 'Lambda monthly estimate'): string {
  const lines = [`## ${title}`, '', '| Line item | Billable quantity | USD | How |', '|---|---:|---:|---|'];
  for (const item of estimate.lineItems) {
    lines.push(`| ${mdCell(item.label)} | ${item.quantity.toLocaleString('en-US', {maximumFractionDigits: 4})} ${item.unit} | $${item.usd.toFixed(2)} | ${mdCell(item.formula)} |`);
  }
  lines.push(`| **Total** (sum of rounded lines) | | **$${estimate.total.toFixed(2)}** | unrounded $${estimate.totalUnrounded} |`);
  if (estimate.notes.length > 0) lines.push('', ...estimate.notes.map((note) => `- ${note}`));
  lines.push('', 'Prices: us-east-1 and other Regions from src/data/prices.ts (Lambda Lab); 1 GB = 1024 MB; a month is 730 h.');
  return `${lines.join('\n')}\n`;
}

/** JSON with the same shape as `lambda-lab estimate --json`. */
export function toJson(estimate: Estimate, inputs: unknown): string {
  return `${JSON.stringify({...estimate, currency: 'USD', inputs}, null, 2)}\n`;
}
