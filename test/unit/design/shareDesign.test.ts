import {compressToEncodedURIComponent} from 'lz-string';
import {describe, expect, it} from 'vitest';
import {decodeDesign, encodeDesign, MAX_TEXT} from '../../../src/components/DesignEstimate/shareDesign.ts';

describe('design share links (#design=)', () => {
  it('round-trip', () => {
    const state = {template: 'Resources: {}\n', usage: 'version: 0.1\n', freeTier: 'none' as const};
    expect(decodeDesign(encodeDesign(state))).toEqual({ok: true, value: state});
  });
  it('are validated: cut short, wrong types, oversized, unknown free-tier mode', () => {
    const link = (value: unknown) => `#design=${compressToEncodedURIComponent(JSON.stringify(value))}`;
    expect(decodeDesign('#design=garbage').ok).toBe(false);
    expect(decodeDesign(link({template: 1, usage: ''}))).toEqual({ok: false, error: 'the link’s template or usage is not text'});
    expect(decodeDesign(link({template: 'x'.repeat(MAX_TEXT + 1), usage: ''})).ok).toBe(false);
    expect(decodeDesign(link({template: '', usage: '', freeTier: 'forever'})).ok).toBe(false);
    expect(decodeDesign('#calc=1').ok).toBe(false);
  });
});
