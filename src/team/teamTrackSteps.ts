import type {TrackStepInput} from '../core/track/track';
import {TEAM_ROUTE, type TeamPage} from './loadTeamConfig';

// Build time: the team's extra pages (extraDocs in lambda-lab.team.json) become steps of the
// "Learn Lambda" track, after the built-in ones, in the sidebar's order. docusaurus.config.ts
// hands them to the track through customFields.learningTrack.extraSteps (src/core/track/track.ts
// validates them like any other extra step).

/** A step id from the page's path: /docs/team/deploy/pipeline → team-deploy-pipeline. */
export function teamStepId(permalink: string): string {
  const rest = permalink.slice(TEAM_ROUTE.length).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `team${rest ? `-${rest}` : ''}`.slice(0, 64).replace(/-+$/, '');
}

/** One track step per team page: its title, its path, and its description as what you will learn. */
export function teamTrackSteps(pages: readonly TeamPage[]): TrackStepInput[] {
  const seen = new Set<string>();
  return pages.flatMap((page) => {
    const id = teamStepId(page.permalink);
    if (seen.has(id)) return []; // two paths that differ only by punctuation: the first one wins
    seen.add(id);
    return [{id, title: page.title.slice(0, 120), page: page.permalink, learn: page.description ? [page.description] : []}];
  });
}
