import {describe, expect, it} from 'vitest';
import {buildTrack} from '../../../src/core/track/track';
import {LEARNING_TRACK} from '../../../src/data/learningTrack';
import {teamStepId, teamTrackSteps} from '../../../src/team/teamTrackSteps';

describe("the team's extra pages as learning-track steps", () => {
  it('makes one valid step per page, in order, after the built-in steps', () => {
    const inputs = teamTrackSteps([
      {title: 'Acme Lambda conventions', permalink: '/docs/team/conventions', description: 'How Acme names its functions.'},
      {title: 'Our pipeline', permalink: '/docs/team/deploy/Pipeline_v2', description: null},
    ]);
    const {steps, problems} = buildTrack(LEARNING_TRACK, inputs);
    expect(problems).toEqual([]);
    expect(steps.slice(0, LEARNING_TRACK.length)).toEqual(LEARNING_TRACK);
    expect(steps.slice(LEARNING_TRACK.length).map((s) => [s.id, s.title, s.page, s.learn, s.origin])).toEqual([
      ['team-conventions', 'Acme Lambda conventions', '/docs/team/conventions', ['How Acme names its functions.'], 'team'],
      ['team-deploy-pipeline-v2', 'Our pipeline', '/docs/team/deploy/Pipeline_v2', [], 'team'],
    ]);
  });

  it('gives the team index page an id, and never two steps the same id', () => {
    expect(teamStepId('/docs/team')).toBe('team');
    expect(teamStepId(`/docs/team/${'a'.repeat(100)}`)).toHaveLength(64);
    const twins = teamTrackSteps([
      {title: 'A', permalink: '/docs/team/a-b', description: null},
      {title: 'B', permalink: '/docs/team/a_b', description: null},
    ]);
    expect(twins.map((s) => s.title)).toEqual(['A']);
  });
});
