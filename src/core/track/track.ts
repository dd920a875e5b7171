import type {TrackStep} from '../../data/learningTrack.ts';

/** Bump when the stored shape changes; older progress is then dropped. */
export const TRACK_PROGRESS_VERSION = 1;

/**
 * An extra step as a team configures it (untrusted input from docusaurus.config.ts):
 * `{id, title, page, minutes?, learn?, alsoRead?}`. Team steps have no quiz check; they are
 * completed by marking them read.
 */
export interface TrackStepInput {
  readonly id: string;
  readonly title: string;
  readonly page: string;
  readonly minutes?: number;
  readonly learn?: readonly string[];
  readonly alsoRead?: readonly string[];
}

export interface ParsedExtraSteps {
  readonly steps: readonly TrackStep[];
  /** One line per rejected entry, naming the field and what is accepted. */
  readonly problems: readonly string[];
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const PAGE = /^\/[A-Za-z0-9/_.-]*$/;

/** Validates extra steps from configuration; bad entries are skipped with a clear message, never thrown. */
export function parseExtraSteps(input: unknown, takenIds: ReadonlySet<string>): ParsedExtraSteps {
  if (input === undefined || input === null) return {steps: [], problems: []};
  if (!Array.isArray(input)) return {steps: [], problems: ['learningTrack.extraSteps must be a list of steps']};
  const steps: TrackStep[] = [];
  const problems: string[] = [];
  const seen = new Set(takenIds);
  for (const [index, raw] of (input as unknown[]).entries()) {
    const where = `learningTrack.extraSteps[${index}]`;
    if (typeof raw !== 'object' || raw === null) {
      problems.push(`${where} must be an object with id, title and page`);
      continue;
    }
    const r = raw as Record<string, unknown>;
    if (typeof r['id'] !== 'string' || !ID.test(r['id'])) {
      problems.push(`${where}.id must be lower-case letters, digits and dashes (1–64 characters)`);
      continue;
    }
    if (seen.has(r['id'])) {
      problems.push(`${where}.id "${r['id']}" is already used by another step`);
      continue;
    }
    if (typeof r['title'] !== 'string' || r['title'].trim() === '' || r['title'].length > 120) {
      problems.push(`${where}.title must be 1–120 characters`);
      continue;
    }
    if (typeof r['page'] !== 'string' || !PAGE.test(r['page'])) {
      problems.push(`${where}.page must be a site path starting with "/", e.g. "/docs/team/conventions"`);
      continue;
    }
    const minutes = r['minutes'] ?? 10;
    if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 1 || minutes > 240) {
      problems.push(`${where}.minutes must be a whole number from 1 to 240`);
      continue;
    }
    const strings = (value: unknown, field: string, pattern?: RegExp): string[] | undefined => {
      if (value === undefined) return [];
      if (Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== '' && (!pattern || pattern.test(v)))) return value as string[];
      problems.push(`${where}.${field} must be a list of ${pattern ? 'site paths starting with "/"' : 'non-empty texts'}`);
      return undefined;
    };
    const learn = strings(r['learn'], 'learn');
    const alsoRead = strings(r['alsoRead'], 'alsoRead', PAGE);
    if (!learn || !alsoRead) continue;
    seen.add(r['id']);
    steps.push({id: r['id'], title: r['title'].trim(), page: r['page'], alsoRead, learn, minutes, checkQuestionIds: [], origin: 'team'});
  }
  return {steps, problems};
}

/** The whole track: the built-in steps, then the team's extra steps. */
export function buildTrack(base: readonly TrackStep[], extraInput: unknown): {steps: readonly TrackStep[]; problems: readonly string[]} {
  const extra = parseExtraSteps(extraInput, new Set(base.map((s) => s.id)));
  return {steps: [...base, ...extra.steps], problems: extra.problems};
}

export interface TrackProgress {
  readonly version: typeof TRACK_PROGRESS_VERSION;
  /** Latest check result per step and question id (true = answered right). */
  readonly checks: Readonly<Record<string, Readonly<Record<string, boolean>>>>;
  /** When each step was completed (epoch ms). A completed step stays completed. */
  readonly completedAt: Readonly<Record<string, number>>;
}

export const emptyTrackProgress = (): TrackProgress => ({version: TRACK_PROGRESS_VERSION, checks: {}, completedAt: {}});

/** A step's check passes when every one of its questions has been answered right (retries allowed). */
export function checkPassed(step: TrackStep, progress: TrackProgress): boolean {
  const answers = progress.checks[step.id] ?? {};
  return step.checkQuestionIds.length > 0 && step.checkQuestionIds.every((id) => answers[id] === true);
}

/** Records one checked answer of a step's check; completes the step when the check passes. */
export function recordCheck(progress: TrackProgress, step: TrackStep, questionId: string, correct: boolean, now: number): TrackProgress {
  if (!step.checkQuestionIds.includes(questionId)) return progress;
  const checks = {...progress.checks, [step.id]: {...(progress.checks[step.id] ?? {}), [questionId]: correct}};
  const next: TrackProgress = {...progress, checks};
  if (progress.completedAt[step.id] === undefined && checkPassed(step, next)) return {...next, completedAt: {...progress.completedAt, [step.id]: now}};
  return next;
}

/** Completes a step that has no check (a team page) when the reader marks it read. */
export function markRead(progress: TrackProgress, step: TrackStep, now: number): TrackProgress {
  if (step.checkQuestionIds.length > 0 || progress.completedAt[step.id] !== undefined) return progress;
  return {...progress, completedAt: {...progress.completedAt, [step.id]: now}};
}

export interface TrackSummary {
  readonly done: number;
  readonly total: number;
  readonly minutesLeft: number;
  /** The first step not completed, or undefined when the track is done. */
  readonly nextStepId: string | undefined;
}

export function summarizeTrack(steps: readonly TrackStep[], progress: TrackProgress): TrackSummary {
  const open = steps.filter((s) => progress.completedAt[s.id] === undefined);
  return {done: steps.length - open.length, total: steps.length, minutesLeft: open.reduce((sum, s) => sum + s.minutes, 0), nextStepId: open[0]?.id};
}

export function serializeTrackProgress(progress: TrackProgress): string {
  return JSON.stringify(progress);
}

/** Reads stored progress without throwing; malformed parts (a time that is not a number, or before 1970) are dropped, unknown steps and questions kept out. */
export function parseTrackProgress(text: string | null | undefined, steps: readonly TrackStep[]): TrackProgress {
  if (!text) return emptyTrackProgress();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return emptyTrackProgress();
  }
  if (!isRecord(data) || data['version'] !== TRACK_PROGRESS_VERSION) return emptyTrackProgress();
  const byId = new Map(steps.map((s) => [s.id, s]));
  const checks: Record<string, Record<string, boolean>> = {};
  if (isRecord(data['checks'])) {
    for (const [stepId, answers] of Object.entries(data['checks'])) {
      const step = byId.get(stepId);
      if (!step || !isRecord(answers)) continue;
      const clean: Record<string, boolean> = {};
      for (const [qid, value] of Object.entries(answers)) if (step.checkQuestionIds.includes(qid) && typeof value === 'boolean') clean[qid] = value;
      checks[stepId] = clean;
    }
  }
  const completedAt: Record<string, number> = {};
  if (isRecord(data['completedAt'])) {
    for (const [stepId, at] of Object.entries(data['completedAt'])) if (byId.has(stepId) && typeof at === 'number' && Number.isFinite(at) && at >= 0) completedAt[stepId] = at;
  }
  return {version: TRACK_PROGRESS_VERSION, checks, completedAt};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
