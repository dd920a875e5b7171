import type {ExamDomain, QuizQuestion} from '../../data/quiz/types.ts';
import {seededRandom, shuffled} from './random.ts';

/** The real SAA-C03 has 65 questions in 130 minutes: two minutes a question. */
export const EXAM_FULL_SIZE = 65;
export const EXAM_MINUTES_PER_QUESTION = 2;
export const EXAM_MIN_SIZE = 5;

export interface DomainWeight {
  readonly id: ExamDomain;
  readonly weightPercent: number;
}

/**
 * How many questions each domain gets in an exam of `size`: proportional to the weights, rounded
 * by largest remainder so the counts always add up to `size`, and never more than a domain has
 * (any shortfall goes to the domains that still have questions, largest weight first).
 */
export function allocateByWeight(size: number, weights: readonly DomainWeight[], available: Readonly<Partial<Record<ExamDomain, number>>>): Map<ExamDomain, number> {
  const totalWeight = weights.reduce((sum, w) => sum + w.weightPercent, 0);
  const capacity = (id: ExamDomain) => available[id] ?? 0;
  const target = Math.min(size, weights.reduce((sum, w) => sum + capacity(w.id), 0));
  const exact = weights.map((w) => ({id: w.id, weight: w.weightPercent, share: (target * w.weightPercent) / totalWeight}));
  const counts = new Map<ExamDomain, number>(exact.map((e) => [e.id, Math.min(Math.floor(e.share), capacity(e.id))]));
  const assigned = () => [...counts.values()].reduce((a, b) => a + b, 0);
  // Largest remainder first, ties to the heavier domain; then fill shortfalls in weight order.
  const order = [...exact].sort((a, b) => b.share - Math.floor(b.share) - (a.share - Math.floor(a.share)) || b.weight - a.weight);
  for (const e of order) {
    if (assigned() >= target) break;
    if (counts.get(e.id)! < capacity(e.id)) counts.set(e.id, counts.get(e.id)! + 1);
  }
  const byWeight = [...exact].sort((a, b) => b.weight - a.weight);
  while (assigned() < target) {
    const next = byWeight.find((e) => counts.get(e.id)! < capacity(e.id));
    if (!next) break;
    counts.set(next.id, counts.get(next.id)! + 1);
  }
  return counts;
}

/**
 * Draws a mock exam: `size` question ids, each domain in proportion to its exam weight, chosen
 * and ordered at random from `seed`. The same seed and questions always give the same exam.
 */
export function drawExam(questions: readonly QuizQuestion[], weights: readonly DomainWeight[], size: number, seed: number): string[] {
  const random = seededRandom(seed);
  const byDomain = new Map<ExamDomain, QuizQuestion[]>();
  for (const q of questions) byDomain.set(q.domain, [...(byDomain.get(q.domain) ?? []), q]);
  const available: Partial<Record<ExamDomain, number>> = {};
  for (const [id, list] of byDomain) available[id] = list.length;
  const counts = allocateByWeight(size, weights, available);
  const picked: string[] = [];
  for (const w of weights) picked.push(...shuffled(byDomain.get(w.id) ?? [], random).slice(0, counts.get(w.id) ?? 0).map((q) => q.id));
  return shuffled(picked, random);
}

/** Exam length from untrusted input (a form field or stored value): a whole number in range, else the full exam. */
export function parseExamSize(value: unknown, max: number = EXAM_FULL_SIZE): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n)) return Math.min(EXAM_FULL_SIZE, max);
  return Math.max(Math.min(EXAM_MIN_SIZE, max), Math.min(n, max));
}
