import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {decodeState, encodeState, type PlaygroundState} from '../../../src/components/Playground/shareState.ts';

const base: PlaygroundState = {code: 'export const handler = async () => 1;', language: 'typescript', templateId: 's3-put', eventText: '{}', memoryMB: 128, timeoutSeconds: 3, envText: '', mode: 'sync'};

describe('share links', () => {
  it('round-trip every state (property)', () => {
    fc.assert(fc.property(fc.record({
      code: fc.string(), language: fc.constantFrom('typescript' as const, 'javascript' as const, 'python' as const), templateId: fc.string(), eventText: fc.string(),
      memoryMB: fc.integer({min: 128, max: 10_240}), timeoutSeconds: fc.integer({min: 1, max: 900}), envText: fc.string(),
      mode: fc.constantFrom('sync' as const, 'async' as const, 'sqs' as const, 'stream' as const),
      mocksText: fc.string(),
      pythonRuntime: fc.constantFrom('python3.12' as const, 'python3.13' as const, 'python3.14' as const),
    }, {requiredKeys: ['code', 'language', 'templateId', 'eventText', 'memoryMB', 'timeoutSeconds', 'envText', 'mode']}), (state) => {
      expect(decodeState(encodeState(state), base)).toEqual(state);
    }));
  });

  it('ignore other hashes and malformed or hostile payloads without throwing', () => {
    expect(decodeState('', base)).toBeUndefined();
    expect(decodeState('#what-to-try', base)).toBeUndefined();
    expect(decodeState('#pg=%%%not-lz', base)).toBeUndefined();
    const weird = encodeState({...base, memoryMB: 'lots' as unknown as number, mode: 'eval' as never, language: 'cobol' as never});
    expect(decodeState(weird, base)).toEqual({...base, memoryMB: 128, mode: 'sync', language: 'typescript'});
    // A Python runtime that Lambda Lab does not name is dropped (the default applies).
    expect(decodeState(encodeState({...base, language: 'python', pythonRuntime: 'python2.7' as never}), base)).toEqual({...base, language: 'python'});
  });
});
