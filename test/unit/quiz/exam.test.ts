import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {DOMAINS, QUIZ_QUESTIONS} from '../../../src/data/quiz/index.ts';
import type {ExamDomain} from '../../../src/data/quiz/index.ts';
import {allocateByWeight, drawExam, EXAM_FULL_SIZE, parseExamSize} from '../../../src/core/quiz/examDraw.ts';
import {answerExam, examDurationMs, finishExam, formatClock, parseExam, remainingMs, scoreExam, serializeExam, startExam} from '../../../src/core/quiz/examSession.ts';
import {emptyReviewQueue, parseReview, recordReview, REVIEW_INTERVAL_MS, serializeReview, summarizeReview} from '../../../src/core/quiz/reviewQueue.ts';
import {seededRandom, shuffled} from '../../../src/core/quiz/random.ts';

const AVAILABLE = Object.fromEntries(DOMAINS.map((d) => [d.id, QUIZ_QUESTIONS.filter((q) => q.domain === d.id).length])) as Record<ExamDomain, number>;
const byId = new Map(QUIZ_QUESTIONS.map((q) => [q.id, q]));
const correctIds = (id: string) => byId.get(id)!.options.filter((o) => o.correct).map((o) => o.id);
const wrongIds = (id: string) => [byId.get(id)!.options.find((o) => !o.correct)!.id];

describe('drawing a mock exam by domain weight', () => {
  it('gives a 65-question exam 19/17/16/13 questions (19.5/16.9/15.6/13 rounded by largest remainder)', () => {
    const counts = allocateByWeight(65, DOMAINS, AVAILABLE);
    expect([1, 2, 3, 4].map((d) => counts.get(d as ExamDomain))).toEqual([19, 17, 16, 13]);
  });

  it('gives a 10-question exam 3/3/2/2', () => {
    const counts = allocateByWeight(10, DOMAINS, AVAILABLE);
    expect([1, 2, 3, 4].map((d) => counts.get(d as ExamDomain))).toEqual([3, 3, 2, 2]);
  });

  it('always adds up to the size, never exceeds a domain, and stays within one question of the exact share', () => {
    const domainCounts = fc.record({1: fc.nat(40), 2: fc.nat(40), 3: fc.nat(40), 4: fc.nat(40)});
    fc.assert(
      fc.property(fc.integer({min: 0, max: 200}), domainCounts, (size, available) => {
        const counts = allocateByWeight(size, DOMAINS, available);
        const capacity = Object.values(available).reduce((a, b) => a + b, 0);
        const total = [...counts.values()].reduce((a, b) => a + b, 0);
        expect(total).toBe(Math.min(size, capacity));
        for (const d of DOMAINS) {
          const n = counts.get(d.id)!;
          expect(n).toBeGreaterThanOrEqual(0);
          expect(n).toBeLessThanOrEqual(available[d.id]);
          // With enough questions everywhere, each domain is within one of its exact share.
          if (DOMAINS.every((x) => available[x.id] >= size)) expect(Math.abs(n - (size * d.weightPercent) / 100)).toBeLessThan(1);
        }
      }),
    );
  });

  it('draws distinct, existing questions, the same exam for the same seed, and per-domain counts as allocated', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: EXAM_FULL_SIZE}), fc.integer(), (size, seed) => {
        const ids = drawExam(QUIZ_QUESTIONS, DOMAINS, size, seed);
        expect(ids).toHaveLength(size);
        expect(new Set(ids).size).toBe(size);
        expect(ids.every((id) => byId.has(id))).toBe(true);
        expect(drawExam(QUIZ_QUESTIONS, DOMAINS, size, seed)).toEqual(ids);
        const allocated = allocateByWeight(size, DOMAINS, AVAILABLE);
        for (const d of DOMAINS) expect(ids.filter((id) => byId.get(id)!.domain === d.id)).toHaveLength(allocated.get(d.id)!);
      }),
      {numRuns: 60},
    );
  });

  it('mixes the domains instead of serving them in blocks, and varies with the seed', () => {
    const ids = drawExam(QUIZ_QUESTIONS, DOMAINS, 65, 42);
    const domains = ids.map((id) => byId.get(id)!.domain);
    const changes = domains.filter((d, i) => i > 0 && d !== domains[i - 1]).length;
    expect(changes).toBeGreaterThan(10);
    expect(drawExam(QUIZ_QUESTIONS, DOMAINS, 65, 43)).not.toEqual(ids);
  });

  it('reads an exam length from a form field: whole numbers clamped to 5–65, anything else the full exam', () => {
    expect(parseExamSize('10')).toBe(10);
    expect(parseExamSize(3)).toBe(5);
    expect(parseExamSize('500')).toBe(65);
    expect(parseExamSize('ten')).toBe(65);
    expect(parseExamSize(7.5)).toBe(65);
    expect(parseExamSize(undefined)).toBe(65);
  });

  it('shuffles into a permutation', () => {
    fc.assert(fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
      expect([...shuffled(items, seededRandom(seed))].sort()).toEqual([...items].sort());
    }));
  });
});

