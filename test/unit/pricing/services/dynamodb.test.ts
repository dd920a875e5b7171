import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {FreeTierMode} from '../../../../src/core/pricing/services/types.ts';
import {checkContinuity, checkPricerProperties} from '../../../support/pricerProperties.ts';
import {priceDynamoDb} from '../../../../src/core/pricing/services/dynamodb.ts';

const onDemand = (usage: Record<string, number>, freeTier: FreeTierMode = 'always-free', streams = false) => priceDynamoDb({resource: 'Table', region: 'us-east-1', usage, config: {onDemand: true, streams}}, {freeTier});

describe('DynamoDB pricer', () => {
  it('on-demand: $0.625/M WRU, $0.125/M RRU, storage after 25 GB free', () => {
    // 650,000 WRU × $0.000000625 = $0.40625 ≈ $0.41; 550,000 RRU × $0.000000125 = $0.06875 ≈ $0.07; 10 GB ≤ 25 free → $0
    const bill = onDemand({monthly_write_request_units: 650_000, monthly_read_request_units: 550_000, storage_gb: 10});
    expect(bill.lines.map((line) => line.usd)).toEqual([0.41, 0.07, 0]);
    expect(bill.total).toBe(0.48);
    // 100 GB − 25 free = 75 GB × $0.25 = $18.75
    expect(onDemand({monthly_write_request_units: 0, monthly_read_request_units: 0, storage_gb: 100}).total).toBe(18.75);
  });
  it('provisioned: 100 WCU and 100 RCU for 730 hours, 25 each free', () => {
    const bill = priceDynamoDb({resource: 'T', region: 'us-east-1', usage: {storage_gb: 1}, config: {onDemand: false, writeCapacityUnits: 100, readCapacityUnits: 100}});
    // WCU: (73,000 − 18,250) × $0.00065 = $35.5875 ≈ $35.59; RCU: 54,750 × $0.00013 = $7.1175 ≈ $7.12
    expect(bill.lines.map((line) => line.usd)).toEqual([35.59, 7.12, 0]);
    const none = priceDynamoDb({resource: 'T', region: 'us-east-1', usage: {storage_gb: 1}, config: {onDemand: false, writeCapacityUnits: 100, readCapacityUnits: 100}}, {freeTier: 'none'});
    // 73,000 × $0.00065 = $47.45; 73,000 × $0.00013 = $9.49; 1 × $0.25
    expect(none.total).toBe(57.19);
  });
  it('streams: 2.5M read request units free, then $0.02 per 100,000', () => {
    expect(onDemand({monthly_write_request_units: 0, monthly_read_request_units: 0, storage_gb: 0, monthly_streams_read_request_units: 12_500_000}, 'always-free', true).total).toBe(2);
  });
  it('properties', () => {
    checkPricerProperties((usage, mode) => onDemand(usage, mode, true), fc.record({monthly_write_request_units: fc.integer({min: 0, max: 1e11}), monthly_read_request_units: fc.integer({min: 0, max: 1e11}), storage_gb: fc.integer({min: 0, max: 1e6}), monthly_streams_read_request_units: fc.integer({min: 0, max: 1e9})}), ['monthly_write_request_units', 'monthly_read_request_units', 'storage_gb', 'monthly_streams_read_request_units']);
    checkContinuity((usage, mode) => onDemand(usage, mode), {monthly_write_request_units: 1, monthly_read_request_units: 1}, 'storage_gb', 25, 0.25);
  });
});
