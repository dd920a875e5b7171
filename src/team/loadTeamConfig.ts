import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import {basename, dirname, join, relative, resolve} from 'node:path';
import {REGION_PRICES} from '../data/prices';
import type {TeamData} from '../utils/teamData';
import {TeamConfigError, validateTeamConfig, type TeamSettings} from './validateTeamConfig';

// Build time (docusaurus.config.ts, sidebars.ts): reads the team configuration file, checks every
// path it names, and lists the team's extra pages. See docs/tools/team-hosting.mdx.

/** The file read unless LAMBDA_LAB_TEAM_CONFIG names another. */
export const TEAM_CONFIG_FILE = 'lambda-lab.team.json';
/** Where the team's extra pages are served. */
export const TEAM_ROUTE = '/docs/team';

export interface TeamPage {
  title: string;
  /** URL path, e.g. /docs/team/conventions. */
  permalink: string;
  description: string | null;
}

export interface LoadedTeamConfig {
  settings: TeamSettings;
  /** The file the settings came from, or null when there is none (Lambda Lab's defaults). */
  file: string | null;
  /** The logo's folder (served as a static directory) and its URL path. */
  logo: {dir: string; url: string; alt: string} | null;
  policy: {file: string; text: string} | null;
  extraDocsDir: string | null;
  extraPages: TeamPage[];
}

function frontMatter(text: string): Record<string, string> {
  const block = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return Object.fromEntries([...block.matchAll(/^(\w+):\s*(.+)$/gm)].map((m) => [m[1]!, m[2]!.trim().replace(/^(['"])(.*)\1$/, '$2')]));
}

/** The team's pages, ordered by sidebar_position then title: what the sidebar and learning track list. */
function listPages(dir: string): TeamPage[] {
  const files = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return files(path);
      return /\.mdx?$/.test(name) && !name.startsWith('_') ? [path] : [];
    });
  return files(dir)
    .map((path) => {
      const text = readFileSync(path, 'utf8');
      const meta = frontMatter(text);
      const id = relative(dir, path).replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
      const heading = /^#\s+(.+)$/m.exec(text)?.[1];
      return {
        title: meta.title ?? heading ?? basename(id),
        permalink: `${TEAM_ROUTE}/${meta.slug ? meta.slug.replace(/^\//, '') : id}`.replace(/\/$/, ''),
        description: meta.description ?? null,
        position: Number(meta.sidebar_position ?? Infinity),
      };
    })
    .sort((a, b) => a.position - b.position || a.title.localeCompare(b.title))
    .map(({position: _position, ...page}) => page);
}

let cached: {key: string; value: LoadedTeamConfig} | undefined;

/** Reads and checks the team configuration. Throws one line naming the setting when something is wrong. */
export function loadTeamConfig(siteDir: string, env: NodeJS.ProcessEnv = process.env): LoadedTeamConfig {
  const named = env.LAMBDA_LAB_TEAM_CONFIG;
  const file = named ? resolve(siteDir, named) : join(siteDir, TEAM_CONFIG_FILE);
  if (cached?.key === file) return cached.value;
  if (named && !existsSync(file)) throw new TeamConfigError(`LAMBDA_LAB_TEAM_CONFIG: ${file} does not exist`);
  const shown = relative(siteDir, file) || file;
  let raw: unknown = {};
  if (existsSync(file)) {
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new TeamConfigError(`${shown}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  const docsDir = join(siteDir, 'docs');
  const sections = readdirSync(docsDir)
    .filter((name) => statSync(join(docsDir, name)).isDirectory() || /\.mdx?$/.test(name))
    .map((name) => name.replace(/\.mdx?$/, ''))
    .sort();
  const settings = validateTeamConfig(raw, {file: shown, regions: REGION_PRICES.map((prices) => prices.region), sections});
  const base = dirname(file);
  const existing = (setting: string, path: string, kind: 'file' | 'folder') => {
    const absolute = resolve(base, path);
    if (!existsSync(absolute) || statSync(absolute).isDirectory() !== (kind === 'folder')) throw new TeamConfigError(`${shown}: ${setting} "${path}" is not a ${kind} (paths are relative to ${shown})`);
    return absolute;
  };
  const logoFile = settings.logo ? existing('logo.src', settings.logo.src, 'file') : null;
  const policyFile = settings.policyFile ? existing('policyFile', settings.policyFile, 'file') : null;
  const extraDocsDir = settings.extraDocs ? existing('extraDocs', settings.extraDocs, 'folder') : null;
  const value: LoadedTeamConfig = {
    settings,
    file: existsSync(file) ? file : null,
    logo: logoFile && settings.logo ? {dir: dirname(logoFile), url: `/${basename(logoFile)}`, alt: settings.logo.alt} : null,
    policy: policyFile ? {file: basename(policyFile), text: readFileSync(policyFile, 'utf8')} : null,
    extraDocsDir,
    extraPages: extraDocsDir ? listPages(extraDocsDir) : [],
  };
  cached = {key: file, value};
  return value;
}

/** What the site's pages can read (site global data "lambda-lab-team", see src/utils/teamConfig.ts). */
export function teamGlobalData(loaded: LoadedTeamConfig): TeamData {
  const {settings} = loaded;
  return {
    name: settings.name,
    region: settings.region,
    architecture: settings.architecture,
    defaultsSet: settings.defaultsSet,
    discount: settings.discount,
    policy: loaded.policy,
    extraPages: loaded.extraPages,
    hidden: settings.hide,
  };
}
