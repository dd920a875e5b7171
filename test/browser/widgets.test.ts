/**
 * The widget harness: every widget on every page, as a careless, hostile or keyboard-only user
 * meets it. Widgets are found generically, so a new widget is covered without editing this file:
 * a page is a widget page when its built HTML has an element with `data-widget` (see
 * src/components/WidgetStatus), and a field is any text input or textarea inside one.
 *
 * For each field, the bad-value catalogue is typed and, after each value:
 * - no page error and no console error; the widget is still on the page;
 * - no "NaN", "undefined" or "Infinity" anywhere in the widget;
 * - a field marked invalid (aria-invalid) has a one-line message next to it that names a limit
 *   (it contains a number), and every result block of the widget (`data-result`) is marked stale;
 * - a numeric field refuses "abc" and "1e400".
 * Then a keyboard-only pass (every control is reached with Tab) and axe on each widget in its used
 * state (details open, an error shown) in both themes at phone width.
 *
 * Cost: one page load per widget page per pass; fields are filled in place, never reloaded.
 */
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import type {Locator, Page} from 'playwright-core';
import {describe, expect, it} from 'vitest';
import {PHONE, openPage, seriousA11yViolations} from './harness.ts';

const BUILD = process.env.LL_BUILD_DIR ?? 'build';

/** Pages whose built HTML contains a widget, as paths ("/docs/pricing/calculator"). */
function widgetPages(dir = BUILD, prefix = ''): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name === 'assets' || name === 'img') continue;
      found.push(...widgetPages(full, `${prefix}/${name}`));
    } else if (name === 'index.html' && /\bdata-widget=/.test(readFileSync(full, 'utf8'))) {
      found.push(prefix === '' ? '/' : prefix);
    }
  }
  return found.sort();
}

const MEGABYTE = 'x'.repeat(1024 * 1024);
/** Values a person may type; `onePast` is added per field from the limit its hint names. */
const CATALOGUE = ['', 'abc', '-5', '0', '1e400', '99 GB', '800 s', '10000000000000000'];

/** Waits two frames, so React has rendered what the last input caused. */
const settle = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

/**
 * Types every value into every field of the page's widgets, in the page (one round trip per page:
 * the value is set as React's own input handling sees typing), and returns what is wrong.
 * A field is left as it was after its values.
 */
