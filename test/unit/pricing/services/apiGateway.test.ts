import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {priceApiGateway, type ApiKind} from '../../../../src/core/pricing/services/apiGateway.ts';
import type {FreeTierMode} from '../../../../src/core/pricing/services/types.ts';
import {checkContinuity, checkPricerProperties} from '../../../support/pricerProperties.ts';

const price = (kind: ApiKind, usage: Record<string, number>, freeTier: FreeTierMode = 'always-free', cacheSizeGB?: string) =>
  priceApiGateway({resource: 'Api', region: 'us-east-1', usage, config: {kind, ...(cacheSizeGB ? {cacheSizeGB} : {})}}, {freeTier});

describe('API Gateway pricer', () => {
  it('HTTP API: the pricing page’s tier split, 300M at $1.00/M + 132M at $0.90/M', () => {
    const bill = price('http', {monthly_requests: 432_000_000});
    // 300,000,000 × $0.000001 = $300.00; 132,000,000 × $0.0000009 = $118.80
    expect(bill.total).toBe(418.8);
    expect(bill.lines[0]?.formula).toContain('300,000,000 × $1.00 per 1M requests + 132,000,000 × $0.90 per 1M requests');
  });

  it('HTTP API: meters in 512 KB increments (513 KB is two requests)', () => {
    expect(price('http', {monthly_requests: 1_000_000, request_size_kb: 513}).total).toBe(2); // 2M × $1.00/M
    expect(price('http', {monthly_requests: 1_000_000, request_size_kb: 512}).total).toBe(1);
    expect(price('http', {monthly_requests: 10_000_000}).total).toBe(10); // the example line
  });

  it('REST API: three tiers, 1.5 B requests', () => {
    // 333M × $3.50/M = $1,165.50; 667M × $2.80/M = $1,867.60; 500M × $2.38/M = $1,190.00 → $4,223.10
    expect(price('rest', {monthly_requests: 1_500_000_000}).total).toBe(4223.1);
    expect(price('rest', {monthly_requests: 5_000_000}).total).toBe(17.5); // 5M × $3.50/M
  });

  it('REST API cache: 730 hours of a 0.5 GB cache at $0.020/hour = $14.60, never in the free tier', () => {
    const bill = price('rest', {monthly_requests: 0}, 'with-12-month', '0.5');
    expect(bill.lines.find((line) => line.dimension === 'cache:0.5')?.usd).toBe(14.6);
  });

  it('WebSocket: 32 KB message increments + connection minutes', () => {
    // 10M messages of 40 KB = 20M metered × $1.00/M = $20.00; 100M minutes × $0.25/M = $25.00
    expect(price('websocket', {monthly_messages: 10_000_000, message_size_kb: 40, monthly_connection_mins: 100_000_000}).total).toBe(45);
  });

  it('the free tier is a 12-month offer: off by default, 1M calls with with-12-month', () => {
    expect(price('http', {monthly_requests: 3_000_000}).total).toBe(3);
    const first = price('http', {monthly_requests: 3_000_000}, 'with-12-month');
    expect(first.total).toBe(2);
    expect(first.lines[0]?.freeTier?.kind).toBe('12-month');
    expect(first.lines[0]?.formula).toContain('− 1,000,000 free (12-month offer)');
  });

  it('missing usage is never $0: the line says which key it needs', () => {
    const bill = price('http', {});
    expect(bill.lines).toEqual([]);
    expect(bill.unpriced[0]).toMatchObject({label: 'HTTP API requests', keys: ['monthly_requests']});
  });

  it('an unknown Region is unpriced, with the Regions that are known', () => {
    const bill = priceApiGateway({resource: 'Api', region: 'eu-west-1', usage: {monthly_requests: 1}, config: {kind: 'http'}});
    expect(bill.unpriced[0]?.reason).toMatch(/no Amazon API Gateway rate for eu-west-1.*not in the total.*Regions known: us-east-1/);
  });

  it('properties: monotone, free tier never raises, continuous at 300M and 333M/1B', () => {
    const http = (usage: Record<string, number>, mode: FreeTierMode) => price('http', usage, mode);
    checkPricerProperties(http, fc.record({monthly_requests: fc.integer({min: 0, max: 2_000_000_000}), request_size_kb: fc.integer({min: 1, max: 10_240})}), ['monthly_requests']);
    const rest = (usage: Record<string, number>, mode: FreeTierMode) => price('rest', usage, mode);
    checkPricerProperties(rest, fc.record({monthly_requests: fc.integer({min: 0, max: 30_000_000_000})}), ['monthly_requests'], 100);
    checkContinuity(http, {}, 'monthly_requests', 300_000_000, 0.000001);
    checkContinuity(rest, {}, 'monthly_requests', 333_000_000, 0.0000035);
    checkContinuity(rest, {}, 'monthly_requests', 1_000_000_000, 0.0000035);
    checkContinuity(rest, {}, 'monthly_requests', 20_000_000_000, 0.0000035);
  });
});
