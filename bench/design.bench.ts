import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {performance} from 'node:perf_hooks';
import {gzipSync} from 'node:zlib';
import {estimateDesign, readDesign, readUsage} from '../src/core/design/index.ts';
import type {BenchContext, BenchFigure} from './types.ts';

const CALCULATOR = '/docs/pricing/calculator';

/** A 50-function SAM template: each behind the implicit HTTP API, with a queue and a table for every tenth. */
function fiftyFunctionTemplate(): {template: string; usage: string} {
  const resources: string[] = [];
  const usage: string[] = ['version: 0.1', 'resource_usage:'];
  for (let index = 0; index < 50; index++) {
    resources.push(`  Fn${index}:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs22.x
      Handler: index.handler
      MemorySize: ${128 + index * 64}
      Architectures: [${index % 3 === 0 ? 'arm64' : 'x86_64'}]
      Events:
        Api: {Type: HttpApi}`);
    usage.push(`  Fn${index}:`, `    monthly_requests: ${100_000 * (index + 1)}`, `    request_duration_ms: ${20 + index * 7}`, `    monthly_data_ingested_gb: ${index / 10}`);
    if (index % 10 === 0) {
      resources.push(`  Queue${index}: {Type: AWS::SQS::Queue}`, `  Table${index}: {Type: AWS::DynamoDB::Table, Properties: {BillingMode: PAY_PER_REQUEST}}`);
      usage.push(`  Queue${index}:`, '    monthly_requests: 3000000', `  Table${index}:`, '    monthly_write_request_units: 1000000', '    monthly_read_request_units: 5000000', '    storage_gb: 30');
    }
  }
  return {template: `Transform: AWS::Serverless-2016-10-31\nResources:\n${resources.join('\n')}\n`, usage: `${usage.join('\n')}\n`};
}

function msPerCall(work: () => unknown, ms = 1500): number {
  for (let i = 0; i < 5; i++) work();
  let calls = 0;
  const started = performance.now();
  while (performance.now() - started < ms) {
    work();
    calls += 1;
  }
  return (performance.now() - started) / calls;
}

/**
 * A fixed CPU reference measured beside the design figures: on a loaded shared machine every
 * figure rises together, so the ratio to it is the number to compare between runs.
 */
function baselineWork(): number {
  let acc = 0;
  for (let i = 1; i <= 200_000; i++) acc += Math.sqrt(i) % 7;
  return JSON.parse(JSON.stringify({acc, list: Array.from({length: 2000}, (_, i) => ({i, s: `item${i}`}))})).acc as number;
}

export async function run(ctx: BenchContext): Promise<BenchFigure[]> {
  const {template, usage} = fiftyFunctionTemplate();
  const parse = () => {
    const design = readDesign(template);
    if (!design.ok) throw new Error(design.error);
    const read = readUsage(usage, design.value);
    if (!read.ok) throw new Error(read.error);
    return {design: design.value, usage: read.value};
  };
  const parsed = parse();
  const baseline = msPerCall(baselineWork, 800);
  const parseMs = msPerCall(parse);
  const priceMs = msPerCall(() => estimateDesign(parsed.design, parsed.usage));
  const allMs = msPerCall(() => {
    const fresh = parse();
    return estimateDesign(fresh.design, fresh.usage);
  });
  const figures: BenchFigure[] = [
    {name: 'Design estimate, 50 functions: CPU baseline (fixed reference loop)', value: baseline, unit: 'ms'},
    {name: 'Design estimate, 50 functions: parse template + usage (YAML)', value: parseMs, unit: 'ms'},
    {name: 'Design estimate, 50 functions: price only, once loaded (Node)', value: priceMs, unit: 'ms', goal: '≤ 50 ms'},
    {name: 'Design estimate, 50 functions: parse + price (Node)', value: allMs, unit: 'ms', goal: '≤ 50 ms'},
    {name: 'Design estimate, 50 functions: parse ÷ baseline', value: parseMs / baseline, unit: '×'},
    {name: 'Design estimate, 50 functions: price ÷ baseline', value: priceMs / baseline, unit: '×'},
  ];
  // JS the design view adds to the calculator page, and only once it is opened.
  const page = await ctx.openPage('about:blank');
  const urls = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('.js') && request.resourceType() === 'script') urls.add(url.pathname);
  });
  await page.goto(new URL(CALCULATOR, ctx.baseUrl).href, {waitUntil: 'networkidle'});
  const before = new Set(urls);
  await page.getByTestId('open-design').click();
  await page.getByTestId('design-total').waitFor();
  await page.waitForLoadState('networkidle');
  const added = [...urls].filter((url) => !before.has(url));
  const size = added.reduce((sum, url) => sum + gzipSync(readFileSync(join(ctx.buildDir, decodeURIComponent(url)))).length, 0);
  figures.push({name: `Design view chunk(s) loaded on opening (${added.length} files), none before`, value: size / 1024, unit: 'KB gz'});
  return figures;
}
