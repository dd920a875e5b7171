import {LEARN_MORE_PATHS} from '../../src/data/quiz/learnMorePaths.ts';
import {TASK_STATEMENTS, domainOfTaskStatement} from '../../src/data/quiz/domains.ts';
import type {QuizQuestion} from '../../src/data/quiz/types.ts';
import {validateSourced} from './validateData.ts';

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];
const AWS_HOSTS = /^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com|d1\.awsstatic\.com)\//;

/** Returns one actionable message per problem in one question; empty means valid. */
export function validateQuestion(q: QuizQuestion): string[] {
  const problems: string[] = [];
  const label = q.id || '(no id)';
  if (!/^d[1-4]-[a-z0-9-]+$/.test(q.id)) problems.push(`${label}: id must look like "d2-some-topic"`);
  if (![1, 2, 3, 4].includes(q.domain)) problems.push(`${label}: domain must be 1–4 (got ${String(q.domain)})`);
  if (!(q.taskStatement in TASK_STATEMENTS)) {
    problems.push(`${label}: taskStatement ${JSON.stringify(q.taskStatement)} is not an SAA-C03 task statement`);
  } else if (domainOfTaskStatement(q.taskStatement) !== q.domain) {
    problems.push(`${label}: task statement ${q.taskStatement} belongs to domain ${domainOfTaskStatement(q.taskStatement)}, not ${q.domain}`);
  }
  if (q.id.startsWith('d') && Number(q.id.charAt(1)) !== q.domain) problems.push(`${label}: id prefix says domain ${q.id.charAt(1)} but domain is ${q.domain}`);
  if (q.stem.trim().length < 30) problems.push(`${label}: stem is too short to be a scenario`);
  if (q.options.length < 3 || q.options.length > 6) problems.push(`${label}: needs 3–6 options (got ${q.options.length})`);

  const optionIds = q.options.map((o) => o.id);
  if (new Set(optionIds).size !== optionIds.length) problems.push(`${label}: option ids must be unique`);
  const texts = q.options.map((o) => o.text.trim().toLowerCase());
  if (new Set(texts).size !== texts.length) problems.push(`${label}: two options have the same text`);
  for (const option of q.options) {
    if (option.text.trim() === '') problems.push(`${label}/${option.id}: option text is empty`);
    if (option.explanation.trim().length < 10) problems.push(`${label}/${option.id}: every option needs an explanation of why it is right or wrong`);
  }

  const correct = q.options.filter((o) => o.correct).length;
  if (correct === 0) problems.push(`${label}: has no correct option`);
  if (q.choose !== correct) problems.push(`${label}: choose is ${q.choose} but ${correct} options are correct`);
  const chooseMatch = /\(Choose (\w+)\.\)/.exec(q.stem);
  if (correct === 1) {
    if (chooseMatch) problems.push(`${label}: single-answer question must not say "${chooseMatch[0]}"`);
  } else if (correct > 1) {
    if (!chooseMatch) problems.push(`${label}: multiple-answer question must say "(Choose ${NUMBER_WORDS[correct]}.)" in the stem`);
    else if (chooseMatch[1] !== NUMBER_WORDS[correct]) problems.push(`${label}: stem says "${chooseMatch[0]}" but ${correct} options are correct`);
    if (correct >= q.options.length) problems.push(`${label}: every option is correct`);
  }

  problems.push(...validateSourced(label, q));
  if (!AWS_HOSTS.test(q.source)) problems.push(`${label}: source must be an AWS page (got ${q.source})`);
  if (!(LEARN_MORE_PATHS as readonly string[]).includes(q.learnMore)) problems.push(`${label}: learnMore ${q.learnMore} is not a page path listed in BRIEF.md`);
  if (q.staleTrap !== undefined && q.staleTrap.trim().length < 20) problems.push(`${label}: staleTrap must say what changed and when`);
  return problems;
}

/** Validates every question plus the rules across questions (unique ids). */
export function validateQuestions(questions: readonly QuizQuestion[]): string[] {
  const problems = questions.flatMap(validateQuestion);
  const seen = new Set<string>();
  for (const q of questions) {
    if (seen.has(q.id)) problems.push(`${q.id}: duplicate id`);
    seen.add(q.id);
  }
  return problems;
}
