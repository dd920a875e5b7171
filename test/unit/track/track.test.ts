import {existsSync} from 'node:fs';
import {join} from 'node:path';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {LEARNING_TRACK} from '../../../src/data/learningTrack.ts';
import {QUIZ_QUESTIONS} from '../../../src/data/quiz/index.ts';
import {buildTrack, checkPassed, emptyTrackProgress, markRead, parseExtraSteps, parseTrackProgress, recordCheck, serializeTrackProgress, summarizeTrack} from '../../../src/core/track/track.ts';

const docExists = (path: string) => {
  const base = join(process.cwd(), 'docs', path.replace(/^\/docs\/?/, ''));
  return ['.md', '.mdx', '/index.md', '/index.mdx'].some((ext) => existsSync(base + ext));
};
const ids = new Set(QUIZ_QUESTIONS.map((q) => q.id));

describe('the Learn Lambda track data', () => {
  it('walks the ten topics in the agreed order', () => {
    expect(LEARNING_TRACK.map((s) => s.id)).toEqual([
      'what-lambda-is', 'handlers-and-events', 'environment-and-cold-starts', 'invocation-modes', 'scaling-and-concurrency',
      'pricing', 'security-and-vpc', 'deployment', 'observability', 'new-compute-modes',
    ]);
  });

  it('every step has outcomes, a time, pages that exist and a 3–5 question check from the quiz', () => {
    for (const step of LEARNING_TRACK) {
      expect(step.learn.length, step.id).toBeGreaterThanOrEqual(2);
      expect(step.minutes).toBeGreaterThan(0);
      for (const page of [step.page, ...step.alsoRead]) expect(docExists(page), `${step.id}: ${page}`).toBe(true);
      expect(step.checkQuestionIds.length).toBeGreaterThanOrEqual(3);
      expect(step.checkQuestionIds.length).toBeLessThanOrEqual(5);
      for (const id of step.checkQuestionIds) expect(ids.has(id), `${step.id}: ${id}`).toBe(true);
    }
    expect(new Set(LEARNING_TRACK.map((s) => s.id)).size).toBe(LEARNING_TRACK.length);
  });
});

describe('extra steps from a team configuration', () => {
  const taken = new Set(LEARNING_TRACK.map((s) => s.id));

  it('appends valid team steps after the built-in ones, completed by reading', () => {
    const {steps, problems} = buildTrack(LEARNING_TRACK, [{id: 'team-conventions', title: 'Our conventions', page: '/docs/team/conventions', minutes: 15, learn: ['Naming', 'Tagging']}]);
    expect(problems).toEqual([]);
    expect(steps).toHaveLength(LEARNING_TRACK.length + 1);
    expect(steps.at(-1)).toMatchObject({id: 'team-conventions', origin: 'team', checkQuestionIds: [], minutes: 15});
  });

  it('rejects bad entries one by one with a message naming the field', () => {
    const {steps, problems} = parseExtraSteps([
      {id: 'Bad Id', title: 'x', page: '/docs/x'},
      {id: 'pricing', title: 'Dup', page: '/docs/x'},
      {id: 'ok-1', title: '', page: '/docs/x'},
      {id: 'ok-2', title: 'T', page: 'https://evil.example/'},
      {id: 'ok-3', title: 'T', page: '/docs/x', minutes: 0},
      {id: 'ok-4', title: 'T', page: '/docs/x', alsoRead: ['javascript:alert(1)']},
      'nope',
      {id: 'ok-5', title: 'Fine', page: '/docs/team/fine'},
      {id: 'ok-5', title: 'Again', page: '/docs/team/again'},
    ], taken);
    expect(steps.map((s) => s.id)).toEqual(['ok-5']);
    expect(problems).toEqual([
      'learningTrack.extraSteps[0].id must be lower-case letters, digits and dashes (1–64 characters)',
      'learningTrack.extraSteps[1].id "pricing" is already used by another step',
      'learningTrack.extraSteps[2].title must be 1–120 characters',
      'learningTrack.extraSteps[3].page must be a site path starting with "/", e.g. "/docs/team/conventions"',
      'learningTrack.extraSteps[4].minutes must be a whole number from 1 to 240',
      'learningTrack.extraSteps[5].alsoRead must be a list of site paths starting with "/"',
      'learningTrack.extraSteps[6] must be an object with id, title and page',
      'learningTrack.extraSteps[8].id "ok-5" is already used by another step',
    ]);
    expect(parseExtraSteps({}, taken).problems).toEqual(['learningTrack.extraSteps must be a list of steps']);
    expect(parseExtraSteps(undefined, taken)).toEqual({steps: [], problems: []});
  });

  it('never throws on any input (property)', () => {
    fc.assert(fc.property(fc.anything(), (input) => {
      const {steps} = buildTrack(LEARNING_TRACK, input);
      expect(steps.slice(0, LEARNING_TRACK.length)).toEqual(LEARNING_TRACK);
    }));
  });
});

