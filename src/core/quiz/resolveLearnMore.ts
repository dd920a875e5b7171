import {LEARN_MORE_FALLBACKS} from '../../data/quiz/learnMoreFallbacks.ts';
import type {LearnMorePath} from '../../data/quiz/learnMorePaths.ts';

/**
 * The page a learn-more link should open: the intended page when the site has it, else its listed
 * fallback when the site has that, else undefined (the link is then not rendered at all, so a
 * missing page can never become a broken link).
 */
export function resolveLearnMore(path: LearnMorePath, existingPaths: ReadonlySet<string>): string | undefined {
  const normalise = (p: string) => p.replace(/\/$/, '');
  const has = (p: string) => existingPaths.has(normalise(p));
  if (has(path)) return path;
  const fallback = LEARN_MORE_FALLBACKS[path];
  return fallback !== undefined && has(fallback) ? fallback : undefined;
}