function typeCatalogue(page: Page, path: string, catalogue: readonly string[], megabyte: string): Promise<{fields: number; problems: string[]}> {
  return page.evaluate(
    async ({path, catalogue, megabyte}) => {
      const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      const problems: string[] = [];
      const setters = {input: Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!, textarea: Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!};
      const type = (el: HTMLInputElement | HTMLTextAreaElement, value: string) => {
        (el instanceof HTMLTextAreaElement ? setters.textarea : setters.input).call(el, value);
        el.dispatchEvent(new Event('input', {bubbles: true}));
      };
      const describedText = (el: Element) =>
        (el.getAttribute('aria-describedby') ?? '')
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => document.getElementById(id))
          .filter((x): x is HTMLElement => x !== null);
      /** "one past" the largest limit the field's hint names, with its unit: "10,240 MB" → "10241 MB". */
      const onePast = (el: Element): string | null => {
        let best: {value: number; unit: string} | null = null;
        for (const match of describedText(el).map((x) => x.innerText).join(' ').matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(MB|GB|KB|ms|s|h|%)?(?![\w,])/g)) {
          const value = Number(match[1]!.replace(/,/g, ''));
          if (Number.isFinite(value) && (best === null || value > best.value)) best = {value, unit: match[2] ?? ''};
        }
        return best ? `${best.value + 1}${best.unit ? ` ${best.unit}` : ''}` : null;
      };
      const visible = (el: HTMLElement) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      const fields = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-widget] input:is([type="text"], :not([type])), [data-widget] textarea')].filter(
        (el) => visible(el) && !el.disabled && !el.readOnly && !el.closest('.monaco-editor'),
      );
      let first = true;
      for (const field of fields) {
        // A field an earlier value removed (a conditional part of the form) is skipped.
        const widget = field.closest<HTMLElement>('[data-widget]');
        if (!field.isConnected || !widget) continue;
        const name = (field.id ? document.querySelector(`label[for="${CSS.escape(field.id)}"]`)?.textContent : '') || field.closest('label')?.textContent || field.getAttribute('aria-label') || field.name || field.id;
        const original = field.value;
        // A field that takes any text (an event field of the playground) is never numeric.
        const numeric = !field.hasAttribute('data-any-text') && /^\s*[\d.]/.test(original) && !/[a-z]{3,}/i.test(original.replace(/\b(MB|GB|KB|ms|s|min|k|M|B)\b/g, ''));
        const past = onePast(field);
        // The megabyte paste once per page (it is slow to set, and the same code path everywhere).
        const values = [...catalogue, ...(first ? [megabyte] : []), ...(past ? [past] : [])];
        first = false;
        for (const value of values) {
          const shown = value.length > 40 ? `${value.length} characters` : JSON.stringify(value);
          const where = `${path} › ${name} = ${shown}`;
          type(field, value);
          await frame();
          await frame();
          // A lazily loaded parser answers within a few frames; wait while the widget says it is reading.
          for (let wait = 0; wait < 40 && /reading…/i.test(widget.innerText); wait++) await new Promise((resolve) => setTimeout(resolve, 25));
          if (!document.contains(widget)) {
            problems.push(`${where}: the widget is gone`);
            return {fields: fields.length, problems};
          }
          const invalid = field.getAttribute('aria-invalid') === 'true';
          const bad = [...new Set(widget.innerText.match(/\bNaN\b|\bundefined\b|\bInfinity\b/g) ?? [])];
          if (bad.length > 0) problems.push(`${where}: shows ${bad.join(', ')}`);
          if (invalid) {
            const described = describedText(field);
            const message = described.find((x) => /\d/.test(x.innerText)) ?? described.find((x) => x.innerText.trim() !== '');
            if (!message) problems.push(`${where}: marked invalid with no message`);
            else {
              const text = message.innerText.trim();
              const box = field.getBoundingClientRect();
              const at = message.getBoundingClientRect();
              const distance = Math.max(0, at.top - box.bottom, box.top - at.bottom);
              if (/\n/.test(text) || text.length > 300) problems.push(`${where}: message is not one line: ${text.slice(0, 80)}…`);
              // A field with a documented limit names it; a JSON field's syntax error has none to name.
              if (past !== null && !/\d/.test(text)) problems.push(`${where}: message names no limit: ${text}`);
              if (distance > 120) problems.push(`${where}: message is ${Math.round(distance)} px from the field`);
            }
            // Marks follow the field's error within a few frames (the field reports it in an effect).
            const unmarked = () => [...widget.querySelectorAll<HTMLElement>('[data-result]')].filter((el) => el.getAttribute('data-stale') !== 'true' && el.innerText.trim() !== '');
            for (let wait = 0; wait < 20 && unmarked().length > 0; wait++) await new Promise((resolve) => setTimeout(resolve, 25));
            const current = unmarked();
            if (current.length > 0) problems.push(`${where}: a result is shown as current: ${current[0]!.innerText.slice(0, 60)}`);
          } else if (numeric && (value === 'abc' || value === '1e400')) {
            problems.push(`${where}: accepted`);
          }
        }
        type(field, original);
        await frame();
        await frame();
      }
      return {fields: fields.length, problems};
    },
    {path, catalogue, megabyte},
  );
}

/** Text inputs and textareas inside widgets, visible and enabled (Monaco's own textarea excluded). */
function fieldsOf(page: Page): Locator {
  return page.locator('[data-widget] input:is([type="text"], :not([type])), [data-widget] textarea:not(.inputarea):not([class*="monaco"])').filter({visible: true});
}

