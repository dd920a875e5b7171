// The team configuration file (lambda-lab.team.json beside docusaurus.config.ts): its shape and the
// one-line errors a wrong setting gets. Pure TypeScript, used at build time and by the tests; the
// JSON Schema beside the file (lambda-lab.team.schema.json) gives editors the same rules.

export type Architecture = 'x86_64' | 'arm64';

/** What the file may say. Every setting is optional: an absent one keeps Lambda Lab's own default. */
export interface TeamConfigFile {
  $schema?: string;
  /** The team's name: the site title and navbar ("Acme Lambda Lab"). */
  name?: string;
  /** The navbar logo: an image file path relative to the config file, and its alt text. */
  logo?: {src: string; alt?: string};
  /** Defaults every widget starts from. */
  defaults?: {region?: string; architecture?: Architecture};
  /** A negotiated discount applied to every estimate, and stated on it. */
  discount?: {percent: number; label?: string};
  /** The limits checker's team policy file (YAML), path relative to the config file. */
  policyFile?: string;
  /** A folder of the team's own .md/.mdx pages (relative to the config file), shown under "Your team". */
  extraDocs?: string;
  /** Top-level sections of docs/ to leave out of the site (folder names, e.g. "exam", "edge"). */
  hide?: string[];
}

/** The settings with Lambda Lab's defaults filled in. */
export interface TeamSettings {
  name: string;
  logo: {src: string; alt: string} | null;
  region: string;
  architecture: Architecture;
  defaultsSet: {region: boolean; architecture: boolean};
  discount: {percent: number; label: string} | null;
  policyFile: string | null;
  extraDocs: string | null;
  hide: string[];
}

export const DEFAULT_TEAM_SETTINGS: TeamSettings = {
  name: 'Lambda Lab',
  logo: null,
  region: 'us-east-1',
  architecture: 'x86_64',
  defaultsSet: {region: false, architecture: false},
  discount: null,
  policyFile: null,
  extraDocs: null,
  hide: [],
};

const KEYS = ['$schema', 'name', 'logo', 'defaults', 'discount', 'policyFile', 'extraDocs', 'hide'];

export class TeamConfigError extends Error {
  override name = 'TeamConfigError';
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function onlyKeys(value: Record<string, unknown>, allowed: string[], where: string, fail: (setting: string, message: string) => never): void {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) fail(where ? `${where}.${key}` : key, `is not a setting (known: ${allowed.filter((k) => k !== '$schema').join(', ')})`);
}

function text(value: unknown, setting: string, fail: (setting: string, message: string) => never, max = 200): string {
  if (typeof value !== 'string' || value.trim() === '') fail(setting, 'must be a non-empty string');
  if (value.length > max) fail(setting, `must be at most ${max} characters`);
  return value.trim();
}

/**
 * Checks a parsed team configuration and fills in defaults. Throws TeamConfigError with one line:
 * `<file>: <setting> <what is wrong> (<what is accepted>)`.
 */
export function validateTeamConfig(raw: unknown, context: {file: string; regions: readonly string[]; sections: readonly string[]}): TeamSettings {
  const fail = (setting: string, message: string): never => {
    throw new TeamConfigError(`${context.file}: ${setting} ${message}`);
  };
  if (!isObject(raw)) fail('the file', 'must hold a JSON object');
  const config = raw as Record<string, unknown>;
  onlyKeys(config, KEYS, '', fail);
  const settings: TeamSettings = {...DEFAULT_TEAM_SETTINGS, defaultsSet: {region: false, architecture: false}, hide: []};

  if (config.name !== undefined) settings.name = text(config.name, 'name', fail, 60);
  if (config.logo !== undefined) {
    if (!isObject(config.logo)) fail('logo', 'must be an object {"src": "path/to/logo.svg", "alt": "…"}');
    const logo = config.logo as Record<string, unknown>;
    onlyKeys(logo, ['src', 'alt'], 'logo', fail);
    const src = text(logo.src, 'logo.src', fail);
    if (!/\.(svg|png|jpe?g|webp|gif)$/i.test(src)) fail('logo.src', `"${src}" must be an image file (.svg, .png, .jpg, .webp or .gif)`);
    settings.logo = {src, alt: logo.alt === undefined ? `${settings.name} logo` : text(logo.alt, 'logo.alt', fail)};
  }
  if (config.defaults !== undefined) {
    if (!isObject(config.defaults)) fail('defaults', 'must be an object {"region": …, "architecture": …}');
    const defaults = config.defaults as Record<string, unknown>;
    onlyKeys(defaults, ['region', 'architecture'], 'defaults', fail);
    if (defaults.region !== undefined) {
      if (typeof defaults.region !== 'string' || !context.regions.includes(defaults.region)) fail('defaults.region', `${JSON.stringify(defaults.region)} is not a Region Lambda Lab has prices for (one of: ${context.regions.join(', ')})`);
      settings.region = defaults.region as string;
      settings.defaultsSet.region = true;
    }
    if (defaults.architecture !== undefined) {
      if (defaults.architecture !== 'x86_64' && defaults.architecture !== 'arm64') fail('defaults.architecture', `${JSON.stringify(defaults.architecture)} must be "x86_64" or "arm64"`);
      settings.architecture = defaults.architecture as Architecture;
      settings.defaultsSet.architecture = true;
    }
  }
  if (config.discount !== undefined) {
    if (!isObject(config.discount)) fail('discount', 'must be an object {"percent": 12, "label": "…"}');
    const discount = config.discount as Record<string, unknown>;
    onlyKeys(discount, ['percent', 'label'], 'discount', fail);
    const percent = discount.percent;
    if (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0 || percent >= 100) fail('discount.percent', `${JSON.stringify(percent)} must be a number from 0 to below 100 (a percentage off AWS's list prices)`);
    const label = discount.label === undefined ? 'negotiated discount' : text(discount.label, 'discount.label', fail, 80);
    settings.discount = (percent as number) > 0 ? {percent: percent as number, label} : null;
  }
  for (const key of ['policyFile', 'extraDocs'] as const) {
    if (config[key] !== undefined) settings[key] = text(config[key], key, fail, 500);
  }
  if (config.hide !== undefined) {
    if (!Array.isArray(config.hide)) fail('hide', `must be a list of sections (any of: ${context.sections.join(', ')})`);
    (config.hide as unknown[]).forEach((section, i) => {
      if (typeof section !== 'string' || !context.sections.includes(section)) fail(`hide[${i}]`, `${JSON.stringify(section)} is not a section of docs/ (one of: ${context.sections.join(', ')})`);
      settings.hide.push(section as string);
    });
  }
  return settings;
}
