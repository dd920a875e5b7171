// The team settings' shape, defaults and discount arithmetic: plain TypeScript, shared by the build
// (src/team/loadTeamConfig.ts) and the pages (src/utils/teamConfig.ts).

export interface TeamData {
  /** The team's name ("Lambda Lab" when unset). */
  name: string;
  /** Default Region for every widget. */
  region: string;
  /** Default architecture for every widget. */
  architecture: 'x86_64' | 'arm64';
  /** Which defaults the team file set (a widget with its own example default keeps it otherwise). */
  defaultsSet: {region: boolean; architecture: boolean};
  /** The negotiated discount applied to estimates, or null. */
  discount: {percent: number; label: string} | null;
  /** The limits checker's team policy file (YAML) as text, for the checker's `policy` option. */
  policy: {file: string; text: string} | null;
  /** The team's own pages, in order: the sidebar lists them, and so can the learning track. */
  extraPages: {title: string; permalink: string; description: string | null}[];
  /** docs/ sections the team hid. */
  hidden: string[];
}

export const DEFAULT_TEAM: TeamData = {
  name: 'Lambda Lab',
  region: 'us-east-1',
  architecture: 'x86_64',
  defaultsSet: {region: false, architecture: false},
  discount: null,
  policy: null,
  extraPages: [],
  hidden: [],
};

export const TEAM_PLUGIN = 'lambda-lab-team';

/**
 * A monthly amount after the team's discount, rounded to the cent once, at the end (a discount applies
 * to the bill, the way AWS applies a private pricing agreement to the invoice).
 */
export function discounted(amountUSD: number, discount: TeamData['discount']): number {
  if (!discount) return amountUSD;
  return Math.round(amountUSD * (1 - discount.percent / 100) * 100) / 100;
}