async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('[data-widget] details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await settle(page);
}

/** Presses Tab (then Shift+Tab) until the element marked `data-harness-target` has focus. */
async function tabTo(page: Page, limit = 400): Promise<boolean> {
  const focused = () => page.evaluate(() => document.activeElement?.hasAttribute('data-harness-target') === true);
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < limit / 2; i++) {
      if (await focused()) return true;
      await page.keyboard.press(key);
    }
  }
  return focused();
}

/** The text of a widget's results, or of the whole widget when it marks none. */
function readResult(page: Page, index: number): Promise<string> {
  return page.evaluate((i) => {
    const widget = document.querySelectorAll<HTMLElement>('[data-widget]')[i]!;
    const results = [...widget.querySelectorAll<HTMLElement>('[data-result]')];
    return results.length > 0 ? results.map((r) => r.innerText).join('|') : widget.innerText;
  }, index);
}

/** Marks one control of widget `index` as the target (by selector and an optional filter). */
function markTarget(page: Page, index: number, kind: 'numeric' | 'range' | 'select' | 'button' | 'option' | 'run' | 'check', nth = 0): Promise<string | null> {
  return page.evaluate(({index, kind, nth}) => {
    document.querySelectorAll('[data-harness-target]').forEach((el) => el.removeAttribute('data-harness-target'));
    const widget = document.querySelectorAll<HTMLElement>('[data-widget]')[index]!;
    const usable = (el: HTMLElement) => el.getClientRects().length > 0 && !(el as HTMLInputElement).disabled && !el.closest('.monaco-editor');
    const all = <T extends HTMLElement>(selector: string) => [...widget.querySelectorAll<T>(selector)].filter(usable);
    const buttons = all<HTMLButtonElement>('button');
    const candidates: HTMLElement[] = {
      numeric: all<HTMLInputElement>('input:is([type="text"], [type="number"], :not([type]))').filter((f) => /^\s*\d/.test(f.value) && !f.hasAttribute('data-any-text')),
      range: all('input[type="range"]'),
      select: all<HTMLSelectElement>('select').filter((s) => s.options.length > 1),
      button: buttons.filter((b) => !/share|copy|reset|clear|stop/i.test(b.textContent ?? '')),
      // Checkboxes, then the radio of each group that Tab stops at (the checked one, else the first).
      option: [
        ...all('input[type="checkbox"]'),
        ...all<HTMLInputElement>('input[type="radio"]').filter((r, i, radios) => r.checked || (!radios.some((o) => o.name === r.name && o.checked) && radios.findIndex((o) => o.name === r.name) === i)),
      ],
      run: buttons.filter((b) => b.textContent === 'Run'),
      check: buttons.filter((b) => /^check/i.test(b.textContent ?? '')),
    }[kind];
    const target = candidates[nth];
    if (!target) return null;
    target.setAttribute('data-harness-target', '');
    if (target instanceof HTMLInputElement && kind === 'numeric') {
      const match = /^\s*([\d.]+)(.*)$/.exec(target.value)!;
      return `${Number(match[1]) * 2}${match[2]}`;
    }
    return kind;
  }, {index, kind, nth});
}

/**
 * For each widget on the page: reach a control by Tab, operate it with keys only, and read the
 * result, which must change and stay current. In order of preference: a numeric text field is
 * doubled (Ctrl+A, type; the first of up to eight fields that changes a result), a slider is moved
 * (ArrowRight), a select is changed (ArrowDown), a checkbox or radio is toggled (Space), a button is
 * pressed (Enter). The playground gets
 * Run pressed with Enter and must show a run; the quiz gets an answer chosen (Space) and checked.
 */
