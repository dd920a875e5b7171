import {describe, expect, it} from 'vitest';
import {checkFunction} from '../../../src/core/limits/checkFunctions.ts';
import {DEFAULT_FORM, formToConfig} from '../../../src/core/limits/formToConfig.ts';

describe('formToConfig', () => {
  it('the default form is a clean function', () => {
    const {config, fieldErrors} = formToConfig(DEFAULT_FORM);
    expect(fieldErrors).toEqual({});
    expect(checkFunction(config, {today: '2026-11-24'}).findings).toEqual([]);
  });
  it('maps inputs to the config the rules read', () => {
    const {config} = formToConfig({...DEFAULT_FORM, memoryMB: '10,241', environment: 'A=1\nB=two=2', layers: '6', sqs: true, sqsVisibilitySeconds: '100', api: 'rest', edgeTrigger: 'viewer-request', asyncEventKB: '300'});
    expect(config).toMatchObject({memoryMB: 10_241, environment: {A: '1', B: 'two=2'}, edgeTrigger: 'viewer-request', payloads: {asyncEventKB: 300}});
    expect(config.layers).toHaveLength(6);
    expect(config.eventSources).toEqual([{type: 'api', api: 'rest'}, {type: 'sqs', fifo: false, visibilityTimeoutSeconds: 100, batchSize: 10, maximumBatchingWindowSeconds: 0}]);
    const rules = checkFunction(config, {today: '2026-11-24'}).findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['memory.range', 'layers.count', 'edge.environment', 'edge.layers', 'sqs.visibility', 'payload.async']));
  });
  it('account and policy inputs reach the rules', () => {
    const {config, codeStorageGB} = formToConfig({...DEFAULT_FORM, codeStorageGB: '301', resourcePolicyKB: '21'});
    expect(codeStorageGB).toBe(301);
    expect(checkFunction(config, {today: '2026-11-24'}).findings.map((f) => f.rule)).toEqual(['resourcePolicy.size']);
  });
  it('text that is not a number is a field error, never NaN', () => {
    const {config, fieldErrors} = formToConfig({...DEFAULT_FORM, memoryMB: 'lots', environment: 'no equals sign'});
    expect(config.memoryMB).toBeUndefined();
    expect(fieldErrors).toEqual({memoryMB: 'Memory: "lots" is not a number or a size like 512 MB or 1.5 GB (128–10,240 MB).', environment: 'Environment variables, line 1: write KEY=value.'});
  });
  it('reads units as the calculator does, and refuses what no function can have', () => {
    expect(formToConfig({...DEFAULT_FORM, memoryMB: '1.5 GB', timeoutSeconds: '15 min'}).config).toMatchObject({memoryMB: 1536, timeoutSeconds: 900});
    const {fieldErrors} = formToConfig({...DEFAULT_FORM, memoryMB: '99 GB', name: ' ', region: 'mars-north-9', layers: '-5'});
    expect(Object.keys(fieldErrors).sort()).toEqual(['layers', 'memoryMB', 'name', 'region']);
    expect(fieldErrors['memoryMB']).toContain('above the maximum of 10,240 MB');
    expect(formToConfig({...DEFAULT_FORM, region: 'us-gov-west-1'}).fieldErrors).toEqual({});
    expect(formToConfig({...DEFAULT_FORM, region: 'ap-southeast-5'}).fieldErrors).toEqual({});
  });
  it('empty inputs are "not set"', () => {
    const {config} = formToConfig({...DEFAULT_FORM, memoryMB: '', timeoutSeconds: ' '});
    expect(config.memoryMB).toBeUndefined();
    expect(config.timeoutSeconds).toBeUndefined();
  });
});
