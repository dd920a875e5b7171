import {usePluginData} from '@docusaurus/useGlobalData';
import {DEFAULT_TEAM, TEAM_PLUGIN, type TeamData} from './teamData';

// The seam every widget reads the team configuration through (lambda-lab.team.json, see
// docs/tools/team-hosting.mdx). The build puts the checked settings in site global data under
// "lambda-lab-team" (docusaurus.config.ts); without it (a plain copy) these are Lambda Lab's defaults.

export {DEFAULT_TEAM, TEAM_PLUGIN, discounted, type TeamData} from './teamData';

/** The team's settings, for any React component. */
export function useTeamConfig(): TeamData {
  return (usePluginData(TEAM_PLUGIN) as TeamData | undefined) ?? DEFAULT_TEAM;
}

