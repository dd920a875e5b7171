import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {QUIZ_QUESTIONS} from '../../../src/data/quiz/index.ts';
import type {QuizQuestion} from '../../../src/data/quiz/index.ts';
import {
  describeSelection,
  emptyProgress,
  filterQuestions,
  parseDomainFilter,
  parseProgress,
  recordAnswer,
  scoreAnswer,
  serializeProgress,
  summarizeProgress,
  toggleSelection,
  resolveLearnMore,
} from '../../../src/core/quiz/index.ts';

const single = QUIZ_QUESTIONS.find((q) => q.choose === 1)!;
const multi = QUIZ_QUESTIONS.find((q) => q.choose === 2)!;
const correctIds = (q: QuizQuestion) => q.options.filter((o) => o.correct).map((o) => o.id);
const wrongIds = (q: QuizQuestion) => q.options.filter((o) => !o.correct).map((o) => o.id);

const questionArb = fc.constantFrom(...QUIZ_QUESTIONS);
/** A question and any subset of its option ids. */
const answerArb = questionArb.chain((q) => fc.tuple(fc.constant(q), fc.subarray(q.options.map((o) => o.id))));

describe('scoreAnswer', () => {
  it('accepts exactly the correct options, for single and multiple answers', () => {
    expect(scoreAnswer(single, correctIds(single))).toEqual({correct: true, missed: [], wrongPicks: []});
    expect(scoreAnswer(multi, correctIds(multi)).correct).toBe(true);
  });

  it('gives no partial credit on multiple-answer questions', () => {
    const [first] = correctIds(multi);
    const result = scoreAnswer(multi, [first!]);
    expect(result.correct).toBe(false);
    expect(result.missed).toEqual(correctIds(multi).slice(1));
    const tooMany = scoreAnswer(multi, [...correctIds(multi), wrongIds(multi)[0]!]);
    expect(tooMany).toEqual({correct: false, missed: [], wrongPicks: [wrongIds(multi)[0]]});
  });

  it('treats unknown option ids as wrong picks', () => {
    expect(scoreAnswer(single, [...correctIds(single), 'zz'])).toEqual({correct: false, missed: [], wrongPicks: ['zz']});
  });

  it('is correct exactly when the selection equals the set of correct options (property)', () => {
    fc.assert(
      fc.property(answerArb, ([q, selected]) => {
        const result = scoreAnswer(q, selected);
        const expected = new Set(correctIds(q));
        const same = selected.length === expected.size && selected.every((id) => expected.has(id));
        expect(result.correct).toBe(same);
        // missed and wrong picks partition the symmetric difference
        expect(result.missed.length + result.wrongPicks.length === 0).toBe(same);
        for (const id of result.missed) expect(selected).not.toContain(id);
        for (const id of result.wrongPicks) expect(expected.has(id)).toBe(false);
      }),
    );
  });
});

describe('toggleSelection and describeSelection', () => {
  it('behaves like radio buttons for single answers', () => {
    const [a, b] = single.options.map((o) => o.id);
    expect(toggleSelection(single, [], a!)).toEqual([a]);
    expect(toggleSelection(single, [a!], b!)).toEqual([b]);
    expect(toggleSelection(single, [a!], a!)).toEqual([a]);
  });

  it('behaves like checkboxes for multiple answers and keeps option order', () => {
    const ids = multi.options.map((o) => o.id);
    expect(toggleSelection(multi, [ids[2]!], ids[0]!)).toEqual([ids[0], ids[2]]);
    expect(toggleSelection(multi, [ids[0]!, ids[2]!], ids[0]!)).toEqual([ids[2]]);
  });

  it('ignores options the question does not have', () => {
    expect(toggleSelection(multi, ['a'], 'nope')).toEqual(['a']);
  });

  it('toggling the same option twice restores a multiple-answer selection (property)', () => {
    const multiArb = fc.constantFrom(...QUIZ_QUESTIONS.filter((q) => q.choose > 1));
    fc.assert(
      fc.property(multiArb.chain((q) => fc.tuple(fc.constant(q), fc.subarray(q.options.map((o) => o.id)), fc.constantFrom(...q.options.map((o) => o.id)))), ([q, selected, id]) => {
        const ordered = toggleSelection(q, toggleSelection(q, selected, id), id);
        expect(ordered).toEqual(q.options.map((o) => o.id).filter((x) => selected.includes(x)));
      }),
    );
  });

  it('says how many more options to pick, and when there are too many', () => {
    expect(describeSelection(single, [])).toEqual({ready: false, message: 'Select an option.'});
    expect(describeSelection(single, ['a'])).toEqual({ready: true, message: 'Ready to check.'});
    expect(describeSelection(multi, [])).toEqual({ready: false, message: 'Select 2 more options.'});
    expect(describeSelection(multi, ['a'])).toEqual({ready: false, message: 'Select 1 more option.'});
    expect(describeSelection(multi, ['a', 'b'])).toEqual({ready: true, message: '2 options selected. Ready to check.'});
    expect(describeSelection(multi, ['a', 'b', 'c'])).toEqual({ready: false, message: 'This question asks for 2; unselect 1 option.'});
  });
});

