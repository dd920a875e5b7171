/**
 * Where a learn-more link goes while its page does not exist yet in this build: pages written by
 * other helpers land on their own schedule. The quiz resolves each link against the site's real doc
 * routes at render time (resolveLearnMore), so once the intended page is merged the link points to
 * it with no data change. Each fallback must be an existing page on the same topic.
 */
import type {LearnMorePath} from './learnMorePaths.ts';

export const LEARN_MORE_FALLBACKS: Readonly<Partial<Record<LearnMorePath, LearnMorePath>>> = {
  '/docs/configuration/memory-and-cpu': '/docs/configuration/timeout-storage-architecture',
  '/docs/scaling/concurrency-simulator': '/docs/scaling/concurrency',
  '/docs/limits/checker': '/docs/limits/quotas',
  '/docs/pricing/calculator': '/docs/pricing/how-billing-works',
  '/docs/deployment/traffic-shifting': '/docs/deployment/versions-and-aliases',
  '/docs/pricing/bill-format': '/docs/pricing/how-billing-works',
};