describe('track progress', () => {
  const first = LEARNING_TRACK[0]!;
  const t0 = 1_800_000_000_000;

  it('completes a step when every check question has been answered right, retries allowed', () => {
    let p = emptyTrackProgress();
    const [q1, q2, ...rest] = first.checkQuestionIds;
    p = recordCheck(p, first, q1!, true, t0);
    p = recordCheck(p, first, q2!, false, t0);
    for (const q of rest) p = recordCheck(p, first, q, true, t0);
    expect(checkPassed(first, p)).toBe(false);
    expect(p.completedAt[first.id]).toBeUndefined();
    p = recordCheck(p, first, q2!, true, t0 + 5);
    expect(p.completedAt[first.id]).toBe(t0 + 5);
    // Stays complete after a later wrong answer.
    p = recordCheck(p, first, q1!, false, t0 + 9);
    expect(p.completedAt[first.id]).toBe(t0 + 5);
    expect(summarizeTrack(LEARNING_TRACK, p)).toMatchObject({done: 1, total: 10, nextStepId: 'handlers-and-events'});
  });

  it('ignores answers to questions that are not in the step, and marks only check-less steps read', () => {
    const p = emptyTrackProgress();
    expect(recordCheck(p, first, 'd1-not-there', true, t0)).toBe(p);
    expect(markRead(p, first, t0)).toBe(p);
    const {steps} = buildTrack(LEARNING_TRACK, [{id: 'team-x', title: 'X', page: '/docs/x'}]);
    const team = steps.at(-1)!;
    expect(markRead(p, team, t0).completedAt).toEqual({'team-x': t0});
  });

  it('counts minutes left and finishes', () => {
    let p = emptyTrackProgress();
    const total = LEARNING_TRACK.reduce((s, x) => s + x.minutes, 0);
    expect(summarizeTrack(LEARNING_TRACK, p).minutesLeft).toBe(total);
    for (const step of LEARNING_TRACK) for (const q of step.checkQuestionIds) p = recordCheck(p, step, q, true, t0);
    expect(summarizeTrack(LEARNING_TRACK, p)).toEqual({done: 10, total: 10, minutesLeft: 0, nextStepId: undefined});
  });

  it('round-trips through storage and reads anything without throwing', () => {
    let p = recordCheck(emptyTrackProgress(), first, first.checkQuestionIds[0]!, true, t0);
    for (const q of first.checkQuestionIds) p = recordCheck(p, first, q, true, t0);
    expect(parseTrackProgress(serializeTrackProgress(p), LEARNING_TRACK)).toEqual(p);
    const junk = JSON.stringify({version: 1, checks: {[first.id]: {[first.checkQuestionIds[0]!]: 'yes', 'd1-x': true}, nope: {}}, completedAt: {nope: 1, [first.id]: 'x'}});
    expect(parseTrackProgress(junk, LEARNING_TRACK)).toEqual({version: 1, checks: {[first.id]: {}}, completedAt: {}});
    fc.assert(fc.property(fc.string(), (text) => {
      expect(() => parseTrackProgress(text, LEARNING_TRACK)).not.toThrow();
    }));
  });

  it('drops completion times that are negative or not numbers, and wrong shapes, whatever is stored', () => {
    const stored = (data: object) => parseTrackProgress(JSON.stringify({version: 1, ...data}), LEARNING_TRACK);
    expect(stored({completedAt: {[first.id]: -1}})).toEqual(emptyTrackProgress());
    expect(stored({completedAt: {[first.id]: 1e400}})).toEqual(emptyTrackProgress());
    expect(stored({checks: [1, 2, 3], completedAt: Array.from({length: 10_000}, () => 1)})).toEqual(emptyTrackProgress());
    expect(stored({checks: {[first.id]: [true, true]}, completedAt: 'yesterday'})).toEqual(emptyTrackProgress());
    expect(stored({completedAt: {[first.id]: t0}}).completedAt).toEqual({[first.id]: t0});
  });
});