async function operateByKeyboard(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const widgets = await page.evaluate(() => [...document.querySelectorAll('[data-widget]')].map((w) => w.getAttribute('data-widget')!));
  const stale = (index: number) => page.evaluate((i) => document.querySelectorAll('[data-widget]')[i]!.querySelectorAll('[data-result][data-stale="true"]').length, index);
  const changed = async (index: number, before: string) => {
    for (let wait = 0; wait < 40; wait++) {
      await page.waitForTimeout(50);
      if ((await readResult(page, index)) !== before) return true;
    }
    return false;
  };
  for (const [index, name] of widgets.entries()) {
    if (name === 'playground') {
      if (!(await markTarget(page, index, 'run')) || !(await tabTo(page))) {
        problems.push(`${name}: Tab never reached Run`);
        continue;
      }
      await page.keyboard.press('Enter');
      const shown = await page.locator('[data-widget="playground"] pre[aria-label^="Run "]').first().waitFor({timeout: 30_000}).then(() => true, () => false);
      if (!shown) problems.push(`${name}: Enter on Run showed no output`);
      else if (!/succeeded/.test((await page.locator('[data-widget="playground"] [role="status"]').textContent()) ?? '')) problems.push(`${name}: the keyboard run did not succeed`);
      continue;
    }
    if (name === 'quiz') {
      const before = await readResult(page, index);
      if (!(await markTarget(page, index, 'option')) || !(await tabTo(page))) {
        problems.push(`${name}: Tab never reached an answer`);
        continue;
      }
      await page.keyboard.press('Space');
      if (!(await markTarget(page, index, 'check')) || !(await tabTo(page))) {
        problems.push(`${name}: Tab never reached Check`);
        continue;
      }
      await page.keyboard.press('Enter');
      if (!(await changed(index, before))) problems.push(`${name}: checking an answer by keyboard showed nothing`);
      continue;
    }
    // A widget whose state has no enabled control (an empty review queue: only links) has
    // nothing to operate; the reach pass above covers its links.
    const controls = await page.evaluate((i) => [...document.querySelectorAll('[data-widget]')[i]!.querySelectorAll<HTMLInputElement>('input, select, textarea, button')].filter((el) => !el.disabled && el.getClientRects().length > 0).length, index);
    if (controls === 0) continue;
    let done = false;
    const tried: string[] = [];
    type Attempt = [Parameters<typeof markTarget>[2], number];
    const upTo = (kind: Attempt[0], count: number) => Array.from({length: count}, (_, n): Attempt => [kind, n]);
    const attempts: Attempt[] = [...upTo('numeric', 8), ['range', 0], ...upTo('select', 3), ...upTo('option', 4), ['button', 0]];
    for (const [kind, nth] of attempts) {
      const before = await readResult(page, index);
      const plan = await markTarget(page, index, kind, nth);
      if (!plan) continue;
      if (!(await tabTo(page))) {
        problems.push(`${name}: Tab never reached a ${kind} control`);
        done = true;
        break;
      }
      if (kind === 'numeric') {
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.type(plan);
      } else {
        await page.keyboard.press({range: 'ArrowRight', select: 'ArrowDown', option: 'Space', button: 'Enter'}[kind as 'range' | 'select' | 'option' | 'button']);
      }
      tried.push(kind === 'numeric' ? `typing ${plan}` : kind);
      if (await changed(index, before)) {
        if ((await stale(index)) > 0) problems.push(`${name}: ${tried.at(-1)} (a valid change) left a result marked stale`);
        done = true;
        break;
      }
    }
    if (!done) problems.push(`${name}: ${tried.length === 0 ? 'no control to operate by keyboard was found' : `no result changed after ${tried.join(', ')}`}`);
  }
  return problems;
}

const pages = widgetPages();

