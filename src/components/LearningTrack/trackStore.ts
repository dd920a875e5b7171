import {useCallback, useSyncExternalStore} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {LEARNING_TRACK, type TrackStep} from '@site/src/data/learningTrack';
import {buildTrack, emptyTrackProgress, parseTrackProgress, serializeTrackProgress, type TrackProgress} from '@site/src/core/track/track';

/** localStorage key of the track progress. */
export const TRACK_KEY = 'lambda-lab:learning-track';
/** The track page's path (docs/learn-lambda.mdx). */
export const TRACK_PATH = '/docs/learn-lambda';

const EMPTY = emptyTrackProgress();
const listeners = new Set<() => void>();
/** Parsed progress per steps list, so every caller of getSnapshot gets the same object until storage changes. */
const cache = new WeakMap<readonly TrackStep[], {text: string | null; value: TrackProgress}>();
/** The built track per configuration object (siteConfig is one object for the whole app). */
let built: {input: unknown; value: {steps: readonly TrackStep[]; problems: readonly string[]}} | undefined;
/** Used when storage throws (private mode, quota): progress then lasts until the tab closes. */
let memory: string | null = null;

function readText(): string | null {
  try {
    return window.localStorage.getItem(TRACK_KEY) ?? memory;
  } catch {
    return memory;
  }
}

function snapshot(steps: readonly TrackStep[]): TrackProgress {
  const text = readText();
  // No progress stored: the same object as the server render, so hydrating the sidebar does not
  // force a second, synchronous render of every sidebar link.
  if (text === null) return EMPTY;
  const hit = cache.get(steps);
  if (hit && hit.text === text) return hit.value;
  let value = EMPTY;
  try {
    value = parseTrackProgress(text, steps);
  } catch (error) {
    // The parser must not throw; if it does, the track starts fresh instead of failing.
    console.warn('Lambda Lab: ignored the stored track progress', error);
  }
  cache.set(steps, {text, value});
  return value;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === TRACK_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * The track's steps: the built-in ones plus a team's extra steps from
 * `customFields.learningTrack.extraSteps` in docusaurus.config.ts (validated; bad entries are
 * skipped and reported on the track page).
 */
export function useTrackSteps(): {steps: readonly TrackStep[]; problems: readonly string[]} {
  const {siteConfig} = useDocusaurusContext();
  const custom = siteConfig.customFields?.['learningTrack'] as {extraSteps?: unknown} | undefined;
  // One steps array for every component (sidebar links and the track page alike), so the
  // progress snapshot above is shared rather than rebuilt per component.
  if (!built || built.input !== custom?.extraSteps) built = {input: custom?.extraSteps, value: buildTrack(LEARNING_TRACK, custom?.extraSteps)};
  return built.value;
}

/**
 * Track progress shared by every component on the page (the track page and the sidebar marks),
 * kept in localStorage and updated across tabs. The server render and hydration see no progress.
 */
export function useTrackProgress(steps: readonly TrackStep[]): [TrackProgress, (next: TrackProgress) => void] {
  const progress = useSyncExternalStore(subscribe, () => snapshot(steps), () => EMPTY);
  const update = useCallback((next: TrackProgress) => {
    const text = serializeTrackProgress(next);
    memory = text;
    try {
      window.localStorage.setItem(TRACK_KEY, text);
    } catch {
      // Storage unavailable: keep the in-memory copy.
    }
    for (const listener of listeners) listener();
  }, []);
  return [progress, update];
}