describe('an exam session', () => {
  const ids = drawExam(QUIZ_QUESTIONS, DOMAINS, 10, 7);
  const t0 = 1_800_000_000_000;

  it('allows two minutes a question and counts down', () => {
    const s = startExam(ids, t0);
    expect(s.durationMs).toBe(examDurationMs(10));
    expect(examDurationMs(65)).toBe(130 * 60_000);
    expect(remainingMs(s, t0 + 60_000)).toBe(19 * 60_000);
    expect(remainingMs(s, t0 + 10 * 3_600_000)).toBe(0);
    expect(formatClock(19 * 60_000)).toBe('19:00');
    expect(formatClock(61_001)).toBe('1:02');
    expect(formatClock(-5)).toBe('0:00');
  });

  it('scores per domain; unanswered questions count as wrong', () => {
    let s = startExam(ids, t0);
    s = answerExam(s, ids[0]!, correctIds(ids[0]!), t0 + 1000);
    s = answerExam(s, ids[1]!, wrongIds(ids[1]!), t0 + 2000);
    s = answerExam(s, ids[2]!, correctIds(ids[2]!), t0 + 3000);
    s = finishExam(s, t0 + 4000);
    const result = scoreExam(s, QUIZ_QUESTIONS);
    expect(result).toMatchObject({total: 10, correct: 2, answered: 3});
    expect(result.byDomain.reduce((a, d) => a + d.total, 0)).toBe(10);
    expect(result.byDomain.reduce((a, d) => a + d.correct, 0)).toBe(2);
    expect(result.items.map((i) => i.question.id)).toEqual(ids);
  });

  it('ignores answers after the time is up, and dates the finish at the deadline', () => {
    let s = startExam(ids, t0);
    const late = t0 + s.durationMs + 1;
    s = answerExam(s, ids[0]!, correctIds(ids[0]!), late);
    expect(s.answers).toEqual({});
    expect(finishExam(s, late + 60_000).finishedAt).toBe(t0 + s.durationMs);
    const done = finishExam(startExam(ids, t0), t0 + 5);
    expect(answerExam(done, ids[0]!, correctIds(ids[0]!), t0 + 6)).toBe(done);
  });

  it('clearing a selection leaves the question unanswered; foreign questions are ignored', () => {
    let s = startExam(ids, t0);
    s = answerExam(s, ids[0]!, correctIds(ids[0]!), t0);
    s = answerExam(s, ids[0]!, [], t0);
    expect(s.answers).toEqual({});
    const foreign = QUIZ_QUESTIONS.find((q) => !ids.includes(q.id))!;
    expect(answerExam(s, foreign.id, ['a'], t0)).toBe(s);
  });

  it('survives storage: round-trips, and rejects anything malformed without throwing', () => {
    let s = startExam(ids, t0);
    s = answerExam(s, ids[3]!, correctIds(ids[3]!), t0 + 10);
    expect(parseExam(serializeExam(s), QUIZ_QUESTIONS)).toEqual(s);
    const done = finishExam(s, t0 + 20);
    expect(parseExam(serializeExam(done), QUIZ_QUESTIONS)).toEqual(done);
    for (const bad of ['', '{', 'null', '[]', '{"version":2}', JSON.stringify({...s, questionIds: ['d9-nope']}), JSON.stringify({...s, startedAt: 'x'}), JSON.stringify({...s, questionIds: [ids[0], ids[0]]})]) {
      expect(parseExam(bad, QUIZ_QUESTIONS)).toBeNull();
    }
    const junkAnswers = JSON.stringify({...s, answers: {[ids[0]!]: ['z'], 'd1-unknown': ['a'], [ids[1]!]: 'a'}});
    expect(parseExam(junkAnswers, QUIZ_QUESTIONS)!.answers).toEqual({});
    fc.assert(fc.property(fc.string(), (text) => {
      expect(() => parseExam(text, QUIZ_QUESTIONS)).not.toThrow();
    }));
  });

  it('rejects stored times and sizes no exam could have, and more picks than a question asks for', () => {
    const s = answerExam(startExam(ids, t0), ids[0]!, correctIds(ids[0]!), t0 + 1);
    const stored = (patch: object) => JSON.stringify({...s, ...patch});
    expect(parseExam(serializeExam(s), QUIZ_QUESTIONS, t0 + 5)).toEqual(s);
    const bank = QUIZ_QUESTIONS.map((q) => q.id);
    for (const bad of [
      stored({startedAt: -1}),
      stored({startedAt: t0 + 3_600_000}), // an hour after "now": another clock or an edit
      stored({durationMs: -5}),
      stored({durationMs: 1e300}),
      stored({durationMs: s.durationMs + 1}),
      stored({finishedAt: t0 - 1}),
      stored({finishedAt: t0 + s.durationMs + 1}),
      stored({questionIds: bank.slice(0, EXAM_FULL_SIZE + 1), durationMs: examDurationMs(EXAM_FULL_SIZE + 1)}),
      stored({questionIds: Array.from({length: 100_000}, () => ids[0])}),
    ]) {
      expect(parseExam(bad, QUIZ_QUESTIONS, t0 + 5), bad.slice(0, 120)).toBeNull();
    }
    const single = ids.find((id) => byId.get(id)!.choose === 1)!;
    const allOptions = byId.get(single)!.options.map((o) => o.id);
    expect(parseExam(stored({answers: {[single]: allOptions}}), QUIZ_QUESTIONS, t0 + 5)!.answers).toEqual({});
  });
});

