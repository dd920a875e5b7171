import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {DOMAINS, LEARN_MORE_PATHS, QUIZ_QUESTIONS} from '../../../src/data/quiz/index.ts';
import type {QuizQuestion} from '../../../src/data/quiz/index.ts';
import {validateQuestion, validateQuestions} from '../../support/validateQuiz.ts';
import {LEARN_MORE_FALLBACKS} from '../../../src/data/quiz/learnMoreFallbacks.ts';
import {resolveLearnMore} from '../../../src/core/quiz/resolveLearnMore.ts';

const allOptionText = (q: QuizQuestion) => [q.stem, ...q.options.map((o) => `${o.text} ${o.explanation}`)].join(' ');
const correctText = (q: QuizQuestion) => q.options.filter((o) => o.correct).map((o) => `${o.text} ${o.explanation}`).join(' ');

describe('quiz questions', () => {
  it('has at least 100 questions', () => {
    expect(QUIZ_QUESTIONS.length).toBeGreaterThanOrEqual(100);
  });

  it('every question is valid: answer, explanation per option, source, date, domain, unique ids, choose count', () => {
    expect(validateQuestions(QUIZ_QUESTIONS)).toEqual([]);
  });

  it('spreads questions over the domains in proportion to the exam weights (±4 points)', () => {
    for (const domain of DOMAINS) {
      const share = (100 * QUIZ_QUESTIONS.filter((q) => q.domain === domain.id).length) / QUIZ_QUESTIONS.length;
      expect(Math.abs(share - domain.weightPercent), `domain ${domain.id}: ${share.toFixed(1)}% vs ${domain.weightPercent}%`).toBeLessThanOrEqual(4);
    }
  });

  it('has both single and multiple answer questions', () => {
    const multi = QUIZ_QUESTIONS.filter((q) => q.choose > 1).length;
    expect(multi).toBeGreaterThanOrEqual(10);
    expect(QUIZ_QUESTIONS.length - multi).toBeGreaterThanOrEqual(60);
  });

  it('teaches the current facts and builds traps from the stale ones', () => {
    // Each current fact must be in a correct answer; each stale value must be a marked trap.
    const current: Array<[string, RegExp]> = [
      ['1 ms billing', /nearest 1 ms/],
      ['10,240 MB memory', /10,240 MB/],
      ['1 MB async payload', /up to 1 MB/],
      ['1,000 environments per 10 s per function', /1,000 execution environments every 10 seconds/],
      ['INIT billed since 2025-08-01', /August 1, 2025/],
      ['SnapStart for Java, Python and .NET', /Java 11 and later, Python 3\.12 and later, and \.NET 8 and later/],
    ];
    const corpus = QUIZ_QUESTIONS.map(correctText).join('\n');
    for (const [fact, pattern] of current) expect(pattern.test(corpus), fact).toBe(true);
    const traps = QUIZ_QUESTIONS.filter((q) => q.staleTrap !== undefined);
    expect(traps.length).toBeGreaterThanOrEqual(8);
    for (const stale of ['100 ms', '3,008 MB', '256 KB', '500 per minute', 'Java only']) {
      expect(traps.some((q) => q.staleTrap!.includes(stale) || allOptionText(q).includes(stale)), stale).toBe(true);
    }
  });

  it('links every question to a page that exists in docs/, directly or through its listed fallback', () => {
    const existing = new Set(LEARN_MORE_PATHS.filter((path) => docExists(path)));
    const unresolved = [...new Set(QUIZ_QUESTIONS.map((q) => q.learnMore))].filter((path) => resolveLearnMore(path, existing) === undefined);
    expect(unresolved).toEqual([]);
  });

  it('points every fallback at a different page on the list', () => {
    for (const [from, to] of Object.entries(LEARN_MORE_FALLBACKS)) {
      expect(LEARN_MORE_PATHS).toContain(to);
      expect(to).not.toBe(from);
    }
  });

  // The validator must catch what it claims to catch.
  it('reports broken questions clearly', () => {
    const good = QUIZ_QUESTIONS[0]!;
    expect(validateQuestion(good)).toEqual([]);
    const noAnswer = {...good, options: good.options.map((o) => ({...o, correct: false})), choose: 1};
    expect(validateQuestion(noAnswer)).toContain(`${good.id}: has no correct option`);
    const noExplanation = {...good, options: good.options.map((o, i) => (i === 1 ? {...o, explanation: ''} : o))};
    expect(validateQuestion(noExplanation)).toContain(`${good.id}/b: every option needs an explanation of why it is right or wrong`);
    const twoCorrect = {...good, options: good.options.map((o, i) => (i < 2 ? {...o, correct: true} : o)), choose: 2};
    expect(validateQuestion(twoCorrect)).toContain(`${good.id}: multiple-answer question must say "(Choose two.)" in the stem`);
    const wrongCount = {...twoCorrect, stem: `${good.stem} (Choose three.)`};
    expect(validateQuestion(wrongCount)).toContain(`${good.id}: stem says "(Choose three.)" but 2 options are correct`);
    const badMeta = {...good, domain: 5 as 1, source: 'http://example.com', asOf: '2026-02-30', learnMore: '/docs/nowhere' as '/docs/exam'};
    expect(validateQuestion(badMeta)).toEqual(expect.arrayContaining([
      `${good.id}: domain must be 1–4 (got 5)`,
      `${good.id}: source must be an https URL (got "http://example.com")`,
      `${good.id}: asOf must be a real date YYYY-MM-DD (got "2026-02-30")`,
      `${good.id}: learnMore /docs/nowhere is not a page path listed in BRIEF.md`,
    ]));
    expect(validateQuestions([good, good])).toContain(`${good.id}: duplicate id`);
  });

  it('lists exactly the page paths of BRIEF.md', () => {
    const brief = '/work/wt/BRIEF.md';
    if (!existsSync(brief)) return; // the list is also pinned by type; the brief lives outside the repo
    const inBrief = [...readFileSync(brief, 'utf8').matchAll(/`(\/docs[^`]*)`/g)].map((m) => m[1]);
    expect([...LEARN_MORE_PATHS].sort()).toEqual([...new Set(inBrief)].sort());
  });
});

/** Whether a /docs path is served by a file in docs/ (by file path or by a `slug:` in front matter). */
function docExists(path: string): boolean {
  const rel = path.replace(/^\/docs\/?/, '');
  const base = join(process.cwd(), 'docs', rel);
  const candidates = [`${base}.md`, `${base}.mdx`, join(base, 'index.md'), join(base, 'index.mdx')];
  if (candidates.some((file) => existsSync(file))) return true;
  const slug = `/${rel}`;
  return listDocs(join(process.cwd(), 'docs')).some((file) => new RegExp(`^slug:\\s*['"]?${slug.replace(/[/.-]/g, '\\$&')}['"]?\\s*$`, 'm').test(readFileSync(file, 'utf8')));
}

function listDocs(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return listDocs(full);
    return /\.mdx?$/.test(entry.name) ? [full] : [];
  });
}