describe('filterQuestions', () => {
  it('keeps only the chosen domain, in order, and all for "all"', () => {
    expect(filterQuestions(QUIZ_QUESTIONS, 'all')).toEqual(QUIZ_QUESTIONS);
    for (const domain of [1, 2, 3, 4] as const) {
      const filtered = filterQuestions(QUIZ_QUESTIONS, domain);
      expect(filtered.length).toBeGreaterThan(0);
      expect(filtered.every((q) => q.domain === domain)).toBe(true);
      expect(filtered).toEqual(QUIZ_QUESTIONS.filter((q) => q.domain === domain));
    }
  });

  it('parses untrusted filter values, defaulting to all', () => {
    expect(parseDomainFilter('3')).toBe(3);
    expect(parseDomainFilter(2)).toBe(2);
    for (const bad of ['5', '0', 'x', '', null, undefined, {}, 1.5, ' 1']) expect(parseDomainFilter(bad)).toBe('all');
  });
});

describe('progress', () => {
  it('round-trips through serialization and recomputes correctness (property)', () => {
    fc.assert(
      fc.property(fc.array(answerArb.filter(([, s]) => s.length > 0), {maxLength: 20}), (answers) => {
        let progress = emptyProgress();
        for (const [q, selected] of answers) progress = recordAnswer(progress, q, selected);
        const loaded = parseProgress(serializeProgress(progress), QUIZ_QUESTIONS);
        expect(loaded).toEqual({progress, discarded: 0, unreadable: false});
      }),
    );
  });

  it('never trusts a stored "correct" flag', () => {
    const wrong = wrongIds(single)[0]!;
    const text = JSON.stringify({version: 1, answers: {[single.id]: [wrong]}, correct: true});
    expect(parseProgress(text, QUIZ_QUESTIONS).progress.answers[single.id]).toEqual({selected: [wrong], correct: false});
  });

  it('turns corrupt or foreign storage into empty progress without throwing', () => {
    for (const text of ['{', 'null', '[]', '42', '"x"', '{"version":2,"answers":{}}', '{"version":1}', '{"version":1,"answers":[]}']) {
      const loaded = parseProgress(text, QUIZ_QUESTIONS);
      expect(loaded.progress).toEqual(emptyProgress());
      expect(loaded.unreadable).toBe(true);
    }
    expect(parseProgress(null, QUIZ_QUESTIONS)).toEqual({progress: emptyProgress(), discarded: 0, unreadable: false});
  });

  it('drops bad entries one by one and keeps the good ones', () => {
    const good = correctIds(single);
    const text = JSON.stringify({
      version: 1,
      answers: {
        [single.id]: good,
        'd9-gone': ['a'],
        [multi.id]: ['a', 'a'],
        ['__proto__']: ['a'],
        'd1-resource-policy-s3-invoke': 'a',
        'd2-async-function-error-retries': ['zz'],
        'd3-memory-adds-cpu': [],
      },
    });
    const loaded = parseProgress(text, QUIZ_QUESTIONS);
    expect(Object.keys(loaded.progress.answers)).toEqual([single.id]);
    expect(loaded.discarded).toBe(6);
  });

  it('never throws on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({version: 1, answers: v}))), (text) => {
        const loaded = parseProgress(text, QUIZ_QUESTIONS);
        for (const [id, answer] of Object.entries(loaded.progress.answers)) {
          const q = QUIZ_QUESTIONS.find((x) => x.id === id)!;
          expect(q).toBeDefined();
          expect(answer.correct).toBe(scoreAnswer(q, answer.selected).correct);
        }
      }),
    );
  });

  it('summarizes answered and correct counts for a set of questions', () => {
    let progress = emptyProgress();
    progress = recordAnswer(progress, single, correctIds(single));
    progress = recordAnswer(progress, multi, [correctIds(multi)[0]!]);
    expect(summarizeProgress(progress, QUIZ_QUESTIONS)).toEqual({total: QUIZ_QUESTIONS.length, answered: 2, correct: 1});
    expect(summarizeProgress(progress, filterQuestions(QUIZ_QUESTIONS, 4))).toEqual({total: filterQuestions(QUIZ_QUESTIONS, 4).length, answered: 0, correct: 0});
    // answering again replaces the earlier answer
    progress = recordAnswer(progress, multi, correctIds(multi));
    expect(summarizeProgress(progress, QUIZ_QUESTIONS).correct).toBe(2);
  });
});

describe('resolveLearnMore', () => {
  it('prefers the intended page, then its fallback, else no link', () => {
    const all = new Set(['/docs/configuration/memory-and-cpu', '/docs/configuration/timeout-storage-architecture']);
    expect(resolveLearnMore('/docs/configuration/memory-and-cpu', all)).toBe('/docs/configuration/memory-and-cpu');
    expect(resolveLearnMore('/docs/configuration/memory-and-cpu', new Set(['/docs/configuration/timeout-storage-architecture']))).toBe('/docs/configuration/timeout-storage-architecture');
    expect(resolveLearnMore('/docs/configuration/memory-and-cpu', new Set())).toBeUndefined();
    expect(resolveLearnMore('/docs/security/vpc', new Set(['/docs/security/vpc']))).toBe('/docs/security/vpc');
    expect(resolveLearnMore('/docs/security/vpc', new Set())).toBeUndefined();
  });
});
