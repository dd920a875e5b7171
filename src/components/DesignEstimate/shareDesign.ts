/**
 * The design view's state in the URL hash (`#design=<lz-string>`): private (never sent to a
 * server), and validated on load — a bad or oversized link shows a notice, never a broken page.
 */
import {compressToEncodedURIComponent, decompressFromEncodedURIComponent} from 'lz-string';
import type {FreeTierMode} from '@site/src/core/pricing/services/types';

export interface DesignShare {
  readonly template: string;
  readonly usage: string;
  readonly freeTier: FreeTierMode;
}

export const DESIGN_PREFIX = '#design=';
/** Templates up to this many characters fit a link (and a paste). */
export const MAX_TEXT = 200_000;
const MODES: readonly FreeTierMode[] = ['always-free', 'with-12-month', 'none'];

export const encodeDesign = (state: DesignShare): string => DESIGN_PREFIX + compressToEncodedURIComponent(JSON.stringify(state));

export function decodeDesign(hash: string): {ok: true; value: DesignShare} | {ok: false; error: string} {
  if (!hash.startsWith(DESIGN_PREFIX)) return {ok: false, error: 'not a design link'};
  let parsed: unknown;
  try {
    parsed = JSON.parse(decompressFromEncodedURIComponent(hash.slice(DESIGN_PREFIX.length)) ?? '');
  } catch {
    return {ok: false, error: 'the link is not valid (it may have been cut short)'};
  }
  const raw = parsed as Partial<DesignShare> | null;
  if (!raw || typeof raw !== 'object') return {ok: false, error: 'the link holds no design'};
  if (typeof raw.template !== 'string' || typeof raw.usage !== 'string') return {ok: false, error: 'the link’s template or usage is not text'};
  if (raw.template.length > MAX_TEXT || raw.usage.length > MAX_TEXT) return {ok: false, error: `the link’s text is longer than ${MAX_TEXT.toLocaleString('en-US')} characters`};
  const freeTier = raw.freeTier ?? 'always-free';
  if (!MODES.includes(freeTier)) return {ok: false, error: `free tier must be one of ${MODES.join(', ')}`};
  return {ok: true, value: {template: raw.template, usage: raw.usage, freeTier}};
}
