import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {loadTeamConfig} from '../../../src/team/loadTeamConfig.ts';
import {DEFAULT_TEAM_SETTINGS, validateTeamConfig} from '../../../src/team/validateTeamConfig.ts';
import {discounted} from '../../../src/utils/teamData.ts';

const ROOT = join(__dirname, '../../..');
const context = {file: 'team.json', regions: ['us-east-1', 'eu-west-1'], sections: ['edge', 'exam', 'pricing']};
const error = (raw: unknown) => {
  try {
    validateTeamConfig(raw, context);
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('validateTeamConfig', () => {
  it('fills in Lambda Lab defaults for an empty file', () => {
    expect(validateTeamConfig({}, context)).toEqual(DEFAULT_TEAM_SETTINGS);
  });

  it('reads every setting', () => {
    const settings = validateTeamConfig(
      {name: 'Acme', logo: {src: 'a/logo.svg'}, defaults: {region: 'eu-west-1', architecture: 'arm64'}, discount: {percent: 12.5, label: 'EDP'}, policyFile: 'p.yml', extraDocs: 'docs', hide: ['edge']},
      context,
    );
    expect(settings).toEqual({
      name: 'Acme',
      logo: {src: 'a/logo.svg', alt: 'Acme logo'},
      region: 'eu-west-1',
      architecture: 'arm64',
      defaultsSet: {region: true, architecture: true},
      discount: {percent: 12.5, label: 'EDP'},
      policyFile: 'p.yml',
      extraDocs: 'docs',
      hide: ['edge'],
    });
  });

  it('names the bad setting in one line, with what is accepted', () => {
    expect(error({defaults: {region: 'eu-west-9'}})).toBe('team.json: defaults.region "eu-west-9" is not a Region Lambda Lab has prices for (one of: us-east-1, eu-west-1)');
    expect(error({defaults: {architecture: 'arm'}})).toBe('team.json: defaults.architecture "arm" must be "x86_64" or "arm64"');
    expect(error({discount: {percent: 100}})).toMatch(/^team\.json: discount\.percent 100 must be a number from 0 to below 100/);
    expect(error({discount: {percent: '10'}})).toMatch(/^team\.json: discount\.percent "10" must be a number/);
    expect(error({hide: ['exma']})).toBe('team.json: hide[0] "exma" is not a section of docs/ (one of: edge, exam, pricing)');
    expect(error({colour: 'red'})).toMatch(/^team\.json: colour is not a setting \(known: name, logo/);
    expect(error({logo: {src: 'logo.pdf'}})).toMatch(/^team\.json: logo\.src "logo\.pdf" must be an image file/);
    expect(error({name: ''})).toBe('team.json: name must be a non-empty string');
    expect(error([])).toBe('team.json: the file must hold a JSON object');
    for (const message of [error({defaults: {region: 5}}), error({discount: {percent: -1}})]) expect(message).not.toContain('\n');
  });
});

describe('discounted', () => {
  it('takes the percentage off and rounds to the cent once', () => {
    expect(discounted(100, {percent: 12, label: 'x'})).toBe(88);
    expect(discounted(10.01, {percent: 12.5, label: 'x'})).toBe(8.76);
    expect(discounted(42.42, null)).toBe(42.42);
  });

  it('is never more than the list price, never negative, always whole cents', () => {
    fc.assert(
      fc.property(fc.double({min: 0, max: 1e7, noNaN: true}), fc.double({min: 0, max: 99.99, noNaN: true}), (amount, percent) => {
        const value = discounted(amount, {percent, label: 'x'});
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(Math.round(amount * 100) / 100 + 1e-9);
        expect(Math.abs(value * 100 - Math.round(value * 100))).toBeLessThan(1e-6);
      }),
    );
  });
});

describe('loadTeamConfig', () => {
  it('reads the sample team configuration, its policy and its pages', () => {
    const loaded = loadTeamConfig(ROOT, {LAMBDA_LAB_TEAM_CONFIG: 'test/fixtures/team/lambda-lab.team.json'});
    expect(loaded.settings.name).toBe('Acme Serverless');
    expect(loaded.logo?.url).toBe('/acme-logo.svg');
    expect(loaded.policy?.text).toContain('max-timeout-seconds');
    expect(loaded.extraPages).toEqual([{title: 'Acme Lambda conventions', permalink: '/docs/team/conventions', description: 'How Acme names, sizes and deploys its functions.'}]);
  });

  it('names a path that does not exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'team-'));
    writeFileSync(join(dir, 'team.json'), JSON.stringify({policyFile: 'missing.yml'}));
    expect(() => loadTeamConfig(ROOT, {LAMBDA_LAB_TEAM_CONFIG: join(dir, 'team.json')})).toThrow(/policyFile "missing\.yml" is not a file/);
  });

  it('says when the file is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'team-'));
    writeFileSync(join(dir, 'team.json'), '{name: Acme}');
    expect(() => loadTeamConfig(ROOT, {LAMBDA_LAB_TEAM_CONFIG: join(dir, 'team.json')})).toThrow(/team\.json: not valid JSON/);
  });

  it("the repository's own file keeps Lambda Lab's defaults", () => {
    const loaded = loadTeamConfig(ROOT, {});
    expect(loaded.settings).toEqual(DEFAULT_TEAM_SETTINGS);
  });
});
