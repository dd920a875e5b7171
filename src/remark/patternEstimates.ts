import {estimateDesign, readDesign, readUsage, type DesignEstimate} from '../core/design/index.ts';

// A remark plugin (docs' remarkPlugins in docusaurus.config.ts) for the patterns gallery: after a
// ```yaml title="X.usage.yml" usage block it writes the monthly estimate of the ```yaml
// title="X.yaml" pattern template above it, priced by the design estimator (src/core/design) at
// build time. The page gets a plain table, not pricing code: a page with diagrams must stay within
// the JS budget of a plain page (test/browser/diagrams.test.ts).

/** How the gallery prices: us-east-1, free tier left out (an account that already uses it). */
export const PATTERN_PRICING = {region: 'us-east-1', freeTier: 'none'} as const;

interface MdNode {
  type: string;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  children?: MdNode[];
  position?: {start: {line: number}};
  [key: string]: unknown;
}

const titleOf = (meta: string | null | undefined) => /title="([^"]+)"/.exec(meta ?? '')?.[1];
const hasFlag = (meta: string | null | undefined, flag: string) => new RegExp(`(^|\\s)${flag}(\\s|$)`).test(meta ?? '');

/** Prices one pattern; throws one line naming the file when the template or usage is wrong. */
export function estimatePattern(name: string, template: string, usage: string): DesignEstimate {
  const design = readDesign(template, {region: PATTERN_PRICING.region});
  if (!design.ok) throw new Error(`${name}: ${design.error}`);
  const parsedUsage = readUsage(usage, design.value);
  if (!parsedUsage.ok) throw new Error(`${name} usage: ${parsedUsage.error}`);
  return estimateDesign(design.value, parsedUsage.value, PATTERN_PRICING);
}

const usd = (n: number) => `$${n.toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 2})}`;
const text = (value: string): MdNode => ({type: 'text', value});
const cell = (...children: MdNode[]): MdNode => ({type: 'tableCell', children});
const row = (...cells: MdNode[]): MdNode => ({type: 'tableRow', children: cells});
const BREAK: MdNode = {type: 'break'};

/** The nodes shown under a usage block: a one-line summary and the bill by service. */
export function estimateNodes(estimate: DesignEstimate): MdNode[] {
  const notPriced = estimate.resources.filter((r) => r.status === 'not priced').map((r) => r.id);
  const summary: MdNode[] = [
    {type: 'strong', children: [text(`Estimate: ${usd(estimate.total)} a month`)]},
    text(` for the usage above, in ${estimate.region}, with the free tier left out, priced by the design estimator (Lambda is ${(estimate.lambdaShare * 100).toFixed(1)} % of it).`),
  ];
  if (estimate.unpriced.length) summary.push(text(` Not priced: ${estimate.unpriced.map((u) => `${u.resource} (${u.reason})`).join('; ')}.`));
  if (notPriced.length) summary.push(text(` Resources not priced yet: ${notPriced.join(', ')}.`));
  // Two columns, so the table fits a phone (390 px) without scrolling: each service's line items
  // sit under its name, in the same cell.
  const lineItems = (value: string): MdNode => ({type: 'emphasis', children: [text(value)]});
  const table: MdNode = {
    type: 'table',
    align: ['left', 'right'],
    children: [
      row(cell(text('Service and line items')), cell(text('A month'))),
      ...estimate.services.map((s) => row(cell(text(s.service), BREAK, lineItems(s.lines.map((l) => `${l.label} ${usd(l.usd)}`).join('; '))), cell(text(usd(s.usd))))),
      row(cell({type: 'strong', children: [text('Total')]}, BREAK, lineItems('each line rounded to the cent, as AWS rounds')), cell({type: 'strong', children: [text(usd(estimate.total))]})),
    ],
  };
  return [{type: 'paragraph', children: summary}, table];
}

export default function remarkPatternEstimates() {
  return (tree: MdNode, file: {path?: string}) => {
    const children = tree.children ?? [];
    const templates = new Map<string, string>();
    for (let i = 0; i < children.length; i++) {
      const node = children[i]!;
      if (node.type !== 'code' || node.lang !== 'yaml') continue;
      const title = titleOf(node.meta);
      if (!title) continue;
      if (hasFlag(node.meta, 'pattern')) templates.set(title, node.value ?? '');
      if (!hasFlag(node.meta, 'usage')) continue;
      const templateName = title.replace(/\.usage\.ya?ml$/, '.yaml');
      const template = templates.get(templateName);
      const where = `${file.path ?? 'a page'}:${node.position?.start.line ?? '?'}`;
      // A usage block without its template, or one that does not price, stops the build.
      if (template === undefined) throw new Error(`${where}: usage block ${title} has no \`pattern\` template titled ${templateName} above it`);
      const nodes = estimateNodes(estimatePattern(templateName, template, node.value ?? ''));
      children.splice(i + 1, 0, ...nodes);
      i += nodes.length;
    }
  };
}
