import {describe, expect, it} from 'vitest';
import {designToCsv, designToMarkdown, DESIGN_PRESETS, estimateDesign, formatUsage, readDesign, readUsage} from '../../../src/core/design/index.ts';

const price = (id: string) => {
  const preset = DESIGN_PRESETS.find((entry) => entry.id === id)!;
  const design = readDesign(preset.template);
  if (!design.ok) throw new Error(design.error);
  const usage = readUsage(preset.usage, design.value);
  if (!usage.ok) throw new Error(usage.error);
  return estimateDesign(design.value, usage.value);
};

describe('the teaching page’s worked examples (hand-checked)', () => {
  it('HTTP API + Lambda + DynamoDB + logs: $65.26, Lambda 57 %', () => {
    const e = price('http-api');
    // Lambda: (20M − 1M) × $0.20/M = $3.80; 20M × 0.12 s × 1 GB = 2.4M GB-s − 400,000 = 2M × $0.0000166667 = $33.3334 ≈ $33.33
    // HTTP API: 20M × $1.00/M = $20.00 (its free tier is a 12-month offer)
    // DynamoDB: 5M WRU × $0.625/M = $3.125 ≈ $3.13; 20M RRU × $0.125/M = $2.50; 10 GB ≤ 25 GB free
    // Logs: (10 − 5 free) GB × $0.50 = $2.50
    expect(e.lines.map((line) => line.usd)).toEqual([3.8, 33.33, 2.5, 3.13, 2.5, 0, 20]);
    expect(e.total).toBe(65.26);
    expect(Math.round(e.lambdaShare * 100)).toBe(57);
  });
  it('SQS worker: $14.80, Lambda 68 %', () => {
    const e = price('sqs-worker');
    // SQS: (13M − 1M) × $0.40/M = $4.80; Lambda: 1M requests free; 1M × 2 s × 0.5 GB = 1M GB-s − 400,000 = 600,000 × $0.0000166667 = $10.00002
    // Logs: 3 GB ≤ 5 GB free
    expect(e.total).toBe(14.8);
    expect(Math.round(e.lambdaShare * 100)).toBe(68);
  });
  it('VPC function behind NAT: $57.15, Lambda only 19 % (the NAT trap)', () => {
    const e = price('vpc-nat');
    // Lambda: 4M × $0.20/M = $0.80 + 600,000 GB-s × $0.0000166667 = $10.00; NAT: 730 h × $0.045 = $32.85 + 300 GB × $0.045 = $13.50
    expect(e.total).toBe(57.15);
    expect(Math.round(e.lambdaShare * 100)).toBe(19);
    expect(e.resources.find((r) => r.id === 'Vpc')?.status).toBe('free');
  });
  it('exports: CSV and Markdown carry every line and the total; formatUsage round-trips', () => {
    const e = price('http-api');
    expect(designToCsv(e)).toContain('Total (sum of rounded lines),,,,,65.26,');
    expect(designToMarkdown(e)).toContain('**$65.26**');
    const preset = DESIGN_PRESETS[0]!;
    const design = readDesign(preset.template);
    if (!design.ok) throw new Error(design.error);
    const usage = readUsage(preset.usage, design.value);
    if (!usage.ok) throw new Error(usage.error);
    const again = readUsage(formatUsage(usage.value.resources), design.value);
    expect(again.ok && again.value.resources).toEqual(usage.value.resources);
  });
});
