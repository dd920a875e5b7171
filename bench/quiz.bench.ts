// Node's global `performance` is used on purpose: importing it would shadow the page's own inside page.evaluate.
import {QUIZ_QUESTIONS} from '../src/data/quiz/index.ts';
import {emptyProgress, parseProgress, recordAnswer, serializeProgress} from '../src/core/quiz/progress.ts';
import type {BenchContext, BenchFigure} from './types.ts';

const QUIZ = '/docs/exam/quiz';

/** Quiz figures: JS the page loads, how fast it reacts, and how long stored progress takes to read. */
export async function run(ctx: BenchContext): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];

  // Stored progress with every question answered: serialize + parse, averaged.
  let progress = emptyProgress();
  for (const q of QUIZ_QUESTIONS) progress = recordAnswer(progress, q, [q.options[0]!.id]);
  const text = serializeProgress(progress);
  const rounds = 200;
  const started = performance.now();
  for (let i = 0; i < rounds; i++) parseProgress(text, QUIZ_QUESTIONS);
  figures.push({name: `Quiz: parse stored progress (${QUIZ_QUESTIONS.length} answers)`, value: ((performance.now() - started) / rounds) * 1000, unit: 'µs'});
  figures.push({name: 'Quiz: stored progress size (all answered)', value: text.length / 1024, unit: 'KB'});

  const page = await ctx.openPage(QUIZ);
  const jsBytes = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.name.endsWith('.js')).reduce((sum, e) => sum + e.transferSize, 0),
  );
  figures.push({name: 'Quiz page: JS transferred by network idle (compressed)', value: jsBytes / 1024, unit: 'KB'});

  // Check answer → verdict rendered, measured inside the page.
  const checkMs = await page.evaluate(async () => {
    const card = document.querySelector('article[data-question-id]')!;
    (card.querySelector('input') as HTMLInputElement).click();
    const button = [...card.querySelectorAll('button')].find((b) => b.textContent === 'Check answer')!;
    const t0 = performance.now();
    button.click();
    // No named helpers in here: the bench's TS transform would add a __name() the page lacks.
    while ((card.querySelector('[role="status"]')?.textContent ?? '') === '') await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - t0;
  });
  figures.push({name: 'Quiz: Check answer → feedback shown', value: checkMs, unit: 'ms'});

  // Switching to the list layout renders every question.
  const listMs = await page.evaluate(async () => {
    const radio = [...document.querySelectorAll('input[type="radio"][name="quiz-layout"]')].find((r) => (r as HTMLInputElement).value === 'list') as HTMLInputElement;
    const t0 = performance.now();
    radio.click();
    while (document.querySelectorAll('article[data-question-id]').length <= 100) await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - t0;
  });
  figures.push({name: `Quiz: switch to list of ${QUIZ_QUESTIONS.length} questions`, value: listMs, unit: 'ms'});
  return figures;
}