describe('the review queue', () => {
  const q = QUIZ_QUESTIONS[5]!.id;
  const t0 = 1_800_000_000_000;

  it('keeps a missed question until it is answered right twice in a row, a day apart', () => {
    let queue = recordReview(emptyReviewQueue(), q, false, t0);
    expect(summarizeReview(queue, t0).due).toEqual([q]);
    queue = recordReview(queue, q, true, t0 + 1000);
    expect(summarizeReview(queue, t0 + 2000)).toEqual({due: [], waiting: [{id: q, dueAt: t0 + 1000 + REVIEW_INTERVAL_MS}]});
    expect(summarizeReview(queue, t0 + 1000 + REVIEW_INTERVAL_MS).due).toEqual([q]);
    queue = recordReview(queue, q, true, t0 + 2 * REVIEW_INTERVAL_MS);
    expect(queue.entries).toEqual({});
  });

  it('starts the count again after a miss in between, and counts misses', () => {
    let queue = recordReview(emptyReviewQueue(), q, false, t0);
    queue = recordReview(queue, q, true, t0 + 1);
    queue = recordReview(queue, q, false, t0 + 2);
    expect(queue.entries[q]).toEqual({streak: 0, dueAt: t0 + 2, misses: 2});
    queue = recordReview(queue, q, true, t0 + 3);
    expect(queue.entries[q]?.streak).toBe(1);
  });

  it('ignores right answers to questions never missed', () => {
    const queue = emptyReviewQueue();
    expect(recordReview(queue, q, true, t0)).toBe(queue);
  });

  it('never holds an entry with two right answers in a row, whatever the sequence (property)', () => {
    fc.assert(fc.property(fc.array(fc.boolean(), {maxLength: 30}), (answers) => {
      let queue = emptyReviewQueue();
      let streak = 0;
      let queued = false;
      answers.forEach((correct, i) => {
        queue = recordReview(queue, q, correct, t0 + i);
        if (!correct) { queued = true; streak = 0; } else if (queued) { streak += 1; if (streak >= 2) { queued = false; streak = 0; } }
        expect(q in queue.entries).toBe(queued);
      });
      expect(parseReview(serializeReview(queue), QUIZ_QUESTIONS)).toEqual(queue);
    }));
  });

  it('orders due questions most-missed first and reads storage defensively', () => {
    const other = QUIZ_QUESTIONS[9]!.id;
    let queue = recordReview(emptyReviewQueue(), q, false, t0);
    queue = recordReview(queue, other, false, t0 + 1);
    queue = recordReview(queue, other, false, t0 + 2);
    expect(summarizeReview(queue, t0 + 10).due).toEqual([other, q]);
    for (const bad of [null, '', 'x', '{"version":1,"entries":[]}', '{"version":9,"entries":{}}']) expect(parseReview(bad, QUIZ_QUESTIONS)).toEqual(emptyReviewQueue());
    const mixed = JSON.stringify({version: 1, entries: {[q]: {streak: 0, dueAt: t0, misses: 1}, 'd1-gone': {streak: 0, dueAt: t0, misses: 1}, [other]: {streak: 5, dueAt: t0, misses: 1}}});
    expect(Object.keys(parseReview(mixed, QUIZ_QUESTIONS).entries)).toEqual([q]);
  });

  it('drops negative, fractional and unsafe counts and times before 1970, caps due times far ahead, and refuses huge queues', () => {
    const other = QUIZ_QUESTIONS[9]!.id;
    const third = QUIZ_QUESTIONS[11]!.id;
    const stored = (entries: object) => JSON.stringify({version: 1, entries});
    const read = (entries: object) => parseReview(stored(entries), QUIZ_QUESTIONS, t0).entries;
    expect(read({[q]: {streak: -1, dueAt: t0, misses: 1}, [other]: {streak: 0, dueAt: -5, misses: 1}, [third]: {streak: 0, dueAt: t0, misses: -3}})).toEqual({});
    expect(read({[q]: {streak: 0.5, dueAt: t0, misses: 1}, [other]: {streak: 0, dueAt: t0, misses: 1e300}, [third]: {streak: 0, dueAt: 'soon', misses: 1}})).toEqual({});
    expect(read({[q]: {streak: 1, dueAt: 8.64e15, misses: 2}})).toEqual({[q]: {streak: 1, dueAt: t0 + REVIEW_INTERVAL_MS, misses: 2}});
    const huge = Object.fromEntries(Array.from({length: 20_000}, (_, i) => [`x${i}`, {streak: 0, dueAt: t0, misses: 1}]));
    expect(parseReview(stored({...huge, [q]: {streak: 0, dueAt: t0, misses: 1}}), QUIZ_QUESTIONS, t0)).toEqual(emptyReviewQueue());
  });
});