describe('widget harness', () => {
  it('finds the widget pages from the build', () => {
    // The widget pages of today, the playground among them; fewer is a lost widget.
    expect(pages.length, pages.join(', ')).toBeGreaterThanOrEqual(8);
    expect(pages).toContain('/docs/pricing/calculator');
    expect(pages).toContain('/docs/playground');
  });

  for (const path of pages) {
    it(`${path}: the bad-value catalogue in every field`, {timeout: 180_000}, async () => {
      const opened = await openPage(path, {waitUntil: 'networkidle'});
      const {page} = opened;
      try {
        await openAllDetails(page);
        const {problems} = await typeCatalogue(page, path, CATALOGUE, MEGABYTE);
        expect(problems).toEqual([]);
        expect(await page.locator('text=This page crashed').count()).toBe(0);
        expect(opened.consoleErrors).toEqual([]);
      } finally {
        await opened.close();
      }
    });

    it(`${path}: keyboard only, then axe in use (phone, light and dark)`, {timeout: 120_000}, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const opened = await openPage(path, {viewport: PHONE, colorScheme, waitUntil: 'networkidle'});
        const {page} = opened;
        try {
          await openAllDetails(page);
          if (colorScheme === 'light') {
            // Reach: Tab from the top of the page reaches every enabled control of every widget
            // (one stop per radio group), and focus never leaves the page for good.
            const wanted = await page.evaluate(() => {
              const marks: string[] = [];
              const groups = new Set<string>();
              document.querySelectorAll<HTMLElement>('[data-widget] :is(input, select, textarea, button, a[href], [tabindex="0"])').forEach((el, index) => {
                const input = el as HTMLInputElement;
                if (input.disabled || el.getAttribute('tabindex') === '-1' || el.closest('[inert], [aria-hidden="true"]')) return;
                const style = getComputedStyle(el);
                if (style.visibility === 'hidden' || style.display === 'none' || el.getClientRects().length === 0) return;
                if (el.closest('.monaco-editor')) return;
                if (input.type === 'radio') {
                  if (groups.has(input.name)) return;
                  groups.add(input.name);
                }
                el.setAttribute('data-harness-stop', String(index));
                marks.push(String(index));
              });
              return marks;
            });
            const reached = new Set<string>();
            for (let i = 0; i < wanted.length * 2 + 120 && reached.size < wanted.length; i++) {
              await page.keyboard.press('Tab');
              const mark = await page.evaluate(() => {
                const active = document.activeElement as HTMLInputElement | null;
                if (!active) return null;
                if (active.type === 'radio') return document.querySelector(`[data-harness-stop][name="${CSS.escape(active.name)}"]`)?.getAttribute('data-harness-stop') ?? null;
                return active.getAttribute('data-harness-stop');
              });
              if (mark) reached.add(mark);
            }
            const missed = await page.evaluate((marks) => marks.map((m) => document.querySelector(`[data-harness-stop="${m}"]`)?.outerHTML.slice(0, 120) ?? m), wanted.filter((m) => !reached.has(m)));
            expect(missed, `controls on ${path} that Tab never reaches`).toEqual([]);
            // Operate: by keyboard alone, change a setting (or press Run) and read a new result.
            const problems = await operateByKeyboard(page);
            expect(problems, `${path}: operating each widget by keyboard`).toEqual([]);
          }
          // Used state: one field holds a bad value, so an error and stale marks are on screen.
          const first = fieldsOf(page).first();
          if ((await first.count()) > 0) {
            await first.fill('-5');
            await settle(page);
            await page.waitForTimeout(100);
          }
          const violations = await seriousA11yViolations(page);
          expect(violations, `axe on ${path} (${colorScheme}, phone, in use)`).toEqual([]);
          expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), `${path} scrolls sideways (${colorScheme})`).toBe(true);
          await page.screenshot({path: `/tmp/widget-${path.replace(/\W+/g, '-')}-${colorScheme}.png`, fullPage: false});
          expect(opened.consoleErrors).toEqual([]);
        } finally {
          await opened.close();
        }
      }
    });
  }
});
